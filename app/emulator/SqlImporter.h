// SqlImporter: runs an uploaded SQL file against a copy of a database the way D1's import does, all
// or nothing: foreign keys on, one transaction around the whole file (so `PRAGMA defer_foreign_keys`
// works), statements over 100,000 bytes refused ("statement too long: SQLITE_TOOBIG"), the file's own
// BEGIN/COMMIT/ROLLBACK/SAVEPOINT/RELEASE refused, creating or writing `_cf_*` tables refused
// (SQLITE_AUTH). The copy is left for the caller to put in place only when everything ran.
// Runs on a worker thread (no Qt objects shared).
#pragma once

#include <QString>

#include <atomic>

namespace emu {

class SqlImporter
{
public:
    static constexpr qint64 StatementLimit = 100000; // D1's SQLITE_LIMIT_SQL_LENGTH

    struct Setup {
        QString databasePath; // read only: copied first
        QString sqlPath;
        QString workPath;     // the copy the SQL runs on; removed on failure
        // A failure on purpose (Fault::ImportError): after this many statements ran, the import
        // fails with `failMessage`. -1: never.
        qint64 failAfterStatements = -1;
        QString failMessage;
    };

    struct Outcome {
        bool ok = false;
        QString error; // "Statement N failed: <SQLite's message>: SQLITE_<CODE>" and the like
        qint64 numQueries = 0;
        qint64 rowsRead = 0;
        qint64 rowsWritten = 0;
        qint64 changes = 0;
        qint64 sizeAfter = 0;
        qint64 durationMs = 0;
        qint64 peakBufferedBytes = 0; // the statement reader's buffer at its largest
    };

    static Outcome run(const Setup &setup, const std::atomic<bool> *cancel = nullptr);
};

} // namespace emu
