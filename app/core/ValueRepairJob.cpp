// ValueRepairJob: scan, re-read and rewrite of a dump's damaged numbers (see header).
#include "ValueRepairJob.h"

#include "ApiCall.h"
#include "CloudflareClient.h"
#include "DumpInsertLine.h"
#include "DumpVerifier.h"
#include "ExportPlan.h"
#include "SqliteQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryFile>
#include <QTimer>

#include <sqlite3.h>
#include <zlib.h>

#include <cstring>

namespace d1x {

namespace {
// The saved dump is read a slice at a time (the scan of the file, the rewrite): memory is one slice plus
// the longest line, whatever the dump's size.
constexpr qint64 SliceBytes = 1024 * 1024;
constexpr int KeylessPageRows = 1000;
constexpr int MaxChangedExamples = 10;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ValueRepairJob)
};

QByteArray quoteId(const QByteArray &name)
{
    QByteArray q = name;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

} // namespace

struct ValueRepairJob::Group {
    QByteArray keyText;
    QList<QJsonArray> rows; // quote() of the columns on D1, in the table's order
};

// ---- report -------------------------------------------------------------------------------------

QString ValueRepairReport::statusKeyword() const
{
    switch (status) {
    case Status::NotRun: return QStringLiteral("not run");
    case Status::Clean: return QStringLiteral("clean");
    case Status::Repaired: return QStringLiteral("repaired");
    case Status::Changed: return QStringLiteral("changed");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString ValueRepairReport::summary() const
{
    const QLocale locale;
    const QString read = Tr::tr("D1 read %n row(s) for it", nullptr, int(qMin<qint64>(rowsRead, INT_MAX)));
    switch (status) {
    case Status::NotRun:
        return Tr::tr("Exact values: not checked.");
    case Status::Clean:
        return Tr::tr("Exact values: D1's dump holds no value it had to round.");
    case Status::Repaired:
        return Tr::tr("Exact values: D1 had rounded or broken %n value(s) (64-bit integers, infinities); all were "
                  "restored exactly (%1).", nullptr, int(qMin<qint64>(restoredValues, INT_MAX))).arg(read);
    case Status::Changed:
        return Tr::tr("Exact values: %n row(s) differ on D1 from the dump (written since the export?) and were left "
                  "as D1 exported them, with its rounding; %1 other value(s) were restored (%2).",
                  nullptr, int(qMin<qint64>(changedRows, INT_MAX)))
            .arg(locale.toString(restoredValues), read);
    case Status::Failed:
        return Tr::tr("Exact values: the %n row(s) D1 may have rounded could not be read again (%1).", nullptr,
                      int(qMin<qint64>(suspectRows, INT_MAX))).arg(error);
    case Status::Cancelled:
        return Tr::tr("Exact values: cancelled.");
    }
    return {};
}

QJsonObject ValueRepairReport::toJson() const
{
    QJsonObject perTable;
    for (auto it = restoredPerTable.cbegin(); it != restoredPerTable.cend(); ++it)
        perTable.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("status"), statusKeyword()},
                  {QStringLiteral("values_restored"), restoredValues},
                  {QStringLiteral("infinities_restored"), restoredInfinities},
                  {QStringLiteral("rows_reread"), suspectRows},
                  {QStringLiteral("rows_read"), rowsRead},
                  {QStringLiteral("requests"), requests},
                  {QStringLiteral("changed_rows"), changedRows},
                  {QStringLiteral("restored_per_table"), perTable}};
    if (!changedExamples.isEmpty())
        o.insert(QStringLiteral("changed_examples"), QJsonArray::fromStringList(changedExamples));
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

// ---- job ----------------------------------------------------------------------------------------

ValueRepairJob::ValueRepairJob(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ValueRepairJob::~ValueRepairJob()
{
    stop();
}

void ValueRepairJob::setBatchLimits(int lookupsPerStatement, int statementsPerRequest, int statementBytes)
{
    m_lookupsPerStatement = qBound(1, lookupsPerStatement, 400); // SQLite: at most 500 parts per compound
    m_statementsPerRequest = qMax(1, statementsPerRequest);
    m_statementBytes = qMax(1000, statementBytes);
}

void ValueRepairJob::start(const Job &job)
{
    stop();
    m_job = job;
    m_report = ValueRepairReport();
    m_clock.start();
    m_running = true;
    m_carry.clear();
    m_tables.clear();
    m_fileBytes = QFileInfo(job.dumpPath).size();
    if (std::shared_ptr<DamageScan> scanned = std::exchange(m_job.scanned, nullptr); scanned && scanned->isFinished()) {
        m_scan = std::move(scanned); // D1's part was scanned while it was saved; cleanUp() removes it
        m_report.scannedWhileSaving = true;
        QTimer::singleShot(0, this, &ValueRepairJob::onScanned);
        return;
    }
    m_scan = std::make_shared<DamageScan>(job.schema);
    m_scan->setLimit(job.scanBytes);
    if (!m_scan->open(QFileInfo(job.dumpPath).absolutePath()))
        return finish(ValueRepairReport::Status::Failed, m_scan->errorString());
    m_in = DumpVerifier::openDump(job.dumpPath);
    if (!m_in)
        return finish(ValueRepairReport::Status::Failed, tr("cannot read %1").arg(QDir::toNativeSeparators(job.dumpPath)));
    gzbuffer(static_cast<gzFile>(m_in), 1 << 20);
    QTimer::singleShot(0, this, &ValueRepairJob::scanSlice);
}

void ValueRepairJob::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->abort();
    }
    if (m_sink)
        m_sink->cancel();
    cleanUp();
}

