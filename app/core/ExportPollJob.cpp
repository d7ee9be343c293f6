// ExportPollJob: the start/poll state machine of a D1 export (see header).
#include "ExportPollJob.h"

#include <QRegularExpression>

namespace d1x {

ExportPollJob::ExportPollJob(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_pacer, &PollPacer::sendNow, this, &ExportPollJob::send);
    connect(&m_pacer, &PollPacer::warning, this, &ExportPollJob::warning);
    connect(&m_pacer, &PollPacer::waiting, this, &ExportPollJob::waiting);
    connect(&m_pacer, &PollPacer::timeLimitReached, this, &ExportPollJob::onTimeLimit);
}

ExportPollJob::~ExportPollJob()
{
    cancel();
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
    m_running = true;
    m_refreshing = false;
    m_startMayBeOrphaned = false;
    m_restarted = false;
    m_pacer.begin();
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
    m_pacer.stop();
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
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
    call->setUsesBudgetReserve(!m_bookmark.isEmpty()); // D1 cancels an export that is not polled
    m_pacer.prepare(call);
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call] { onAnswer(call); });
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
            return m_pacer.waitOutRateLimit(error);
        if (error.kind() == ApiError::Kind::ExportBusy && retryOrphanedStart(error.detail()))
            return;
        return fail(error);
    }
    const bool afterWait = m_pacer.takeWaitedForRateLimit();

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
            m_pacer.scheduleNextPoll();
        return;
    case ExportStatus::State::Complete:
        m_running = false;
        m_refreshing = false;
        m_pacer.stop();
        emit ready(*status);
        return;
    case ExportStatus::State::Error:   // handled above
    case ExportStatus::State::Unknown: // refused above
        break;
    }
}

bool ExportPollJob::retryOrphanedStart(const QString &busyMessage)
{
    if (!m_bookmark.isEmpty() || !m_startMayBeOrphaned || m_orphanClock.elapsed() > m_pacer.policy().orphanMaxWaitMs)
        return false;
    emit warning(tr("D1 says an export is already running (%1). It is probably the one our lost request started; "
                    "D1 cancels it once it goes unpolled. Trying again in %2 s.")
                     .arg(busyMessage)
                     .arg(m_pacer.policy().orphanIntervalMs / 1000.0, 0, 'f', 1));
    m_pacer.sendAfter(m_pacer.policy().orphanIntervalMs);
    return true;
}

bool ExportPollJob::restartAfterCancellation(const QString &why)
{
    if (m_restarted || m_refreshing)
        return false;
    m_restarted = true;
    emit warning(tr("D1 ended the export while we waited for the rate limit (%1). Starting it again, once.").arg(why));
    m_bookmark.clear();
    m_pacer.resetPolls();
    m_startMayBeOrphaned = false;
    send();
    return true;
}

void ExportPollJob::onTimeLimit()
{
    if (!m_running || m_refreshing)
        return;
    const QString limit = m_pacer.timeLimitText();
    const QString detail = m_bookmark.isEmpty()
        ? tr("D1 had not started the export after %1").arg(limit)
        : tr("D1 was still preparing the dump after %1 (%n poll(s))", nullptr, m_pacer.polls()).arg(limit);
    fail(ApiError(ApiError::Kind::TimeLimit, detail));
}

} // namespace d1x
