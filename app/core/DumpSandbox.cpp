// DumpSandbox: the authorizer, the deadline and the safe settings under which a dump is loaded.
#include "DumpSandbox.h"

#include <QCoreApplication>

#include <cstring>
#include <sqlite3.h>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DumpSandbox)
};

constexpr int ProgressEveryOps = 10000; // about a millisecond of work between checks

bool isMain(const char *database)
{
    return !database || std::strcmp(database, "main") == 0;
}

QString latin(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}
} // namespace

DumpSandbox::DumpSandbox(sqlite3 *db, const std::atomic<bool> *cancelled, qint64 statementTimeoutMs)
    : m_db(db)
    , m_cancelled(cancelled)
    , m_timeoutMs(statementTimeoutMs)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    m_clock.start();
    sqlite3_set_authorizer(db, &DumpSandbox::authorize, this);
    sqlite3_progress_handler(db, ProgressEveryOps, &DumpSandbox::progress, this);
}

DumpSandbox::~DumpSandbox()
{
    lift();
}

void DumpSandbox::lift()
{
    if (!m_db)
        return;
    sqlite3_set_authorizer(m_db, nullptr, nullptr);
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    m_db = nullptr;
}

void DumpSandbox::startStatement()
{
    m_clock.restart();
    m_timedOut = false;
    m_refused.clear();
}

QString DumpSandbox::stopReason() const
{
    if (m_timedOut)
        return Tr::tr("it ran longer than %n second(s); a D1 dump's statements take far less", nullptr,
                      int(m_timeoutMs / 1000));
    if (!m_refused.isEmpty())
        return Tr::tr("a D1 dump holds no %1; the file was not loaded further").arg(m_refused);
    return {};
}

int DumpSandbox::progress(void *self)
{
    auto *sandbox = static_cast<DumpSandbox *>(self);
    if (sandbox->m_cancelled && sandbox->m_cancelled->load())
        return 1;
    if (sandbox->m_clock.elapsed() > sandbox->m_timeoutMs) {
        sandbox->m_timedOut = true;
        return 1; // SQLITE_INTERRUPT for the running statement
    }
    return 0;
}

int DumpSandbox::authorize(void *self, int action, const char *a, const char *b, const char *database,
                           const char *trigger)
{
    Q_UNUSED(trigger);
    auto *sandbox = static_cast<DumpSandbox *>(self);
    auto refuse = [sandbox](const QString &what) {
        sandbox->m_refused = what;
        return SQLITE_DENY;
    };
    switch (action) {
    // What a dump is made of, in the main database only.
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_INSERT:
    case SQLITE_UPDATE: // trigger bodies, and the FTS 'rebuild' command
    case SQLITE_DELETE: // DELETE FROM sqlite_sequence; trigger bodies
    case SQLITE_READ:
    case SQLITE_SELECT:
    case SQLITE_ANALYZE: // "ANALYZE sqlite_schema;" before a dump's sqlite_stat1 rows
    case SQLITE_REINDEX: // asked while CREATE INDEX fills the new index
        return isMain(database) ? SQLITE_OK : refuse(Tr::tr("statement on the database \"%1\"").arg(latin(database)));
    case SQLITE_TRANSACTION: // prepared, never run: the checker keeps its own transaction
    case SQLITE_SAVEPOINT:
    case SQLITE_RECURSIVE:   // harmless in itself; the deadline bounds it
        return SQLITE_OK;
    case SQLITE_FUNCTION:
        // b is the function's name. load_extension is off anyway; fts3_tokenizer takes pointers.
        if (b && (qstricmp(b, "load_extension") == 0 || qstricmp(b, "fts3_tokenizer") == 0))
            return refuse(Tr::tr("call of %1()").arg(latin(b)));
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        // D1 dumps begin with PRAGMA defer_foreign_keys=TRUE; foreign_keys is their neighbour.
        if (a && (qstricmp(a, "defer_foreign_keys") == 0 || qstricmp(a, "foreign_keys") == 0) && isMain(database))
            return SQLITE_OK;
        // Read, not set: FTS3/4 ask for the page size when created, FTS5 for the data version.
        if (a && !b && (qstricmp(a, "page_size") == 0 || qstricmp(a, "data_version") == 0))
            return SQLITE_OK;
        return refuse(Tr::tr("PRAGMA %1").arg(latin(a)));
    case SQLITE_ATTACH:
        return refuse(Tr::tr("ATTACH (of %1)").arg(latin(a)));
    case SQLITE_DETACH:
        return refuse(QStringLiteral("DETACH"));
    default:
        // Temporary objects, DROP, ALTER, ANALYZE, REINDEX…: none is part of a D1 dump.
        return refuse(Tr::tr("statement of this kind (SQLite action %1)").arg(action));
    }
}

} // namespace d1x