void ValueRepairJob::cleanUp()
{
    if (m_in) {
        gzclose(static_cast<gzFile>(m_in));
        m_in = nullptr;
    }
    sqlite3_finalize(m_replacements);
    m_replacements = nullptr;
    m_scan.reset(); // its work database goes with it
    delete m_batch;
    m_batch = nullptr;
}

void ValueRepairJob::finish(ValueRepairReport::Status status, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_report.status = status;
    m_report.error = error;
    m_report.elapsedMs = m_clock.elapsed();
    cleanUp();
    emit finished(m_report);
}

// ---- 1. scan ------------------------------------------------------------------------------------

void ValueRepairJob::scanSlice()
{
    if (!m_running)
        return;
    auto *in = static_cast<gzFile>(m_in);
    m_carry.resize(SliceBytes); // one buffer, kept; DamageScan holds the unfinished line
    const int n = gzread(in, m_carry.data(), unsigned(SliceBytes));
    if (n < 0) {
        int code = 0;
        return finish(ValueRepairReport::Status::Failed, QString::fromUtf8(gzerror(in, &code)));
    }
    if (n > 0 && !m_scan->feed(QByteArrayView(m_carry.constData(), n)))
        return finish(ValueRepairReport::Status::Failed, m_scan->errorString());
    emit progress(qint64(gzoffset(in)), m_fileBytes);
    if (n > 0) {
        QTimer::singleShot(0, this, &ValueRepairJob::scanSlice);
        return;
    }
    m_carry = QByteArray();
    gzclose(in);
    m_in = nullptr;
    if (!m_scan->finish())
        return finish(ValueRepairReport::Status::Failed, m_scan->errorString());
    onScanned();
}

void ValueRepairJob::onScanned()
{
    if (!m_running)
        return;
    m_report.suspectRows = m_scan->suspectRows();
    m_report.suspectValues = m_scan->suspectValues();
    if (m_report.suspectRows == 0)
        return finish(ValueRepairReport::Status::Clean);

    SqliteQuery tables(work(), "SELECT tbl FROM suspects GROUP BY tbl ORDER BY min(line)");
    while (tables.step())
        m_tables << SqliteQuery::blob(tables.stmt, 0);
    emit logMessage(false, tr("%n row(s) of D1's dump hold numbers D1 may have rounded (64-bit integers, "
                              "infinities); reading just those again, as exact text…",
                              nullptr, int(qMin<qint64>(m_report.suspectRows, INT_MAX))));
    m_tableIndex = -1;
    nextTable();
}

// ---- 2. re-read ---------------------------------------------------------------------------------

