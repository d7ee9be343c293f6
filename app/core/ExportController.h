// Runs one export from start to saved, checked files:
//  1. reads sqlite_schema (one /query) and plans around what D1's export cannot do itself: it adds the
//     indexes and triggers of chosen tables, and exports a database with virtual tables (FTS5) by
//     leaving them and their shadow tables out of D1's list and appending their CREATE VIRTUAL TABLE
//     statements and contents (rows read through /query, or an FTS `rebuild`: VirtualTableReadJob) to the dump;
//  2. optionally counts the live rows (one /query, LiveCountJob; D1 bills every row it reads);
//  3. starts D1's export and polls it to a download link (ExportPollJob), forwarding every server
//     message to the log;
//  4. streams the dump from the signed URL into a DumpSink (gzip when asked, SHA-256 of what is saved);
//  5. gives back the exact values D1 rounded (64-bit integers, infinities) by re-reading just those rows
//     (ValueRepairJob); until then the dump lives under a staging name beside the target (StagedOutput)
//     and replaces the target only once it is final;
//  6. optionally loads the saved dump into SQLite (DumpVerifier): row counts, statements over D1's
//     100 KB limit, comparison with the live counts, and an .sqlite copy.
// Cancel works at any moment and leaves no partial file.
#pragma once

#include "CloudflareClient.h"
#include "ConcurrentDamageScan.h"
#include "ConcurrentDumpCheck.h"
#include "Downloader.h"
#include "DumpSink.h"
#include "DumpVerifier.h"
#include "ExportPlan.h"
#include "ExportPollJob.h"
#include "LiveCountJob.h"
#include "LiveValueCheckJob.h"
#include "StagedOutput.h"
#include "LogLevel.h"
#include "ValueRepairJob.h"
#include "VirtualTableReadJob.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTemporaryFile;

namespace d1x {

class LocalExportSource;

struct ExportRequest {
    QString accountId;
    QString databaseId;
    QString databaseName; // for messages only
    ExportOptions options;
    // The SQL dump. May be empty when sqlitePath is set: then the SQL only passes through a temporary file.
    QString outputPath;

    // With a table filter, also export the indexes and triggers that belong to the chosen tables
    // (D1's filter keeps only objects listed by name, so it would drop them).
    bool includeRelatedObjects = true;
    enum class Compression { Auto, None, Gzip };
    // Auto: gzip when outputPath ends in ".gz". Compressed while downloading.
    Compression compression = Compression::Auto;
    int gzipLevel = 6;
    // After the download, load the dump into a temporary SQLite database: row counts per table and
    // statements longer than D1's 100 KB limit. Implied by compareLiveCounts and sqlitePath.
    bool verify = false;
    // Count every exported table's rows on D1 just before the export (one /query) and compare them
    // with the dump's. Opt-in: counting reads every row, and D1 bills rows read.
    bool compareLiveCounts = false;
    // After the dump is final, compare every exported table's values with D1's by fingerprints
    // (LiveValueCheckJob). Opt-in: D1 reads, and bills, every row once more.
    bool compareLiveValues = false;
    // Also save the loaded database here as an SQLite file (written beside it, synced, then renamed).
    QString sqlitePath;
    // A local development database (the SQLite file `wrangler dev` keeps, see LocalDatabaseLocator):
    // when set, the dump is written from that file (read-only) in the format of `wrangler d1 export
    // --local`, without Cloudflare; accountId and databaseId are not used.
    QString localDatabasePath;
    // Page cache of the verifier's temporary database.
    qint64 verifyCacheBytes = 32 * 1024 * 1024;
    // From the start of D1's export to its download link, rate-limit waits included; past it the
    // export fails (CLI --timeout, the window's Options).
    qint64 timeLimitMs = ExportPollJob::DefaultTimeLimitMs;

    bool wantsVerification() const { return verify || compareLiveCounts || !sqlitePath.isEmpty(); }
};

struct ExportResult {
    ApiError error;        // empty on success (the verification's outcome is in `verification`)
    QString path;          // the SQL dump as saved; empty when only an .sqlite file was asked for
    qint64 bytes = 0;      // size of the dump as D1 sent it (plus what was appended for virtual tables; with
                           // exact values where D1 rounded them), uncompressed
    qint64 fileBytes = 0;  // size of the saved SQL file (smaller when compressed)
    bool compressed = false;
    QByteArray sha256;     // of the saved SQL file, raw 32 bytes (toHex() for display)
    qint64 elapsedMs = 0;
    QString serverFilename;
    QString bookmark;
    QStringList addedRelatedObjects; // indexes and triggers added to the table filter
    QStringList virtualTables;       // recreated after the dump
    QMap<QString, qint64> liveCounts; // when compareLiveCounts: table → rows on D1
    VerifyReport verification;       // status NotRun unless asked for; .sqlite path, size and SHA-256 in it
    ValueRepairReport repair;        // the values D1 rounded, restored (NotRun for schema-only dumps)
    LiveValueReport liveValues;      // when compareLiveValues: the dump's values against D1's
    bool ok() const { return !error.isError(); }
    // ok(), every value exact (none left as D1 rounded it) and, when verification was asked for, verified.
    bool fullySucceeded() const
    {
        return ok() && (verification.status == VerifyReport::Status::NotRun || verification.ok())
            && (repair.status == ValueRepairReport::Status::NotRun || repair.ok())
            && (liveValues.status == LiveValueReport::Status::NotRun || liveValues.ok());
    }
};

class ExportController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Exporting, Downloading, Repairing, Verifying, Succeeded, Failed, Cancelled };
    Q_ENUM(State)
    using LogLevel = d1x::LogLevel;

    // `client` issues the API calls; the download uses the client's QNetworkAccessManager but none
    // of its credentials.
    explicit ExportController(CloudflareClient *client, QObject *parent = nullptr);
    ~ExportController() override;

    // How D1's export is started and polled (see ExportPollJob::Policy); the time limit comes with
    // each ExportRequest.
    void setPollPolicy(const ExportPollJob::Policy &policy) { m_poller.setPolicy(policy); }
    ExportPollJob::Policy pollPolicy() const { return m_poller.policy(); }
    void setPollRetryPolicy(const RetryPolicy &policy);
    void setDownloadPolicy(const Downloader::Policy &policy);
    // When the answer to the starting POST was lost, D1 may have started the export anyway and then
    // answers "already running" to our retry. Such an orphan is cancelled by D1 once it goes unpolled,
    // so the start is tried again every `intervalMs` for up to `maxWaitMs`.
    void setOrphanRecovery(int intervalMs, int maxWaitMs);
    // The first poll goes at once; the pause before the next starts at this and grows by half up to
    // 1 s, counted from the previous send (D1 may hold a poll until it has news). Default 25 ms.
    void setMinimumPollIntervalMs(int ms);
    // Rows per /query page when reading a virtual table's rows (default 1000).
    void setVirtualTablePageSize(int rows) { m_vtPageSize = qMax(1, rows); }

    void start(const ExportRequest &request);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const;
    const ExportResult &result() const { return m_result; }
    int pollCount() const { return m_poller.pollCount(); }

    static QString stateText(State state);

