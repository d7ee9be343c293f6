// ExportPollJob: one D1 export from the starting POST to a signed download link, as a job of its own
// (an import polls the same way). It
//  - starts the export and polls it with the bookmark: the first poll at once (a small export can be
//    finished by then), then with pauses that double up to a cap (at most one poll a second: well
//    inside Cloudflare's 1,200 requests / 5 minutes, and often enough that D1 keeps the export);
//  - recovers an export orphaned by a lost answer to the start (D1 then says "already running");
//  - waits out a rate limit as Retry-After says (up to 5 minutes), with a countdown, then goes on
//    polling; when D1 cancelled the export meanwhile, starts it again, once;
//  - fails with a clear message once the time limit has passed (an export that stays "active");
//  - hands out a fresh link on request (refreshUrl()) by polling the finished export again.
#pragma once

#include "CloudflareClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace d1x {

class ExportPollJob : public QObject
{
    Q_OBJECT
public:
    // Generous enough for D1's largest database (10 GB) to be prepared at under 2 MB/s.
    static constexpr qint64 DefaultTimeLimitMs = 2 * 60 * 60 * 1000;

    struct Policy {
        RetryPolicy call;              // each request's own retries (5xx, timeouts…); not rate limits
        int firstIntervalMs = 100;     // pause before the second poll; doubled for each further one
        int maxIntervalMs = 1000;      // … up to this
        int orphanIntervalMs = 5000;   // start again this often while D1 runs an orphan of ours …
        int orphanMaxWaitMs = 180000;  // … for up to this long
        int maxRetryAfterSeconds = 300; // Cloudflare blocks for up to 5 minutes
        int rateLimitWaitSeconds = 60; // when a 429 does not say how long
        qint64 timeLimitMs = DefaultTimeLimitMs; // from start() to a download link
        int secondMs = 1000;           // how long a second of Retry-After lasts (tests shorten it)
    };

    ExportPollJob(CloudflareClient *client, QObject *parent = nullptr);
    ~ExportPollJob() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }

    void start(const QString &accountId, const QString &databaseId, const ExportOptions &options);
    // After ready(): poll the finished export again; ready() follows with a fresh link.
    void refreshUrl();
    // Stops without a signal.
    void cancel();

    QString bookmark() const { return m_bookmark; }
    int pollCount() const { return m_polls; }
    bool isRunning() const { return m_running; }

    // The pause before poll number `n` (1 = the first after the start), counted from the previous send.
    static int pollDelayMs(int n, const Policy &policy);
    // "90", "90s", "15m", "2h" → milliseconds; nullopt when unreadable or not positive.
    static std::optional<qint64> parseTimeLimit(const QString &text);

signals:
    void info(const QString &text);
    void warning(const QString &text);
    void serverMessage(const QString &text);
    // D1 answered "active": the export runs.
    void active();
    // A rate-limit wait: seconds left, each second, and 0 when it is over.
    void waiting(int secondsLeft);
    // "complete": status carries the filename and signed URL.
    void ready(const d1x::ExportStatus &status);
    void failed(const d1x::ApiError &error);

private:
    void send();
    void onAnswer(ApiCall *call);
    void scheduleNextPoll();
    bool retryOrphanedStart(const QString &busyMessage);
    bool restartAfterCancellation(const QString &why);
    void waitOutRateLimit(const ApiError &error);
    void onWaitTick();
    void onTimeLimit();
    void fail(const ApiError &error);
    void stopTimers();

    CloudflareClient *m_client;
    Policy m_policy;
    QString m_accountId;
    QString m_databaseId;
    ExportOptions m_options;
    QPointer<ApiCall> m_call;
    QString m_bookmark;
    int m_polls = 0;
    bool m_running = false;
    bool m_refreshing = false;
    bool m_startMayBeOrphaned = false;
    bool m_waitedForRateLimit = false; // since the last answer that was not a 429
    bool m_restarted = false;
    int m_waitSecondsLeft = 0;
    QElapsedTimer m_orphanClock;
    QElapsedTimer m_lastSend;
    QTimer m_sendTimer;
    QTimer m_waitTimer;
    QTimer m_timeLimitTimer;
};

} // namespace d1x
