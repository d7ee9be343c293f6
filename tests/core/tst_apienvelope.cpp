// ApiEnvelope::parse: well-formed envelopes and every kind of malformed input.
#include "ApiEnvelope.h"

#include <QTest>

using namespace d1x;

class TestApiEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void resultInfo();
    void exportStatus();
};

void TestApiEnvelope::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<bool>("success");
    QTest::addColumn<int>("firstErrorCode");

    QTest::newRow("success") << QByteArray(R"({"success":true,"errors":[],"messages":[],"result":{"id":"x"}})")
                             << true << true << 0;
    QTest::newRow("failure with code")
        << QByteArray(R"({"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"result":null})")
        << true << false << 10000;
    QTest::newRow("whitespace around") << QByteArray("\n  {\"success\":true}\r\n") << true << true << 0;
    QTest::newRow("empty") << QByteArray() << false << false << 0;
    QTest::newRow("html 502") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << false << false << 0;
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><Error/>") << false << false << 0;
    QTest::newRow("truncated") << QByteArray(R"({"success":true,"result":{"id":)") << false << false << 0;
    QTest::newRow("array") << QByteArray("[1,2,3]") << false << false << 0;
    QTest::newRow("no success") << QByteArray(R"({"result":{}})") << false << false << 0;
    QTest::newRow("success not bool") << QByteArray(R"({"success":"true"})") << false << false << 0;
    QTest::newRow("errors not array") << QByteArray(R"({"success":false,"errors":"boom"})") << true << false << -1;
    QTest::newRow("error as string") << QByteArray(R"({"success":false,"errors":["plain"]})") << true << false << 0;
    QTest::newRow("garbage bytes") << QByteArray("\x00\xff\xfe{", 4) << false << false << 0;
}

void TestApiEnvelope::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, parses);
    QFETCH(bool, success);
    QFETCH(int, firstErrorCode);
    QString why;
    const auto envelope = ApiEnvelope::parse(body, &why);
    QCOMPARE(envelope.has_value(), parses);
    if (!parses) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QCOMPARE(envelope->success, success);
    if (firstErrorCode > 0)
        QCOMPARE(envelope->errors.value(0).code, firstErrorCode);
    if (firstErrorCode < 0)
        QVERIFY(envelope->errors.isEmpty());
}

void TestApiEnvelope::resultInfo()
{
    const auto e = ApiEnvelope::parse(
        R"({"success":true,"result":[],"result_info":{"page":2,"per_page":10,"count":3,"total_count":13}})");
    QVERIFY(e && e->resultInfo);
    QCOMPARE(e->resultInfo->page, 2);
    QCOMPARE(e->resultInfo->perPage, 10);
    QCOMPARE(e->resultInfo->totalCount, 13);
    QCOMPARE(e->resultInfo->totalPages, -1);
    QVERIFY(!ApiEnvelope::parse(R"({"success":true})")->resultInfo);
}

void TestApiEnvelope::exportStatus()
{
    const auto e = ApiEnvelope::parse(R"({"success":true,"result":{"success":true,"type":"export",
        "at_bookmark":"b1","status":"complete","messages":["Generating x.sql","Uploaded part 1"],
        "result":{"filename":"x.sql","signed_url":"https://r2.example/x.sql?sig=1"}}})");
    QVERIFY(e);
    const auto s = ExportStatus::fromJson(e->result);
    QVERIFY(s);
    QCOMPARE(s->state, ExportStatus::State::Complete);
    QCOMPARE(s->atBookmark, QStringLiteral("b1"));
    QCOMPARE(s->messages, QStringList({QStringLiteral("Generating x.sql"), QStringLiteral("Uploaded part 1")}));
    QCOMPARE(s->filename, QStringLiteral("x.sql"));
    QCOMPARE(s->signedUrl, QStringLiteral("https://r2.example/x.sql?sig=1"));

    const auto err = ExportStatus::fromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                                        {QStringLiteral("error"), QStringLiteral("boom")}});
    QCOMPARE(err->state, ExportStatus::State::Error);
    QCOMPARE(err->error, QStringLiteral("boom"));
    QCOMPARE(ExportStatus::fromJson(QJsonValue(42)).has_value(), false);
    QCOMPARE(ExportStatus::fromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("weird")}})->state,
             ExportStatus::State::Unknown);
}

QTEST_GUILESS_MAIN(TestApiEnvelope)
#include "tst_apienvelope.moc"
