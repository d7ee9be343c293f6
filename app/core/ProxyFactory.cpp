// ProxyFactory: proxy choice from the environment and the system (see header).
#include "ProxyFactory.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace d1x {

ProxyFactory::ProxyFactory(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

QString ProxyFactory::variable(const char *upper, const char *lower) const
{
    const QString value = m_environment.value(QString::fromLatin1(upper)).trimmed();
    return value.isEmpty() ? m_environment.value(QString::fromLatin1(lower)).trimmed() : value;
}

bool ProxyFactory::isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool ProxyFactory::isExcluded(const QString &noProxy, const QString &host, int port)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QString h = host.toLower();
    const QHostAddress address(h);
    for (QString entry : noProxy.split(separators, Qt::SkipEmptyParts)) {
        entry = entry.toLower();
        if (entry == QLatin1String("*"))
            return true;
        // An optional ":port" (not inside an IPv6 address).
        const qsizetype colon = entry.lastIndexOf(u':');
        if (colon > 0 && entry.count(u':') == 1) {
            bool ok = false;
            const int entryPort = entry.mid(colon + 1).toInt(&ok);
            if (ok && entryPort != port)
                continue;
            entry.truncate(colon);
        }
        if (entry.contains(u'/')) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
            if (!address.isNull() && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol
                && address.isInSubnet(subnet))
                return true;
            continue;
        }
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (entry.isEmpty())
            continue;
        if (h == entry || h.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> ProxyFactory::proxyFromUrl(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (!value.contains(QLatin1String("://")))
        value.prepend(QLatin1String("http://"));
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    int defaultPort;
    if (scheme == QLatin1String("http")) {
        type = QNetworkProxy::HttpProxy; // CONNECT for https: the proxy sees only the tunnel
        defaultPort = 80;
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        type = QNetworkProxy::Socks5Proxy;
        defaultPort = 1080;
    } else {
        return std::nullopt; // https:// proxies (TLS to the proxy) and socks4 are not available in Qt 6.4
    }
    QNetworkProxy proxy(type, url.host(), quint16(url.port(defaultPort)));
    // The proxy's own credentials, from the user's own setting: they go to the proxy only.
    proxy.setUser(url.userName(QUrl::FullyDecoded));
    proxy.setPassword(url.password(QUrl::FullyDecoded));
    return proxy;
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QList<QNetworkProxy> direct{QNetworkProxy(QNetworkProxy::NoProxy)};
    const QString host = query.peerHostName().isEmpty() ? query.url().host() : query.peerHostName();
    const QString scheme = query.protocolTag().isEmpty() ? query.url().scheme().toLower() : query.protocolTag().toLower();
    if (isLoopbackHost(host))
        return direct;
    // Only TLS goes through a proxy: a plain request would show its headers (credentials) to it.
    if (scheme != QLatin1String("https"))
        return direct;
    const int port = query.peerPort() > 0 ? query.peerPort() : 443;
    if (isExcluded(variable("NO_PROXY", "no_proxy"), host, port))
        return direct;
    QString configured = variable("HTTPS_PROXY", "https_proxy");
    if (configured.isEmpty())
        configured = variable("ALL_PROXY", "all_proxy");
    if (!configured.isEmpty()) {
        const std::optional<QNetworkProxy> proxy = proxyFromUrl(configured);
        return proxy ? QList<QNetworkProxy>{*proxy} : direct;
    }
    // No variable set: the system's settings (GNOME, KDE, Windows, macOS), for https only as above.
    QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(query);
    system.removeIf([](const QNetworkProxy &p) {
        return p.type() != QNetworkProxy::HttpProxy && p.type() != QNetworkProxy::Socks5Proxy
            && p.type() != QNetworkProxy::NoProxy;
    });
    return system.isEmpty() ? direct : system;
}

} // namespace d1x
