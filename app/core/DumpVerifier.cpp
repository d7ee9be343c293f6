// DumpVerifier: the streaming loader (zlib reader, statement splitter, SQLite) on its worker thread.
#include "DumpVerifier.h"

#include "DumpPipe.h"
#include "DumpReader.h"
#include "DumpSandbox.h"
#include "DumpSchemaRows.h"
#include "DumpStatements.h"
#include "PrivateFiles.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <sqlite3.h>
#include <zlib.h>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace d1x {

namespace {

constexpr qsizetype ReadBytes = 1024 * 1024;
constexpr qint64 ProgressEveryMs = 100;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DumpVerifier)
};

QString quoteIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

bool syncFile(const QString &path)
{
#ifdef Q_OS_WIN
    HANDLE h = CreateFileW(reinterpret_cast<LPCWSTR>(path.utf16()), GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(h);
    CloseHandle(h);
    return ok;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

} // namespace

gzFile DumpVerifier::openDump(const QString &path)
{
#ifdef Q_OS_WIN
    return gzopen_w(reinterpret_cast<const wchar_t *>(path.utf16()), "rb");
#else
    return gzopen(QFile::encodeName(path).constData(), "rb");
#endif
}

QString VerifyReport::statusKeyword() const
{
    switch (status) {
    case Status::NotRun: return QStringLiteral("not run");
    case Status::Verified: return QStringLiteral("verified");
    case Status::Differences: return QStringLiteral("differences");
    case Status::LoadFailed: return QStringLiteral("load failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString VerifyReport::summary() const
{
    const QLocale locale;
    QString text;
    switch (status) {
    case Status::NotRun:
        return Tr::tr("Not verified.");
    case Status::Cancelled:
        return Tr::tr("Verification cancelled.");
    case Status::LoadFailed:
        return Tr::tr("The dump does not load into SQLite: %1").arg(error);
    case Status::Verified:
        text = comparedWithLive
            ? Tr::tr("Verified: the dump loads into SQLite and every row count matches the live database "
                     "(%n table(s), %1 rows).", nullptr, int(tables.size()))
                  .arg(locale.toString(rows))
            : Tr::tr("Verified: the dump loads into SQLite (%n table(s), %1 rows; live counts not compared).",
                     nullptr, int(tables.size()))
                  .arg(locale.toString(rows));
        break;
    case Status::Differences:
        text = Tr::tr("The dump loads into SQLite, but %n row count(s) differ from the live database: %1",
                      nullptr, int(differences.size()))
                   .arg(differences.join(QLatin1String("; ")));
        break;
    }
    if (longStatements > 0)
        text += QLatin1Char(' ')
            + Tr::tr("%n statement(s) exceed D1's 100 KB statement limit (longest %1): the dump loads into "
                     "SQLite but not back into D1 as is.", nullptr, int(qMin<qint64>(longStatements, INT_MAX)))
                  .arg(locale.formattedDataSize(longestStatement));
    return text;
}

DumpVerifier::DumpVerifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<d1x::VerifyReport>();
}

DumpVerifier::~DumpVerifier()
{
    stop();
}

void DumpVerifier::stop()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    if (m_pipe)
        m_pipe->abort(); // a worker waiting for bytes wakes up
    if (void *db = m_db.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(db));
    m_thread->wait(); // it stops after the statement it is in
    m_running = false;
    disconnect(this, &DumpVerifier::finished, nullptr, nullptr); // a result already queued is stale
}

void DumpVerifier::start(const Job &job)
{
    if (m_running)
        return;
    if (m_thread)
        m_thread->wait(); // the previous run has delivered its result, so it is done or about to be
    m_running = true;
    m_cancelled = false;
    m_pipe = job.pipe;
    m_thread.reset(QThread::create([this, job] {
        VerifyReport report = run(job);
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_running = false;
                emit finished(report);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("d1x-verifier"));
    m_thread->start(QThread::LowPriority); // the GUI stays responsive on two cores
}

void DumpVerifier::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_pipe)
        m_pipe->abort();
    // Thread-safe by SQLite's contract: stops a long step (a big count, the final sync) at once.
    if (void *db = m_db.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(db));
}

VerifyReport DumpVerifier::run(const Job &job)
{
    QElapsedTimer clock;
    clock.start();
    VerifyReport report;
    report.comparedWithLive = job.compareWithLive;
    auto finish = [&](VerifyReport::Status status, const QString &error = {}) {
        report.status = m_cancelled ? VerifyReport::Status::Cancelled : status;
        if (report.status == VerifyReport::Status::LoadFailed)
            report.error = error;
        report.elapsedMs = clock.elapsed();
        return report;
    };

    const QString folder = job.sqlitePath.isEmpty() ? job.workFolder : QFileInfo(job.sqlitePath).absolutePath();
    const QString tempPath = QDir(folder).filePath(
        QStringLiteral(".d1x-verify-%1.sqlite").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    struct TempGuard {
        QString path;
        bool keep = false;
        ~TempGuard()
        {
            if (!keep) {
                QFile::remove(path);
                QFile::remove(path + QLatin1String("-journal"));
            }
        }
    } guard{tempPath};

    // From a pipe, the size is known only at the end: progress then counts up to what arrived so far.
    qint64 fileBytes = job.pipe ? 0 : QFileInfo(job.dumpPath).size();
    DumpReader in;
    if (job.pipe)
        in.openPipe(job.pipe);
    else if (!in.openFile(job.dumpPath))
        return finish(VerifyReport::Status::LoadFailed, Tr::tr("%1 cannot be read").arg(job.dumpPath));

    // Made here, owner-only and new (no link followed): SQLite would create it world-readable, and
    // gives the same permissions to its journal and the .sqlite copy this file becomes.
    QString createError;
    if (!PrivateFiles::createExclusive(tempPath, &createError))
        return finish(VerifyReport::Status::LoadFailed, Tr::tr("no temporary database in %1: %2").arg(folder, createError));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(tempPath.toUtf8().constData(), &db, // SQLite takes UTF-8 paths on every system
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return finish(VerifyReport::Status::LoadFailed, Tr::tr("no temporary database in %1: %2").arg(folder, why));
    }
    struct DbGuard {
        sqlite3 *&db;
        std::atomic<void *> &shared;
        ~DbGuard()
        {
            shared = nullptr;
            sqlite3_close(db);
        }
    } dbGuard{db, m_db};
    m_db = db;
    // Nothing here needs to survive a crash: the file is thrown away or synced and renamed at the end.
    const QByteArray pragmas = QStringLiteral("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                                              "PRAGMA locking_mode=EXCLUSIVE; PRAGMA cache_size=-%1;")
                                   .arg(qMax<qint64>(1024, job.cacheBytes / 1024))
                                   .toLatin1();
    sqlite3_exec(db, pragmas.constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    // The dump is data, not a program: it may not reach other files (ATTACH), undo the settings
    // above, run for ever, or hand SQLite a statement of any length.
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, int(qMin<qint64>(job.maxStatementBytes, INT_MAX)));
    DumpSandbox sandbox(db, &m_cancelled, job.statementTimeoutMs);

    QElapsedTimer progressClock;
    progressClock.start();
    QElapsedTimer statementClock; // since the statement being collected began
    statementClock.start();
    qint64 statementWaitMs = 0; // of that, the time spent waiting for the download to write more
    auto sqliteError = [&](const char *p, const char *end) {
        QByteArray excerpt(p, int(qMin<qsizetype>(end - p, 160)));
        excerpt.replace('\n', ' ');
        const QString stopped = sandbox.stopReason();
        return Tr::tr("statement %1: %2 (%3…)")
            .arg(report.statements)
            .arg(stopped.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : stopped, QString::fromUtf8(excerpt));
    };

    // Runs the statements in [p, end); false (and `error`) at the first that fails.
    QString error;
    DumpSchemaRows schemaRows; // the virtual tables of a sqlite3 .dump
    auto execute = [&](const char *p, const char *end) -> bool {
        while (p < end) {
            p = DumpStatements::skipSpaceAndComments(p, end);
            if (p == end)
                return true;
            const char *taken = nullptr;
            QString refused;
            switch (schemaRows.take(db, p, end, &taken, &refused)) {
            case DumpSchemaRows::Take::No:
                break;
            case DumpSchemaRows::Take::Yes:
                ++report.statements;
                p = taken;
                continue;
            case DumpSchemaRows::Take::Failed:
                ++report.statements;
                error = Tr::tr("statement %1: %2").arg(report.statements).arg(refused);
                return false;
            }
            sqlite3_stmt *stmt = nullptr;
            const char *tail = nullptr;
            sandbox.startStatement();
            if (sqlite3_prepare_v3(db, p, int(end - p), 0, &stmt, &tail) != SQLITE_OK) {
                ++report.statements;
                error = sqliteError(p, end);
                return false;
            }
            if (!stmt) { // only a comment or whitespace was left
                if (tail <= p)
                    return true;
                p = tail;
                continue;
            }
            ++report.statements;
            const qint64 length = tail - p;
            if (length > job.statementLimit) {
                ++report.longStatements;
                report.longestStatement = qMax(report.longestStatement, length);
                if (report.longExamples.size() < MaxLongExamples)
                    report.longExamples.append({report.statements, length, DumpStatements::insertTable(p, tail)});
            }
            if (!DumpStatements::isTransactionControl(p, tail)) {
                int rc;
                while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                }
                if (rc != SQLITE_DONE) {
                    error = sqliteError(p, tail);
                    sqlite3_finalize(stmt);
                    return false;
                }
            }
            sqlite3_finalize(stmt);
            p = tail;
        }
        return true;
    };

    // Statements end at a line that ends in ';' and that sqlite3_complete() agrees ends one (a string
    // or a trigger body may hold ";\n"). D1 writes one statement per line, none after the last.
    QByteArray buffer;
    buffer.reserve(2 * ReadBytes);
    qsizetype start = 0; // of the statement being collected
    qsizetype scan = 0;  // where the search for the next newline goes on
    bool eof = false;
    for (;;) {
        if (m_cancelled)
            return finish(VerifyReport::Status::Cancelled);
        const char *base = buffer.constData();
        const char *nl = scan < buffer.size()
            ? static_cast<const char *>(std::memchr(base + scan, '\n', size_t(buffer.size() - scan)))
            : nullptr;
        if (!nl) {
            if (eof)
                break;
            if (buffer.size() - start > job.maxStatementBytes) // before reading more of it into memory
                return finish(VerifyReport::Status::LoadFailed,
                              Tr::tr("statement %1 is longer than %2: not a D1 dump (its statements are at most "
                                     "a few MB); the file was not loaded further")
                                  .arg(report.statements + 1)
                                  .arg(QLocale().formattedDataSize(job.maxStatementBytes)));
            if (start > 0) {
                buffer.remove(0, start); // keeps the allocation: the unfinished statement moves to the front
                scan -= start;
                start = 0;
            }
            scan = buffer.size();
            const qsizetype old = buffer.size();
            buffer.resize(old + ReadBytes);
            QElapsedTimer readClock;
            readClock.start();
            const qint64 n = in.read(buffer.data() + old, ReadBytes);
            statementWaitMs += readClock.elapsed(); // a stalled download is not a slow statement
            if (n < 0)
                return finish(VerifyReport::Status::LoadFailed, in.errorString());
            buffer.resize(old + n);
            report.peakBufferBytes = qMax<qint64>(report.peakBufferBytes, buffer.capacity());
            eof = n == 0;
            if (progressClock.elapsed() >= ProgressEveryMs) {
                progressClock.restart();
                const qint64 at = in.offset();
                if (job.pipe)
                    fileBytes = qMax(at, job.pipe->bytesWritten());
                QMetaObject::invokeMethod(this, [this, at, fileBytes] { emit progress(at, fileBytes); },
                                          Qt::QueuedConnection);
            }
            continue;
        }
        const qsizetype end = nl - base;
        scan = end + 1;
        qsizetype last = end;
        while (last > start && DumpStatements::isSpace(base[last - 1]))
            --last;
        if (last == start) {
            start = end + 1; // a blank line
            continue;
        }
        if (base[last - 1] != ';')
            continue;
        char *mutableBase = buffer.data(); // not shared: no copy
        mutableBase[end] = '\0';
        const bool complete = sqlite3_complete(mutableBase + start) != 0;
        mutableBase[end] = '\n';
        if (!complete) {
            // Each ";\n" inside a string re-checks the statement so far: bounded by the same deadline.
            if (statementClock.elapsed() - statementWaitMs > job.statementTimeoutMs)
                return finish(VerifyReport::Status::LoadFailed,
                              Tr::tr("statement %1 could not be told apart within %n second(s): not a D1 dump",
                                     nullptr, int(job.statementTimeoutMs / 1000))
                                  .arg(report.statements + 1));
            continue;
        }
        if (!execute(base + start, base + last))
            return finish(VerifyReport::Status::LoadFailed, error);
        start = end + 1;
        statementClock.restart();
        statementWaitMs = 0;
    }
    // The last statement has no newline after it.
    if (start < buffer.size() && !execute(buffer.constData() + start, buffer.constData() + buffer.size()))
        return finish(VerifyReport::Status::LoadFailed, error);
    if (m_cancelled)
        return finish(VerifyReport::Status::Cancelled);
    if (job.pipe) {
        fileBytes = in.offset();
        report.bytesReadWhileSaving = job.pipe->bytesReadBeforeFinish();
    }
    sandbox.lift(); // what follows are the checker's own statements
    if (!sqlite3_get_autocommit(db) && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return finish(VerifyReport::Status::LoadFailed, QString::fromUtf8(sqlite3_errmsg(db)));
    if (!schemaRows.apply(db, &error))
        return finish(VerifyReport::Status::LoadFailed, error);
    QMetaObject::invokeMethod(this, [this, fileBytes] { emit progress(fileBytes, fileBytes); }, Qt::QueuedConnection);

    // Every table the dump made, virtual ones included, shadow and sqlite_* tables not.
    QStringList names;
    {
        sqlite3_stmt *stmt = nullptr;
        const char *sql = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            // SQLite before 3.37 has no table_list (and no way to tell shadow tables apart)
            sqlite3_prepare_v2(db,
                               "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                               "ESCAPE '\\' ORDER BY name",
                               -1, &stmt, nullptr);
        }
        while (stmt && sqlite3_step(stmt) == SQLITE_ROW)
            names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    QHash<QString, qint64> dumpCounts;
    for (const QString &name : std::as_const(names)) {
        if (m_cancelled)
            return finish(VerifyReport::Status::Cancelled);
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = (QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(name)).toUtf8();
        qint64 n = -1;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        else
            error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        if (n < 0)
            return finish(VerifyReport::Status::LoadFailed, Tr::tr("table %1 cannot be read: %2").arg(name, error));
        dumpCounts.insert(name.toLower(), n);
        report.tables.append({name, n, -1});
        report.rows += n;
    }

    if (job.compareWithLive) {
        for (auto it = job.liveCounts.cbegin(); it != job.liveCounts.cend(); ++it) {
            const QString key = it.key().toLower();
            auto row = std::find_if(report.tables.begin(), report.tables.end(),
                                    [&](const TableCount &t) { return t.table.toLower() == key; });
            if (row == report.tables.end()) {
                report.tables.append({it.key(), -1, it.value()});
                report.differences << Tr::tr("%1 has %2 rows on D1 but is missing from the dump")
                                          .arg(it.key(), QLocale().toString(it.value()));
                continue;
            }
            row->liveRows = it.value();
            if (row->dumpRows != it.value())
                report.differences << Tr::tr("%1 has %2 rows on D1 but %3 in the dump")
                                          .arg(it.key(), QLocale().toString(it.value()),
                                               QLocale().toString(row->dumpRows));
        }
        std::sort(report.tables.begin(), report.tables.end(),
                  [](const TableCount &a, const TableCount &b) { return a.table < b.table; });
    }

    if (!job.sqlitePath.isEmpty()) {
        // Closed first: the file on disk is then complete (no journal, no pending pages).
        dbGuard.shared = nullptr;
        sqlite3_close(db);
        db = nullptr;
        if (m_cancelled)
            return finish(VerifyReport::Status::Cancelled);
        if (job.syncSqlite && !syncFile(tempPath))
            return finish(VerifyReport::Status::LoadFailed,
                          Tr::tr("the SQLite database could not be written to disk in %1").arg(folder));
        QString hashError;
        const std::optional<QByteArray> digest = job.syncSqlite ? Sha256::hashFile(tempPath, &hashError)
                                                                : std::optional<QByteArray>(QByteArray());
        if (!digest)
            return finish(VerifyReport::Status::LoadFailed, hashError);
        if (m_cancelled)
            return finish(VerifyReport::Status::Cancelled);
        QString reason;
        if (!PrivateFiles::replaceFile(tempPath, job.sqlitePath, &reason))
            return finish(VerifyReport::Status::LoadFailed,
                          Tr::tr("%1 could not be replaced: %2").arg(job.sqlitePath, reason));
        guard.keep = true;
        report.sqlitePath = job.sqlitePath;
        report.sqliteBytes = QFileInfo(job.sqlitePath).size();
        report.sqliteSha256 = *digest;
    }
    return finish(report.differences.isEmpty() ? VerifyReport::Status::Verified : VerifyReport::Status::Differences);
}

} // namespace d1x