void ValueRepairJob::nextTable()
{
    if (!m_running)
        return;
    if (++m_tableIndex >= m_tables.size())
        return startRewrite();
    const QByteArray table = m_tables.at(m_tableIndex);
    QByteArray first;
    {
        SqliteQuery q(work(), "SELECT text FROM suspects WHERE tbl = ?1 ORDER BY line LIMIT 1");
        SqliteQuery::bindBlob(q.stmt, 1, table);
        if (q.step())
            first = SqliteQuery::blob(q.stmt, 0);
    }
    DumpInsertLine row;
    row.parse(first);
    const Shape &shape = m_scan->shapeOf(table);
    m_current = TableRead();
    m_current.name = table;
    m_current.columns = row.columns.isEmpty() ? shape.columns : row.columns;
    m_current.keyColumns = DamageScan::keyColumns(m_current.columns, shape);
    if (m_current.keyColumns.size() != shape.primaryKey.size())
        m_current.keyColumns.clear();
    QList<QByteArray> quoted;
    for (const QByteArray &c : std::as_const(m_current.columns))
        quoted << "quote(" + quoteId(c) + ')';
    m_current.quotedColumns = quoted.join(", ");
    if (shape.withoutRowid) {
        QList<QByteArray> order;
        for (const QByteArray &k : shape.primaryKey)
            order << quoteId(k);
        m_current.order = order.join(", ");
    } else {
        m_current.order = "_rowid_";
    }
    if (m_current.columns.isEmpty() || m_current.columns.size() != row.values.size()) {
        // No column list to read them by: say so and keep them as D1 wrote them.
        SqliteQuery rows(work(), "SELECT line FROM suspects WHERE tbl = ?1");
        SqliteQuery::bindBlob(rows.stmt, 1, table);
        while (rows.step())
            markChanged(sqlite3_column_int64(rows.stmt, 0), tr("its columns are unknown"));
        return nextTable();
    }
    if (!m_current.keyColumns.isEmpty())
        return sendKeyedBatch();
    if (shape.withoutRowid) { // its key is not in the dump's columns: no way to find its rows
        SqliteQuery rows(work(), "SELECT line FROM suspects WHERE tbl = ?1");
        SqliteQuery::bindBlob(rows.stmt, 1, table);
        while (rows.step())
            markChanged(sqlite3_column_int64(rows.stmt, 0), tr("its key columns are not in the dump"));
        return nextTable();
    }
    // No key: read the table in rowid order (the dump's order) up to its last damaged row.
    {
        SqliteQuery last(work(), "SELECT max(table_row) FROM suspects WHERE tbl = ?1");
        SqliteQuery::bindBlob(last.stmt, 1, table);
        m_keylessLast = last.step() ? sqlite3_column_int64(last.stmt, 0) : -1;
    }
    m_keylessAfter.clear();
    m_keylessOrdinal = 0;
    emit logMessage(false, tr("%1 has no key to find rows by: reading it in order up to row %2.")
                               .arg(QString::fromUtf8(table), QLocale().toString(m_keylessLast + 1)));
    sendKeylessPage();
}

