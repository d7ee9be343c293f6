// HTTPS end to end: the emulator serves the API and the signed URLs over TLS with a CA made at test
// time, which the client trusts through NetworkAccess only. An export over HTTPS saves the same bytes
// as over plain http; an untrusted CA, a certificate for another host name, and an https API that
// hands out a plain-http link all fail with a message naming the problem and leave no file. Through
// a local CONNECT proxy (HTTPS_PROXY) the export works and the proxy sees only TLS; loopback bypasses it.
#include "CloudflareClient.h"
#include "CloudflareEmulator.h"
#include "ConnectProxy.h"
#include "ExportController.h"
#include "NetworkAccess.h"
#include "ProxyFactory.h"
#include "SampleDatabase.h"
#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("https-test-token-0123456789abcdef");
const QString ProxiedHost = QStringLiteral("api.d1x.test"); // resolves nowhere: only the proxy knows it

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestHttps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportOverHttps();
    void untrustedCaIsRefused();
    void wrongHostNameIsRefused();
    void httpsApiWithPlainHttpLink();
    void exportThroughConnectProxy();
    void loopbackBypassesTheProxy();
    void stalledDownloadThroughProxyIsTriedAgain();

private:
    // The emulator with the sample, over TLS (downloads too unless `plainDownloads`), under `host`.
    std::unique_ptr<emu::CloudflareEmulator> startEmulator(const QString &host, bool plainDownloads = false);
    ExportResult runExport(QNetworkAccessManager *nam, const QUrl &apiBase, const QString &file);
    // `nam` trusts the test CA and finds its proxy as the app does, from HTTPS_PROXY = `proxy` (and
    // NO_PROXY = `noProxy` when given).
    void useProxy(NetworkAccess &nam, const testsupport::ConnectProxy &proxy, const QString &noProxy = {}) const;
    QStringList leftovers() const;

    QTemporaryDir m_data;
    QString m_samplePath;
    QString m_uuid;
    QByteArray m_reference; // the dump as saved over plain http
    testsupport::TestCertificates m_certs;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestHttps::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_certs = testsupport::TestCertificates::make(m_data.path(), {QStringLiteral("localhost"), ProxiedHost});
    QVERIFY2(m_certs.error.isEmpty(), qPrintable(m_certs.error));
    m_samplePath = m_data.filePath(QStringLiteral("plain.sqlite"));
    QString error;
    // 2 MB of rows: the download spans many TLS records and socket writes.
    QVERIFY2(emu::SampleDatabase::generate(m_samplePath, {emu::SampleSpec::Plain, 2 * 1024 * 1024, 5}, &error),
             qPrintable(error));

    // The reference: the same export over plain http.
    m_out = std::make_unique<QTemporaryDir>();
    emu::CloudflareEmulator plain;
    plain.addApiToken(Token);
    plain.addAccount(AccountId, QStringLiteral("HTTPS account"));
    m_uuid = plain.addDatabase(AccountId, QStringLiteral("plain"), m_samplePath);
    QVERIFY(plain.listen());
    QNetworkAccessManager nam;
    const ExportResult result = runExport(&nam, plain.apiBase(), QStringLiteral("reference.sql"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    m_reference = readFile(result.path);
    QVERIFY(m_reference.size() > 2 * 1024 * 1024);
    m_out.reset();
}

void TestHttps::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
}

void TestHttps::cleanup()
{
    m_out.reset();
}

std::unique_ptr<emu::CloudflareEmulator> TestHttps::startEmulator(const QString &host, bool plainDownloads)
{
    auto emulator = std::make_unique<emu::CloudflareEmulator>();
    emulator->setTls(m_certs.server, m_certs.serverKey, !plainDownloads);
    emulator->setHostName(host);
    emulator->addApiToken(Token);
    emulator->addAccount(AccountId, QStringLiteral("HTTPS account"));
    emulator->addDatabase(AccountId, QStringLiteral("plain"), m_samplePath, m_uuid);
    if (!emulator->listen())
        return {};
    return emulator;
}

void TestHttps::useProxy(NetworkAccess &nam, const testsupport::ConnectProxy &proxy, const QString &noProxy) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HTTPS_PROXY"), proxy.url());
    if (!noProxy.isEmpty())
        environment.insert(QStringLiteral("NO_PROXY"), noProxy);
    nam.addCaCertificates({m_certs.ca});
    nam.setProxyFactory(new ProxyFactory(environment));
}

