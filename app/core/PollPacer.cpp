// PollPacer: when the polling jobs send (see header).
#include "PollPacer.h"

namespace d1x {

PollPacer::Policy::Policy()
{
    // Polls must keep coming: D1 cancels a task that is not polled for a while, so a failing poll
    // is retried quickly and only a few times.
    call.maxAttempts = 5;
    call.baseDelayMs = 500;
    call.maxDelayMs = 4000;
    call.transferTimeoutMs = 30000;
}

PollPacer::PollPacer(QObject *parent)
    : QObject(parent)
{
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &PollPacer::sendNow);
    connect(&m_waitTimer, &QTimer::timeout, this, &PollPacer::onWaitTick);
    m_timeLimitTimer.setSingleShot(true);
    connect(&m_timeLimitTimer, &QTimer::timeout, this, &PollPacer::timeLimitReached);
}

int PollPacer::pollDelayMs(int n, const Policy &policy)
{
    if (n <= 1)
        return n == 1 ? qMax(0, policy.firstPollDelayMs) : 0;
    const qint64 cap = qMax(policy.firstIntervalMs, policy.maxIntervalMs);
    qint64 delay = qMax(0, policy.firstIntervalMs);
    for (int i = 2; i < n && delay < cap; ++i)
        delay = qMax(delay + 1, delay * 3 / 2);
    return int(qMin(delay, cap));
}

void PollPacer::begin()
{
    stop();
    m_polls = 0;
    m_waitedForRateLimit = false;
    m_timeLimitTimer.start(int(qBound<qint64>(1, m_policy.timeLimitMs, qint64(INT_MAX))));
}

void PollPacer::stop()
{
    m_sendTimer.stop();
    m_waitTimer.stop();
    m_timeLimitTimer.stop();
}

void PollPacer::prepare(ApiCall *call)
{
    // Each ApiCall copies the client's policy at creation; polls use their own. A rate limit comes
    // back to the job, to be waited out as long as it lasts.
    RetryPolicy policy = m_policy.call;
    policy.retryRateLimited = false;
    call->setRetryPolicy(policy);
    connect(call, &ApiTask::retrying, this, [this](const ApiError &why, int attempt, int delayMs) {
        emit warning(tr("%1 Retrying in %2 s (attempt %3).")
                         .arg(why.summary())
                         .arg(delayMs / 1000.0, 0, 'f', 1)
                         .arg(attempt + 1));
    });
    m_lastSend.start();
}

void PollPacer::scheduleNextPoll()
{
    ++m_polls;
    // Promptly (D1 cancels tasks that are not polled continually), but not in a tight loop.
    const qint64 delay = pollDelayMs(m_polls, m_policy) - (m_lastSend.isValid() ? m_lastSend.elapsed() : 0);
    m_sendTimer.start(int(qMax<qint64>(0, delay)));
}

void PollPacer::waitOutRateLimit(const ApiError &error)
{
    int seconds = error.retryAfterSeconds();
    if (seconds < 0)
        seconds = m_policy.rateLimitWaitSeconds;
    seconds = qBound(1, seconds, qMax(1, m_policy.maxRetryAfterSeconds));
    emit warning(tr("Cloudflare's rate limit was reached; waiting %1 s as it asks, then going on.").arg(seconds));
    m_waitedForRateLimit = true;
    m_waitSecondsLeft = seconds;
    emit waiting(m_waitSecondsLeft);
    m_waitTimer.start(qMax(1, m_policy.secondMs));
}

void PollPacer::onWaitTick()
{
    if (--m_waitSecondsLeft > 0) {
        emit waiting(m_waitSecondsLeft);
        return;
    }
    m_waitTimer.stop();
    emit waiting(0);
    emit sendNow();
}

QString PollPacer::timeLimitText() const
{
    const qint64 minutes = m_policy.timeLimitMs / 60000;
    return minutes >= 1 ? tr("%n minute(s)", nullptr, int(minutes))
                        : tr("%n second(s)", nullptr, int(qMax<qint64>(1, m_policy.timeLimitMs / 1000)));
}

} // namespace d1x