void ValueRepairJob::sendKeyedBatch()
{
    const int wanted = m_lookupsPerStatement * m_statementsPerRequest;
    SqliteQuery groups(work(), "SELECT key, min(line) FROM suspects WHERE tbl = ?1 AND state = 0 GROUP BY key LIMIT ?2");
    SqliteQuery::bindBlob(groups.stmt, 1, m_current.name);
    sqlite3_bind_int(groups.stmt, 2, wanted);
    SqliteQuery lineText(work(), "SELECT text FROM suspects WHERE line = ?1");
    delete m_batch;
    m_batch = new QList<Group>;
    QList<QByteArray> statements;
    QList<QByteArray> members;
    qsizetype bytes = 0;
    const QByteArray from = " FROM " + quoteId(m_current.name) + " WHERE ";
    while (groups.step()) {
        Group group;
        group.keyText = SqliteQuery::blob(groups.stmt, 0);
        sqlite3_bind_int64(lineText.stmt, 1, sqlite3_column_int64(groups.stmt, 1));
        const QByteArray line = lineText.step() ? SqliteQuery::blob(lineText.stmt, 0) : QByteArray();
        sqlite3_reset(lineText.stmt);
        DumpInsertLine row;
        row.parse(line);
        QList<QByteArray> conditions;
        for (int k : std::as_const(m_current.keyColumns)) {
            const QByteArrayView literal = row.value(line, k);
            const QByteArray column = quoteId(m_current.columns.at(k));
            qint64 low = 0;
            qint64 high = 0;
            if (DumpInsertLine::isInfinity(literal))
                conditions << column + (literal.startsWith('-') ? " = -9e999" : " = 9e999");
            else if (DumpInsertLine::isSuspect(literal) && DumpInsertLine::integerRange(literal, &low, &high))
                conditions << column + " BETWEEN " + QByteArray::number(low) + " AND " + QByteArray::number(high);
            else if (literal.size() == 4 && qstrnicmp(literal.data(), "NULL", 4) == 0)
                conditions << column + " IS NULL";
            else
                conditions << column + " = " + literal.toByteArray();
        }
        const QByteArray member = "SELECT * FROM (SELECT " + QByteArray::number(m_batch->size()) + ", "
            + m_current.quotedColumns + from + conditions.join(" AND ") + " ORDER BY " + m_current.order + ')';
        if (!members.isEmpty()
            && (members.size() >= m_lookupsPerStatement || bytes + member.size() + 11 > m_statementBytes)) {
            statements << members.join(" UNION ALL ");
            members.clear();
            bytes = 0;
            if (statements.size() >= m_statementsPerRequest)
                break; // the rest comes with the next request
        }
        members << member;
        bytes += member.size() + 11;
        m_batch->append(group);
    }
    if (!members.isEmpty())
        statements << members.join(" UNION ALL ");
    if (m_batch->isEmpty())
        return nextTable();
    ApiCall *call = m_client->rawQuery(m_job.accountId, m_job.databaseId, QString::fromUtf8(statements.join("; ")));
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call] { onKeyedBatch(call); });
}

bool ValueRepairJob::takeAnswer(ApiCall *call, QJsonArray *statements)
{
    if (call != m_call || !m_running)
        return false;
    m_call = nullptr;
    if (call->error()) {
        m_report.errorKind = call->error().kind();
        finish(ValueRepairReport::Status::Failed, call->error().summary());
        return false;
    }
    ++m_report.requests;
    *statements = call->result().toArray();
    for (const QJsonValue &s : std::as_const(*statements))
        m_report.rowsRead += s[QLatin1String("meta")][QLatin1String("rows_read")].toInteger();
    return true;
}

void ValueRepairJob::onKeyedBatch(ApiCall *call)
{
    QJsonArray statements;
    if (!takeAnswer(call, &statements))
        return;
    for (const QJsonValue &s : std::as_const(statements)) {
        const QJsonArray rows = s[QLatin1String("results")][QLatin1String("rows")].toArray();
        for (const QJsonValue &r : rows) {
            const QJsonArray row = r.toArray();
            const int g = row.at(0).toInt(-1);
            if (g >= 0 && g < m_batch->size())
                (*m_batch)[g].rows << row;
        }
    }
    SqliteQuery lines(work(), "SELECT line, text, table_row FROM suspects WHERE tbl = ?1 AND state = 0 AND key = ?2 ORDER BY line");
    for (const Group &group : std::as_const(*m_batch)) {
        SqliteQuery::bindBlob(lines.stmt, 1, m_current.name);
        SqliteQuery::bindBlob(lines.stmt, 2, group.keyText);
        QList<std::pair<qint64, QByteArray>> dumpRows;
        QList<qint64> tableRows;
        while (lines.step()) {
            dumpRows.append({sqlite3_column_int64(lines.stmt, 0), SqliteQuery::blob(lines.stmt, 1)});
            tableRows << sqlite3_column_int64(lines.stmt, 2);
        }
        sqlite3_reset(lines.stmt);
        // Rows sharing a rounded key come in the table's order on both sides; a row whose every
        // value is exactly as dumped (a server that rounds nothing) is taken first.
        QList<bool> used(group.rows.size(), false);
        QList<int> pairedWith(dumpRows.size(), -1);
        for (int exactPass = 1; exactPass >= 0; --exactPass) {
            for (int i = 0; i < dumpRows.size(); ++i) {
                for (int j = 0; j < group.rows.size() && pairedWith[i] < 0; ++j) {
                    if (!used[j] && rowMatches(dumpRows.at(i).second, group.rows.at(j), 1, exactPass == 1)) {
                        used[j] = true;
                        pairedWith[i] = j;
                    }
                }
            }
        }
        for (int i = 0; i < dumpRows.size(); ++i) {
            if (pairedWith[i] < 0) {
                markChanged(dumpRows.at(i).first,
                            tr("no row on D1 holds these values now (%n row(s) with its key)", nullptr,
                               int(group.rows.size())));
                continue;
            }
            checkRow(dumpRows.at(i).second, group.rows.at(pairedWith[i]), 1, dumpRows.at(i).first, tableRows.at(i));
        }
        if (!m_running)
            return;
    }
    sendKeyedBatch();
}

