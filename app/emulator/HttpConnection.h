// HttpConnection: one accepted socket of HttpServer. Reads a single request, asks the handler for an
// answer and delivers it (streamed with flow control, ranged, or deliberately broken), then closes.
// One request per connection ("Connection: close") keeps the state machine small; clients reconnect.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QIODevice;
class QTcpSocket;

namespace emu {

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

signals:
    void closed(); // the socket is gone; the server forgets this connection

private:
    enum class State { ReadingHead, ReadingBody, Sending, Draining, Holding, Closing };

    void onReadyRead();
    bool parseHead(const QByteArray &head);
    bool decodeChunkedBody();
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
