// DumpSchemaRows: the virtual tables of a sqlite3 .dump (see header).
#include "DumpSchemaRows.h"

#include "DumpStatements.h"

#include <QCoreApplication>

#include <cstring>
#include <sqlite3.h>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DumpVerifier)
};

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && DumpStatements::isSpace(*p))
        ++p;
    return p;
}

// Past `word` and the blanks after it, or null when [p, end) does not start with it.
const char *word(const char *p, const char *end, const char *w)
{
    if (!DumpStatements::startsWithWord(p, end, w))
        return nullptr;
    return skipSpace(p + std::strlen(w), end);
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}
} // namespace

DumpSchemaRows::Take DumpSchemaRows::take(sqlite3 *db, const char *p, const char *end, const char **tail,
                                          QString *error)
{
    if (const char *q = word(p, end, "PRAGMA")) {
        if (!DumpStatements::startsWithWord(q, end, "writable_schema"))
            return Take::No;
        const void *semicolon = std::memchr(q, ';', size_t(end - q));
        *tail = semicolon ? static_cast<const char *>(semicolon) + 1 : end;
        return Take::Yes;
    }
    const char *q = word(p, end, "INSERT");
    q = q ? word(q, end, "INTO") : nullptr;
    if (!q || !(DumpStatements::startsWithWord(q, end, "sqlite_schema") || DumpStatements::startsWithWord(q, end, "sqlite_master")))
        return Take::No;
    // INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES(…): the VALUES part alone is
    // a statement SQLite runs, and gives the values without parsing them here.
    const char *values = nullptr;
    for (const char *r = q; r + 6 <= end; ++r) {
        if ((*r == 'V' || *r == 'v') && qstrnicmp(r, "VALUES", 6) == 0) {
            values = r;
            break;
        }
        if (*r == '\'' || *r == ';')
            break;
    }
    if (!values) {
        *error = Tr::tr("a row written into sqlite_schema that is not one of sqlite3's virtual tables");
        return Take::Failed;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(db, values, int(end - values), 0, &stmt, tail) != SQLITE_OK || !stmt) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return Take::Failed;
    }
    bool ok = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_count(stmt) == 5;
    Row row;
    if (ok) {
        auto text = [stmt](int i) {
            return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)), sqlite3_column_bytes(stmt, i));
        };
        row = {text(1), text(4)};
        ok = text(0) == "table" && text(1) == text(2) && sqlite3_column_type(stmt, 3) == SQLITE_INTEGER
            && sqlite3_column_int64(stmt, 3) == 0 && qstrnicmp(row.sql.constData(), "CREATE VIRTUAL TABLE", 20) == 0;
    }
    sqlite3_finalize(stmt);
    if (!ok) {
        *error = Tr::tr("a row written into sqlite_schema that is not one of sqlite3's virtual tables");
        return Take::Failed;
    }
    m_rows.append(row);
    return Take::Yes;
}

bool DumpSchemaRows::apply(sqlite3 *db, QString *error)
{
    if (m_rows.isEmpty())
        return true;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    bool ok = exec(db, "BEGIN; PRAGMA writable_schema=ON;");
    sqlite3_stmt *insert = nullptr;
    ok = ok
        && sqlite3_prepare_v2(db,
                              "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) SELECT 'table', ?1, ?1, "
                              "0, ?2 WHERE NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = ?1 COLLATE NOCASE)",
                              -1, &insert, nullptr)
            == SQLITE_OK;
    for (const Row &row : std::as_const(m_rows)) {
        if (!ok)
            break;
        sqlite3_bind_text(insert, 1, row.name.constData(), int(row.name.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, row.sql.constData(), int(row.sql.size()), SQLITE_STATIC);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    // A new schema version makes this connection read the schema again, virtual tables included.
    int version = 0;
    sqlite3_stmt *read = nullptr;
    if (ok && sqlite3_prepare_v2(db, "PRAGMA schema_version", -1, &read, nullptr) == SQLITE_OK
        && sqlite3_step(read) == SQLITE_ROW)
        version = sqlite3_column_int(read, 0);
    sqlite3_finalize(read);
    const QByteArray bump = "PRAGMA schema_version=" + QByteArray::number(version + 1) + ';';
    ok = ok && exec(db, bump.constData());
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    exec(db, "PRAGMA writable_schema=OFF;");
    ok = exec(db, ok ? "COMMIT" : "ROLLBACK") && ok;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    if (!ok) {
        *error = Tr::tr("the virtual tables of the dump could not be made: %1").arg(why);
        return false;
    }
    for (const Row &row : std::as_const(m_rows)) {
        QByteArray name = row.name;
        name.replace('"', "\"\"");
        const QByteArray sql = "SELECT count(*) FROM \"" + name + '"';
        sqlite3_stmt *probe = nullptr;
        ok = sqlite3_prepare_v2(db, sql.constData(), -1, &probe, nullptr) == SQLITE_OK && sqlite3_step(probe) == SQLITE_ROW;
        sqlite3_finalize(probe);
        if (!ok) {
            *error = Tr::tr("the virtual table %1 of the dump cannot be read: %2")
                         .arg(QString::fromUtf8(row.name), QString::fromUtf8(sqlite3_errmsg(db)));
            return false;
        }
    }
    return true;
}

} // namespace d1x
