// ApiError: Cloudflare codes and HTTP statuses become the right kind, with words a person can act on;
// Retry-After in both of its forms; the export request body built from the options.
#include "ApiCall.h"
#include "ApiError.h"
#include "CloudflareClient.h"
#include "RetryAfter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace d1x;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void wording();
    void retryAfter_data();
    void retryAfter();
    void exportBody_data();
    void exportBody();
};

void TestApiError::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::newRow("auth error") << 403 << 10000 << QStringLiteral("Authentication error") << Kind::Forbidden << false;
    QTest::newRow("invalid token") << 403 << 9109 << QStringLiteral("Invalid access token") << Kind::Unauthorized << false;
    QTest::newRow("bad header") << 400 << 6003 << QStringLiteral("Invalid request headers") << Kind::Unauthorized << false;
    QTest::newRow("unknown key") << 403 << 9103 << QStringLiteral("Unknown X-Auth-Key or X-Auth-Email")
                                 << Kind::Unauthorized << false;
    QTest::newRow("bad account") << 404 << 7003 << QStringLiteral("Could not route") << Kind::AccountNotFound << false;
    QTest::newRow("account not valid") << 403 << 7403 << QStringLiteral("not valid") << Kind::AccountNotFound << false;
    QTest::newRow("database missing") << 404 << 7404 << QStringLiteral("not found") << Kind::DatabaseNotFound << false;
    QTest::newRow("busy") << 400 << 7500 << QStringLiteral("Currently processing a long-running export")
                          << Kind::ExportBusy << false;
    QTest::newRow("rate limited") << 429 << 971 << QStringLiteral("Please wait") << Kind::RateLimited << true;
    QTest::newRow("internal") << 500 << 7500 << QStringLiteral("Internal error") << Kind::ServerError << true;
    QTest::newRow("bad sql") << 400 << 7500 << QStringLiteral("SQL error") << Kind::BadRequest << false;
    QTest::newRow("401 no code") << 401 << 0 << QString() << Kind::Unauthorized << false;
    QTest::newRow("404 no code") << 404 << 0 << QString() << Kind::NotFound << false;
}

void TestApiError::classify()
{
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    QList<CfMessage> errors;
    if (code || !message.isEmpty())
        errors.append(CfMessage{code, message, {}});
    const ApiError e = ApiError::fromHttp(status, errors);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.isTransient(), transient);
    QCOMPARE(e.httpStatus(), status);
    QVERIFY(e.isError());
    if (code)
        QVERIFY2(e.technical().contains(QString::number(code)), qPrintable(e.technical()));
}

void TestApiError::wording()
{
    // Every kind a user can meet says what happened; those a user can act on also say what to do.
    for (Kind k : {Kind::Network, Kind::Timeout, Kind::Tls, Kind::BadResponse, Kind::Unauthorized, Kind::Forbidden,
                   Kind::AccountNotFound, Kind::DatabaseNotFound, Kind::ExportBusy, Kind::RateLimited,
                   Kind::ServerError, Kind::ExportFailed, Kind::UrlExpired, Kind::DownloadFailed, Kind::FileError}) {
        const ApiError e(k, QStringLiteral("detail"));
        QVERIFY(!e.summary().isEmpty());
        QVERIFY2(!e.advice().isEmpty(), qPrintable(e.summary()));
        QVERIFY(e.toString().startsWith(e.summary()));
    }
    QVERIFY(ApiError(Kind::ExportBusy).advice().contains(QLatin1String("Wait")));
    QVERIFY(!ApiError().isError());
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 12 ") << 12;
    QTest::newRow("http date") << QByteArray("Sun, 22 Nov 2026 10:00:30 GMT") << 30;
    QTest::newRow("past date") << QByteArray("Sun, 22 Nov 2026 09:59:00 GMT") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    // Beyond an int: clamped, never wrapped round to a negative or small wait.
    QTest::newRow("huge seconds") << QByteArray("99999999999") << INT_MAX;
    QTest::newRow("far date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << INT_MAX;
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(RetryAfter::parse(header, now), seconds);
}

void TestApiError::exportBody_data()
{
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<bool>("noData");
    QTest::addColumn<bool>("noSchema");
    QTest::addColumn<QString>("bookmark");
    QTest::newRow("first call, everything") << QStringList() << false << false << QString();
    QTest::newRow("poll") << QStringList() << false << false << QStringLiteral("bm-123");
    QTest::newRow("tables, schema only") << QStringList({QStringLiteral("users"), QStringLiteral("a \"q\"")}) << true
                                         << false << QString();
    QTest::newRow("data only") << QStringList() << false << true << QStringLiteral("bm");
}

void TestApiError::exportBody()
{
    QFETCH(QStringList, tables);
    QFETCH(bool, noData);
    QFETCH(bool, noSchema);
    QFETCH(QString, bookmark);
    ExportOptions options;
    options.tables = tables;
    options.noData = noData;
    options.noSchema = noSchema;
    const QJsonObject body = QJsonDocument::fromJson(CloudflareClient::exportRequestBody(options, bookmark)).object();
    QCOMPARE(body.value(QLatin1String("output_format")).toString(), QStringLiteral("polling"));
    QCOMPARE(body.contains(QLatin1String("current_bookmark")), !bookmark.isEmpty());
    if (!bookmark.isEmpty())
        QCOMPARE(body.value(QLatin1String("current_bookmark")).toString(), bookmark);
    const QJsonObject dump = body.value(QLatin1String("dump_options")).toObject();
    QCOMPARE(dump.value(QLatin1String("no_data")).toBool(), noData);
    QCOMPARE(dump.value(QLatin1String("no_schema")).toBool(), noSchema);
    QStringList sent;
    for (const QJsonValue &v : dump.value(QLatin1String("tables")).toArray())
        sent << v.toString();
    QCOMPARE(sent, tables);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
