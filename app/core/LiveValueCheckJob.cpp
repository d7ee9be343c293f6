// LiveValueCheckJob: loading the final dump, fingerprints on both sides, and the bisection (see header).
#include "LiveValueCheckJob.h"

#include "ApiCall.h"
#include "CloudflareClient.h"
#include "ExportPlan.h"
#include "ValueFingerprint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QThread>

#include <sqlite3.h>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LiveValueCheckJob)
};

QStringList digestsOf(const QJsonArray &statements)
{
    QStringList out;
    for (const QJsonValue &s : statements) {
        const QJsonArray row = s[QLatin1String("results")][QLatin1String("rows")].toArray().first().toArray();
        out << ValueFingerprint::fromRawRow({row.at(0).toString(), row.at(1).toString()});
    }
    return out;
}
} // namespace

QString LiveValueReport::statusKeyword() const
{
    switch (status) {
    case Status::NotRun: return QStringLiteral("not run");
    case Status::Same: return QStringLiteral("same");
    case Status::Differences: return QStringLiteral("differences");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString LiveValueReport::summary() const
{
    const QString read = Tr::tr("D1 read %n row(s) for it", nullptr, int(qMin<qint64>(rowsRead, INT_MAX)));
    switch (status) {
    case Status::NotRun:
        return Tr::tr("Values: not compared with D1.");
    case Status::Same:
        return Tr::tr("Values: every value of the %n table(s) is the same in the dump as on D1 (%1).", nullptr,
                      tablesCompared).arg(read);
    case Status::Differences:
        return Tr::tr("Values: %n table(s) hold values that differ from D1's: %1 (%2).", nullptr,
                      int(differingTables.size()))
            .arg(differingTables.join(QLatin1String(", ")), read);
    case Status::Failed:
        return Tr::tr("Values: could not be compared with D1 (%1).").arg(error);
    case Status::Cancelled:
        return Tr::tr("Values: comparison cancelled.");
    }
    return {};
}

QJsonObject LiveValueReport::toJson() const
{
    QJsonObject o{{QStringLiteral("status"), statusKeyword()},
                  {QStringLiteral("tables_compared"), tablesCompared},
                  {QStringLiteral("differing_tables"), QJsonArray::fromStringList(differingTables)},
                  {QStringLiteral("rows_read"), rowsRead},
                  {QStringLiteral("requests"), requests}};
    if (!examples.isEmpty())
        o.insert(QStringLiteral("differences"), QJsonArray::fromStringList(examples));
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

LiveValueCheckJob::LiveValueCheckJob(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

LiveValueCheckJob::~LiveValueCheckJob()
{
    stop();
}

void LiveValueCheckJob::start(const Job &job)
{
    stop();
    m_job = job;
    m_report = LiveValueReport();
    m_running = true;
    m_alive = std::make_shared<bool>(true);
    m_clockStart = QDateTime::currentMSecsSinceEpoch();
    m_tables.clear();
    m_index = -1;
    m_dbPath = QDir(job.workFolder)
                   .filePath(QStringLiteral(".d1x-values-%1.sqlite")
                                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    emit logMessage(false, Tr::tr("Comparing values with D1: loading the saved dump once more…"));
    DumpVerifier::Job load;
    load.dumpPath = job.dumpPath;
    load.workFolder = job.workFolder;
    load.sqlitePath = m_dbPath;
    m_loader = std::make_unique<DumpVerifier>();
    connect(m_loader.get(), &DumpVerifier::progress, this, &LiveValueCheckJob::progress);
    connect(m_loader.get(), &DumpVerifier::finished, this, &LiveValueCheckJob::onLoaded);
    m_loader->start(load);
}

void LiveValueCheckJob::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_alive)
        *m_alive = false;
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->abort();
    }
    cleanUp();
}

void LiveValueCheckJob::cleanUp()
{
    if (m_loader) {
        m_loader->stop();
        m_loader.release()->deleteLater(); // may be inside its signal
    }
    if (m_db) {
        sqlite3_interrupt(m_db);
        if (m_worker)
            m_worker->wait(); // interrupted: stops within a few SQLite steps
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    if (!m_dbPath.isEmpty())
        QFile::remove(m_dbPath);
    m_dbPath.clear();
}

void LiveValueCheckJob::finish(LiveValueReport::Status status, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_alive)
        *m_alive = false;
    m_report.status = status;
    m_report.error = error;
    m_report.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_clockStart;
    cleanUp();
    emit finished(m_report);
}

void LiveValueCheckJob::onLoaded(const VerifyReport &report)
{
    if (!m_running)
        return;
    m_loader.release()->deleteLater();
    if (report.status == VerifyReport::Status::LoadFailed || report.sqlitePath.isEmpty())
        return finish(LiveValueReport::Status::Failed, report.error.isEmpty() ? report.summary() : report.error);
    if (sqlite3_open_v2(QFile::encodeName(m_dbPath).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return finish(LiveValueReport::Status::Failed, QString::fromUtf8(sqlite3_errmsg(m_db)));
    describeTables();
    nextTable();
}

void LiveValueCheckJob::describeTables()
{
    for (const QString &name : std::as_const(m_job.tables)) {
        Table t;
        t.name = name;
        sqlite3_stmt *s = nullptr;
        const QByteArray utf8 = name.toUtf8();
        sqlite3_prepare_v2(m_db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", -1, &s, nullptr);
        sqlite3_bind_text(s, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(s) == SQLITE_ROW)
            t.columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        sqlite3_prepare_v2(m_db, "SELECT wr FROM pragma_table_list(?1)", -1, &s, nullptr);
        sqlite3_bind_text(s, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        t.hasRowid = !(sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) != 0);
        sqlite3_finalize(s);
        if (!t.columns.isEmpty()) {
            m_tables << t;
            continue;
        }
        // Exported, but not in the dump: D1 holds rows the file does not.
        ++m_report.tablesCompared;
        m_report.differingTables << name;
        m_report.examples << Tr::tr("%1: missing from the saved dump").arg(name);
        emit logMessage(true, m_report.examples.last() + QLatin1Char('.'));
    }
}

void LiveValueCheckJob::computeLocally(const QStringList &statements,
                                       std::function<void(const QStringList &, const QString &)> done)
{
    auto digests = std::make_shared<QStringList>();
    runLocally(
        [statements, digests](sqlite3 *db, QString *error) {
            *digests = ValueFingerprint::computeLocally(db, statements, error);
            return !digests->isEmpty();
        },
        [digests, done](const QString &error) { done(*digests, error); });
}

void LiveValueCheckJob::runLocally(std::function<bool(sqlite3 *, QString *)> work, std::function<void(const QString &)> done)
{
    // One worker at a time uses the connection; cleanUp() interrupts and waits for it. The answer
    // comes back on this thread, unless stopped meanwhile.
    sqlite3 *db = m_db;
    std::shared_ptr<bool> alive = m_alive;
    QThread *worker = QThread::create([this, db, work, alive, done] {
        QString error;
        if (!work(db, &error) && error.isEmpty())
            error = Tr::tr("the loaded dump could not be read");
        QMetaObject::invokeMethod(
            this, [alive, error, done] {
                if (*alive)
                    done(error);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    worker->start();
}

void LiveValueCheckJob::computeRemotely(const QStringList &statements, std::function<void(const QStringList &)> done)
{
    ApiCall *call = m_client->rawQuery(m_job.accountId, m_job.databaseId, statements.join(QLatin1String("; ")));
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call, done, n = statements.size()] {
        if (call != m_call || !m_running)
            return;
        m_call = nullptr;
        if (call->error())
            return finish(LiveValueReport::Status::Failed, call->error().summary());
        ++m_report.requests;
        const QJsonArray answers = call->result().toArray();
        for (const QJsonValue &s : answers)
            m_report.rowsRead += s[QLatin1String("meta")][QLatin1String("rows_read")].toInteger();
        const QStringList digests = digestsOf(answers);
        if (digests.size() != n || digests.contains(QString()))
            return finish(LiveValueReport::Status::Failed, Tr::tr("D1's answer was incomplete"));
        done(digests);
    });
}

namespace {
// The rowid ranges of `table`'s chunks of at most `chunkRows` rows and about `chunkBytes` bytes of values,
// cut at rowids of the local database; the first starts and the last ends open so that rows only D1 holds
// fall in one too. One range (or none, for an empty table) means the table fits in a single query.
QList<ValueFingerprint::RowidRange> chunksOf(sqlite3 *db, const QString &table, qint64 chunkRows, qint64 chunkBytes)
{
    QList<ValueFingerprint::RowidRange> out{{std::numeric_limits<qint64>::min() + 1, std::numeric_limits<qint64>::max()}};
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, QStringLiteral("SELECT _rowid_, * FROM %1 ORDER BY _rowid_")
                               .arg(ExportPlan::quoteIdentifier(table)).toUtf8().constData(), -1, &s, nullptr);
    qint64 rows = 0;
    qint64 bytes = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        qint64 rowBytes = 0;
        for (int c = 1, n = sqlite3_column_count(s); c < n; ++c) {
            const int type = sqlite3_column_type(s, c);
            rowBytes += type == SQLITE_TEXT || type == SQLITE_BLOB ? sqlite3_column_bytes(s, c) : 8;
        }
        if (rows > 0 && (rows >= chunkRows || bytes + rowBytes > chunkBytes)) {
            const qint64 rowid = sqlite3_column_int64(s, 0);
            out.last().last = rowid - 1;
            out << ValueFingerprint::RowidRange{rowid, std::numeric_limits<qint64>::max()};
            rows = 0;
            bytes = 0;
        }
        ++rows;
        bytes += rowBytes;
    }
    sqlite3_finalize(s);
    return out;
}
} // namespace

void LiveValueCheckJob::nextTable()
{
    if (!m_running)
        return;
    if (m_index >= 0 && m_index < m_tables.size())
        emit logMessage(false, Tr::tr("%1: compared in %n D1 queries.", nullptr, int(m_tables.at(m_index).queries))
                                   .arg(m_tables.at(m_index).name));
    if (++m_index >= m_tables.size()) {
        if (m_db) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        return finish(m_report.differingTables.isEmpty() ? LiveValueReport::Status::Same
                                                         : LiveValueReport::Status::Differences);
    }
    emit progress(m_index, m_tables.size());
    const Table &t = m_tables.at(m_index);
    if (!t.hasRowid) { // WITHOUT ROWID: no rowid to cut ranges by, so one query
        const QStringList statements = ValueFingerprint::statements(t.name, t.columns, false);
        computeLocally(statements, [this, statements](const QStringList &local, const QString &error) {
            if (!error.isEmpty() || local.isEmpty())
                return finish(LiveValueReport::Status::Failed, error);
            ++m_tables[m_index].queries;
            computeRemotely(statements, [this, local](const QStringList &remote) {
                Table &t = m_tables[m_index];
                ++m_report.tablesCompared;
                if (remote == local)
                    return nextTable();
                m_report.differingTables << t.name;
                m_report.examples << Tr::tr("%1: values differ (a WITHOUT ROWID table: the row is not narrowed down)")
                                         .arg(t.name);
                emit logMessage(true, m_report.examples.last() + QLatin1Char('.'));
                nextTable();
            });
        });
        return;
    }
    // The chunks and their local digests, on the worker thread.
    auto chunks = std::make_shared<QList<ValueFingerprint::RowidRange>>();
    auto digests = std::make_shared<QList<QStringList>>();
    runLocally(
        [name = t.name, columns = t.columns, rows = m_chunkRows, bytes = m_chunkBytes, chunks,
         digests](sqlite3 *db, QString *error) {
            *chunks = chunksOf(db, name, rows, bytes);
            for (const ValueFingerprint::RowidRange &r : std::as_const(*chunks)) {
                const auto range = chunks->size() > 1 ? std::optional(r) : std::nullopt;
                *digests << ValueFingerprint::computeLocally(db, ValueFingerprint::statements(name, columns, true, range),
                                                             error);
                if (digests->last().isEmpty())
                    return false;
            }
            return true;
        },
        [this, chunks, digests](const QString &error) {
            if (!error.isEmpty() || digests->isEmpty())
                return finish(LiveValueReport::Status::Failed, error);
            Table &t = m_tables[m_index];
            t.chunks = chunks->size() > 1 ? *chunks : QList<ValueFingerprint::RowidRange>();
            t.chunkDigests = *digests;
            t.chunk = 0;
            compareChunk();
        });
}

void LiveValueCheckJob::compareChunk()
{
    Table &t = m_tables[m_index];
    const auto range = t.chunks.isEmpty() ? std::nullopt : std::optional(t.chunks.at(t.chunk));
    QStringList remote = ValueFingerprint::statements(t.name, t.columns, true, range);
    if (t.chunk == 0) // the range to narrow a difference down in (cheap: the rowid's b-tree ends)
        // An empty table answers "-:-" (no range) rather than NULLs, which would read as an incomplete answer.
        remote << QStringLiteral("SELECT coalesce(CAST(min(_rowid_) AS TEXT), '-'), "
                                 "coalesce(CAST(max(_rowid_) AS TEXT), '-') FROM %1")
                      .arg(ExportPlan::quoteIdentifier(t.name));
    ++t.queries;
    computeRemotely(remote, [this](const QStringList &answers) {
        Table &t = m_tables[m_index];
        if (t.chunk == 0)
            t.d1Range = answers.last().split(QLatin1Char(':'));
        const QStringList digests = t.chunk == 0 ? answers.mid(0, answers.size() - 1) : answers;
        const int count = qMax(1, int(t.chunks.size()));
        if (digests == t.chunkDigests.at(t.chunk)) {
            if (++t.chunk < count)
                return compareChunk();
            ++m_report.tablesCompared;
            return nextTable();
        }
        ++m_report.tablesCompared;
        m_report.differingTables << t.name;
        // The rowids of both sides: D1's from its first answer, the dump's from the loaded database.
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db, QStringLiteral("SELECT min(_rowid_), max(_rowid_) FROM %1")
                                     .arg(ExportPlan::quoteIdentifier(t.name)).toUtf8().constData(), -1, &s, nullptr);
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = std::numeric_limits<qint64>::min();
        if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
            low = sqlite3_column_int64(s, 0);
            high = sqlite3_column_int64(s, 1);
        }
        sqlite3_finalize(s);
        bool lowOk = false;
        bool highOk = false;
        const qint64 d1Low = t.d1Range.value(0).toLongLong(&lowOk);
        const qint64 d1High = t.d1Range.value(1).toLongLong(&highOk);
        if (lowOk && highOk) { // not when D1's table is empty
            low = qMin(low, d1Low);
            high = qMax(high, d1High);
        }
        if (!t.chunks.isEmpty()) { // the difference is inside this chunk
            low = qMax(low, t.chunks.at(t.chunk).first);
            high = qMin(high, t.chunks.at(t.chunk).last);
        }
        m_low = low;
        m_high = high;
        m_steps = 0;
        bisect();
    });
}

void LiveValueCheckJob::bisect()
{
    const Table &t = m_tables.at(m_index);
    if (m_low >= m_high || m_steps >= m_job.maxBisectSteps) {
        m_report.examples << (m_low == m_high ? Tr::tr("%1: the row with rowid %2 differs").arg(t.name).arg(m_low)
                                              : Tr::tr("%1: a row with rowid between %2 and %3 differs")
                                                    .arg(t.name).arg(m_low).arg(m_high));
        emit logMessage(true, m_report.examples.last() + QLatin1Char('.'));
        return nextTable();
    }
    ++m_steps;
    ++m_tables[m_index].queries;
    // The lower half [low, mid]: the digests add up, so when it is the same, the difference is above.
    m_mid = qint64((__int128(m_low) + __int128(m_high)) >> 1);
    const QStringList statements =
        ValueFingerprint::statements(t.name, t.columns, true, ValueFingerprint::RowidRange{m_low, m_mid});
    computeLocally(statements, [this, statements](const QStringList &local, const QString &error) {
        if (!error.isEmpty() || local.isEmpty())
            return finish(LiveValueReport::Status::Failed, error);
        computeRemotely(statements, [this, local](const QStringList &remote) {
            if (remote != local)
                m_high = m_mid;
            else
                m_low = m_mid + 1;
            bisect();
        });
    });
}

} // namespace d1x