void ValueRepairJob::sendKeylessPage()
{
    QByteArray sql = "SELECT quote(_rowid_), " + m_current.quotedColumns + " FROM " + quoteId(m_current.name);
    if (!m_keylessAfter.isEmpty())
        sql += " WHERE _rowid_ > " + m_keylessAfter;
    sql += " ORDER BY _rowid_ LIMIT " + QByteArray::number(KeylessPageRows);
    ApiCall *call = m_client->rawQuery(m_job.accountId, m_job.databaseId, QString::fromUtf8(sql));
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call] { onKeylessPage(call); });
}

void ValueRepairJob::onKeylessPage(ApiCall *call)
{
    QJsonArray statements;
    if (!takeAnswer(call, &statements))
        return;
    const QJsonArray rows = statements.at(0)[QLatin1String("results")][QLatin1String("rows")].toArray();
    SqliteQuery find(work(), "SELECT line, text FROM suspects WHERE tbl = ?1 AND table_row = ?2 AND state = 0");
    for (const QJsonValue &r : rows) {
        const QJsonArray row = r.toArray();
        SqliteQuery::bindBlob(find.stmt, 1, m_current.name);
        sqlite3_bind_int64(find.stmt, 2, m_keylessOrdinal);
        if (find.step()) {
            const qint64 line = sqlite3_column_int64(find.stmt, 0);
            const QByteArray text = SqliteQuery::blob(find.stmt, 1);
            sqlite3_reset(find.stmt);
            checkRow(text, row, 1, line, m_keylessOrdinal);
            if (!m_running)
                return;
        } else {
            sqlite3_reset(find.stmt);
        }
        m_keylessAfter = row.at(0).toString().toUtf8();
        ++m_keylessOrdinal;
    }
    if (rows.size() >= KeylessPageRows && m_keylessOrdinal <= m_keylessLast)
        return sendKeylessPage();
    SqliteQuery missing(work(), "SELECT line FROM suspects WHERE tbl = ?1 AND state = 0");
    SqliteQuery::bindBlob(missing.stmt, 1, m_current.name);
    while (missing.step())
        markChanged(sqlite3_column_int64(missing.stmt, 0), tr("the row is no longer on D1"));
    nextTable();
}

bool ValueRepairJob::rowMatches(const QByteArray &line, const QJsonArray &quoted, int firstColumn, bool exactly)
{
    DumpInsertLine row;
    if (!row.parse(line) || row.values.size() != quoted.size() - firstColumn)
        return false;
    for (int i = 0; i < row.values.size(); ++i) {
        const QByteArrayView literal = row.value(line, i);
        const QByteArray q = quoted.at(firstColumn + i).toString().toUtf8();
        if (!DumpInsertLine::matchesQuoted(literal, q))
            return false;
        if (exactly && DumpInsertLine::isSuspect(literal) && !DumpInsertLine::exactLiteral(literal, q).isEmpty())
            return false;
    }
    return true;
}

