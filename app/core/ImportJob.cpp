// ImportJob: init → upload → ingest → poll of one D1 import (see header).
#include "ImportJob.h"

#include "SignedUrlRequest.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace d1x {

namespace {
constexpr qint64 ErrorBodyPeekBytes = 4096;
} // namespace

ImportJob::ImportJob(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pacer.setPolicy(m_policy.poll);
    connect(&m_pacer, &PollPacer::sendNow, this, &ImportJob::send);
    connect(&m_pacer, &PollPacer::warning, this, &ImportJob::warning);
    connect(&m_pacer, &PollPacer::waiting, this, &ImportJob::waiting);
    connect(&m_pacer, &PollPacer::timeLimitReached, this, &ImportJob::onTimeLimit);
    m_uploadRetryTimer.setSingleShot(true);
    connect(&m_uploadRetryTimer, &QTimer::timeout, this, &ImportJob::startUpload);
}

ImportJob::~ImportJob()
{
    cancel();
}

void ImportJob::setPolicy(const Policy &policy)
{
    m_policy = policy;
    m_pacer.setPolicy(policy.poll);
}

QByteArray ImportJob::etagValue(const QByteArray &header)
{
    QByteArray v = header.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return v.toLower();
}

void ImportJob::start(const QString &accountId, const QString &databaseId, const QString &filePath,
                      const QByteArray &md5Hex)
{
    cancel();
    m_accountId = accountId;
    m_databaseId = databaseId;
    m_filePath = filePath;
    m_md5 = md5Hex.toLower();
    m_fileSize = QFileInfo(filePath).size();
    m_step = Step::Init;
    m_uploadUrl.clear();
    m_filename.clear();
    m_bookmark.clear();
    m_running = true;
    m_ingestSent = false;
    m_lookingForLostStart = false;
    m_initLookups = 0;
    m_uploadAttempts = 0;
    m_etagMismatches = 0;
    m_urlRenewals = 0;
    m_uploaded = 0;
    m_seenMessages.clear();
    send();
}

void ImportJob::cancel()
{
    m_running = false;
    m_pacer.stop();
    m_uploadRetryTimer.stop();
    stopUpload();
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
}

void ImportJob::stopUpload()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_body) {
        m_body->close();
        m_body->deleteLater();
        m_body = nullptr;
    }
}

void ImportJob::fail(const ApiError &error)
{
    cancel();
    emit failed(error);
}

QJsonObject ImportJob::requestBody() const
{
    QJsonObject body;
    switch (m_step) {
    case Step::Init:
        body.insert(QLatin1String("action"), QLatin1String("init"));
        body.insert(QLatin1String("etag"), QString::fromLatin1(m_md5));
        break;
    case Step::Ingest:
        body.insert(QLatin1String("action"), QLatin1String("ingest"));
        body.insert(QLatin1String("etag"), QString::fromLatin1(m_md5));
        body.insert(QLatin1String("filename"), m_filename);
        break;
    case Step::Poll:
        body.insert(QLatin1String("action"), QLatin1String("poll"));
        body.insert(QLatin1String("current_bookmark"), m_bookmark);
        break;
    }
    return body;
}

void ImportJob::send()
{
    if (!m_running)
        return;
    if (m_step == Step::Ingest)
        m_ingestSent = true; // from here on D1 may change the database, whatever the answer
    ApiCall *call = m_client->importDatabase(m_accountId, m_databaseId, requestBody());
    m_pacer.prepare(call);
    if (mayStartTheImport()) {
        RetryPolicy once = m_pacer.policy().call; // not sent again by the call: see onLostStartAnswer()
        once.retryRateLimited = false;
        once.maxAttempts = 1;
        call->setRetryPolicy(once);
    }
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call] { onAnswer(call); });
}

