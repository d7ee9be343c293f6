// D1LoadCheck: loads an SQL file into a fresh SQLite database under the rules D1's import applies,
// so tests can check a file D1 would accept without the emulator: one transaction of its own (the
// file may hold none: BEGIN/COMMIT/SAVEPOINT/RELEASE/ROLLBACK refused), foreign keys ON (checked at
// the end, as D1 does with PRAGMA defer_foreign_keys), SQLITE_LIMIT_SQL_LENGTH 100,000 (a longer
// statement fails with SQLITE_TOOBIG), and no table whose name starts with _cf_ created or written.
#pragma once

#include <QString>

namespace testsupport {

struct D1LoadResult {
    QString error;          // empty when every statement ran and the transaction committed
    qint64 statements = 0;
    qint64 longestStatement = 0; // bytes, from its first character to its ';'
    bool ok() const { return error.isEmpty(); }
};

class D1LoadCheck
{
public:
    static constexpr int StatementLimit = 100000;
    // `dbPath` is replaced by a new database.
    static D1LoadResult load(const QString &sqlPath, const QString &dbPath);
};

} // namespace testsupport
