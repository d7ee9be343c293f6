// Runs one export from start to saved file: POST .../export to start it, re-POST with the bookmark as
// soon as each answer arrives (D1 cancels an export that is not polled), forward every server message
// to the log, and on "complete" stream the dump from the signed URL into the chosen file. Cancel works
// at any moment and leaves no partial file.
#pragma once

#include "CloudflareClient.h"
#include "Downloader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace d1x {

struct ExportRequest {
    QString accountId;
    QString databaseId;
    QString databaseName; // for messages only
    ExportOptions options;
    QString outputPath;
};

struct ExportResult {
    ApiError error;        // empty on success
    QString path;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    QString serverFilename;
    QString bookmark;
    bool ok() const { return !error.isError(); }
};

class ExportController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Exporting, Downloading, Succeeded, Failed, Cancelled };
    Q_ENUM(State)
    enum class LogLevel { Info, Server, Warning, Error };
    Q_ENUM(LogLevel)

    // `client` issues the API calls; the download uses the client's QNetworkAccessManager but none
    // of its credentials.
    explicit ExportController(CloudflareClient *client, QObject *parent = nullptr);
    ~ExportController() override;

    void setPollRetryPolicy(const RetryPolicy &policy) { m_pollPolicy = policy; }
    void setDownloadPolicy(const Downloader::Policy &policy);
    // When the answer to the starting POST was lost, D1 may have started the export anyway and then
    // answers "already running" to our retry. Such an orphan is cancelled by D1 once it goes unpolled,
    // so the start is tried again every `intervalMs` for up to `maxWaitMs`.
    void setOrphanRecovery(int intervalMs, int maxWaitMs);
    // D1 answers a poll when it has news or after a while; should an answer come back at once, the
    // next poll waits until this long after the previous one was sent, so a long export cannot burn
    // through the API rate limit (1200 requests / 5 minutes). Default 500 ms.
    void setMinimumPollIntervalMs(int ms) { m_minPollIntervalMs = ms; }

    void start(const ExportRequest &request);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const;
    const ExportResult &result() const { return m_result; }
    int pollCount() const { return m_polls; }

    static QString stateText(State state);

signals:
    void stateChanged(d1x::ExportController::State state);
    // Every step, including each server message; secrets are already redacted.
    void logMessage(d1x::ExportController::LogLevel level, const QString &text);
    void downloadProgress(qint64 received, qint64 total, double bytesPerSecond);
    // Exactly once per start(); result() tells success, failure or cancellation.
    void finished(const d1x::ExportResult &result);

private:
    void setState(State state);
    void log(LogLevel level, const QString &text);
    void sendExportCall();
    bool retryOrphanedStart(const ApiCall *call, const QString &busyMessage);
    void onExportAnswer(ApiCall *call);
    void beginDownload(const ExportStatus &status);
    void onDownloadFinished();
    void finishWith(const ApiError &error);
    bool isAcceptableDownloadUrl(const QUrl &url) const;

    CloudflareClient *m_client;
    Downloader m_downloader;
    RetryPolicy m_pollPolicy;
    ExportRequest m_request;
    ExportResult m_result;
    QPointer<ApiCall> m_call;
    State m_state = State::Idle;
    QString m_bookmark;
    int m_polls = 0;
    bool m_refreshingUrl = false;
    bool m_finishing = false;
    bool m_startMayBeOrphaned = false;
    int m_orphanIntervalMs = 5000;
    int m_orphanMaxWaitMs = 180000;
    QElapsedTimer m_orphanClock;
    QElapsedTimer m_lastSend;
    QTimer m_pollTimer;
    int m_minPollIntervalMs = 500;
    QElapsedTimer m_clock;
};

} // namespace d1x
