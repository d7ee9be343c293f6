// The Downloader with its DumpSink against a raw socket server that does what the emulator never does:
// cut a body short and then ignore the Range header of the resume (a full 200 again). The sink must be
// emptied and refilled, so the saved file (plain or gzip) and its SHA-256 hold the body exactly once.
#include "ContentRange.h"
#include "Downloader.h"
#include "DumpSink.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;
using testsupport::gunzipFile;

namespace {
// Answers the first request with half of the body and an orderly close (unless told to send it all),
// every later one with all of it and status 200, whatever Range it asked for.
class NoRangeServer : public QObject
{
public:
    explicit NoRangeServer(QByteArray body, bool cutFirst = true)
        : m_body(std::move(body))
        , m_cutFirst(cutFirst)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/dump.sql").arg(m_server.serverPort())); }
    QList<QByteArray> requests;

private:
    void onRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_pending[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        requests << buffer;
        const bool first = requests.size() == 1;
        const QByteArray body = first && m_cutFirst ? m_body.left(m_body.size() / 2) : m_body;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/sql\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(m_body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost(); // after everything written has gone out
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QByteArray m_body;
    bool m_cutFirst;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

// Answers request N (from 0) with whatever `script` returns for it: a whole raw HTTP response, sent
// before an orderly close. Records every request head.
class ScriptedServer : public QObject
{
public:
    using Script = std::function<QByteArray(int index, const QByteArray &request)>;
    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &name) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(name));
    }
    QList<QByteArray> requests;

private:
    void onRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_pending[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n") || m_answered.contains(socket))
            return;
        m_answered.insert(socket);
        requests << buffer;
        socket->write(m_script(int(requests.size() - 1), buffer));
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            m_answered.remove(socket);
            socket->deleteLater();
        });
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Script m_script;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QSet<QTcpSocket *> m_answered;
};

QByteArray response(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body,
                    qint64 contentLength = -1)
{
    return "HTTP/1.1 " + statusLine + "\r\nConnection: close\r\n" + headers + "Content-Length: "
        + QByteArray::number(contentLength >= 0 ? contentLength : body.size()) + "\r\n\r\n" + body;
}

const QByteArray Expired = "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Request has expired"
                           "</Message></Error>";
} // namespace

class TestDownloader : public QObject
{
    Q_OBJECT
private slots:
    void restartFromZeroEmptiesTheSink_data();
    void restartFromZeroEmptiesTheSink();
    void slowSinkGetsEveryByteOnce();
    void contentRangeIsReadStrictly_data();
    void contentRangeIsReadStrictly();
    void alwaysExpiredLinkFailsAfterCappedRenewals();
    void resumeNeverSplicesAnotherObject_data();
    void resumeNeverSplicesAnotherObject();
};

