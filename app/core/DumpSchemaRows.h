// DumpSchemaRows: sqlite3's .dump writes a virtual table (FTS5…) not as CREATE VIRTUAL TABLE but as
// a row it inserts into sqlite_schema under PRAGMA writable_schema=ON, followed by the shadow tables
// as ordinary tables with their rows, so that loading the dump restores the index exactly. The dump
// loader cannot run those statements as they are (its sandbox refuses writable_schema, and so does
// SQLite's defensive mode); it hands them here instead: the PRAGMA lines are dropped, the rows kept,
// and once every statement has loaded, apply() adds them to sqlite_schema so the virtual tables exist
// over the shadow tables' dumped content. Only rows that make a virtual table are accepted.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

namespace d1x {

class DumpSchemaRows
{
public:
    enum class Take { No, Yes, Failed };
    // Is the statement at [p, end) one of sqlite3's writable_schema statements? Yes: `*tail` is where
    // the next statement starts. Failed: `error` says why it cannot be loaded.
    Take take(sqlite3 *db, const char *p, const char *end, const char **tail, QString *error);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // After the load (outside any transaction): the virtual tables are made. False and `error`.
    bool apply(sqlite3 *db, QString *error);

private:
    struct Row {
        QByteArray name;
        QByteArray sql;
    };
    QList<Row> m_rows;
};

} // namespace d1x
