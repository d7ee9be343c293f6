// D1LoadCheck: D1's import rules, locally (see header).
#include "D1LoadCheck.h"

#include <QFile>

#include <cstring>
#include <sqlite3.h>

namespace testsupport {

namespace {
struct Rules {
    bool ownTransaction = false;
    QString refused;
};

bool isInternal(const char *name)
{
    return name && qstrnicmp(name, "_cf_", 4) == 0;
}

int authorize(void *self, int action, const char *a, const char *b, const char *, const char *)
{
    auto *rules = static_cast<Rules *>(self);
    switch (action) {
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        if (rules->ownTransaction)
            return SQLITE_OK;
        rules->refused = QStringLiteral("transaction statement %1").arg(QString::fromUtf8(a));
        return SQLITE_DENY;
    case SQLITE_CREATE_TABLE:
    case SQLITE_DROP_TABLE:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        if (isInternal(a)) {
            rules->refused = QStringLiteral("D1's own table %1").arg(QString::fromUtf8(a));
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TRIGGER:
        if (isInternal(b)) {
            rules->refused = QStringLiteral("D1's own table %1").arg(QString::fromUtf8(b));
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}
} // namespace

D1LoadResult D1LoadCheck::load(const QString &sqlPath, const QString &dbPath)
{
    D1LoadResult result;
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    const QByteArray sql = file.readAll(); // NUL-terminated: SQLite measures each statement as it parses
    QFile::remove(dbPath);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        result.error = QStringLiteral("cannot open %1").arg(dbPath);
        return result;
    }
    sqlite3_exec(db, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON;", nullptr, nullptr,
                 nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, StatementLimit);
    Rules rules;
    sqlite3_set_authorizer(db, &authorize, &rules);
    auto own = [&](const char *statement) {
        rules.ownTransaction = true;
        const int rc = sqlite3_exec(db, statement, nullptr, nullptr, nullptr);
        rules.ownTransaction = false;
        return rc;
    };
    own("BEGIN");
    const char *p = sql.constData();
    const char *end = p + sql.size();
    while (p < end) {
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            break;
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        rules.refused.clear();
        int rc = sqlite3_prepare_v2(db, p, -1, &stmt, &tail);
        if (rc == SQLITE_OK && !stmt) // a comment
            break;
        ++result.statements;
        if (rc == SQLITE_OK) {
            result.longestStatement = qMax<qint64>(result.longestStatement, tail - p);
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            }
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        if (rc != SQLITE_OK) {
            result.error = QStringLiteral("statement %1: %2 (%3)%4")
                               .arg(result.statements)
                               .arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sqlite3_errstr(rc)),
                                    rules.refused.isEmpty() ? QString() : QStringLiteral(": ") + rules.refused);
            sqlite3_finalize(stmt);
            sqlite3_close(db);
            return result;
        }
        sqlite3_finalize(stmt);
        p = tail;
    }
    if (own("COMMIT") != SQLITE_OK)
        result.error = QStringLiteral("at the end: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_close(db);
    return result;
}

} // namespace testsupport
