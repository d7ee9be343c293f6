// DumpVerifier: proves a saved dump loads, by loading it.
//
// On a worker thread it streams the dump (.sql, or gzip, detected from the bytes) statement by
// statement into a temporary SQLite database beside the outputs (journal off, no syncs, a bounded
// page cache: memory stays flat at any size), counts the rows of every table, flags statements longer
// than D1's 100 KB statement limit (the dump would not load back into D1 as is), compares the counts
// with the live database's when given, and can keep the loaded database as an .sqlite file (fsynced,
// then renamed over the target, so an existing file is replaced only by a complete one).
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;
struct gzFile_s;

namespace d1x {

class DumpPipe;

struct TableCount {
    QString table;
    qint64 dumpRows = -1; // after loading the dump (-1: not in the dump)
    qint64 liveRows = -1; // on D1 just before the export (-1: not counted)
};

struct LongStatement {
    qint64 number = 0; // 1-based statement number in the dump
    qint64 bytes = 0;
    QString table;     // for an INSERT, its table
};

struct VerifyReport {
    enum class Status {
        NotRun,
        Verified,    // loaded without an error; with live counts: every count matches
        Differences, // loaded, but some counts differ from the live database (see differences)
        LoadFailed,  // a statement failed, or the file is not a readable dump (see error)
        Cancelled,
    };
    Status status = Status::NotRun;
    QList<TableCount> tables;  // every table of the loaded dump, in name order
    bool comparedWithLive = false;
    QStringList differences;   // one sentence per difference
    qint64 statements = 0;
    qint64 rows = 0;           // sum of dumpRows
    qint64 longStatements = 0; // longer than statementLimit
    qint64 longestStatement = 0;
    QList<LongStatement> longExamples; // the first few
    QString error;             // LoadFailed: what and where
    qint64 elapsedMs = 0;
    // Read from a DumpPipe while the dump was saved: the bytes read before the last one was written
    // (above 0: the check ran during the download); -1 when the saved file was read.
    qint64 bytesReadWhileSaving = -1;
    // When the loaded database was kept as .sqlite:
    QString sqlitePath;
    qint64 sqliteBytes = 0;
    QByteArray sqliteSha256;
    // The most bytes the loader's read buffer held (a statement being gathered included).
    qint64 peakBufferBytes = 0;

    bool ok() const { return status == Status::Verified; }
    // "verified", "differences", "load failed", "cancelled", "not run": for manifests and scripts.
    QString statusKeyword() const;
    // One translated sentence for a result panel or the log.
    QString summary() const;
};

class DumpVerifier : public QObject
{
    Q_OBJECT
public:
    struct Job {
        QString dumpPath;
        QString workFolder;  // the temporary database goes here (pick the disk of the outputs, not /tmp)
        QString sqlitePath;  // keep the loaded database here; empty: remove it afterwards
        // false: the kept database is scratch for another step (the import transform): neither synced
        // to disk nor hashed.
        bool syncSqlite = true;
        bool compareWithLive = false;
        QMap<QString, qint64> liveCounts; // table → rows, taken on D1 before the export
        qint64 cacheBytes = 32 * 1024 * 1024; // SQLite page cache of the temporary database
        qint64 statementLimit = 100000;       // D1's maximum statement length, in bytes
        // A dump is untrusted input (see DumpSandbox): no statement may run longer than this, nor be
        // longer than maxStatementBytes (D1's rows are at most 2 MB, twice that as hex).
        qint64 statementTimeoutMs = 10 * 60 * 1000;
        qint64 maxStatementBytes = 64 * 1024 * 1024;
        // When set, the dump is read from this pipe as it is saved (DumpSink::setTap()), not from dumpPath.
        std::shared_ptr<DumpPipe> pipe;
    };

    explicit DumpVerifier(QObject *parent = nullptr);
    // Cancels a running verification and waits for the worker to stop (it checks after each statement).
    ~DumpVerifier() override;

    void start(const Job &job);
    // finished() follows with status Cancelled; the temporary database is removed.
    void cancel();
    // cancel(), then waits for the worker to stop (it checks after each statement, and SQLite is
    // interrupted): afterwards no file of this run is touched again. No finished() follows.
    void stop();
    bool isRunning() const { return m_running; }

    static constexpr int MaxLongExamples = 20;
    // Opens a dump for reading, .sql or gzip alike (zlib reads plain files as they are); null on failure.
    static gzFile_s *openDump(const QString &path);

signals:
    // Bytes of the file read so far (compressed bytes for gzip), at most ten times a second.
    void progress(qint64 bytesRead, qint64 fileBytes);
    // Exactly once per start().
    void finished(const d1x::VerifyReport &report);

private:
    VerifyReport run(const Job &job); // on the worker thread

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    std::atomic<void *> m_db{nullptr}; // the worker's connection, for sqlite3_interrupt()
    std::shared_ptr<DumpPipe> m_pipe;  // the running job's, aborted by cancel() and stop()
    bool m_running = false;
};

} // namespace d1x

Q_DECLARE_METATYPE(d1x::VerifyReport)
