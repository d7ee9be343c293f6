// Downloader: signed-URL download into a DumpSink, with resume, back-pressure and strict completeness checks.
#include "Downloader.h"

#include "ContentRange.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStorageInfo>


namespace d1x {

namespace {
constexpr qint64 ReadBufferBytes = 4 * 1024 * 1024;
constexpr qint64 ErrorBodyPeekBytes = 4096;
constexpr qint64 RateWindowMs = 3000;
} // namespace

Downloader::Downloader(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_rate(RateWindowMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Downloader::sendRequest);
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &Downloader::urlExpired);
}

Downloader::~Downloader()
{
    dropReply();
}

void Downloader::start(const QUrl &url, DumpSink *sink)
{
    dropReply();
    if (m_sink)
        m_sink->disconnect(this);
    m_url = url;
    m_sink = sink;
    m_error = ApiError();
    m_received = 0;
    m_total = -1;
    m_failuresWithoutProgress = 0;
    m_redirects = 0;
    m_renewalsWithoutProgress = 0;
    m_receivedAtRenewal = 0;
    m_etag.clear();
    m_rate.reset();
    m_running = true;
    m_clock.start();
    if (!sink || sink->hasFailed())
        return fail(ApiError(ApiError::Kind::FileError, sink ? sink->errorString() : QString()));
    // The writer caught up: read what waits in the reply (it stops filling its buffer meanwhile).
    connect(sink, &DumpSink::drained, this, [this] {
        if (m_reply && m_statusAccepted)
            onReadyRead();
    });
    connect(sink, &DumpSink::failed, this,
            [this](const QString &why) { fail(ApiError(ApiError::Kind::FileError, why)); });
    sendRequest();
}

void Downloader::resumeWithUrl(const QUrl &url)
{
    if (!m_running || !m_expiredPending)
        return;
    m_expiredPending = false;
    m_url = url;
    m_redirects = 0;
    sendRequest();
}

void Downloader::cancel()
{
    if (!m_running)
        return;
    fail(ApiError(ApiError::Kind::Cancelled));
}

void Downloader::dropReply()
{
    m_retryTimer.stop();
    m_renewTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void Downloader::sendRequest()
{
    // A fresh request each time: no Cloudflare credentials, no cookies, nothing inherited.
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("d1-exporter/" D1X_VERSION));
    // Identity encoding: Content-Length and Range then count the bytes that end up in the file.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_received > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
        // A changed object then comes back whole (200), and the download starts over.
        if (!m_etag.isEmpty())
            request.setRawHeader("If-Range", m_etag);
    }
    m_statusAccepted = false;
    m_arrivals.clear();
    m_unreadArrivals = 0;
    m_expectedEnd = -1;
    m_receivedAtAttemptStart = m_received;

    m_reply = m_nam->get(request);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Downloader::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onReplyFinished);
}