ExportResult TestHttps::runExport(QNetworkAccessManager *nam, const QUrl &apiBase, const QString &file)
{
    const std::optional<ApiEndpoint> endpoint = ApiEndpoint::fromString(apiBase.toString());
    if (!endpoint)
        return ExportResult{ApiError(ApiError::Kind::InvalidInput, apiBase.toString())};
    CloudflareClient client(nam, *endpoint, Credentials::fromToken(Token));
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    fast.maxRetryAfterSeconds = 1;
    client.setRetryPolicy(fast);
    ExportController controller(&client);
    controller.setPollRetryPolicy(fast);
    controller.setMinimumPollIntervalMs(10);
    Downloader::Policy download;
    download.retryDelayMs = 10;
    // Through the CONNECT proxy, Qt 6.4's client now and then keeps the end of a body (up to the 64 KiB
    // its proxy socket engine buffers) when the tunnel closes right after the last byte while the
    // reply's read buffer is full: the reply then waits for bytes that never come. The Downloader's
    // transfer timeout turns that into a resume from the byte reached (the saved file is still checked
    // byte for byte). The default, 60 s, is as long as this test waits, so the test gave up just as the
    // export would have carried on; a short one keeps the recovery inside the wait.
    download.transferTimeoutMs = 3000;
    controller.setDownloadPolicy(download);
    ExportRequest request;
    request.accountId = AccountId;
    request.databaseId = m_uuid;
    request.outputPath = m_out->filePath(file);
    QSignalSpy finished(&controller, &ExportController::finished);
    controller.start(request);
    if (finished.isEmpty() && !finished.wait(60000))
        return ExportResult{ApiError(ApiError::Kind::Timeout, QStringLiteral("test timed out"))};
    return controller.result();
}