void TestDownloader::restartFromZeroEmptiesTheSink_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestDownloader::restartFromZeroEmptiesTheSink()
{
    QFETCH(bool, gzip);
    QByteArray body(3 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(11);
    for (char &c : body)
        c = char('a' + rng.bounded(26));
    NoRangeServer server(body);
    QTemporaryDir dir;
    const QString path = dir.filePath(gzip ? QStringLiteral("d.sql.gz") : QStringLiteral("d.sql"));

    QNetworkAccessManager nam;
    Downloader downloader(&nam);
    Downloader::Policy policy;
    policy.retryDelayMs = 10;
    downloader.setPolicy(policy);
    QStringList notices;
    connect(&downloader, &Downloader::notice, this, [&notices](const QString &text) { notices << text; });
    DumpSink sink;
    QVERIFY(sink.open(path, {gzip ? DumpSink::Compression::Gzip : DumpSink::Compression::None, 6}));
    QSignalSpy finished(&downloader, &Downloader::finished);
    downloader.start(server.url(), &sink);
    QVERIFY(finished.wait(30000));
    QVERIFY2(!downloader.error(), qPrintable(downloader.error().toString()));
    QCOMPARE(downloader.bytesReceived(), body.size());
    // Qt itself may send the first GET twice when the server closes early (its own resend of an idempotent
    // request); what matters is that the Downloader's resume asked for a Range and the file holds the body once.
    QVERIFY2(server.requests.size() >= 2, server.requests.join("\n----\n").constData());
    QVERIFY2(server.requests.constLast().contains("Range: bytes="), server.requests.join("\n----\n").constData());
    QVERIFY2(notices.join(QLatin1Char('\n')).contains(QLatin1String("cannot resume")), qPrintable(notices.join(u'\n')));

    QSignalSpy committed(&sink, &DumpSink::committed);
    sink.commit();
    QVERIFY(committed.wait(30000));
    QVERIFY(committed.first().first().toBool());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QCOMPARE(gzip ? gunzipFile(path) : bytes, body);
    QCOMPARE(sink.sha256().toHex(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void TestDownloader::slowSinkGetsEveryByteOnce()
{
    // gzip level 9 is slower than loopback: reading pauses for the sink again and again, the reply
    // buffers several arrivals meanwhile, and they are read back piece by piece.
    QByteArray body(32 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(12);
    for (char &c : body)
        c = char('a' + rng.bounded(26));
    NoRangeServer server(body, false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sql.gz"));

    QNetworkAccessManager nam;
    Downloader downloader(&nam);
    DumpSink sink;
    QVERIFY(sink.open(path, {DumpSink::Compression::Gzip, 9}));
    int pauses = 0;
    connect(&sink, &DumpSink::drained, this, [&pauses] { ++pauses; });
    QSignalSpy finished(&downloader, &Downloader::finished);
    downloader.start(server.url(), &sink);
    QVERIFY(finished.wait(60000));
    QVERIFY2(!downloader.error(), qPrintable(downloader.error().toString()));
    QCOMPARE(downloader.bytesReceived(), body.size());
    QCOMPARE(sink.inputBytes(), body.size());
    QVERIFY(pauses > 0);

    QSignalSpy committed(&sink, &DumpSink::committed);
    sink.commit();
    QVERIFY(committed.wait(60000));
    QVERIFY(committed.first().first().toBool());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(gunzipFile(path) == body);
    QCOMPARE(sink.sha256().toHex(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void TestDownloader::contentRangeIsReadStrictly_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("total");
    QTest::newRow("plain") << QByteArray("bytes 100-199/1000") << true << qint64(100) << qint64(199) << qint64(1000);
    QTest::newRow("unknown total") << QByteArray(" bytes 0-0/* ") << true << qint64(0) << qint64(0) << qint64(-1);
    QTest::newRow("last byte") << QByteArray("bytes 999-999/1000") << true << qint64(999) << qint64(999) << qint64(1000);
    QTest::newRow("backwards") << QByteArray("bytes 200-100/1000") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("past the end") << QByteArray("bytes 100-1000/1000") << false << qint64(0) << qint64(0) << qint64(0);
    // The old reader added 1 to this last byte: a signed overflow.
    QTest::newRow("overflow") << QByteArray("bytes 0-9223372036854775807/*") << false << qint64(0) << qint64(0)
                              << qint64(0);
    QTest::newRow("negative") << QByteArray("bytes -1-5/10") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("other unit") << QByteArray("items 0-5/10") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("unsatisfied") << QByteArray("bytes */1000") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("trailing") << QByteArray("bytes 0-5/10x") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0) << qint64(0) << qint64(0);
}

void TestDownloader::contentRangeIsReadStrictly()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    const std::optional<ContentRange> range = ContentRange::parse(header);
    QCOMPARE(range.has_value(), valid);
    if (!valid)
        return;
    QTEST(range->first, "first");
    QTEST(range->last, "last");
    QTEST(range->total, "total");
}

void TestDownloader::alwaysExpiredLinkFailsAfterCappedRenewals()
{
    ScriptedServer server([](int, const QByteArray &) {
        return response("403 Forbidden", "Content-Type: application/xml\r\n", Expired);
    });
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    Downloader downloader(&nam);
    Downloader::Policy policy;
    policy.retryDelayMs = 5;
    policy.maxUrlRenewals = 4;
    downloader.setPolicy(policy);
    // The owner hands out a fresh link each time, as polling D1 does; each is refused as expired.
    int renewals = 0;
    connect(&downloader, &Downloader::urlExpired, this, [&] {
        ++renewals;
        downloader.resumeWithUrl(server.url(QStringLiteral("fresh-%1.sql").arg(renewals)));
    });
    DumpSink sink;
    QVERIFY(sink.open(dir.filePath(QStringLiteral("d.sql")), {}));
    QSignalSpy finished(&downloader, &Downloader::finished);
    downloader.start(server.url(QStringLiteral("first.sql")), &sink);
    QVERIFY(finished.wait(10000));
    QCOMPARE(downloader.error().kind(), ApiError::Kind::UrlExpired);
    QVERIFY2(downloader.error().toString().contains(QLatin1String("4 fresh link")),
             qPrintable(downloader.error().toString()));
    QCOMPARE(renewals, 4);
    QCOMPARE(server.requests.size(), 5); // the first link and four fresh ones, then it gave up
    sink.cancel();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestDownloader::resumeNeverSplicesAnotherObject_data()
{
    // What the server behind the fresh link answers to the Range resume, and how that must end.
    QTest::addColumn<QByteArray>("resumeAnswer");
    QTest::addColumn<bool>("expectOk");
    QTest::addColumn<QString>("expectText");
    const QByteArray body(200000, 'a');
    const QByteArray other(200000, 'b');
    QTest::newRow("same object: joined") << response("206 Partial Content",
                                                     "ETag: \"v1\"\r\nContent-Range: bytes 100000-199999/200000\r\n",
                                                     body.mid(100000))
                                         << true << QString();
    QTest::newRow("another ETag: refused") << response("206 Partial Content",
                                                       "ETag: \"v2\"\r\nContent-Range: bytes 100000-199999/200000\r\n",
                                                       other.mid(100000))
                                           << false << QStringLiteral("ETag is \"v2\", was \"v1\"");
    QTest::newRow("another size: refused") << response("206 Partial Content",
                                                       "Content-Range: bytes 100000-200009/200010\r\n",
                                                       QByteArray(100010, 'b'))
                                           << false << QStringLiteral("200010 bytes long, not 200000");
    // A server that honours If-Range sends the changed object whole: the download starts over.
    QTest::newRow("If-Range honoured: starts over") << response("200 OK", "ETag: \"v2\"\r\n", other) << true
                                                    << QString();
}

void TestDownloader::resumeNeverSplicesAnotherObject()
{
    QFETCH(QByteArray, resumeAnswer);
    QFETCH(bool, expectOk);
    QFETCH(QString, expectText);
    const QByteArray body(200000, 'a');
    ScriptedServer server([&](int, const QByteArray &request) -> QByteArray {
        if (request.startsWith("GET /fresh.sql"))
            return resumeAnswer;
        if (request.contains("Range:")) // the resume finds the first link expired
            return response("403 Forbidden", "Content-Type: application/xml\r\n", Expired);
        // Half of the body, then the connection closes.
        return response("200 OK", "ETag: \"v1\"\r\nContent-Type: application/sql\r\n", body.left(100000),
                        body.size());
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sql"));
    QNetworkAccessManager nam;
    Downloader downloader(&nam);
    Downloader::Policy policy;
    policy.retryDelayMs = 5;
    downloader.setPolicy(policy);
    connect(&downloader, &Downloader::urlExpired, this,
            [&] { downloader.resumeWithUrl(server.url(QStringLiteral("fresh.sql"))); });
    DumpSink sink;
    QVERIFY(sink.open(path, {}));
    QSignalSpy finished(&downloader, &Downloader::finished);
    downloader.start(server.url(QStringLiteral("first.sql")), &sink);
    QVERIFY(finished.wait(10000));
    QByteArray resume;
    for (const QByteArray &r : std::as_const(server.requests))
        if (r.startsWith("GET /fresh.sql"))
            resume = r;
    QVERIFY2(resume.startsWith("GET /fresh.sql"), resume.constData());
    QVERIFY2(resume.contains("Range: bytes=100000-"), resume.constData());
    QVERIFY2(resume.contains("If-Range: \"v1\""), resume.constData());
    if (!expectOk) {
        QCOMPARE(downloader.error().kind(), ApiError::Kind::DownloadFailed);
        QVERIFY2(downloader.error().toString().contains(expectText), qPrintable(downloader.error().toString()));
        sink.cancel();
        QVERIFY(!QFile::exists(path));
        return;
    }
    QVERIFY2(!downloader.error(), qPrintable(downloader.error().toString()));
    QSignalSpy committed(&sink, &DumpSink::committed);
    sink.commit();
    QVERIFY(committed.wait(10000));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    // Either the first object whole or the second whole: never a mix.
    QVERIFY(bytes == body || bytes == QByteArray(200000, 'b'));
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
