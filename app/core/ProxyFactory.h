// ProxyFactory: which proxy each request of the apps takes. It honours HTTPS_PROXY / https_proxy
// (then ALL_PROXY / all_proxy) and NO_PROXY / no_proxy as curl and Cloudflare's CLI read them, and
// without those the system's own settings. It never proxies a loopback host (the emulator, a local
// API), and never plain http: whatever crosses a proxy is inside TLS (CONNECT), so no credential
// reaches a proxy in clear (plain http is allowed for loopback API bases only anyway).
#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

#include <optional>

namespace d1x {

class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    // "http://user:pass@host:3128", "host:3128", "socks5://host:1080"; nullopt for what Qt cannot use.
    static std::optional<QNetworkProxy> proxyFromUrl(const QString &text);
    static bool isLoopbackHost(const QString &host);
    // NO_PROXY: comma- or space-separated host names (a name also covers its subdomains; a leading dot
    // is optional), IP addresses, CIDR ranges, each optionally with ":port"; "*" covers everything.
    static bool isExcluded(const QString &noProxy, const QString &host, int port);

private:
    QString variable(const char *upper, const char *lower) const;

    QProcessEnvironment m_environment;
};

} // namespace d1x