bool Downloader::acceptStatus(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return false; // no HTTP answer yet (or none at all): onReplyFinished decides
    const bool resuming = m_received > 0;

    if (status >= 300 && status < 400)
        return false; // redirect: handled when the reply finishes
    if (status == 206 && resuming) {
        // Content-Range: bytes START-END/TOTAL — must start exactly where we are.
        const std::optional<ContentRange> range = ContentRange::parse(reply->rawHeader("Content-Range"));
        if (!range || range->first != m_received) {
            fail(ApiError(ApiError::Kind::DownloadFailed, tr("the server resumed at the wrong position")));
            return false;
        }
        m_expectedEnd = range->last + 1;
        if (range->total >= 0) {
            if (m_total >= 0 && range->total != m_total) {
                fail(ApiError(ApiError::Kind::DownloadFailed,
                              tr("the file behind the link is now %1 bytes long, not %2: it is not the dump the "
                                 "first part came from, and the two are not joined")
                                  .arg(range->total).arg(m_total)));
                return false;
            }
            m_total = range->total;
        }
        if (!isSameObject(reply))
            return false;
    } else if (status == 200) {
        if (resuming) {
            // The server ignored the Range header: start over cleanly in the same temporary file.
            emit notice(tr("The server cannot resume; downloading again from the start."));
            m_sink->reset();
            m_received = 0;
            m_receivedAtAttemptStart = 0;
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        m_expectedEnd = length.isValid() ? length.toLongLong() : -1;
        m_total = m_expectedEnd;
        const QByteArray etag = reply->rawHeader("ETag").trimmed();
        m_etag = etag.startsWith('"') ? etag : QByteArray(); // weak ETags (W/"…") cannot vouch for bytes
        // Known size: refuse at once rather than fill the disk and fail near the end.
        // (Compressed output needs less, by an amount unknown until it is written.)
        const QStorageInfo storage(QFileInfo(m_sink->path()).absolutePath());
        if (m_total > 0 && m_sink->compression() == DumpSink::Compression::None && storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < m_total) {
            const QLocale locale;
            fail(ApiError(ApiError::Kind::FileError,
                          tr("not enough free space: the dump needs %1, the disk has %2 free")
                              .arg(locale.formattedDataSize(m_total), locale.formattedDataSize(storage.bytesAvailable()))));
            return false;
        }
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (type.startsWith(QLatin1String("text/html"), Qt::CaseInsensitive)) {
            fail(ApiError(ApiError::Kind::DownloadFailed,
                          tr("the server sent a web page instead of the SQL file (HTTP %1)").arg(status)));
            return false;
        }
    } else {
        return false; // an error status: its body is read in onReplyFinished, never written
    }
    m_statusAccepted = true;
    return true;
}

void Downloader::onMetaDataChanged()
{
    if (!m_statusAccepted && m_reply)
        acceptStatus(m_reply);
}

void Downloader::readAvailable(bool drainAll)
{
    if (!m_reply || !m_sink)
        return;
    if (!m_statusAccepted) {
        if (!acceptStatus(m_reply))
            return; // error bodies stay in the reply (bounded by the read buffer) and are never saved
    }
    if (!m_reply)
        return; // acceptStatus failed the download
    noteArrivals();
    while (m_reply && m_reply->bytesAvailable() > 0) {
        // Back-pressure: the sink's writer is behind; DumpSink::drained() brings us back. The reply's
        // bounded read buffer then fills and TCP slows the sender.
        if (!drainAll && m_sink->queuedBytes() >= DumpSink::highWaterBytes())
            break;
        // One arrival at a time: QIODevice::read(n) hands over the reply's first buffered chunk
        // without copying it when n is exactly its size (readAll() in Qt 6.4 always copies, and so
        // does a read that spans chunks). An arrival is one chunk unless this thread was slow to
        // answer; either way the bytes are the same.
        const qint64 want = m_arrivals.isEmpty() ? m_reply->bytesAvailable() : m_arrivals.first();
        const QByteArray chunk = m_reply->read(want);
        const qint64 n = chunk.size();
        if (n <= 0)
            break;
        consumeArrivals(n);
        if (m_expectedEnd >= 0 && m_received + n > m_expectedEnd)
            return fail(ApiError(ApiError::Kind::DownloadFailed, tr("the server sent more data than it announced")));
        if (!m_sink->write(chunk))
            return fail(ApiError(ApiError::Kind::FileError, m_sink->errorString()));
        m_received += n;
    }
    // Progress at most every 100 ms: a fast download delivers thousands of chunks a second.
    if (sampleRate())
        emit progress(m_received, m_total);
}

void Downloader::noteArrivals()
{
    const qint64 available = m_reply->bytesAvailable();
    if (available < m_unreadArrivals) { // cannot happen as Qt works today; start counting afresh
        m_arrivals.clear();
        m_unreadArrivals = 0;
    }
    if (available > m_unreadArrivals) {
        m_arrivals.append(available - m_unreadArrivals);
        m_unreadArrivals = available;
    }
}

void Downloader::consumeArrivals(qint64 bytes)
{
    m_unreadArrivals = qMax<qint64>(0, m_unreadArrivals - bytes);
    while (bytes > 0 && !m_arrivals.isEmpty()) {
        const qint64 take = qMin(bytes, m_arrivals.first());
        m_arrivals.first() -= take;
        bytes -= take;
        if (m_arrivals.first() == 0)
            m_arrivals.removeFirst();
    }
}

void Downloader::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_statusAccepted)
        readAvailable(true); // drain whatever arrived with the end of the body (at most the read buffer)
    if (!m_running || m_reply != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (status >= 300 && status < 400) {
        const QUrl target = m_url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const bool allowedScheme = target.scheme() == QLatin1String("https")
            || (target.scheme() == QLatin1String("http") && m_url.scheme() == QLatin1String("http"));
        if (!target.isValid() || !allowedScheme || ++m_redirects > m_policy.maxRedirects)
            return fail(ApiError(ApiError::Kind::DownloadFailed, tr("the download was redirected to an unsafe address")));
        m_url = target;
        return sendRequest();
    }
    if (status != 0 && !m_statusAccepted) {
        if (!m_running)
            return;
        const QByteArray body = reply->read(ErrorBodyPeekBytes);
        if (status == 403 && (body.contains("expired") || body.contains("Expired") || body.contains("AccessDenied")))
            return handleExpiry();
        if (status == 416 && m_total >= 0 && m_received == m_total)
            return succeed(); // everything was already there when the connection broke
        if (status >= 500)
            return handleInterruption(tr("the download server answered HTTP %1").arg(status));
        static const QRegularExpression code(QStringLiteral("<Code>([^<]{1,64})</Code>"));
        const auto m = code.match(QString::fromUtf8(body));
        const QString detail = m.hasMatch() ? tr("HTTP %1, %2").arg(status).arg(m.captured(1))
                                            : tr("HTTP %1").arg(status);
        return fail(ApiError(ApiError::Kind::DownloadFailed, detail, status));
    }
    if (!m_running)
        return;
    if (netError != QNetworkReply::NoError) {
        if (netError == QNetworkReply::SslHandshakeFailedError)
            return fail(ApiError(ApiError::Kind::Tls, reply->errorString()));
        const QString why = netError == QNetworkReply::OperationCanceledError
            ? tr("the download stalled")
            : reply->errorString();
        return handleInterruption(why);
    }
    // Qt may report a body cut short as success: only the byte count says it is complete.
    if (m_expectedEnd >= 0 && m_received < m_expectedEnd)
        return handleInterruption(tr("the connection closed after %1 of %2 bytes").arg(m_received).arg(m_expectedEnd));
    if (m_total >= 0 && m_received != m_total)
        return handleInterruption(tr("received %1 of %2 bytes").arg(m_received).arg(m_total));
    succeed();
}

