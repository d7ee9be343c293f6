// ApiEndpoint: which API bases are accepted, and URLs that no id can reshape.
#include "ApiEndpoint.h"

#include <QTest>

using namespace d1x;

class TestApiEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void base_data();
    void base();
    void segments_data();
    void segments();
    void origin();
};

void TestApiEndpoint::base_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("default") << QStringLiteral("https://api.cloudflare.com/client/v4") << true;
    QTest::newRow("trailing slash") << QStringLiteral("https://api.cloudflare.com/client/v4/") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8787/client/v4") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8787/client/v4") << true;
    QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:8787/client/v4") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.cloudflare.com/client/v4") << false;
    QTest::newRow("http private") << QStringLiteral("http://192.168.1.2/client/v4") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    QTest::newRow("no host") << QStringLiteral("https:///client/v4") << false;
    QTest::newRow("user info") << QStringLiteral("https://me:pw@api.cloudflare.com/client/v4") << false;
    QTest::newRow("query") << QStringLiteral("https://api.cloudflare.com/client/v4?x=1") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url") << false;
}

void TestApiEndpoint::base()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QString why;
    const auto endpoint = ApiEndpoint::fromString(text, &why);
    QCOMPARE(endpoint.has_value(), accepted);
    QCOMPARE(why.isEmpty(), accepted);
    if (accepted)
        QVERIFY(!endpoint->base().path().endsWith(QLatin1Char('/')));
}

void TestApiEndpoint::segments_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expectedPath"); // empty: refused
    const QString prefix = QStringLiteral("/client/v4/accounts/");
    QTest::newRow("hex id") << QStringLiteral("0123456789abcdef0123456789abcdef")
                            << prefix + QStringLiteral("0123456789abcdef0123456789abcdef/d1");
    QTest::newRow("query injection") << QStringLiteral("a?x=1") << prefix + QStringLiteral("a%3Fx%3D1/d1");
    QTest::newRow("fragment") << QStringLiteral("a#b") << prefix + QStringLiteral("a%23b/d1");
    QTest::newRow("percent") << QStringLiteral("a%2Fb") << prefix + QStringLiteral("a%252Fb/d1");
    QTest::newRow("space") << QStringLiteral("my db") << prefix + QStringLiteral("my%20db/d1");
    QTest::newRow("slash") << QStringLiteral("a/../b") << QString();
    QTest::newRow("dotdot") << QStringLiteral("..") << QString();
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QString();
    QTest::newRow("newline") << QStringLiteral("a\nb") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestApiEndpoint::segments()
{
    QFETCH(QString, id);
    QFETCH(QString, expectedPath);
    const ApiEndpoint endpoint;
    const auto url = endpoint.url({QStringLiteral("accounts"), id, QStringLiteral("d1")});
    QCOMPARE(url.has_value(), !expectedPath.isEmpty());
    if (url) {
        QCOMPARE(url->path(QUrl::FullyEncoded), expectedPath);
        QCOMPARE(url->host(), QStringLiteral("api.cloudflare.com"));
        QVERIFY(!url->hasQuery());
        QVERIFY(!url->hasFragment());
    }
}

void TestApiEndpoint::origin()
{
    const auto endpoint = ApiEndpoint::fromString(QStringLiteral("http://127.0.0.1:8787/client/v4"));
    QVERIFY(endpoint->isSameOrigin(QUrl(QStringLiteral("http://127.0.0.1:8787/other"))));
    QVERIFY(!endpoint->isSameOrigin(QUrl(QStringLiteral("http://127.0.0.1:8788/client/v4"))));
    QVERIFY(!endpoint->isSameOrigin(QUrl(QStringLiteral("https://127.0.0.1:8787/client/v4"))));
    QVERIFY(ApiEndpoint().isDefault());
    QVERIFY(ApiEndpoint::looksLikeUuid(QStringLiteral("6b0c3e0a-1f2d-4c5b-8a9e-0123456789ab")));
    QVERIFY(!ApiEndpoint::looksLikeUuid(QStringLiteral("my-database")));
}

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "tst_apiendpoint.moc"
