// ImportSqlWriter: the order and the statements of the transformed SQL (see header).
#include "ImportSqlWriter.h"

#include "CloudflareTypes.h"
#include "ExportPlan.h"
#include "ImportOutput.h"
#include "ImportRowWriter.h"

#include <QCoreApplication>
#include <QSet>

#include <sqlite3.h>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportTransform)
};

QString columnText(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

QByteArray quoted(const QString &name)
{
    return ExportPlan::quoteIdentifier(name).toUtf8();
}

QByteArray textLiteral(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    SqlLiteral::appendPiece(out, SqlLiteral::Kind::Text, utf8.constData(), utf8.size());
    return out;
}

bool isInternal(const QString &name)
{
    return name.startsWith(QLatin1String("_cf_"), Qt::CaseInsensitive);
}

struct Statement {
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};
} // namespace

ImportSqlWriter::ImportSqlWriter(sqlite3 *db, ImportOutput &out, const std::atomic<bool> &cancelled, Progress progress)
    : m_db(db)
    , m_out(out)
    , m_cancelled(cancelled)
    , m_progress(std::move(progress))
{
}

bool ImportSqlWriter::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
    return false;
}

bool ImportSqlWriter::put(const QByteArray &sql)
{
    return m_out.statement(sql) || fail(m_out.errorString());
}

