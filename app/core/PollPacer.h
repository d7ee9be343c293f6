// PollPacer: the timing every polling job of D1 shares (the export's and the import's): the pause
// before each poll (the first at once, then growing by half up to a cap, counted from the previous send),
// waiting out a rate limit as Retry-After says (with a countdown each second), the overall time
// limit, and the per-request retry policy of a poll (rate limits are not retried by the call but
// come back here to be waited out). The job decides what to send; the pacer says when.
#pragma once

#include "ApiCall.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace d1x {

class PollPacer : public QObject
{
    Q_OBJECT
public:
    // Generous enough for D1's largest database (10 GB) to be prepared at under 2 MB/s.
    static constexpr qint64 DefaultTimeLimitMs = 2 * 60 * 60 * 1000;

    struct Policy {
        RetryPolicy call;              // each request's own retries (5xx, timeouts…); not rate limits
        int firstPollDelayMs = 0;      // pause before the first poll after the start (backups: their budget's pace)
        // Pause before the second poll; half as long again for each further one (25, 37, 55, 82, 123…
        // ms). Short, and growing gently: a small export is often ready a tenth of a second after the
        // first poll, and the wait past that moment is about a quarter of the time since the start
        // (doubling made it half). Ten polls in the first two seconds instead of seven are nothing next
        // to Cloudflare's 1,200 requests / 5 minutes (a backup paces its first poll by its request
        // budget instead: firstPollDelayMs).
        int firstIntervalMs = 25;
        int maxIntervalMs = 1000;      // … up to this
        int orphanIntervalMs = 5000;   // (export) start again this often while D1 runs an orphan of ours …
        int orphanMaxWaitMs = 180000;  // … for up to this long
        int maxRetryAfterSeconds = 300; // Cloudflare blocks for up to 5 minutes
        int rateLimitWaitSeconds = 60; // when a 429 does not say how long
        qint64 timeLimitMs = DefaultTimeLimitMs; // from begin() to the end
        int secondMs = 1000;           // how long a second of Retry-After lasts (tests shorten it)
        Policy();
    };

    explicit PollPacer(QObject *parent = nullptr);

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }

    // Counts polls from zero and starts the time limit.
    void begin();
    void stop();
    void resetPolls() { m_polls = 0; }
    int polls() const { return m_polls; }

    // Gives `call` the poll's retry policy (a 429 finishes it) and announces its retries as warnings;
    // marks the time of the send.
    void prepare(ApiCall *call);
    // sendNow() after the pause due before the next poll.
    void scheduleNextPoll();
    // sendNow() after `ms`.
    void sendAfter(int ms) { m_sendTimer.start(qMax(0, ms)); }
    // A warning, a countdown of waiting(), then sendNow().
    void waitOutRateLimit(const ApiError &error);
    bool waitedForRateLimit() const { return m_waitedForRateLimit; }
    // True once after a rate-limit wait: the answer that follows it may find the task forgotten.
    bool takeWaitedForRateLimit() { return std::exchange(m_waitedForRateLimit, false); }

    // The pause before poll number `n` (1 = the first after the start), counted from the previous send.
    static int pollDelayMs(int n, const Policy &policy);
    // "2 minutes" / "30 seconds" for messages about the time limit.
    QString timeLimitText() const;

signals:
    void sendNow();
    void warning(const QString &text);
    // A rate-limit wait: seconds left, each second, and 0 when it is over.
    void waiting(int secondsLeft);
    void timeLimitReached();

private:
    void onWaitTick();

    Policy m_policy;
    int m_polls = 0;
    int m_waitSecondsLeft = 0;
    bool m_waitedForRateLimit = false;
    QElapsedTimer m_lastSend;
    QTimer m_sendTimer;
    QTimer m_waitTimer;
    QTimer m_timeLimitTimer;
};

} // namespace d1x
