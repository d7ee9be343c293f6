// DumpSandbox: a downloaded dump is untrusted input, and the checker runs it as SQL. While a dump
// loads, this keeps it inside its temporary database and within bounds: an SQLite authorizer allows
// only what a D1 dump is made of (CREATE TABLE/INDEX/TRIGGER/VIEW/VIRTUAL TABLE, INSERT, the
// sqlite_sequence DELETE, ANALYZE sqlite_schema, reads, and PRAGMA defer_foreign_keys/foreign_keys)
// and refuses the rest (ATTACH, load_extension, other pragmas, temporary objects…); a progress
// handler stops any one statement that runs past a deadline (an endless recursive CTE, a huge cross
// join) or a cancel; and "trusted_schema" is off, so schema objects cannot call unsafe functions.
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>

struct sqlite3;

namespace d1x {

class DumpSandbox
{
public:
    // Installs itself on `db` (its own settings, e.g. journal_mode, must be made before).
    DumpSandbox(sqlite3 *db, const std::atomic<bool> *cancelled, qint64 statementTimeoutMs);
    ~DumpSandbox();
    DumpSandbox(const DumpSandbox &) = delete;
    DumpSandbox &operator=(const DumpSandbox &) = delete;

    // Before each statement: its deadline starts now.
    void startStatement();
    // Removes the authorizer and the deadline (the checker's own queries follow).
    void lift();

    // Why the statement that just failed was stopped, as a sentence for the report; empty when the
    // sandbox did not stop it (an ordinary SQL error).
    QString stopReason() const;

private:
    static int authorize(void *self, int action, const char *a, const char *b, const char *database,
                         const char *trigger);
    static int progress(void *self);

    sqlite3 *m_db;
    const std::atomic<bool> *m_cancelled;
    qint64 m_timeoutMs;
    QElapsedTimer m_clock;
    bool m_timedOut = false;
    QString m_refused; // what the authorizer refused last
};

} // namespace d1x
