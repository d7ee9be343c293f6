// ConnectProxy: head parsing, the tunnel's two pipes, and what is recorded on the way.
#include "ConnectProxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace testsupport {

namespace {
constexpr qsizetype kMaxHead = 16 * 1024;
constexpr qsizetype kMaxRecorded = 4 * 1024 * 1024; // requests are small; downloads flow the other way
} // namespace

ConnectProxy::ConnectProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept);
}

ConnectProxy::~ConnectProxy() = default;

bool ConnectProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ConnectProxy::port() const
{
    return m_server->serverPort();
}

QString ConnectProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void ConnectProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readHead(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void ConnectProxy::readHead(QTcpSocket *client)
{
    if (client->property("tunnel").toBool())
        return; // the tunnel's own handler reads from now on
    QByteArray head = client->property("head").toByteArray() + client->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHead)
            client->abort();
        else
            client->setProperty("head", head);
        return;
    }
    const QByteArray early = head.mid(end + 4); // a client may send its first bytes at once
    head.truncate(end + 4);
    m_heads << head;
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    const qsizetype colon = target.lastIndexOf(':');
    bool portOk = false;
    const quint16 port = colon > 0 ? target.mid(colon + 1).toUShort(&portOk) : 0;
    if (requestLine.value(0) != "CONNECT" || !portOk) {
        client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    client->setProperty("tunnel", true);
    m_tunnels << QString::fromLatin1(target);
    ++m_tunnelCount;

    auto *upstream = new QTcpSocket(client);
    auto firstByte = std::make_shared<bool>(true);
    auto fromClient = [this, client, upstream, firstByte](const QByteArray &bytes) {
        if (bytes.isEmpty())
            return;
        if (*firstByte) {
            *firstByte = false;
            if (bytes.at(0) != 0x16) // TLS record type 22: handshake
                ++m_plainTunnels;
        }
        if (m_sent.size() < kMaxRecorded)
            m_sent += bytes;
        upstream->write(bytes);
    };
    connect(upstream, &QTcpSocket::connected, this, [this, client, upstream, target, early, fromClient] {
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        fromClient(early);
        fromClient(client->readAll());
        connect(client, &QTcpSocket::readyRead, upstream, [client, fromClient] { fromClient(client->readAll()); });
        emit tunnelOpened(QString::fromLatin1(target));
    });
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream](QAbstractSocket::SocketError) {
        if (upstream->state() != QAbstractSocket::ConnectedState)
            client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
    upstream->connectToHost(QHostAddress::LocalHost, port);
}

} // namespace testsupport
