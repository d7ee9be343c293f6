// ExportController: the polling state machine and the hand-over to the Downloader.
#include "ExportController.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QTimer>

namespace d1x {

ExportController::ExportController(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_downloader(client->networkAccessManager())
{
    // Polls must keep coming: D1 cancels an export that is not polled for a while, so a failing
    // poll is retried quickly and only a few times.
    m_pollPolicy.maxAttempts = 5;
    m_pollPolicy.baseDelayMs = 500;
    m_pollPolicy.maxDelayMs = 4000;
    m_pollPolicy.maxRetryAfterSeconds = 10;
    m_pollPolicy.transferTimeoutMs = 30000;
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ExportController::sendExportCall);

    connect(&m_downloader, &Downloader::progress, this, [this](qint64 received, qint64 total) {
        emit downloadProgress(received, total, m_downloader.bytesPerSecond());
    });
    connect(&m_downloader, &Downloader::notice, this, [this](const QString &text) { log(LogLevel::Warning, text); });
    connect(&m_downloader, &Downloader::urlExpired, this, [this] {
        m_refreshingUrl = true;
        sendExportCall(); // polling a finished task hands out a fresh signed URL
    });
    connect(&m_downloader, &Downloader::finished, this, &ExportController::onDownloadFinished);
}

ExportController::~ExportController()
{
    if (m_call)
        m_call->abort();
}

void ExportController::setOrphanRecovery(int intervalMs, int maxWaitMs)
{
    m_orphanIntervalMs = intervalMs;
    m_orphanMaxWaitMs = maxWaitMs;
}

void ExportController::setDownloadPolicy(const Downloader::Policy &policy)
{
    m_downloader.setPolicy(policy);
}

bool ExportController::isRunning() const
{
    return m_state == State::Starting || m_state == State::Exporting || m_state == State::Downloading;
}

QString ExportController::stateText(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Ready");
    case State::Starting:
        return tr("Starting the export…");
    case State::Exporting:
        return tr("D1 is preparing the dump…");
    case State::Downloading:
        return tr("Downloading the dump…");
    case State::Succeeded:
        return tr("Export finished");
    case State::Failed:
        return tr("Export failed");
    case State::Cancelled:
        return tr("Export cancelled");
    }
    return {};
}

void ExportController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ExportController::log(LogLevel level, const QString &text)
{
    emit logMessage(level, m_client->credentials().redact(text));
}

void ExportController::start(const ExportRequest &request)
{
    if (isRunning())
        return;
    m_request = request;
    m_result = ExportResult();
    m_result.path = request.outputPath;
    m_bookmark.clear();
    m_polls = 0;
    m_refreshingUrl = false;
    m_startMayBeOrphaned = false;
    m_clock.start();
    setState(State::Starting);

    const QString name = request.databaseName.isEmpty() ? request.databaseId : request.databaseName;
    if (request.outputPath.isEmpty())
        return finishWith(ApiError(ApiError::Kind::InvalidInput, tr("no output file was chosen")));
    // Checked before D1 is asked for anything: an export can take minutes and lock the database.
    const QFileInfo target(request.outputPath);
    const QString nativePath = QDir::toNativeSeparators(request.outputPath);
    if (target.isDir())
        return finishWith(ApiError(ApiError::Kind::FileError, tr("%1 is a folder").arg(nativePath)));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return finishWith(ApiError(ApiError::Kind::FileError, tr("the folder of %1 does not exist").arg(nativePath)));
    if (!folder.isWritable())
        return finishWith(ApiError(ApiError::Kind::FileError, tr("the folder of %1 is not writable").arg(nativePath)));
    if (request.options.noData && request.options.noSchema)
        return finishWith(ApiError(ApiError::Kind::InvalidInput, tr("\"schema only\" and \"data only\" exclude each other")));

    QString what = tr("schema and data");
    if (request.options.noData)
        what = tr("schema only");
    else if (request.options.noSchema)
        what = tr("data only");
    const QString tables = request.options.tables.isEmpty()
        ? tr("all tables")
        : tr("%n table(s): %1", nullptr, int(request.options.tables.size())).arg(request.options.tables.join(QLatin1String(", ")));
    log(LogLevel::Info, tr("Starting the export of %1 (%2, %3).").arg(name, what, tables));
    sendExportCall();
}

void ExportController::sendExportCall()
{
    ApiCall *call = m_client->exportDatabase(m_request.accountId, m_request.databaseId, m_request.options, m_bookmark);
    // Each ApiCall copies the client's policy at creation; polls use the tighter one.
    call->setRetryPolicy(m_pollPolicy);
    m_call = call;
    m_lastSend.start();
    connect(call, &ApiTask::retrying, this, [this](const ApiError &why, int attempt, int delayMs) {
        log(LogLevel::Warning, tr("%1 Retrying in %2 s (attempt %3).")
                                   .arg(why.summary()).arg(delayMs / 1000.0, 0, 'f', 1).arg(attempt + 1));
    });
    connect(call, &ApiTask::finished, this, [this, call] { onExportAnswer(call); });
}