bool ValueRepairJob::checkRow(const QByteArray &line, const QJsonArray &quoted, int firstColumn, qint64 lineNumber,
                              qint64 tableRow)
{
    DumpInsertLine row;
    if (!row.parse(line) || row.values.size() != quoted.size() - firstColumn) {
        markChanged(lineNumber, tr("its columns differ on D1"));
        return false;
    }
    for (int i = 0; i < row.values.size(); ++i) {
        const QByteArray q = quoted.at(firstColumn + i).toString().toUtf8();
        if (!DumpInsertLine::matchesQuoted(row.value(line, i), q)) {
            const QString column = i < m_current.columns.size() ? QString::fromUtf8(m_current.columns.at(i)) : QString();
            markChanged(lineNumber, tr("%1 is now %2 on D1 (row %3 of the table)")
                                        .arg(column, QString::fromUtf8(q.left(60)))
                                        .arg(tableRow + 1));
            return false;
        }
    }
    QByteArray repaired;
    qsizetype at = 0;
    int restored = 0;
    for (int i = 0; i < row.values.size(); ++i) {
        const QByteArrayView literal = row.value(line, i);
        if (!DumpInsertLine::isSuspect(literal))
            continue;
        const QByteArray exact = DumpInsertLine::exactLiteral(literal, quoted.at(firstColumn + i).toString().toUtf8());
        if (exact.isEmpty())
            continue;
        const DumpInsertLine::Span s = row.values.at(i);
        repaired.append(line.constData() + at, s.start - at);
        repaired.append(exact);
        at = s.start + s.length;
        ++restored;
        if (DumpInsertLine::isInfinity(literal))
            ++m_report.restoredInfinities;
    }
    SqliteQuery update(work(), "UPDATE suspects SET state = 1, new_text = ?2 WHERE line = ?1");
    sqlite3_bind_int64(update.stmt, 1, lineNumber);
    if (restored > 0) {
        repaired.append(line.constData() + at, line.size() - at);
        SqliteQuery::bindBlob(update.stmt, 2, repaired);
        m_report.restoredValues += restored;
        m_report.restoredPerTable[QString::fromUtf8(m_current.name)] += restored;
    }
    sqlite3_step(update.stmt);
    return true;
}

void ValueRepairJob::markChanged(qint64 lineNumber, const QString &why)
{
    SqliteQuery update(work(), "UPDATE suspects SET state = 2 WHERE line = ?1");
    sqlite3_bind_int64(update.stmt, 1, lineNumber);
    sqlite3_step(update.stmt);
    ++m_report.changedRows;
    if (m_report.changedExamples.size() < MaxChangedExamples)
        m_report.changedExamples << tr("%1, line %2 of the dump: %3")
                                        .arg(QString::fromUtf8(m_current.name))
                                        .arg(lineNumber + 1)
                                        .arg(why);
}

// ---- 3. rewrite ---------------------------------------------------------------------------------

void ValueRepairJob::startRewrite()
{
    if (m_report.restoredValues == 0)
        return finish(m_report.changedRows > 0 ? ValueRepairReport::Status::Changed : ValueRepairReport::Status::Clean);
    if (sqlite3_prepare_v2(work(), "SELECT line, new_text FROM suspects WHERE new_text IS NOT NULL ORDER BY line", -1,
                           &m_replacements, nullptr)
        != SQLITE_OK)
        return finish(ValueRepairReport::Status::Failed, QString::fromUtf8(sqlite3_errmsg(work())));
    m_nextReplacement = -1;
    if (sqlite3_step(m_replacements) == SQLITE_ROW) {
        m_nextReplacement = sqlite3_column_int64(m_replacements, 0);
        m_nextText = SqliteQuery::blob(m_replacements, 1);
    }
    m_in = DumpVerifier::openDump(m_job.dumpPath);
    if (!m_in)
        return finish(ValueRepairReport::Status::Failed, tr("cannot read %1").arg(QDir::toNativeSeparators(m_job.dumpPath)));
    gzbuffer(static_cast<gzFile>(m_in), 1 << 20);
    m_sink = std::make_unique<DumpSink>();
    connect(m_sink.get(), &DumpSink::committed, this, &ValueRepairJob::onRewriteCommitted);
    connect(m_sink.get(), &DumpSink::drained, this, &ValueRepairJob::rewriteSlice);
    if (!m_sink->open(m_job.dumpPath, m_job.sinkOptions))
        return finish(ValueRepairReport::Status::Failed, m_sink->errorString());
    m_carry.clear();
    m_lineNumber = 0;
    emit logMessage(false, tr("Writing the dump again with %n exact value(s)…", nullptr, int(qMin<qint64>(m_report.restoredValues, INT_MAX))));
    rewriteSlice();
}

