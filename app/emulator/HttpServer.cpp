// HttpServer: accepts sockets and gives each its own HttpConnection.
#include "HttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace emu {

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
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

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_handler, this);
        connect(connection, &HttpConnection::closed, connection, &QObject::deleteLater);
    }
}

} // namespace emu
