// ConnectProxy: a tiny HTTP proxy for tests that only tunnels (CONNECT), as an HTTPS proxy in a
// company network does. Every tunnel goes to 127.0.0.1 at the port asked for, whatever the host name,
// so a test can use a name that resolves nowhere. It records what a proxy gets to see: the CONNECT
// heads and the bytes clients send through the tunnels, to prove that it saw TLS only and no
// credential in clear. Any other request is refused with 405 and recorded too.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

namespace testsupport {

class ConnectProxy : public QObject
{
    Q_OBJECT
public:
    explicit ConnectProxy(QObject *parent = nullptr);
    ~ConnectProxy() override;

    bool listen();
    quint16 port() const;
    QString url() const; // http://127.0.0.1:PORT

    QStringList tunnels() const { return m_tunnels; }        // "host:port" of every CONNECT
    QList<QByteArray> heads() const { return m_heads; }       // every request head received, as is
    QByteArray tunnelledFromClients() const { return m_sent; } // what clients sent inside the tunnels
    // Every tunnel's first byte from the client was a TLS handshake record (0x16).
    bool onlyTlsTunnelled() const { return m_tunnelCount > 0 && m_plainTunnels == 0; }

signals:
    void tunnelOpened(const QString &target);

private:
    void accept();
    void readHead(QTcpSocket *client);

    QTcpServer *m_server;
    QStringList m_tunnels;
    QList<QByteArray> m_heads;
    QByteArray m_sent;
    int m_tunnelCount = 0;
    int m_plainTunnels = 0;
};

} // namespace testsupport