signals:
    void stateChanged(d1x::ExportController::State state);
    // Every step, including each server message; secrets are already redacted.
    void logMessage(d1x::ExportController::LogLevel level, const QString &text);
    void downloadProgress(qint64 received, qint64 total, double bytesPerSecond);
    // While in State::Repairing and State::Verifying: bytes of the saved file read so far.
    void verifyProgress(qint64 done, qint64 total);
    // Waiting out Cloudflare's rate limit: seconds left, once a second, then 0 (a countdown to show).
    void rateLimitWait(int secondsLeft);
    // Exactly once per start(); result() tells success, failure or cancellation.
    void finished(const d1x::ExportResult &result);

private:
    bool setState(State state);
    void log(LogLevel level, const QString &text);
    void logFromJob(bool warning, const QString &text); // the repair's and the value check's messages
    ApiCall *trackCall(ApiCall *call);
    void readSchema();
    void onSchema(ApiCall *call);
    bool applyPlan(const QList<TableInfo> &objects);
    bool isExported(const QString &table) const;
    // A virtual table whose rows cannot come back (contentless, or indexing a table not exported):
    // says so in the log and answers true.
    bool warnIfRecreatedEmpty(const VirtualTable &v);
    void startLocal();
    void onLocalWritten(const ApiError &error);
    void onVirtualTablesRead(const ApiError &error);
    void countLiveRows();
    void onLiveCounts(const ApiError &error);
    void startD1Export();
    void onExportReady(const ExportStatus &status);
    void beginDownload(const ExportStatus &status);
    bool openSink();
    void onDownloadFinished();
    void pumpEpilogue();
    void onSinkCommitted(bool ok);
    void scanWhileSaving();
    void startRepair();
    void onRepaired(const ValueRepairReport &report);
    // The SQL dump's content is final: it replaces the target. False after finishWith() when that failed.
    bool publishDump();
    // Where the SQL is written until it is final: the staging file, or the temporary file for SQLite-only.
    QString dumpFile() const { return m_staged.isActive() ? m_staged.stagingPath() : m_sqlPath; }
    void startVerification();
    DumpVerifier::Job verificationJob() const;
    void dropConcurrentCheck();
    void onVerified(const VerifyReport &report);
    // The last step: the value comparison when asked for, then finishWith().
    void compareValuesOrFinish();
    void onValuesCompared(const LiveValueReport &report);
    void finishWith(const ApiError &error);
    void cleanUpTemporaries();
    bool isAcceptableDownloadUrl(const QUrl &url) const;

    CloudflareClient *m_client;
    Downloader m_downloader;
    ExportPollJob m_poller;
    ExportRequest m_request;
    ExportResult m_result;
    ExportPlan m_plan;
    ExportOptions m_d1Options; // what D1 is asked for, after planning
    bool m_needsD1Export = true;
    QString m_sqlPath;         // where the SQL goes: outputPath, or a temporary file for SQLite-only
    bool m_sqlIsTemporary = false;
    StagedOutput m_staged;     // the SQL dump until it is final
    std::unique_ptr<DumpSink> m_sink;
    std::unique_ptr<QTemporaryFile> m_epilogue; // statements appended after D1's dump
    bool m_epiloguePumping = false;
    std::unique_ptr<VirtualTableReadJob> m_vtReader; // writes into m_epilogue
    int m_vtPageSize = 1000;
    std::unique_ptr<DumpVerifier> m_verifier;
    std::unique_ptr<ConcurrentDumpCheck> m_concurrentCheck; // the check run during the download
    std::unique_ptr<ConcurrentDamageScan> m_damageScan;     // the scan for rounded values, likewise
    bool m_repairWaitsForScan = false;
    std::unique_ptr<LocalExportSource> m_local;
    std::unique_ptr<ValueRepairJob> m_repair;
    std::unique_ptr<LiveValueCheckJob> m_valueCheck;
    std::unique_ptr<LiveCountJob> m_liveCount;
    QList<TableInfo> m_schema;
    qint64 m_d1DumpBytes = 0; // what D1 sent; the appended part is exact already
    QPointer<ApiCall> m_call;
    State m_state = State::Idle;
    bool m_refreshingUrl = false;
    bool m_finishing = false;
    QElapsedTimer m_clock;
};

} // namespace d1x
