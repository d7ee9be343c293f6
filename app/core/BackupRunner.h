// BackupRunner: backs up several D1 databases (or all of an account's) into one folder, one export at
// a time (D1 runs one export per database, and each export locks its database while it runs).
//
// Each database goes to <folder>/<database>-<UTC timestamp>.sql (or .sql.gz, and optionally an .sqlite
// copy) through its own ExportController. One failure does not stop the rest. <folder>/manifest.json is
// rewritten atomically (QSaveFile, synced) after the first database, then at most every
// manifestIntervalMs (2 s) and at the end: the entries of earlier runs kept, this run's appended —
// database, uuid, bookmark, times, sizes, SHA-256, verification result and any error. (Rewriting it
// after every database cost O(n²): a 2,500-database run wrote ~2 GB of JSON.) A crash loses at most
// the last interval's entries from the manifest; their dumps are complete, synced files.
//
// With a request budget, each export's first poll waits the budget's pace (250 ms at Cloudflare's
// limit) instead of going at once: a small export is then mostly ready at the first poll, and a poll
// that finds it still running costs the run as much time as that wait.
#pragma once

#include "ExportController.h"
#include "RequestBudget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace d1x {

struct BackupRequest {
    QString accountId;
    bool allDatabases = false;
    QStringList databases; // names or UUIDs; ignored when allDatabases
    QString folder;
    bool gzip = false;
    bool sqliteCopy = false; // also <database>-<timestamp>.sqlite
    // Options every export takes from here: options (tables apply to every database, so usually
    // empty), includeRelatedObjects, verify, compareLiveCounts, gzipLevel, verifyCacheBytes.
    ExportRequest exportTemplate;
    // Every API request of the run (the list, each export's reads, starts and polls) shares one budget
    // of this many requests per window: Cloudflare's 1,200 per 5 minutes (the CLI takes another from the
    // environment variable D1X_REQUEST_LIMIT, "LIMIT/SECONDS", for a benchmark against a scaled-down
    // server). A limit of 0: no budget (each request still waits out a 429's Retry-After).
    int requestLimit = RequestBudget::CloudflareLimit;
    qint64 requestWindowMs = RequestBudget::CloudflareWindowMs;
};

struct BackupEntry {
    QString database;      // the name (or what was asked for, when it was not found)
    QString uuid;
    QDateTime started;
    QDateTime finished;
    QString file;          // file name inside the folder; empty when nothing was saved
    QString sqliteFile;
    ExportResult result;   // result.error also holds "not found" and "cancelled before it started"
    // Saved, and verified when verification was asked for.
    bool ok() const { return result.fullySucceeded(); }
    QJsonObject toJson() const;
};

struct BackupSummary {
    ApiError error;          // the run as a whole could not start (e.g. the database list failed)
    QList<BackupEntry> entries;
    QString manifestPath;
    QString manifestError;   // the manifest could not be written (the backups themselves may be fine)
    bool cancelled = false;
    qint64 requests = 0;     // API requests sent by the run (each attempt counts)
    int manifestWrites = 0;  // times manifest.json was written
    int succeeded() const;
    int failed() const;
    bool ok() const { return !error && manifestError.isEmpty() && !cancelled && failed() == 0; }
};

class BackupRunner : public QObject
{
    Q_OBJECT
public:
    explicit BackupRunner(CloudflareClient *client, QObject *parent = nullptr);
    ~BackupRunner() override;

    // Called for every ExportController before it starts (retry policies, poll intervals…).
    void setControllerSetup(std::function<void(ExportController *)> setup) { m_setup = std::move(setup); }
    // Fixed "now" for file names and the manifest (tests); invalid: the clock.
    void setClockOverride(const QDateTime &now) { m_clockOverride = now; }
    // Longest time the manifest lags behind the finished databases (0: rewritten after every one).
    static constexpr int DefaultManifestIntervalMs = 2000;
    void setManifestIntervalMs(int ms) { m_manifestIntervalMs = ms; }

    void start(const BackupRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    const BackupSummary &summary() const { return m_summary; }

    static QString manifestFileName() { return QStringLiteral("manifest.json"); }
    // "shop" at 2024-05-01 12:00:00 UTC → "shop-20240501T120000Z"; unsafe characters become '_'.
    static QString baseName(const QString &database, const QDateTime &when);

signals:
    // The databases that will be backed up, in order.
    void databasesResolved(const QList<d1x::DatabaseInfo> &databases);
    void databaseStarted(int index, int count, const d1x::DatabaseInfo &database);
    void databaseFinished(int index, const d1x::BackupEntry &entry);
    // From the runner and, prefixed with the database name, from each export.
    void logMessage(d1x::ExportController::LogLevel level, const QString &text);
    void stateChanged(d1x::ExportController::State state);
    void downloadProgress(qint64 received, qint64 total, double bytesPerSecond);
    void verifyProgress(qint64 done, qint64 total);
    void rateLimitWait(int secondsLeft); // see ExportController::rateLimitWait
    // Exactly once per start().
    void finished(const d1x::BackupSummary &summary);

private:
    void onDatabasesListed(PagedCall *call);
    void exportNext();
    void onExportFinished(const ExportResult &result);
    void addToManifest(const BackupEntry &entry);
    void writeManifest();
    void loadPreviousManifest();
    static QByteArray compactJson(const QJsonValue &value);
    void finish(const ApiError &error = {});
    QDateTime now() const;
    void log(ExportController::LogLevel level, const QString &text);

    CloudflareClient *m_client;
    std::function<void(ExportController *)> m_setup;
    QDateTime m_clockOverride;
    BackupRequest m_request;
    BackupSummary m_summary;
    QList<DatabaseInfo> m_queue;
    QList<BackupEntry> m_missing; // asked for but not found: recorded as failures
    int m_index = -1;
    BackupEntry m_current;
    std::unique_ptr<ExportController> m_controller;
    std::unique_ptr<RequestBudget> m_budget;
    QPointer<PagedCall> m_listCall;
    // Earlier runs' and this run's, each as its compact JSON text: a QJsonArray of thousands of entries
    // and the whole document serialized at each write grew the backup by ~6 KB a database (40 MB peak
    // RSS at 2,500); the file is written entry by entry instead.
    QList<QByteArray> m_manifestEntries;
    bool m_manifestBehind = false; // holds entries not written yet
    QElapsedTimer m_sinceManifest;
    int m_manifestIntervalMs = DefaultManifestIntervalMs;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace d1x

Q_DECLARE_METATYPE(d1x::BackupEntry)
Q_DECLARE_METATYPE(d1x::BackupSummary)
