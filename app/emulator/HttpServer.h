// HttpServer: a minimal HTTP/1.1 server on QTcpServer. It exists (rather than QHttpServer) because the
// tests need control over the transport itself: cut connections, short and slow bodies, silence.
#pragma once

#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QTcpServer;

namespace emu {

class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = HttpConnection::Handler;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 serverPort() const;
    QString errorString() const;
    // HTTPS: every connection accepted from now on speaks TLS with this certificate and key.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const;
    // Decides from a request's head how its body is taken in (UploadPlan); unset: in memory.
    void setUploadPlanner(HttpConnection::UploadPlanner planner) { m_planner = std::move(planner); }
    // The most request-body bytes one connection held in memory at once, so far.
    qint64 peakBufferedBodyBytes() const { return m_peakBuffered; }

private:
    void acceptConnections();

    Handler m_handler;
    HttpConnection::UploadPlanner m_planner;
    qint64 m_peakBuffered = 0;
    QTcpServer *m_server;
};

} // namespace emu