qint64 ImportSqlWriter::count(const QString &table)
{
    Statement s;
    const QByteArray sql = "SELECT count(*) FROM " + quoted(table);
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &s.stmt, nullptr) != SQLITE_OK
        || sqlite3_step(s.stmt) != SQLITE_ROW) {
        fail(Tr::tr("%1 cannot be read: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(m_db))));
        return -1;
    }
    return sqlite3_column_int64(s.stmt, 0);
}

bool ImportSqlWriter::write(ImportPreparation &result)
{
    QList<TableInfo> objects;
    {
        Statement s;
        if (sqlite3_prepare_v2(m_db, "SELECT name, type, tbl_name, sql FROM sqlite_schema ORDER BY rowid", -1, &s.stmt,
                               nullptr)
            != SQLITE_OK)
            return fail(Tr::tr("the database's schema cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        int rc;
        while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW)
            objects.append({columnText(s.stmt, 0), columnText(s.stmt, 1), columnText(s.stmt, 2), columnText(s.stmt, 3)});
        if (rc != SQLITE_DONE)
            return fail(Tr::tr("the database's schema cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    const ExportPlan plan = ExportPlan::make(objects, ExportOptions(), true);
    QSet<QString> shadow;
    for (const QString &name : plan.shadowTables)
        shadow.insert(name.toLower());
    QSet<QString> names; // every name in the schema, folded as SQLite compares them
    for (const TableInfo &o : std::as_const(objects))
        names.insert(o.name.toLower());

    QStringList tables; // ordinary tables, in creation order
    QSet<QString> kept; // tables the output makes (ordinary, virtual, and the virtual tables' shadow tables)
    QStringList views;
    for (const TableInfo &o : std::as_const(objects)) {
        if (o.type == QLatin1String("view"))
            views << o.name.toLower();
        if (!o.isTable() || o.sql.isEmpty() || o.isVirtual() || shadow.contains(o.name.toLower())
            || o.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            continue;
        if (isInternal(o.name)) {
            result.skipped << Tr::tr("%1: D1's own table (_cf_*), left out").arg(o.name);
            continue;
        }
        tables << o.name;
        kept.insert(o.name.toLower());
    }
    for (const VirtualTable &v : plan.virtualTables) {
        kept.insert(v.name.toLower());
        for (const QString &suffix : ExportPlan::shadowSuffixes(v.module))
            kept.insert((v.name + QLatin1Char('_') + suffix).toLower());
    }

    // A scratch table for long values, under a name the database does not use.
    QString scratch = QStringLiteral("d1x_import_pieces");
    for (int i = 2; names.contains(scratch); ++i)
        scratch = QStringLiteral("d1x_import_pieces_%1").arg(i);

    for (const QString &table : std::as_const(tables)) {
        const qint64 n = count(table);
        if (n < 0)
            return false;
        m_rowsTotal += n;
    }
    for (const VirtualTable &v : plan.virtualTables) {
        if (v.content == VirtualTable::Content::Standalone || v.content == VirtualTable::Content::Other) {
            const qint64 n = count(v.name);
            if (n < 0)
                return false;
            m_rowsTotal += n;
        }
    }
    if (m_progress)
        m_progress(0, m_rowsTotal);

    // D1 enforces foreign keys: checked at the end of the import, rows may come in any order.
    if (!put("PRAGMA defer_foreign_keys = on;"))
        return false;
    for (const TableInfo &o : std::as_const(objects)) {
        if (o.isTable() && kept.contains(o.name.toLower()) && tables.contains(o.name)) {
            if (!put(o.sql.toUtf8() + ';'))
                return false;
            result.tables << o.name;
        }
    }
    ImportRowWriter rows(m_out, m_out.statementLimit());
    rows.setScratchTable(scratch);
    for (const QString &table : std::as_const(tables))
        if (!writeTableRows(rows, table, result))
            return false;
    if (!writeSequence(tables))
        return false;
    for (const VirtualTable &v : plan.virtualTables)
        if (!writeVirtual(rows, v, result))
            return false;
    m_peakRow = rows.peakBytes();
    if (!rows.finish())
        return fail(rows.errorString());

    // Indexes, statistics, triggers, views, triggers of views: after every row.
    auto objectsOf = [&](const QString &type, bool onView) {
        for (const TableInfo &o : std::as_const(objects)) {
            if (o.type != type || o.sql.isEmpty())
                continue;
            if (isInternal(o.tableName)) {
                result.skipped << Tr::tr("%1: belongs to D1's own table %2, left out").arg(o.name, o.tableName);
                continue;
            }
            if (type != QLatin1String("view") && views.contains(o.tableName.toLower()) != onView)
                continue;
            if (type != QLatin1String("view") && !onView && !kept.contains(o.tableName.toLower()))
                continue;
            if (!put(o.sql.toUtf8() + ';'))
                return false;
        }
        return true;
    };
    return objectsOf(QStringLiteral("index"), false) && writeStatistics(QStringList(kept.cbegin(), kept.cend()))
        && objectsOf(QStringLiteral("trigger"), false) && objectsOf(QStringLiteral("view"), false)
        && objectsOf(QStringLiteral("trigger"), true);
}

bool ImportSqlWriter::writeRows(ImportRowWriter &rows, const QString &table, const QByteArray &select,
                                const QByteArray &prefix, ImportPreparation &result)
{
    Statement s;
    if (sqlite3_prepare_v2(m_db, select.constData(), int(select.size()), &s.stmt, nullptr) != SQLITE_OK)
        return fail(Tr::tr("the rows of %1 cannot be read: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(m_db))));
    qint64 &written = result.rowsPerTable[table];
    QByteArray insert = prefix;
    if (insert.isEmpty()) { // from the statement's own column names
        insert = "INSERT INTO " + quoted(table) + " (";
        for (int i = 0; i < sqlite3_column_count(s.stmt); ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(s.stmt, i));
            if (i > 0)
                insert += ',';
            // A quoted "rowid" would name a column; bare, it is the row id.
            insert += i == 0 && name.compare(QLatin1String("rowid"), Qt::CaseInsensitive) == 0 ? name.toUtf8()
                                                                                                 : quoted(name);
        }
        insert += ") VALUES(";
    }
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        if (m_cancelled.load(std::memory_order_relaxed))
            return fail(Tr::tr("cancelled"));
        bool split = false;
        if (!rows.write(insert, s.stmt, &split))
            return fail(Tr::tr("%1: %2").arg(table, rows.errorString()));
        if (split)
            ++result.splitRows;
        ++written;
        ++m_rowsDone;
        if (m_progress && (m_rowsDone & 255) == 0)
            m_progress(m_rowsDone, m_rowsTotal);
    }
    if (rc != SQLITE_DONE)
        return fail(Tr::tr("the rows of %1 cannot be read: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(m_db))));
    if (m_progress)
        m_progress(m_rowsDone, m_rowsTotal);
    return true;
}

bool ImportSqlWriter::writeTableRows(ImportRowWriter &rows, const QString &table, ImportPreparation &result)
{
    // Columns a row is inserted with: not the generated ones (SQLite computes those).
    QList<QByteArray> columns;
    QStringList allNames;
    bool generated = false;
    int keyColumns = 0;
    bool integerKey = false;
    {
        Statement s;
        if (sqlite3_prepare_v2(m_db, "SELECT name, type, pk, hidden FROM pragma_table_xinfo(?1)", -1, &s.stmt, nullptr)
            != SQLITE_OK)
            return fail(Tr::tr("the columns of %1 cannot be read: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(m_db))));
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(s.stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(s.stmt) == SQLITE_ROW) {
            const QString column = columnText(s.stmt, 0);
            allNames << column.toLower();
            if (sqlite3_column_int(s.stmt, 2) > 0) {
                ++keyColumns;
                integerKey = columnText(s.stmt, 1).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            }
            if (sqlite3_column_int(s.stmt, 3) != 0) {
                generated = true;
                continue;
            }
            columns << quoted(column);
        }
    }
    // A rowid table without an INTEGER PRIMARY KEY keeps its rowids (an external-content full-text
    // index, or anything else, may rely on them) under a name no column has.
    QByteArray rowid;
    if (!(keyColumns == 1 && integerKey)) {
        for (const char *candidate : {"rowid", "_rowid_", "oid"}) {
            if (allNames.contains(QLatin1String(candidate)))
                continue;
            Statement probe; // a WITHOUT ROWID table has none
            const QByteArray sql = QByteArray("SELECT ") + candidate + " FROM " + quoted(table) + " LIMIT 0";
            if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &probe.stmt, nullptr) == SQLITE_OK)
                rowid = candidate;
            break;
        }
    }
    QByteArray list = columns.join(',');
    if (!rowid.isEmpty())
        list = rowid + (list.isEmpty() ? QByteArray() : ',' + list);
    const QByteArray select = "SELECT " + list + " FROM " + quoted(table);
    const QByteArray prefix = "INSERT INTO " + quoted(table)
        + (generated || !rowid.isEmpty() ? " (" + list + ") VALUES(" : QByteArray(" VALUES("));
    return writeRows(rows, table, select, prefix, result);
}

bool ImportSqlWriter::writeVirtual(ImportRowWriter &rows, const VirtualTable &table, ImportPreparation &result)
{
    if (!put(table.sql.toUtf8() + ';'))
        return false;
    result.tables << table.name;
    result.virtualTables << table.name;
    switch (table.content) {
    case VirtualTable::Content::External: {
        // The index is made again from its content table, whose rows are already in.
        if (!put(ExportPlan::rebuildStatement(table.name).toUtf8()))
            return false;
        const qint64 n = count(table.name);
        if (n < 0)
            return false;
        result.rowsPerTable[table.name] = n;
        return true;
    }
    case VirtualTable::Content::Contentless:
        result.skipped << Tr::tr("%1: a contentless full-text table, recreated empty (its rows cannot be read back)")
                              .arg(table.name);
        result.rowsPerTable[table.name] = 0;
        return true;
    case VirtualTable::Content::Standalone:
        return writeRows(rows, table.name, "SELECT rowid, * FROM " + quoted(table.name), {}, result);
    case VirtualTable::Content::Other:
        return writeRows(rows, table.name, "SELECT * FROM " + quoted(table.name), {}, result);
    }
    return true;
}

bool ImportSqlWriter::writeSequence(const QStringList &tables)
{
    Statement s;
    if (sqlite3_prepare_v2(m_db, "SELECT name, seq FROM sqlite_sequence", -1, &s.stmt, nullptr) != SQLITE_OK)
        return true; // no AUTOINCREMENT table
    while (sqlite3_step(s.stmt) == SQLITE_ROW) {
        const QString name = columnText(s.stmt, 0);
        if (!tables.contains(name))
            continue;
        QByteArray seq;
        SqlLiteral::append(seq, s.stmt, 1);
        // Per table, so the sequences of a target's other tables stay as they are.
        if (!put("DELETE FROM sqlite_sequence WHERE name = " + textLiteral(name) + ';')
            || !put("INSERT INTO sqlite_sequence (name, seq) VALUES(" + textLiteral(name) + ", " + seq + ");"))
            return false;
    }
    return true;
}

bool ImportSqlWriter::writeStatistics(const QStringList &tables)
{
    Statement s;
    if (sqlite3_prepare_v2(m_db, "SELECT tbl, idx, stat FROM sqlite_stat1", -1, &s.stmt, nullptr) != SQLITE_OK)
        return true; // never analyzed
    bool first = true;
    while (sqlite3_step(s.stmt) == SQLITE_ROW) {
        if (!tables.contains(columnText(s.stmt, 0).toLower()))
            continue;
        if (first && !put("ANALYZE sqlite_schema;")) // makes sqlite_stat1, as SQLite's own dumps do
            return false;
        first = false;
        QByteArray sql = "INSERT INTO sqlite_stat1 VALUES(";
        for (int i = 0; i < 3; ++i) {
            if (i > 0)
                sql += ',';
            SqlLiteral::append(sql, s.stmt, i);
        }
        if (!put(sql + ");"))
            return false;
    }
    return true;
}

} // namespace d1x