void Downloader::handleInterruption(const QString &why)
{
    if (m_received > m_receivedAtAttemptStart)
        m_failuresWithoutProgress = 0;
    if (++m_failuresWithoutProgress > m_policy.maxResumesWithoutProgress)
        return fail(ApiError(ApiError::Kind::DownloadFailed, why));
    const int delay = m_policy.retryDelayMs << qMin(m_failuresWithoutProgress - 1, 6);
    emit notice(m_received > 0
                    ? tr("Download interrupted (%1); resuming from byte %2 in %3 s.")
                          .arg(why).arg(m_received).arg(delay / 1000.0, 0, 'f', 1)
                    : tr("Download failed (%1); trying again in %2 s.").arg(why).arg(delay / 1000.0, 0, 'f', 1));
    m_retryTimer.start(delay);
}

bool Downloader::isSameObject(QNetworkReply *reply)
{
    const QByteArray etag = reply->rawHeader("ETag").trimmed();
    if (m_etag.isEmpty() || etag.isEmpty() || etag == m_etag)
        return true;
    fail(ApiError(ApiError::Kind::DownloadFailed,
                  tr("the file behind the link changed while it was downloading (its ETag is %1, was %2): the "
                     "parts are not joined")
                      .arg(QString::fromLatin1(etag), QString::fromLatin1(m_etag))));
    return false;
}

void Downloader::handleExpiry()
{
    if (m_received > m_receivedAtRenewal)
        m_renewalsWithoutProgress = 0;
    m_receivedAtRenewal = m_received;
    if (++m_renewalsWithoutProgress > m_policy.maxUrlRenewals)
        return fail(ApiError(ApiError::Kind::UrlExpired,
                             tr("%n fresh link(s) in a row were refused as expired before a byte arrived; the "
                                "computer's clock may be wrong, or a proxy may be changing the requests",
                                nullptr, m_policy.maxUrlRenewals)));
    // At once the first time (a link simply outlived its hour), then with a growing pause.
    const int delay = m_renewalsWithoutProgress == 1
        ? 0
        : m_policy.retryDelayMs << qMin(m_renewalsWithoutProgress - 2, 6);
    m_expiredPending = true;
    emit notice(delay == 0 ? tr("The download link has expired; asking Cloudflare for a fresh one.")
                           : tr("The fresh download link was refused as expired too; asking again in %1 s "
                                "(%2 of %3).")
                                 .arg(delay / 1000.0, 0, 'f', 1)
                                 .arg(m_renewalsWithoutProgress)
                                 .arg(m_policy.maxUrlRenewals));
    m_renewTimer.start(delay);
}

void Downloader::succeed()
{
    m_transferMs = m_clock.elapsed();
    m_running = false;
    m_error = ApiError();
    emit progress(m_received, m_received);
    emit finished();
}

void Downloader::fail(const ApiError &error)
{
    if (!m_running)
        return;
    dropReply();
    m_running = false;
    m_expiredPending = false;
    m_error = error;
    emit finished();
}

bool Downloader::sampleRate()
{
    return m_rate.sample(m_clock.elapsed(), m_received);
}

double Downloader::bytesPerSecond() const
{
    return m_rate.bytesPerSecond();
}

} // namespace d1x
