// SqliteQuery: a prepared statement of a work database (the value repair's), finalized on scope exit,
// and the two blob conversions its queries use.
#pragma once

#include <QByteArray>

#include <sqlite3.h>

namespace d1x {

struct SqliteQuery {
    SqliteQuery(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr); }
    ~SqliteQuery() { sqlite3_finalize(stmt); }
    SqliteQuery(const SqliteQuery &) = delete;
    SqliteQuery &operator=(const SqliteQuery &) = delete;
    bool step() { return stmt && sqlite3_step(stmt) == SQLITE_ROW; }

    static QByteArray blob(sqlite3_stmt *s, int i)
    {
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i));
    }
    static void bindBlob(sqlite3_stmt *s, int i, const QByteArray &b)
    {
        sqlite3_bind_blob(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }

    sqlite3_stmt *stmt = nullptr;
};

} // namespace d1x
