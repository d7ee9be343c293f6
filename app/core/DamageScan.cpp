// DamageScan: the rows of a dump holding a value D1 may have damaged, in a work database (see header).
#include "DamageScan.h"

#include "DumpInsertLine.h"
#include "SqliteQuery.h"

#include <QFile>
#include <QMap>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cstring>

namespace d1x {

DamageScan::DamageScan(QList<TableInfo> schema)
    : m_schema(std::move(schema))
{
}

DamageScan::~DamageScan()
{
    sqlite3_finalize(m_insert);
    sqlite3_close(m_work);
    sqlite3_close(m_shapes);
    if (!m_workPath.isEmpty())
        QFile::remove(m_workPath);
}

bool DamageScan::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

bool DamageScan::open(const QString &folder)
{
    QTemporaryFile name(folder + QStringLiteral("/.d1x-repair-XXXXXX.sqlite"));
    if (!name.open())
        return fail(name.errorString());
    m_workPath = name.fileName();
    name.setAutoRemove(false);
    name.close();
    if (sqlite3_open_v2(QFile::encodeName(m_workPath).constData(), &m_work,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK
        || sqlite3_exec(m_work,
                        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8192;"
                        "CREATE TABLE suspects (line INTEGER PRIMARY KEY, tbl BLOB NOT NULL, table_row INTEGER NOT NULL,"
                        " key BLOB NOT NULL, text BLOB NOT NULL, new_text BLOB, state INTEGER NOT NULL DEFAULT 0);"
                        "BEGIN",
                        nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(m_work, "INSERT INTO suspects (line, tbl, table_row, key, text) VALUES (?, ?, ?, ?, ?)",
                              -1, &m_insert, nullptr)
            != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_work)));
    sqlite3_open_v2(":memory:", &m_shapes, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    return true;
}

bool DamageScan::feed(QByteArrayView bytes)
{
    if (!m_error.isEmpty() || m_finished || !m_insert)
        return false;
    m_fed += bytes.size();
    const char *data = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype pos = 0;
    if (!m_carry.isEmpty()) {
        const void *nl = std::memchr(data, '\n', size_t(n));
        if (!nl) {
            m_carry.append(data, n);
            return true;
        }
        const qsizetype end = static_cast<const char *>(nl) - data;
        m_carry.append(data, end);
        if (!takeLine(m_carry))
            return false;
        m_carry.resize(0); // keeps its allocation for the next unfinished line
        pos = end + 1;
    }
    for (;;) {
        const void *nl = std::memchr(data + pos, '\n', size_t(n - pos));
        if (!nl)
            break;
        const qsizetype end = static_cast<const char *>(nl) - data;
        if (!takeLine(QByteArrayView(data + pos, end - pos)))
            return false;
        pos = end + 1;
    }
    if (pos < n)
        m_carry.append(data + pos, n - pos);
    return true;
}

bool DamageScan::finish()
{
    if (!m_error.isEmpty() || m_finished || !m_insert)
        return false;
    if (!m_carry.isEmpty() && !takeLine(m_carry))
        return false;
    m_carry = QByteArray();
    sqlite3_finalize(m_insert);
    m_insert = nullptr;
    if (sqlite3_exec(m_work,
                     "COMMIT; CREATE INDEX by_key ON suspects (tbl, state, key);"
                     "CREATE INDEX by_row ON suspects (tbl, table_row);",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_work)));
    m_finished = true;
    return true;
}

bool DamageScan::takeLine(QByteArrayView line)
{
    // Lines from D1's part only: what the exporter appended is exact already.
    const bool ok = m_limit >= 0 && m_offset >= m_limit ? true : scanLine(line);
    ++m_lineNumber;
    m_offset += line.size() + 1;
    return ok;
}

bool DamageScan::scanLine(QByteArrayView line)
{
    if (!m_pending.isEmpty() || !line.startsWith("INSERT INTO ")) {
        // Statements over several lines (CREATE TRIGGER … INSERT INTO … END) are not rows.
        if (m_pending.isEmpty() && line.isEmpty())
            return true;
        m_pending.append(line.data(), line.size());
        m_pending.append('\n');
        if (sqlite3_complete(m_pending.constData()))
            m_pending.clear();
        return true;
    }
    // The row's number within its table (dumps hold a table's rows in its scan order).
    qsizetype nameEnd = 12;
    if (line.size() > 12 && line[12] == '"') {
        nameEnd = 13;
        while (nameEnd < line.size() && (line[nameEnd] != '"' || (nameEnd + 1 < line.size() && line[nameEnd + 1] == '"')))
            nameEnd += line[nameEnd] == '"' ? 2 : 1;
        ++nameEnd;
    } else {
        while (nameEnd < line.size() && line[nameEnd] != ' ' && line[nameEnd] != '(')
            ++nameEnd;
    }
    const QByteArrayView raw = line.sliced(12, qMin(nameEnd, line.size()) - 12);
    if (raw != m_lastTableRaw) {
        m_lastTableRaw = raw.toByteArray();
        // Valid until the next insertion, which only happens here.
        m_lastTableRows = &m_tableRows[m_lastTableRaw];
    }
    const qint64 tableRow = (*m_lastTableRows)++;
    if (!DumpInsertLine::mayHoldDamage(line))
        return true;
    DumpInsertLine row;
    if (!row.parse(line))
        return true;
    int suspects = 0;
    for (int i = 0; i < row.values.size(); ++i)
        suspects += DumpInsertLine::isSuspect(row.value(line, i)) ? 1 : 0;
    if (suspects == 0)
        return true;

    const Shape &shape = shapeOf(row.table);
    QByteArray key;
    for (const int i : keyColumns(row.columns.isEmpty() ? shape.columns : row.columns, shape)) {
        if (i < row.values.size()) {
            key.append(row.value(line, i).toByteArray());
            key.append('\x1f');
        }
    }
    sqlite3_bind_int64(m_insert, 1, m_lineNumber);
    SqliteQuery::bindBlob(m_insert, 2, row.table);
    sqlite3_bind_int64(m_insert, 3, tableRow);
    SqliteQuery::bindBlob(m_insert, 4, key);
    sqlite3_bind_blob(m_insert, 5, line.data(), int(line.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_work)));
    ++m_suspectRows;
    m_suspectValues += suspects;
    return true;
}