QStringList TestHttps::leftovers() const
{
    return QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestHttps::exportOverHttps()
{
    const auto emulator = startEmulator(QStringLiteral("localhost"));
    QVERIFY(emulator);
    QCOMPARE(emulator->apiBase().scheme(), QStringLiteral("https"));
    QCOMPARE(emulator->downloadOrigin().scheme(), QStringLiteral("https"));
    NetworkAccess nam;
    nam.addCaCertificates({m_certs.ca});
    const ExportResult result = runExport(&nam, emulator->apiBase(), QStringLiteral("dump.sql"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(readFile(result.path) == m_reference); // byte for byte what plain http saved
    int downloads = 0;
    for (const emu::RecordedRequest &request : emulator->requests()) {
        downloads += request.toDownloadListener ? 1 : 0;
        if (!request.toDownloadListener)
            QCOMPARE(request.headers.value("authorization"), "Bearer " + Token.toUtf8());
    }
    QCOMPARE(downloads, 1);
}

void TestHttps::untrustedCaIsRefused()
{
    const auto emulator = startEmulator(QStringLiteral("localhost"));
    QVERIFY(emulator);
    QNetworkAccessManager nam; // the system's CAs only
    const ExportResult result = runExport(&nam, emulator->apiBase(), QStringLiteral("dump.sql"));
    QCOMPARE(result.error.kind(), ApiError::Kind::Tls);
    const QString text = result.error.toString();
    QVERIFY2(text.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("issuer"), Qt::CaseInsensitive)
                 || text.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                 || text.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(text));
    QVERIFY(emulator->requests().isEmpty()); // nothing, the token least of all, crossed the connection
    QCOMPARE(leftovers(), QStringList());
}

void TestHttps::wrongHostNameIsRefused()
{
    // The certificate names localhost and api.d1x.test, not 127.0.0.1.
    const auto emulator = startEmulator(QStringLiteral("127.0.0.1"));
    QVERIFY(emulator);
    NetworkAccess nam;
    nam.addCaCertificates({m_certs.ca});
    const ExportResult result = runExport(&nam, emulator->apiBase(), QStringLiteral("dump.sql"));
    QCOMPARE(result.error.kind(), ApiError::Kind::Tls);
    const QString text = result.error.toString();
    QVERIFY2(text.contains(QLatin1String("host name did not match"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY(emulator->requests().isEmpty());
    QCOMPARE(leftovers(), QStringList());
}

void TestHttps::httpsApiWithPlainHttpLink()
{
    const auto emulator = startEmulator(QStringLiteral("localhost"), true);
    QVERIFY(emulator);
    QCOMPARE(emulator->downloadOrigin().scheme(), QStringLiteral("http"));
    NetworkAccess nam;
    nam.addCaCertificates({m_certs.ca});
    const ExportResult result = runExport(&nam, emulator->apiBase(), QStringLiteral("dump.sql"));
    QVERIFY(!result.ok());
    const QString text = result.error.toString();
    QVERIFY2(text.contains(QLatin1String("plain HTTP")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("unencrypted")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("not a Cloudflare API response")), qPrintable(text));
    for (const emu::RecordedRequest &request : emulator->requests())
        QVERIFY(!request.toDownloadListener); // the link was never followed
    QCOMPARE(leftovers(), QStringList());
}

void TestHttps::exportThroughConnectProxy()
{
    testsupport::ConnectProxy proxy;
    QVERIFY(proxy.listen());
    const auto emulator = startEmulator(ProxiedHost);
    QVERIFY(emulator);
    NetworkAccess nam;
    useProxy(nam, proxy, QStringLiteral("internal.example,10.0.0.0/8"));

    const ExportResult result = runExport(&nam, emulator->apiBase(), QStringLiteral("dump.sql"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(readFile(result.path) == m_reference);

    // The API and the signed URL host were both reached through tunnels, by name.
    const QStringList tunnels = proxy.tunnels();
    const QString apiTarget = QStringLiteral("%1:%2").arg(ProxiedHost).arg(emulator->apiBase().port());
    const QString downloadTarget = QStringLiteral("%1:%2").arg(ProxiedHost).arg(emulator->downloadOrigin().port());
    QVERIFY2(tunnels.contains(apiTarget) && tunnels.contains(downloadTarget), qPrintable(tunnels.join(u' ')));
    QCOMPARE(tunnels.size(), proxy.heads().size()); // nothing but CONNECT was asked of it
    // The proxy saw TLS only: the token went to the API (it checked it), never in clear past the proxy.
    QVERIFY(proxy.onlyTlsTunnelled());
    bool apiSawToken = false;
    for (const emu::RecordedRequest &request : emulator->requests())
        apiSawToken |= request.headers.value("authorization") == "Bearer " + Token.toUtf8();
    QVERIFY(apiSawToken);
    const QByteArray seen = proxy.tunnelledFromClients();
    QVERIFY(seen.size() > 0);
    for (const QByteArray &clear : {QByteArray("Authorization"), QByteArray("authorization"), QByteArray("Bearer"),
                                    Token.toUtf8(), QByteArray("GET /"), QByteArray("POST /")}) {
        QVERIFY2(!seen.contains(clear), clear.constData());
        for (const QByteArray &head : proxy.heads())
            QVERIFY2(!head.contains(clear), head.constData());
    }
}

void TestHttps::loopbackBypassesTheProxy()
{
    testsupport::ConnectProxy proxy;
    QVERIFY(proxy.listen());
    const auto emulator = startEmulator(QStringLiteral("localhost"));
    QVERIFY(emulator);
    NetworkAccess nam;
    useProxy(nam, proxy);
    const ExportResult result = runExport(&nam, emulator->apiBase(), QStringLiteral("dump.sql"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(readFile(result.path) == m_reference);
    QCOMPARE(proxy.heads().size(), 0); // never asked: loopback goes direct
    QVERIFY(!emulator->requests().isEmpty());
}

void TestHttps::stalledDownloadThroughProxyIsTriedAgain()
{
    // What the reply that Qt left waiting looks like from the Downloader: the answer's head came
    // through the tunnel and then no byte. The attempt ends after the transfer timeout, the download
    // is asked for again through the proxy, and the export completes with the same bytes.
    testsupport::ConnectProxy proxy;
    QVERIFY(proxy.listen());
    const auto emulator = startEmulator(ProxiedHost);
    QVERIFY(emulator);
    emu::FaultSpec stall;
    stall.step = emu::Step::Download;
    stall.fault = emu::Fault::SlowBody;
    stall.slowDelayMs = 600000; // its first piece would come after ten minutes
    emulator->addFault(stall);
    NetworkAccess nam;
    useProxy(nam, proxy);

    const ExportResult result = runExport(&nam, emulator->apiBase(), QStringLiteral("dump.sql"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(readFile(result.path) == m_reference);
    int downloads = 0;
    for (const emu::RecordedRequest &request : emulator->requests())
        downloads += request.toDownloadListener ? 1 : 0;
    // At least the stalled attempt and one more; under a heavy load the test's short transfer timeout
    // may cut a later attempt too (seen once in CI: three), which the Downloader then resumes as well.
    QVERIFY2(downloads >= 2, qPrintable(QString::number(downloads)));
    const QString downloadTarget = QStringLiteral("%1:%2").arg(ProxiedHost).arg(emulator->downloadOrigin().port());
    QCOMPARE(proxy.tunnels().count(downloadTarget), downloads); // every attempt through the proxy
}

QTEST_MAIN(TestHttps)
#include "tst_https.moc"