void ExportController::onExportAnswer(ApiCall *call)
{
    if (call != m_call || !isRunning())
        return;
    m_call = nullptr;
    if (m_bookmark.isEmpty() && call->attempts() > 1 && !m_startMayBeOrphaned) {
        // An earlier attempt of this start got no usable answer: D1 may have started it regardless.
        m_startMayBeOrphaned = true;
        m_orphanClock.start();
    }
    if (call->error()) {
        if (call->error().kind() == ApiError::Kind::ExportBusy && retryOrphanedStart(call, call->error().detail()))
            return;
        return finishWith(call->error());
    }

    const std::optional<ExportStatus> status = ExportStatus::fromJson(call->result());
    if (!status || status->state == ExportStatus::State::Unknown)
        return finishWith(ApiError(ApiError::Kind::BadResponse, tr("the export answer has no known status"),
                                   call->httpStatus()));
    for (const QString &message : status->messages)
        log(LogLevel::Server, message);
    if (status->state == ExportStatus::State::Error) {
        // Checked before taking the bookmark: a refusal is not an accepted export.
        const QString message = status->error.isEmpty() ? tr("no reason given") : status->error;
        if (message.contains(QLatin1String("long-running export"), Qt::CaseInsensitive)) {
            if (retryOrphanedStart(call, message))
                return;
            return finishWith(ApiError(ApiError::Kind::ExportBusy, message));
        }
        return finishWith(ApiError(ApiError::Kind::ExportFailed, message));
    }
    if (!status->atBookmark.isEmpty()) {
        if (m_bookmark.isEmpty())
            log(LogLevel::Info, tr("D1 accepted the export (bookmark %1).").arg(status->atBookmark));
        m_bookmark = status->atBookmark;
    }
    m_result.bookmark = m_bookmark;

    switch (status->state) {
    case ExportStatus::State::Active:
        if (m_bookmark.isEmpty())
            return finishWith(ApiError(ApiError::Kind::BadResponse, tr("the export answer has no bookmark to poll with")));
        setState(State::Exporting);
        ++m_polls;
        // Promptly (D1 cancels exports that are not polled continually), but not in a tight loop.
        m_pollTimer.start(int(qMax<qint64>(0, m_minPollIntervalMs - m_lastSend.elapsed())));
        return;
    case ExportStatus::State::Complete:
        return beginDownload(*status);
    case ExportStatus::State::Error:   // handled above
    case ExportStatus::State::Unknown: // refused above
        break;
    }
}

bool ExportController::retryOrphanedStart(const ApiCall *call, const QString &busyMessage)
{
    Q_UNUSED(call)
    if (!m_bookmark.isEmpty() || !m_startMayBeOrphaned || m_orphanClock.elapsed() > m_orphanMaxWaitMs)
        return false;
    log(LogLevel::Warning,
        tr("D1 says an export is already running (%1). It is probably the one our lost request started; "
           "D1 cancels it once it goes unpolled. Trying again in %2 s.")
            .arg(busyMessage)
            .arg(m_orphanIntervalMs / 1000.0, 0, 'f', 1));
    QTimer::singleShot(m_orphanIntervalMs, this, [this] {
        if (isRunning() && !m_call && m_bookmark.isEmpty())
            sendExportCall();
    });
    return true;
}

bool ExportController::isAcceptableDownloadUrl(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    // Plain http only where the API itself is a local server (the emulator, tests).
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1String("http") && m_client->endpoint().base().scheme() == QLatin1String("http")
        && ((!host.isNull() && host.isLoopback()) || url.host() == QLatin1String("localhost"));
}

void ExportController::beginDownload(const ExportStatus &status)
{
    const QUrl url(status.signedUrl, QUrl::StrictMode);
    if (!isAcceptableDownloadUrl(url))
        return finishWith(ApiError(ApiError::Kind::BadResponse, tr("the export finished without a usable download link")));
    m_result.serverFilename = status.filename;
    if (m_refreshingUrl) {
        m_refreshingUrl = false;
        log(LogLevel::Info, tr("Got a fresh download link; resuming."));
        setState(State::Downloading);
        m_downloader.resumeWithUrl(url);
        return;
    }
    // The signed URL itself is a credential for an hour: it is never logged.
    log(LogLevel::Info, tr("The dump %1 is ready; downloading it from %2.").arg(status.filename, url.host()));
    setState(State::Downloading);
    m_downloader.start(url, m_request.outputPath);
}

void ExportController::onDownloadFinished()
{
    if (m_state != State::Downloading || m_finishing)
        return;
    if (m_downloader.error())
        return finishWith(m_downloader.error());
    m_result.bytes = m_downloader.bytesReceived();
    const double seconds = qMax<qint64>(1, m_downloader.transferMs()) / 1000.0;
    const QLocale locale;
    log(LogLevel::Info, tr("Downloaded %1 in %2 s (%3/s).")
                            .arg(locale.formattedDataSize(m_result.bytes))
                            .arg(seconds, 0, 'f', 2)
                            .arg(locale.formattedDataSize(qint64(double(m_result.bytes) / seconds))));
    finishWith(ApiError());
}

void ExportController::cancel()
{
    if (!isRunning())
        return;
    finishWith(ApiError(ApiError::Kind::Cancelled));
}

void ExportController::finishWith(const ApiError &error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_pollTimer.stop();
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->abort();
    }
    if (m_downloader.isRunning())
        m_downloader.cancel(); // removes the temporary file; an existing file stays as it was
    m_result.error = error;
    m_result.elapsedMs = m_clock.elapsed();
    if (!error) {
        const QLocale locale;
        log(LogLevel::Info, tr("Saved %1 (%2) in %3 s.")
                                .arg(QDir::toNativeSeparators(m_request.outputPath),
                                     locale.formattedDataSize(m_result.bytes))
                                .arg(m_result.elapsedMs / 1000.0, 0, 'f', 1));
        setState(State::Succeeded);
    } else if (error.kind() == ApiError::Kind::Cancelled) {
        log(LogLevel::Warning, tr("Export cancelled; no file was written."));
        setState(State::Cancelled);
    } else {
        log(LogLevel::Error, error.toString());
        setState(State::Failed);
    }
    m_finishing = false;
    emit finished(m_result);
}

} // namespace d1x
