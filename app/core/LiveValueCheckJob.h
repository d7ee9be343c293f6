// LiveValueCheckJob: "Compare values with D1". After the dump is final (values restored), it is loaded
// once more into a temporary SQLite database beside it (DumpVerifier), and every exported table's
// ValueFingerprint is computed there (on a worker thread) and on D1 (the same SQL, answered as exact TEXT),
// one /raw request per chunk of at most chunkRows() rows (rowid ranges cut at every chunkRows()-th local
// rowid, the first and last open-ended), so that no query nears D1's 30 s limit; chunks are compared one
// by one and the first that differs is where the narrowing starts. A WITHOUT ROWID table: one query. A table whose digests differ is then narrowed down by halving its
// rowid range (a few more requests, each reading only the rows of its range) to the first row that
// differs. Opt-in: D1 reads, and bills, every row of every table once (more for a table that differs).
#pragma once

#include "CloudflareTypes.h"
#include "DumpVerifier.h"
#include "ValueFingerprint.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

struct sqlite3;

namespace d1x {

class ApiCall;
class CloudflareClient;

struct LiveValueReport {
    enum class Status { NotRun, Same, Differences, Failed, Cancelled };
    Status status = Status::NotRun;
    int tablesCompared = 0;
    QStringList differingTables;
    QStringList examples; // one sentence per differing table: the first row that differs, where found
    qint64 rowsRead = 0;  // on D1 (billed), from meta.rows_read
    qint64 requests = 0;
    QString error;
    qint64 elapsedMs = 0;

    bool ok() const { return status == Status::Same; }
    // "same", "differences", "failed", "cancelled", "not run"
    QString statusKeyword() const;
    QString summary() const;
    QJsonObject toJson() const;
};

class LiveValueCheckJob : public QObject
{
    Q_OBJECT
public:
    struct Job {
        QString accountId;
        QString databaseId;
        QString dumpPath;    // the final dump
        QString workFolder;  // its temporary database goes here
        QStringList tables;  // the exported tables to compare
        int maxBisectSteps = 40;
    };

    explicit LiveValueCheckJob(CloudflareClient *client, QObject *parent = nullptr);
    ~LiveValueCheckJob() override;

    static constexpr qint64 DefaultChunkRows = 200000;
    // Rows per D1 fingerprint query (a rowid table larger than this is compared in several).
    void setChunkRows(qint64 rows) { m_chunkRows = qMax<qint64>(1, rows); }
    qint64 chunkRows() const { return m_chunkRows; }
    // … and at most this many bytes of values (the fingerprint's time on D1 grows with the bytes it reads:
    // about 22 s for 65 MB measured locally, and D1 gives a query 30 s).
    static constexpr qint64 DefaultChunkBytes = 32 * 1024 * 1024;
    void setChunkBytes(qint64 bytes) { m_chunkBytes = qMax<qint64>(1, bytes); }

    void start(const Job &job);
    // Stops at once and removes the temporary database; no finished() follows.
    void stop();

signals:
    void logMessage(bool warning, const QString &text);
    void progress(qint64 done, qint64 total);
    void finished(const d1x::LiveValueReport &report);

private:
    struct Table {
        QString name;
        QStringList columns;
        bool hasRowid = true;
        QList<ValueFingerprint::RowidRange> chunks; // empty: the whole table in one query
        QList<QStringList> chunkDigests;             // local, one per chunk
        int chunk = 0;
        qint64 queries = 0;
        QStringList d1Range; // D1's min and max rowid, from the first chunk's answer
    };
    void compareChunk();
    void onLoaded(const VerifyReport &report);
    void describeTables();
    void nextTable();
    void bisect();
    // Runs the statements on the temporary database on a worker thread; `done` gets the digests.
    void computeLocally(const QStringList &statements, std::function<void(const QStringList &, const QString &)> done);
    // Runs `work` on the temporary database on a worker thread; `done` gets its error (empty: success).
    void runLocally(std::function<bool(sqlite3 *, QString *)> work, std::function<void(const QString &)> done);
    // Sends the statements to D1; `done` gets one digest per statement (empty on a malformed answer).
    void computeRemotely(const QStringList &statements, std::function<void(const QStringList &)> done);
    void finish(LiveValueReport::Status status, const QString &error = {});
    void cleanUp();

    CloudflareClient *m_client;
    Job m_job;
    LiveValueReport m_report;
    bool m_running = false;
    std::unique_ptr<DumpVerifier> m_loader;
    QString m_dbPath;
    sqlite3 *m_db = nullptr;
    QList<Table> m_tables;
    int m_index = -1;
    QPointer<ApiCall> m_call;
    std::shared_ptr<bool> m_alive; // for the worker's answer arriving after stop()
    QPointer<QThread> m_worker;
    // bisection of the table in progress: rows in [m_low, m_high] hold the first difference
    qint64 m_low = 0;
    qint64 m_high = 0;
    qint64 m_mid = 0;
    int m_steps = 0;
    qint64 m_clockStart = 0;
    qint64 m_chunkRows = DefaultChunkRows;
    qint64 m_chunkBytes = DefaultChunkBytes;
};

} // namespace d1x

Q_DECLARE_METATYPE(d1x::LiveValueReport)