QList<int> DamageScan::keyColumns(const QList<QByteArray> &columns, const Shape &shape)
{
    QList<int> indexes;
    for (const QByteArray &k : shape.primaryKey) {
        for (int i = 0; i < columns.size(); ++i) {
            const QByteArray &c = columns.at(i);
            if (c.size() == k.size() && qstrnicmp(c.constData(), k.constData(), c.size()) == 0)
                indexes << i;
        }
    }
    return indexes;
}

const DamageScan::Shape &DamageScan::shapeOf(const QByteArray &table)
{
    auto it = m_shapeCache.find(table);
    if (it != m_shapeCache.end())
        return **it;
    auto shape = std::make_shared<Shape>();
    const QString name = QString::fromUtf8(table);
    for (const TableInfo &object : std::as_const(m_schema)) {
        if (!object.isTable() || object.isVirtual() || object.name.compare(name, Qt::CaseInsensitive) != 0
            || object.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            continue;
        // The table made again, empty, in memory: SQLite itself says what its key is.
        sqlite3_exec(m_shapes, object.sql.toUtf8().constData(), nullptr, nullptr, nullptr);
        SqliteQuery info(m_shapes, "SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid");
        sqlite3_bind_text(info.stmt, 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
        QMap<int, QByteArray> key;
        while (info.step()) {
            shape->columns << SqliteQuery::blob(info.stmt, 0);
            if (sqlite3_column_int(info.stmt, 1) > 0)
                key.insert(sqlite3_column_int(info.stmt, 1), SqliteQuery::blob(info.stmt, 0));
        }
        shape->primaryKey = key.values();
        SqliteQuery list(m_shapes, "SELECT wr FROM pragma_table_list(?1)");
        sqlite3_bind_text(list.stmt, 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
        shape->withoutRowid = list.step() && sqlite3_column_int(list.stmt, 0) != 0;
        break;
    }
    return **m_shapeCache.insert(table, shape);
}

} // namespace d1x
