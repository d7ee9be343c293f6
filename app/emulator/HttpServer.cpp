// HttpServer: accepts sockets and gives each its own HttpConnection.
#include "HttpServer.h"

#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

namespace emu {

namespace {
// Qt 6.4 has no QSslServer: an accepted socket is handed over as a QSslSocket that starts the
// server side of the handshake; HttpConnection reads the decrypted request from it as from any socket.
class AcceptingServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    std::optional<QSslConfiguration> tls;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!tls)
            return QTcpServer::incomingConnection(descriptor);
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(*tls);
        addPendingConnection(socket);
        socket->startServerEncryption();
    }
};
} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new AcceptingServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

// Connections are children: destroying the server closes every socket, including held ones.
HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    static_cast<AcceptingServer *>(m_server)->tls = tls;
}

bool HttpServer::isTls() const
{
    return static_cast<AcceptingServer *>(m_server)->tls.has_value();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_handler, m_planner, &m_peakBuffered, this);
        connect(connection, &HttpConnection::closed, connection, &QObject::deleteLater);
    }
}

} // namespace emu