void ValueRepairJob::rewriteSlice()
{
    if (!m_running || !m_in || m_sink->isCommitted())
        return;
    auto *in = static_cast<gzFile>(m_in);
    while (m_sink->queuedBytes() < DumpSink::highWaterBytes()) {
        QByteArray buffer = std::move(m_carry);
        m_carry.clear();
        const qsizetype old = buffer.size();
        buffer.resize(old + SliceBytes);
        const int n = gzread(in, buffer.data() + old, unsigned(SliceBytes));
        if (n < 0) {
            int code = 0;
            m_sink->cancel();
            return finish(ValueRepairReport::Status::Failed, QString::fromUtf8(gzerror(in, &code)));
        }
        buffer.resize(old + n);
        const bool atEnd = n == 0;
        const char *data = buffer.constData();
        qsizetype pos = 0;
        QByteArray out;
        out.reserve(buffer.size() + 4096);
        while (pos < buffer.size()) {
            if (m_nextReplacement < 0) {
                out.append(data + pos, buffer.size() - pos);
                pos = buffer.size();
                break;
            }
            // Copy whole lines up to the next one to replace (a line cut by the chunk's end goes on in the next).
            bool cut = false;
            while (m_lineNumber < m_nextReplacement) {
                const void *nl = std::memchr(data + pos, '\n', size_t(buffer.size() - pos));
                if (!nl) {
                    out.append(data + pos, buffer.size() - pos);
                    pos = buffer.size();
                    cut = true;
                    break;
                }
                const qsizetype end = static_cast<const char *>(nl) - data + 1;
                out.append(data + pos, end - pos);
                pos = end;
                ++m_lineNumber;
            }
            if (cut)
                break;
            const void *nl = std::memchr(data + pos, '\n', size_t(buffer.size() - pos));
            if (!nl && !atEnd) {
                m_carry = buffer.mid(pos); // the line to replace must be whole
                pos = buffer.size();
                break;
            }
            out.append(m_nextText);
            if (nl) {
                out.append('\n');
                pos = static_cast<const char *>(nl) - data + 1;
            } else {
                pos = buffer.size();
            }
            ++m_lineNumber;
            m_nextReplacement = -1;
            if (sqlite3_step(m_replacements) == SQLITE_ROW) {
                m_nextReplacement = sqlite3_column_int64(m_replacements, 0);
                m_nextText = SqliteQuery::blob(m_replacements, 1);
            }
        }
        if (!out.isEmpty() && !m_sink->write(out)) {
            const QString error = m_sink->errorString();
            m_sink->cancel();
            return finish(ValueRepairReport::Status::Failed, error);
        }
        emit progress(qint64(gzoffset(in)), m_fileBytes);
        if (atEnd && m_carry.isEmpty()) {
            gzclose(in);
            m_in = nullptr;
            m_sink->commit(); // onRewriteCommitted follows
            return;
        }
    }
}

void ValueRepairJob::onRewriteCommitted(bool ok)
{
    if (!m_running)
        return;
    if (!ok)
        return finish(ValueRepairReport::Status::Failed, m_sink->errorString());
    m_report.rewritten = true;
    m_report.sha256 = m_sink->sha256();
    m_report.fileBytes = m_sink->fileSize();
    m_report.dumpBytes = m_sink->inputBytes();
    m_sink.reset();
    finish(m_report.changedRows > 0 ? ValueRepairReport::Status::Changed : ValueRepairReport::Status::Repaired);
}

} // namespace d1x
