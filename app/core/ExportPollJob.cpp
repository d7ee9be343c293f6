// ExportPollJob: the start/poll state machine of a D1 export (see header).
#include "ExportPollJob.h"

#include <QRegularExpression>

namespace d1x {

ExportPollJob::ExportPollJob(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // Polls must keep coming: D1 cancels an export that is not polled for a while, so a failing
    // poll is retried quickly and only a few times.
    m_policy.call.maxAttempts = 5;
    m_policy.call.baseDelayMs = 500;
    m_policy.call.maxDelayMs = 4000;
    m_policy.call.transferTimeoutMs = 30000;
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &ExportPollJob::send);
    connect(&m_waitTimer, &QTimer::timeout, this, &ExportPollJob::onWaitTick);
    m_timeLimitTimer.setSingleShot(true);
    connect(&m_timeLimitTimer, &QTimer::timeout, this, &ExportPollJob::onTimeLimit);
}

ExportPollJob::~ExportPollJob()
{
    cancel();
}

int ExportPollJob::pollDelayMs(int n, const Policy &policy)
{
    if (n <= 1)
        return 0;
    const qint64 delay = qint64(policy.firstIntervalMs) << qMin(n - 2, 20);
    return int(qMin<qint64>(delay, qMax(policy.firstIntervalMs, policy.maxIntervalMs)));
}

std::optional<qint64> ExportPollJob::parseTimeLimit(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,9})\\s*([smh]?)\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    const qint64 seconds = unit == QLatin1String("h") ? n * 3600 : unit == QLatin1String("m") ? n * 60 : n;
    if (seconds <= 0)
        return std::nullopt;
    return seconds * 1000;
}

void ExportPollJob::start(const QString &accountId, const QString &databaseId, const ExportOptions &options)
{
    cancel();
    m_accountId = accountId;
    m_databaseId = databaseId;
    m_options = options;
    m_bookmark.clear();
    m_polls = 0;
    m_running = true;
    m_refreshing = false;
    m_startMayBeOrphaned = false;
    m_waitedForRateLimit = false;
    m_restarted = false;
    m_timeLimitTimer.start(int(qBound<qint64>(1, m_policy.timeLimitMs, qint64(INT_MAX))));
    send();
}

void ExportPollJob::refreshUrl()
{
    if (m_running || m_bookmark.isEmpty())
        return;
    m_running = true;
    m_refreshing = true;
    send();
}

void ExportPollJob::cancel()
{
    m_running = false;
    stopTimers();
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
}

void ExportPollJob::stopTimers()
{
    m_sendTimer.stop();
    m_waitTimer.stop();
    m_timeLimitTimer.stop();
}

void ExportPollJob::fail(const ApiError &error)
{
    cancel();
    emit failed(error);
}

void ExportPollJob::send()
{
    if (!m_running)
        return;
    ApiCall *call = m_client->exportDatabase(m_accountId, m_databaseId, m_options, m_bookmark);
    // Each ApiCall copies the client's policy at creation; polls use their own. A rate limit comes
    // back here, to be waited out as long as it lasts.
    RetryPolicy policy = m_policy.call;
    policy.retryRateLimited = false;
    call->setRetryPolicy(policy);
    m_call = call;
    connect(call, &ApiTask::retrying, this, [this](const ApiError &why, int attempt, int delayMs) {
        emit warning(tr("%1 Retrying in %2 s (attempt %3).")
                         .arg(why.summary())
                         .arg(delayMs / 1000.0, 0, 'f', 1)
                         .arg(attempt + 1));
    });
    connect(call, &ApiTask::finished, this, [this, call] { onAnswer(call); });
    m_lastSend.start();
}

