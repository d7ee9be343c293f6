// ExportPollJob: one D1 export from the starting POST to a signed download link, as a job of its own
// (an import polls the same way). It
//  - starts the export and polls it with the bookmark: the first poll at once (a small export can be
//    finished by then), then with pauses that grow by half up to a cap (at most one poll a second: well
//    inside Cloudflare's 1,200 requests / 5 minutes, and often enough that D1 keeps the export);
//  - recovers an export orphaned by a lost answer to the start (D1 then says "already running");
//  - waits out a rate limit as Retry-After says (up to 5 minutes), with a countdown, then goes on
//    polling; when D1 cancelled the export meanwhile, starts it again, once;
//  - fails with a clear message once the time limit has passed (an export that stays "active");
//  - hands out a fresh link on request (refreshUrl()) by polling the finished export again.
#pragma once

#include "CloudflareClient.h"
#include "PollPacer.h"

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
    static constexpr qint64 DefaultTimeLimitMs = PollPacer::DefaultTimeLimitMs;
    using Policy = PollPacer::Policy;

    ExportPollJob(CloudflareClient *client, QObject *parent = nullptr);
    ~ExportPollJob() override;

    void setPolicy(const Policy &policy) { m_pacer.setPolicy(policy); }
    const Policy &policy() const { return m_pacer.policy(); }

    void start(const QString &accountId, const QString &databaseId, const ExportOptions &options);
    // After ready(): poll the finished export again; ready() follows with a fresh link.
    void refreshUrl();
    // Stops without a signal.
    void cancel();

    QString bookmark() const { return m_bookmark; }
    int pollCount() const { return m_pacer.polls(); }
    bool isRunning() const { return m_running; }

    // The pause before poll number `n` (1 = the first after the start), counted from the previous send.
    static int pollDelayMs(int n, const Policy &policy) { return PollPacer::pollDelayMs(n, policy); }
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
    bool retryOrphanedStart(const QString &busyMessage);
    bool restartAfterCancellation(const QString &why);
    void onTimeLimit();
    void fail(const ApiError &error);

    CloudflareClient *m_client;
    PollPacer m_pacer;
    QString m_accountId;
    QString m_databaseId;
    ExportOptions m_options;
    QPointer<ApiCall> m_call;
    QString m_bookmark;
    bool m_running = false;
    bool m_refreshing = false;
    bool m_startMayBeOrphaned = false;
    bool m_restarted = false;
    QElapsedTimer m_orphanClock;
};

} // namespace d1x
