// HttpConnection: one accepted socket of HttpServer. Reads a single request, asks the handler for an
// answer and delivers it (streamed with flow control, ranged, or deliberately broken), then closes.
// One request per connection ("Connection: close") keeps the state machine small; clients reconnect.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QFile;
class QIODevice;
class QTcpSocket;

namespace emu {

// How a request body is taken in, decided from the request's head (HttpServer::setUploadPlanner):
// in memory (the default, bounded to 64 MiB), or streamed as it arrives, to a file or to nowhere,
// with its md5 computed on the way, so a multi-GB upload never sits in memory.
struct UploadPlan {
    enum class Mode { Memory, File, Discard };
    Mode mode = Mode::Memory;
    QString filePath;             // Mode::File: where the body goes (created; removed if it never completes)
    qint64 cutAfterBytes = -1;    // >= 0: after this many body bytes the connection is reset (a cut upload)
    QByteArray tag;               // handed to the handler as HttpRequest::uploadTag
    std::optional<HttpResponse> reject; // answered at once, before any body is read
};

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using UploadPlanner = std::function<UploadPlan(const HttpRequest &head)>;

    // `peakBuffered`: the server's counter of the most request-body bytes one connection held in
    // memory at once (socket buffer and own buffer); raised, never lowered, by this connection.
    HttpConnection(QTcpSocket *socket, Handler handler, UploadPlanner planner, qint64 *peakBuffered,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

signals:
    void closed(); // the socket is gone; the server forgets this connection

private:
    enum class State { ReadingHead, ReadingBody, Sending, Draining, Holding, Closing };

    void onReadyRead();
    bool parseHead(const QByteArray &head);
    bool decodeChunkedBody();
    bool startStreaming(const UploadPlan &plan);
    void streamBody();
    void failUpload();
    void abandonUpload();
    void dispatch();
    void respond(HttpResponse response);
    void failRequest(int status);
    void pump();
#ifdef Q_OS_LINUX
    void pumpFile();
#endif
    void drip();
    void startPacing(qint64 bytesPerSecond);
    qint64 paceBudget();
    void spend(qint64 bytes);
    void finishBody();
    void waitForKernelThenReset();
    void resetConnection();
    void markClosed();

    QTcpSocket *m_socket;
    Handler m_handler;
    State m_state = State::ReadingHead;
    QByteArray m_buffer;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    UploadPlanner m_planner;
    qint64 *m_peakBuffered = nullptr;

    // A body streamed as it arrives (UploadPlan File/Discard).
    bool m_streaming = false;
    std::unique_ptr<QFile> m_upload; // File mode; null for Discard
    QCryptographicHash m_uploadMd5{QCryptographicHash::Md5};
    qint64 m_received = 0;
    qint64 m_cutAfterBytes = -1;

    // The body being sent.
    std::unique_ptr<QIODevice> m_source;
    qint64 m_remaining = 0;
    qint64 m_fileOffset = 0; // where the next byte of a file body is read
    HttpResponse::Delivery m_delivery = HttpResponse::Delivery::Normal;
    int m_dripChunk = 256;
    QTimer m_dripTimer;
    QByteArray m_chunk; // reused read buffer

    // Pacing (a token bucket): tokens are bytes that may go; they arrive at m_rate per second up to
    // m_bucketBytes, and the body goes out a slice at a time, when a whole slice has gathered.
    qint64 m_rate = 0; // bytes per second; 0: unpaced
    qint64 m_sliceBytes = 0;
    qint64 m_bucketBytes = 0;
    double m_tokens = 0;
    qint64 m_refilledAtNs = 0;
    QElapsedTimer m_paceClock;
    QTimer m_paceTimer;
    bool m_closedReported = false;
    int m_drainPolls = 0;
};

} // namespace emu