void ExportPollJob::onAnswer(ApiCall *call)
{
    if (call != m_call || !m_running)
        return;
    m_call = nullptr;
    if (m_bookmark.isEmpty() && call->attempts() > 1 && !m_startMayBeOrphaned) {
        // An earlier attempt of this start got no usable answer: D1 may have started it regardless.
        m_startMayBeOrphaned = true;
        m_orphanClock.start();
    }
    if (call->error()) {
        const ApiError &error = call->error();
        if (error.kind() == ApiError::Kind::RateLimited)
            return waitOutRateLimit(error);
        if (error.kind() == ApiError::Kind::ExportBusy && retryOrphanedStart(error.detail()))
            return;
        return fail(error);
    }
    const bool afterWait = std::exchange(m_waitedForRateLimit, false);

    const std::optional<ExportStatus> status = ExportStatus::fromJson(call->result());
    if (status && status->state == ExportStatus::State::Unknown && !status->error.isEmpty() && afterWait
        && restartAfterCancellation(status->error))
        return; // "no export is known for this bookmark": D1 forgot it while we waited
    if (!status || status->state == ExportStatus::State::Unknown)
        return fail(ApiError(ApiError::Kind::BadResponse, tr("the export answer has no known status"),
                             call->httpStatus()));
    for (const QString &message : status->messages)
        emit serverMessage(message);
    if (status->state == ExportStatus::State::Error) {
        // Checked before taking the bookmark: a refusal is not an accepted export.
        const QString message = status->error.isEmpty() ? tr("no reason given") : status->error;
        if (message.contains(QLatin1String("long-running export"), Qt::CaseInsensitive)) {
            if (retryOrphanedStart(message))
                return;
            return fail(ApiError(ApiError::Kind::ExportBusy, message));
        }
        if (afterWait && !m_bookmark.isEmpty() && restartAfterCancellation(message))
            return;
        if (message.contains(QLatin1String("Virtual Table"), Qt::CaseInsensitive) && !m_options.tables.isEmpty())
            // Whether D1 accepts a table list that leaves the virtual tables out is disputed; if it
            // does not, the rest can only be read through /query.
            emit warning(tr("D1 refused even though the virtual tables were left out of the table list. "
                            "Export the other tables in smaller groups, or report this so that a "
                            "dump through /query can be added."));
        return fail(ApiError(ApiError::Kind::ExportFailed, message));
    }
    if (!status->atBookmark.isEmpty()) {
        if (m_bookmark.isEmpty())
            emit info(tr("D1 accepted the export (bookmark %1).").arg(status->atBookmark));
        m_bookmark = status->atBookmark;
    }

    switch (status->state) {
    case ExportStatus::State::Active:
        if (m_bookmark.isEmpty())
            return fail(ApiError(ApiError::Kind::BadResponse, tr("the export answer has no bookmark to poll with")));
        emit active();
        if (m_running)
            scheduleNextPoll();
        return;
    case ExportStatus::State::Complete:
        m_running = false;
        m_refreshing = false;
        stopTimers();
        emit ready(*status);
        return;
    case ExportStatus::State::Error:   // handled above
    case ExportStatus::State::Unknown: // refused above
        break;
    }
}

void ExportPollJob::scheduleNextPoll()
{
    ++m_polls;
    // Promptly (D1 cancels exports that are not polled continually), but not in a tight loop.
    const qint64 delay = pollDelayMs(m_polls, m_policy) - m_lastSend.elapsed();
    m_sendTimer.start(int(qMax<qint64>(0, delay)));
}

bool ExportPollJob::retryOrphanedStart(const QString &busyMessage)
{
    if (!m_bookmark.isEmpty() || !m_startMayBeOrphaned || m_orphanClock.elapsed() > m_policy.orphanMaxWaitMs)
        return false;
    emit warning(tr("D1 says an export is already running (%1). It is probably the one our lost request started; "
                    "D1 cancels it once it goes unpolled. Trying again in %2 s.")
                     .arg(busyMessage)
                     .arg(m_policy.orphanIntervalMs / 1000.0, 0, 'f', 1));
    m_sendTimer.start(m_policy.orphanIntervalMs);
    return true;
}

bool ExportPollJob::restartAfterCancellation(const QString &why)
{
    if (m_restarted || m_refreshing)
        return false;
    m_restarted = true;
    emit warning(tr("D1 ended the export while we waited for the rate limit (%1). Starting it again, once.").arg(why));
    m_bookmark.clear();
    m_polls = 0;
    m_startMayBeOrphaned = false;
    send();
    return true;
}

void ExportPollJob::waitOutRateLimit(const ApiError &error)
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

void ExportPollJob::onWaitTick()
{
    if (--m_waitSecondsLeft > 0) {
        emit waiting(m_waitSecondsLeft);
        return;
    }
    m_waitTimer.stop();
    emit waiting(0);
    send();
}

void ExportPollJob::onTimeLimit()
{
    if (!m_running || m_refreshing)
        return;
    const qint64 minutes = m_policy.timeLimitMs / 60000;
    const QString limit = minutes >= 1 ? tr("%n minute(s)", nullptr, int(minutes))
                                       : tr("%n second(s)", nullptr, int(qMax<qint64>(1, m_policy.timeLimitMs / 1000)));
    const QString detail = m_bookmark.isEmpty()
        ? tr("D1 had not started the export after %1").arg(limit)
        : tr("D1 was still preparing the dump after %1 (%n poll(s))", nullptr, m_polls).arg(limit);
    fail(ApiError(ApiError::Kind::TimeLimit, detail));
}

} // namespace d1x
