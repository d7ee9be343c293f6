// ProxyFactory: the proxy each request takes, from HTTPS_PROXY / ALL_PROXY / NO_PROXY (upper or lower
// case): Cloudflare through the proxy, loopback and plain http never, NO_PROXY's forms honoured.
#include "ProxyFactory.h"

#include <QNetworkProxyQuery>
#include <QTest>
#include <QUrl>

using namespace d1x;

namespace {
QNetworkProxy proxyFor(const QStringList &environment, const QString &url)
{
    QProcessEnvironment env;
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    ProxyFactory factory(env);
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    return proxies.value(0, QNetworkProxy(QNetworkProxy::DefaultProxy));
}
} // namespace

class TestProxyFactory : public QObject
{
    Q_OBJECT
private slots:
    void choice_data();
    void choice();
    void proxyCredentialsAreTheProxysOwn();
};

void TestProxyFactory::choice_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // "direct" or host:port of the proxy

    const QString api = QStringLiteral("https://api.cloudflare.com/client/v4/accounts");
    const QString proxy = QStringLiteral("HTTPS_PROXY=http://proxy.corp.example:3128");
    QTest::newRow("no settings") << QStringList() << api << QStringLiteral("direct");
    QTest::newRow("HTTPS_PROXY") << QStringList{proxy} << api << QStringLiteral("proxy.corp.example:3128");
    QTest::newRow("https_proxy, no scheme, default port")
        << QStringList{QStringLiteral("https_proxy=proxy.corp.example")} << api << QStringLiteral("proxy.corp.example:80");
    QTest::newRow("ALL_PROXY socks5") << QStringList{QStringLiteral("ALL_PROXY=socks5://socks.example")} << api
                                      << QStringLiteral("socks.example:1080");
    QTest::newRow("signed URL host too") << QStringList{proxy}
                                         << QStringLiteral("https://bucket.r2.cloudflarestorage.com/x.sql?sig=1")
                                         << QStringLiteral("proxy.corp.example:3128");
    QTest::newRow("loopback never") << QStringList{proxy} << QStringLiteral("https://127.0.0.1:8443/client/v4")
                                    << QStringLiteral("direct");
    QTest::newRow("localhost never") << QStringList{proxy} << QStringLiteral("https://localhost:8443/client/v4")
                                     << QStringLiteral("direct");
    QTest::newRow("::1 never") << QStringList{proxy} << QStringLiteral("https://[::1]:8443/client/v4")
                               << QStringLiteral("direct");
    QTest::newRow("plain http never") << QStringList{proxy, QStringLiteral("HTTP_PROXY=http://proxy.corp.example:3128")}
                                      << QStringLiteral("http://example.com/dump.sql") << QStringLiteral("direct");
    QTest::newRow("NO_PROXY domain") << QStringList{proxy, QStringLiteral("NO_PROXY=localhost,.cloudflare.com")} << api
                                     << QStringLiteral("direct");
    QTest::newRow("no_proxy without dot") << QStringList{proxy, QStringLiteral("no_proxy=cloudflare.com")} << api
                                          << QStringLiteral("direct");
    QTest::newRow("NO_PROXY other domain") << QStringList{proxy, QStringLiteral("NO_PROXY=example.org, flare.com")}
                                           << api << QStringLiteral("proxy.corp.example:3128");
    QTest::newRow("NO_PROXY star") << QStringList{proxy, QStringLiteral("NO_PROXY=*")} << api << QStringLiteral("direct");
    QTest::newRow("NO_PROXY CIDR") << QStringList{proxy, QStringLiteral("NO_PROXY=10.0.0.0/8")}
                                   << QStringLiteral("https://10.1.2.3/client/v4") << QStringLiteral("direct");
    QTest::newRow("NO_PROXY other port") << QStringList{proxy, QStringLiteral("NO_PROXY=api.cloudflare.com:8443")}
                                         << api << QStringLiteral("proxy.corp.example:3128");
    QTest::newRow("unusable proxy scheme") << QStringList{QStringLiteral("HTTPS_PROXY=ftp://proxy.example")} << api
                                           << QStringLiteral("direct");
}

void TestProxyFactory::choice()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QNetworkProxy proxy = proxyFor(environment, url);
    const QString actual = proxy.type() == QNetworkProxy::NoProxy
        ? QStringLiteral("direct")
        : QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    QCOMPARE(actual, expected);
}

void TestProxyFactory::proxyCredentialsAreTheProxysOwn()
{
    const QNetworkProxy proxy = proxyFor({QStringLiteral("HTTPS_PROXY=http://me:s%40cret@proxy.corp.example:3128")},
                                         QStringLiteral("https://api.cloudflare.com/client/v4"));
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy); // CONNECT: the proxy sees only a TLS tunnel
    QCOMPARE(proxy.user(), QStringLiteral("me"));
    QCOMPARE(proxy.password(), QStringLiteral("s@cret"));
}

QTEST_GUILESS_MAIN(TestProxyFactory)
#include "tst_proxyfactory.moc"
