// Streams the finished dump from its signed URL into a DumpSink, with flat memory.
//
// The request carries no Cloudflare credentials. The status is checked before a byte is written;
// every chunk goes straight to the sink (which writes it to a temporary file on its own thread); the
// byte count is checked against Content-Length (Qt can report a truncated body as success). When the
// sink falls behind (gzip on a fast link), reading pauses until it drains, so memory stays flat and
// TCP slows the sender. finished() without error means every byte announced is in the sink: the
// owner then commits the sink (or cancels it), so an existing file is replaced only by a good one.
// A transfer cut part-way resumes with a Range request from the byte reached; when the signed URL
// has expired, urlExpired() asks the owner for a fresh one (resumeWithUrl()): at once the first time,
// then with a growing pause, and a link that keeps expiring with no byte gained fails after a few.
// A resume must continue the same object: it sends If-Range with the ETag, and a 206 whose ETag or
// total size differs from the first answer's is refused (two dumps are never spliced).
#pragma once

#include "ApiError.h"
#include "DumpSink.h"
#include "TransferRate.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace d1x {

class Downloader : public QObject
{
    Q_OBJECT
public:
    struct Policy {
        int maxResumesWithoutProgress = 5; // consecutive failures with no new byte before giving up
        int retryDelayMs = 1000;           // doubled after each consecutive failure
        int transferTimeoutMs = 60000;     // no byte for this long: treat the transfer as cut
        int maxRedirects = 5;
        // Fresh links in a row that expire before a new byte arrives; the pauses before asking for
        // them grow from 0 through retryDelayMs, doubled each time.
        int maxUrlRenewals = 5;
    };

    explicit Downloader(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Downloader() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    // Downloads into `sink`, which must be open; the sink is not committed or cancelled here.
    void start(const QUrl &url, DumpSink *sink);
    // After urlExpired(): continue from the byte reached with a fresh signed URL.
    void resumeWithUrl(const QUrl &url);
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 bytesReceived() const { return m_received; }
    const ApiError &error() const { return m_error; }
    // From start() to the last byte received (handed to the sink), before the file is committed.
    qint64 transferMs() const { return m_transferMs; }

    // Average rate over the last few seconds, in bytes per second.
    double bytesPerSecond() const;

signals:
    void progress(qint64 received, qint64 total);
    // A transient problem that will be dealt with (resume, retry); for the progress log.
    void notice(const QString &text);
    // The signed URL answered 403 "expired": call resumeWithUrl() with a fresh one, or cancel().
    void urlExpired();
    // Exactly once per start(): error() is empty on success.
    void finished();

private:
    void sendRequest();
    void onMetaDataChanged();
    void onReadyRead() { readAvailable(false); }
    void readAvailable(bool drainAll);
    void noteArrivals();
    void consumeArrivals(qint64 bytes);
    void onReplyFinished();
    void handleInterruption(const QString &why);
    void handleExpiry();
    bool isSameObject(QNetworkReply *reply);
    void fail(const ApiError &error);
    void succeed();
    void dropReply();
    bool acceptStatus(QNetworkReply *reply);
    bool sampleRate(); // true when a new sample was taken (at most every 100 ms)

    QNetworkAccessManager *m_nam;
    Policy m_policy;
    QPointer<QNetworkReply> m_reply;
    QPointer<DumpSink> m_sink;
    QUrl m_url;
    ApiError m_error;
    QTimer m_retryTimer;
    QTimer m_renewTimer;
    bool m_running = false;
    bool m_statusAccepted = false;
    bool m_expiredPending = false;
    qint64 m_received = 0;
    qint64 m_total = -1;         // whole file size when known
    qint64 m_expectedEnd = -1;   // byte count at which the current response is complete
    qint64 m_receivedAtAttemptStart = 0;
    int m_failuresWithoutProgress = 0;
    int m_redirects = 0;
    int m_renewalsWithoutProgress = 0;
    qint64 m_receivedAtRenewal = 0;
    QByteArray m_etag; // of the first answer, when strong: what a resume must continue
    qint64 m_transferMs = 0;
    // Bytes the reply received per readyRead, not yet read: read back in the same pieces (no copy).
    QList<qint64> m_arrivals;
    qint64 m_unreadArrivals = 0;
    QElapsedTimer m_clock;
    TransferRate m_rate;
};

} // namespace d1x