void ImportJob::onAnswer(ApiCall *call)
{
    if (call != m_call || !m_running)
        return;
    m_call = nullptr;
    if (call->error()) {
        if (call->error().kind() == ApiError::Kind::RateLimited)
            return m_pacer.waitOutRateLimit(call->error()); // refused, not taken: sent again after the wait
        if (mayStartTheImport() && mayHaveReachedD1(call->error()))
            return onLostStartAnswer(call->error());
        // A lookup D1 refuses (an unknown bookmark may come back as a 4xx) found nothing.
        if (!m_lookingForLostStart || mayHaveReachedD1(call->error()))
            return fail(call->error());
    }
    m_pacer.takeWaitedForRateLimit();
    const std::optional<ImportStatus> status =
        call->error() ? std::nullopt : ImportStatus::fromJson(call->result());
    const bool noImportFound = !status || status->state == ImportStatus::State::Unknown
        || status->state == ImportStatus::State::Upload;
    if (m_lookingForLostStart && noImportFound && m_lostStep == Step::Init) {
        // Nothing started under the bookmark: the lost answer was an upload address, asked for again.
        m_lookingForLostStart = false;
        m_step = Step::Init;
        m_bookmark.clear();
        emit info(tr("D1 started no import under that bookmark; asking for the upload again."));
        return send();
    }
    if (m_lookingForLostStart && noImportFound)
        return fail(ApiError(ApiError::Kind::ImportUnconfirmed, m_lostCause));
    if (!status || status->state == ImportStatus::State::Unknown)
        return fail(ApiError(ApiError::Kind::BadResponse, tr("the import answer has no known status"),
                             call->httpStatus()));
    if (std::exchange(m_lookingForLostStart, false)) {
        m_ingestSent = true;
        emit info(tr("Found D1's import of the file; following it."));
    }
    if (status->state == ImportStatus::State::Upload) {
        if (m_step != Step::Init)
            return fail(ApiError(ApiError::Kind::BadResponse, tr("D1 asked for an upload while importing")));
        m_uploadUrl = QUrl(status->uploadUrl);
        m_filename = status->filename;
        if (!m_uploadUrl.isValid()
            || (m_uploadUrl.scheme() != QLatin1String("https") && m_uploadUrl.scheme() != QLatin1String("http")))
            return fail(ApiError(ApiError::Kind::BadResponse, tr("D1 gave an upload address that is not a web address")));
        if (m_filename.isEmpty())
            return fail(ApiError(ApiError::Kind::BadResponse, tr("D1 gave no file name for the upload")));
        emit info(tr("D1 is ready for the upload of %1 bytes.").arg(m_fileSize));
        return startUpload();
    }
    if (m_step == Step::Init) {
        // D1 still holds a file with this md5: no upload needed; the answer is already the import's.
        emit info(tr("D1 already holds this file (md5 %1); no upload needed.").arg(QString::fromLatin1(m_md5)));
        m_ingestSent = true;
        m_pacer.begin();
    }
    onPollingAnswer(*status);
}

bool ImportJob::mayHaveReachedD1(const ApiError &error)
{
    // A refusal D1 answered (4xx, busy, rate limit) or a failed TLS handshake left nothing running.
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::ServerError:
        return true;
    default:
        return false;
    }
}

bool ImportJob::mayStartTheImport() const
{
    // `init` starts the import at once when D1 still holds a file with this md5 for this database; a
    // database made for this import holds none (no bookmark before is taken for it).
    return m_step == Step::Ingest || (m_step == Step::Init && !m_bookmarkBefore.isEmpty());
}

void ImportJob::onLostStartAnswer(const ApiError &error)
{
    if (m_bookmarkBefore.isEmpty())
        return fail(error); // ingestSent(): the caller says D1 may go on by itself
    if (m_step == Step::Init && ++m_initLookups > MaxInitLookups)
        return fail(error);
    if (m_step == Step::Ingest)
        emit warning(tr("The answer to the request to import the file was lost (%1). D1 may be importing it already, "
                        "so it is not sent again: looking for the import under the bookmark from before it…")
                         .arg(error.summary()));
    else
        emit warning(tr("The answer to the first request of the import was lost (%1). D1 starts importing at once "
                        "when it still holds this file, so the request is not sent again before looking for an "
                        "import under the bookmark from before it…")
                         .arg(error.summary()));
    if (m_step == Step::Init)
        m_pacer.begin();
    m_lostStep = m_step;
    m_lostCause = error.summary();
    m_lookingForLostStart = true;
    m_bookmark = m_bookmarkBefore;
    m_step = Step::Poll;
    m_pacer.scheduleNextPoll();
}

void ImportJob::onPollingAnswer(const ImportStatus &status)
{
    for (const QString &message : status.messages) {
        if (m_seenMessages.contains(message))
            continue;
        m_seenMessages.insert(message);
        emit serverMessage(message);
    }
    if (!status.atBookmark.isEmpty())
        m_bookmark = status.atBookmark;
    switch (status.state) {
    case ImportStatus::State::Active:
        if (m_bookmark.isEmpty())
            return fail(ApiError(ApiError::Kind::BadResponse, tr("the import answer has no bookmark to poll with")));
        if (m_step == Step::Ingest)
            emit ingesting();
        m_step = Step::Poll;
        emit ingestProgress(m_pacer.polls(), status.messages.isEmpty() ? QString() : status.messages.constLast());
        m_pacer.scheduleNextPoll();
        return;
    case ImportStatus::State::Complete:
        if (m_step == Step::Ingest)
            emit ingesting();
        m_running = false;
        m_pacer.stop();
        emit finished(status);
        return;
    case ImportStatus::State::Error:
        return fail(ApiError(ApiError::Kind::ImportFailed, status.error.isEmpty() ? tr("no reason given") : status.error));
    case ImportStatus::State::Upload:
    case ImportStatus::State::Unknown:
        break;
    }
    fail(ApiError(ApiError::Kind::BadResponse, tr("the import answer has no known status")));
}

