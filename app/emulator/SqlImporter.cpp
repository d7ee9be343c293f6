// SqlImporter: D1's import rules on a copy of the database (see header).
#include "SqlImporter.h"

#include "StatementReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace emu {

namespace {

const char *codeName(int code)
{
    switch (code & 0xff) {
    case SQLITE_ERROR: return "SQLITE_ERROR";
    case SQLITE_AUTH: return "SQLITE_AUTH";
    case SQLITE_TOOBIG: return "SQLITE_TOOBIG";
    case SQLITE_CONSTRAINT: return "SQLITE_CONSTRAINT";
    case SQLITE_MISMATCH: return "SQLITE_MISMATCH";
    case SQLITE_RANGE: return "SQLITE_RANGE";
    case SQLITE_FULL: return "SQLITE_FULL";
    case SQLITE_BUSY: return "SQLITE_BUSY";
    case SQLITE_READONLY: return "SQLITE_READONLY";
    case SQLITE_NOMEM: return "SQLITE_NOMEM";
    case SQLITE_IOERR: return "SQLITE_IOERR";
    case SQLITE_CORRUPT: return "SQLITE_CORRUPT";
    default: return "SQLITE_ERROR";
    }
}

// What the authorizer refused last, in D1's words.
struct Guard {
    bool ownTransaction = false; // our BEGIN / COMMIT pass
    QString refusal;
};

bool isCfTable(const char *name)
{
    return name && qstrnicmp(name, "_cf_", 4) == 0;
}

int authorize(void *context, int action, const char *a, const char *b, const char *, const char *)
{
    auto *guard = static_cast<Guard *>(context);
    switch (action) {
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        if (guard->ownTransaction)
            return SQLITE_OK;
        // What D1 (a Durable Object underneath) answers to a transaction statement in the SQL.
        guard->refusal = QStringLiteral(
            "To execute a transaction, please use the state.storage.transaction() or "
            "state.storage.transactionSync() APIs instead of the SQL BEGIN TRANSACTION or SAVEPOINT statements. "
            "The JavaScript API is safer because it will automatically roll back on exceptions, and because it "
            "interacts correctly with Durable Objects' automatic atomic write coalescing.");
        return SQLITE_DENY;
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_TEMP_TABLE:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TEMP_TABLE:
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
    case SQLITE_CREATE_VTABLE:
        if (isCfTable(a)) {
            guard->refusal = QStringLiteral("access to %1 is prohibited").arg(QString::fromUtf8(a));
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_TEMP_INDEX:
    case SQLITE_CREATE_TEMP_TRIGGER:
    case SQLITE_ALTER_TABLE:
        if (isCfTable(b)) {
            guard->refusal = QStringLiteral("access to %1 is prohibited").arg(QString::fromUtf8(b));
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

struct Connection {
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

} // namespace

SqlImporter::Outcome SqlImporter::run(const Setup &setup, const std::atomic<bool> *cancel)
{
    Outcome out;
    QElapsedTimer clock;
    clock.start();
    const auto fail = [&](const QString &error) {
        out.ok = false;
        out.error = error;
        out.durationMs = clock.elapsed();
        return out;
    };

    QFile::remove(setup.workPath);
    if (!QFile::copy(setup.databasePath, setup.workPath))
        return fail(QStringLiteral("D1_ERROR: cannot copy the database to import into"));

    Outcome result = [&]() -> Outcome {
        Connection c;
        if (sqlite3_open_v2(setup.workPath.toUtf8().constData(), &c.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("D1_ERROR: cannot open the database: %1").arg(QString::fromUtf8(sqlite3_errmsg(c.db))));
        sqlite3_exec(c.db, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON;", nullptr,
                     nullptr, nullptr);
        sqlite3_limit(c.db, SQLITE_LIMIT_SQL_LENGTH, int(StatementLimit));
        Guard guard;
        sqlite3_set_authorizer(c.db, authorize, &guard);
        const auto own = [&](const char *sql) {
            guard.ownTransaction = true;
            const int rc = sqlite3_exec(c.db, sql, nullptr, nullptr, nullptr);
            guard.ownTransaction = false;
            return rc;
        };
        if (own("BEGIN") != SQLITE_OK)
            return fail(QStringLiteral("D1_ERROR: %1").arg(QString::fromUtf8(sqlite3_errmsg(c.db))));

        StatementReader reader(setup.sqlPath, StatementLimit);
        if (!reader.open())
            return fail(QStringLiteral("D1_ERROR: cannot read the uploaded file: %1").arg(reader.errorString()));

        qint64 number = 0;
        const qint64 changesBefore = sqlite3_total_changes64(c.db);
        QByteArray statement;
        for (;;) {
            if (cancel && cancel->load())
                return fail(QStringLiteral("D1_ERROR: import cancelled"));
            const StatementReader::Result r = reader.next(&statement);
            if (r == StatementReader::Result::End)
                break;
            if (r == StatementReader::Result::ReadError)
                return fail(QStringLiteral("D1_ERROR: cannot read the uploaded file: %1").arg(reader.errorString()));
            ++number;
            if (r == StatementReader::Result::TooLong)
                return fail(QStringLiteral("Statement %1 failed: statement too long: SQLITE_TOOBIG").arg(number));

            const char *sql = statement.constData();
            const char *end = sql + statement.size();
            bool ran = false;
            while (sql < end) {
                sqlite3_stmt *stmt = nullptr;
                const char *tail = nullptr;
                guard.refusal.clear();
                int rc = sqlite3_prepare_v2(c.db, sql, int(end - sql), &stmt, &tail);
                if (rc == SQLITE_OK && stmt) {
                    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                        ++out.rowsRead;
                    out.rowsRead += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
                    if (rc == SQLITE_DONE)
                        rc = SQLITE_OK;
                }
                if (rc != SQLITE_OK) {
                    const int code = sqlite3_extended_errcode(c.db);
                    const QString message = !guard.refusal.isEmpty() ? guard.refusal
                                                                     : QString::fromUtf8(sqlite3_errmsg(c.db));
                    sqlite3_finalize(stmt);
                    return fail(QStringLiteral("Statement %1 failed: %2: %3")
                                    .arg(number)
                                    .arg(message, QLatin1String(codeName(code))));
                }
                ran = ran || stmt;
                sqlite3_finalize(stmt);
                if (!tail || tail <= sql)
                    break;
                sql = tail;
            }
            if (!ran) {
                --number; // only a comment: not a query
                continue;
            }
            ++out.numQueries;
            if (setup.failAfterStatements >= 0 && out.numQueries >= setup.failAfterStatements)
                return fail(setup.failMessage);
        }
        if (setup.failAfterStatements >= 0) // fewer statements than the fault waited for
            return fail(setup.failMessage);
        out.changes = sqlite3_total_changes64(c.db) - changesBefore;
        if (own("COMMIT") != SQLITE_OK) // deferred foreign keys are checked here
            return fail(QStringLiteral("D1_ERROR: %1: %2")
                            .arg(QString::fromUtf8(sqlite3_errmsg(c.db)),
                                 QLatin1String(codeName(sqlite3_extended_errcode(c.db)))));
        out.rowsWritten = out.changes;
        out.peakBufferedBytes = reader.peakBufferedBytes();
        out.ok = true;
        return out;
    }();
    if (!result.ok) {
        QFile::remove(setup.workPath);
        return result;
    }
    result.sizeAfter = QFileInfo(setup.workPath).size();
    result.durationMs = clock.elapsed();
    return result;
}

} // namespace emu