void ImportJob::startUpload()
{
    if (!m_running)
        return;
    stopUpload();
    auto *file = new QFile(m_filePath, this);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString why = file->errorString();
        delete file;
        return fail(ApiError(ApiError::Kind::InputUnusable, tr("%1 could not be read: %2").arg(m_filePath, why)));
    }
    m_body = file;
    ++m_uploadAttempts;
    m_uploaded = 0;
    m_rate.reset();
    m_uploadClock.start();

    // A request of its own, built here: no Cloudflare credentials, no cookies, no redirects.
    QNetworkRequest request = SignedUrlRequest::make(m_uploadUrl, m_policy.uploadStallTimeoutMs);
    request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());

    m_reply = m_client->networkAccessManager()->put(request, file);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ImportJob::onUploadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &ImportJob::onUploadFinished);
}

void ImportJob::onUploadProgress(qint64 sent, qint64 total)
{
    if (!m_running)
        return;
    m_uploaded = sent;
    m_rate.sample(m_uploadClock.elapsed(), sent);
    emit uploadProgress(sent, total > 0 ? total : m_fileSize, bytesPerSecond());
}

void ImportJob::onUploadFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_body) {
        m_body->deleteLater();
        m_body = nullptr;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (status >= 300 && status < 400)
        return fail(ApiError(ApiError::Kind::UploadFailed,
                             tr("the upload address redirected elsewhere (HTTP %1); an upload is never sent on").arg(status),
                             status));
    const QByteArray body = status >= 300 ? reply->read(ErrorBodyPeekBytes) : QByteArray();
    if (status == 403) {
        if (body.contains("expired") || body.contains("Expired")) {
            if (++m_urlRenewals > m_policy.maxUrlRenewals)
                return fail(ApiError(ApiError::Kind::UploadFailed,
                                     tr("the upload address expired %n time(s) in a row", nullptr, m_urlRenewals), status));
            emit warning(tr("The upload address has expired; asking D1 for a fresh one."));
            m_step = Step::Init;
            m_uploadAttempts = 0;
            return send();
        }
    }
    if (status >= 500 || (status == 0 && netError != QNetworkReply::NoError)) {
        if (netError == QNetworkReply::SslHandshakeFailedError)
            return fail(ApiError(ApiError::Kind::Tls, reply->errorString()));
        const QString why = status >= 500 ? tr("the upload server answered HTTP %1").arg(status)
            : netError == QNetworkReply::OperationCanceledError ? tr("the upload stalled")
                                                                : reply->errorString();
        return retryUpload(why);
    }
    if (status < 200 || status >= 300) {
        static const QRegularExpression code(QStringLiteral("<Code>([^<]{1,64})</Code>"));
        const auto m = code.match(QString::fromUtf8(body));
        const QString detail = m.hasMatch() ? tr("HTTP %1, %2").arg(status).arg(m.captured(1))
                                            : tr("HTTP %1").arg(status);
        return fail(ApiError(ApiError::Kind::UploadFailed, detail, status));
    }
    m_urlRenewals = 0;
    const QByteArray etag = etagValue(reply->rawHeader("ETag"));
    if (etag != m_md5) {
        if (++m_etagMismatches >= m_policy.maxEtagMismatches)
            return fail(ApiError(ApiError::Kind::UploadFailed,
                                 tr("what arrived differed from the file %n time(s) (ETag %1, md5 %2)", nullptr,
                                    m_etagMismatches)
                                     .arg(QString::fromLatin1(etag), QString::fromLatin1(m_md5))));
        emit warning(tr("What arrived differs from the file (ETag %1, md5 %2); uploading it again.")
                         .arg(QString::fromLatin1(etag), QString::fromLatin1(m_md5)));
        return startUpload();
    }
    m_uploaded = m_fileSize;
    emit info(tr("Uploaded %1 bytes in %2 s; the upload server confirmed the md5. Asking D1 to import it.")
                  .arg(m_fileSize)
                  .arg(m_uploadClock.elapsed() / 1000.0, 0, 'f', 2));
    m_step = Step::Ingest;
    m_pacer.begin();
    send();
}

void ImportJob::retryUpload(const QString &why)
{
    if (m_uploadAttempts >= m_policy.maxUploadAttempts)
        return fail(ApiError(ApiError::Kind::UploadFailed,
                             tr("%1 (after %n attempt(s); nothing was imported)", nullptr, m_uploadAttempts).arg(why)));
    const int delay = m_policy.uploadRetryDelayMs << qMin(m_uploadAttempts - 1, 6);
    emit warning(tr("The upload was interrupted (%1) after %2 bytes; sending the file again in %3 s (attempt %4 of %5).")
                     .arg(why)
                     .arg(m_uploaded)
                     .arg(delay / 1000.0, 0, 'f', 1)
                     .arg(m_uploadAttempts + 1)
                     .arg(m_policy.maxUploadAttempts));
    m_uploadRetryTimer.start(delay);
}

void ImportJob::onTimeLimit()
{
    if (!m_running)
        return;
    fail(ApiError(ApiError::Kind::TimeLimit,
                  tr("D1 was still importing after %1 (%n poll(s)); it finishes or rolls back on its own", nullptr,
                     m_pacer.polls())
                      .arg(m_pacer.timeLimitText())));
}

} // namespace d1x
