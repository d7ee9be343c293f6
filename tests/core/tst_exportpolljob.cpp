// ExportPollJob, alone and inside an export against the in-process emulator: the poll schedule (at
// once, then backing off), the requests the server saw, an export that stays "active" for ever (the
// time limit), and a rate limit waited out with a countdown, including D1 cancelling the export meanwhile.
#include "CloudflareEmulator.h"
#include "EmulatorFixture.h"
#include "ExportController.h"
#include "ExportPollJob.h"
#include "SampleDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("poll-token-0123456789-abcdefghij");

// What each request was: "query" (the schema read first), "start", "poll", "download", or its path.
QStringList sequence(const QList<emu::RecordedRequest> &requests)
{
    QStringList out;
    for (const emu::RecordedRequest &r : requests) {
        if (r.toDownloadListener) {
            out << QStringLiteral("download");
        } else if (r.target.endsWith("/export")) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            out << (body.value(QLatin1String("current_bookmark")).toString().isEmpty() ? QStringLiteral("start")
                                                                                        : QStringLiteral("poll"));
        } else if (r.target.endsWith("/query")) {
            out << QStringLiteral("query");
        } else {
            out << QString::fromLatin1(r.target);
        }
    }
    return out;
}
} // namespace

class TestExportPollJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scheduleStartsAtOnceAndBacksOff();
    void timeLimitParsing_data();
    void timeLimitParsing();
    void smallExportIsDoneByTheFirstPoll();
    void foreverActiveFailsAtTheTimeLimit();
    void rateLimitIsWaitedOutWithACountdown();
    void exportCancelledDuringTheWaitIsStartedAgainOnce();

private:
    // Every poll refused with 429 and "Retry-After: 60" for 60 s, a second lasting 10 ms.
    void rateLimitPollsFor60s(ExportController &controller);
    ExportResult run(ExportController &controller, const QString &file, qint64 timeLimitMs = 60000);

    QTemporaryDir m_data;
    QString m_dbPath;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    emu::CloudflareEmulator *m_emu = nullptr; // the fixture's
    CloudflareClient *m_client = nullptr;     // the fixture's
    QString m_uuid;
};

void TestExportPollJob::initTestCase()
{
    m_dbPath = m_data.filePath(QStringLiteral("plain.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(m_dbPath, {emu::SampleSpec::Plain, 256 * 1024, 5}));
}

void TestExportPollJob::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("Polls"), Token);
    QVERIFY(m_fixture->isListening());
    m_emu = m_fixture->emulator();
    m_client = m_fixture->client();
    m_uuid = m_emu->addDatabase(AccountId, QStringLiteral("plain"), m_dbPath);
}

void TestExportPollJob::cleanup()
{
    m_client = nullptr;
    m_emu = nullptr;
    m_fixture.reset();
    m_out.reset();
}

ExportResult TestExportPollJob::run(ExportController &controller, const QString &file, qint64 timeLimitMs)
{
    QSignalSpy finished(&controller, &ExportController::finished);
    ExportRequest request;
    request.accountId = AccountId;
    request.databaseId = m_uuid;
    request.outputPath = m_out->filePath(file);
    request.timeLimitMs = timeLimitMs;
    controller.start(request);
    if (finished.isEmpty() && !finished.wait(30000))
        return ExportResult{ApiError(ApiError::Kind::Cancelled, QStringLiteral("the test gave up waiting"))};
    return controller.result();
}

void TestExportPollJob::rateLimitPollsFor60s(ExportController &controller)
{
    emu::FaultSpec limited{emu::Step::ExportPoll, emu::Fault::RateLimited};
    limited.retryAfterSeconds = 60;
    limited.forMs = 600;
    m_emu->addFault(limited);
    controller.setMinimumPollIntervalMs(10);
    ExportPollJob::Policy policy = controller.pollPolicy();
    policy.secondMs = 10;
    controller.setPollPolicy(policy);
}

void TestExportPollJob::scheduleStartsAtOnceAndBacksOff()
{
    const ExportPollJob::Policy policy; // the defaults the apps use
    QList<int> delays;
    for (int n = 1; n <= 13; ++n)
        delays << ExportPollJob::pollDelayMs(n, policy);
    QCOMPARE(delays, (QList<int>{0, 25, 37, 55, 82, 123, 184, 276, 414, 621, 931, 1000, 1000}));
    // Polls in the first two seconds after the first: nine (doubling sent six).
    int polls = 0;
    for (int n = 2, at = 0; (at += ExportPollJob::pollDelayMs(n, policy)) <= 2000; ++n)
        ++polls;
    QCOMPARE(polls, 9);
    // At the cap, a poll a second at most: 300 per 5 minutes, a quarter of Cloudflare's 1,200.
    QVERIFY(5 * 60 * 1000 / policy.maxIntervalMs <= 1200 / 4);
}

void TestExportPollJob::timeLimitParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QStringLiteral("90") << qint64(90000);
    QTest::newRow("s") << QStringLiteral("45s") << qint64(45000);
    QTest::newRow("minutes") << QStringLiteral("15m") << qint64(900000);
    QTest::newRow("hours") << QStringLiteral("2H") << qint64(7200000);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
    QTest::newRow("words") << QStringLiteral("soon") << qint64(-1);
    QTest::newRow("days") << QStringLiteral("1d") << qint64(-1);
}

void TestExportPollJob::timeLimitParsing()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(ExportPollJob::parseTimeLimit(text).value_or(-1), ms);
}

void TestExportPollJob::smallExportIsDoneByTheFirstPoll()
{
    // D1 holds a poll until it has news; a small dump is ready by then. With a minute between polls,
    // the export still finishes at once: the first poll does not wait.
    m_emu->setPollsBeforeComplete(0);
    m_emu->setLongPollMs(10000);
    ExportController controller(m_client);
    controller.setMinimumPollIntervalMs(60000);
    const ExportResult result = run(controller, QStringLiteral("small.sql"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(sequence(m_emu->requests()),
             (QStringList{QStringLiteral("query"), QStringLiteral("start"), QStringLiteral("poll"),
                          QStringLiteral("download")}));
    QCOMPARE(controller.pollCount(), 1); // one poll, sent as soon as D1 accepted the export
}

void TestExportPollJob::foreverActiveFailsAtTheTimeLimit()
{
    const QString existing = m_out->filePath(QStringLiteral("forever.sql"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    m_emu->setPollsBeforeComplete(1000000);
    ExportController controller(m_client);
    controller.setMinimumPollIntervalMs(10);
    const ExportResult result = run(controller, QStringLiteral("forever.sql"), 400);
    QCOMPARE(result.error.kind(), ApiError::Kind::TimeLimit);
    const QString text = result.error.toString();
    QVERIFY2(text.contains(QLatin1String("still preparing the dump")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("--timeout")), qPrintable(text));
    QVERIFY(controller.pollCount() >= 3);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("forever.sql")});
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestExportPollJob::rateLimitIsWaitedOutWithACountdown()
{
    // Every poll is refused for "60 s" (a second lasts 10 ms here); then the export goes on.
    m_emu->setPollsBeforeComplete(1);
    ExportController controller(m_client);
    rateLimitPollsFor60s(controller);
    QList<int> countdown;
    connect(&controller, &ExportController::rateLimitWait, this, [&countdown](int s) { countdown << s; });
    QStringList log;
    connect(&controller, &ExportController::logMessage, this,
            [&log](ExportController::LogLevel, const QString &text) { log << text; });
    const ExportResult result = run(controller, QStringLiteral("limited.sql"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(!countdown.isEmpty());
    QCOMPARE(countdown.first(), 60);
    QCOMPARE(countdown.last(), 0);
    QVERIFY(countdown.contains(30));
    QVERIFY2(log.join(u'\n').contains(QLatin1String("waiting 60 s")), qPrintable(log.join(u'\n')));
    const QStringList seen = sequence(m_emu->requests());
    QCOMPARE(seen.count(QStringLiteral("start")), 1); // the export survived the wait
    QCOMPARE(seen.constLast(), QStringLiteral("download"));
}

void TestExportPollJob::exportCancelledDuringTheWaitIsStartedAgainOnce()
{
    // D1 cancels an export left unpolled for 200 ms; the rate limit lasts "60 s" (600 ms).
    m_emu->setPollsBeforeComplete(1);
    m_emu->setAbandonTimeoutMs(200);
    ExportController controller(m_client);
    rateLimitPollsFor60s(controller);
    QStringList log;
    connect(&controller, &ExportController::logMessage, this,
            [&log](ExportController::LogLevel, const QString &text) { log << text; });
    const ExportResult result = run(controller, QStringLiteral("again.sql"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString() + u'\n' + log.join(u'\n')));
    const QStringList seen = sequence(m_emu->requests());
    // start, a 429 poll, the wait, a poll that finds the export cancelled, a new start, polls, the dump.
    QCOMPARE(seen.count(QStringLiteral("start")), 2);
    QCOMPARE(seen.mid(0, 3), (QStringList{QStringLiteral("query"), QStringLiteral("start"), QStringLiteral("poll")}));
    const qsizetype again = seen.lastIndexOf(QStringLiteral("start"));
    QVERIFY2(seen.mid(3, again - 3).count(QStringLiteral("poll")) >= 1, qPrintable(seen.join(u' ')));
    QCOMPARE(seen.constLast(), QStringLiteral("download"));
    QVERIFY2(log.join(u'\n').contains(QLatin1String("Starting it again, once")), qPrintable(log.join(u'\n')));
    QFile saved(m_out->filePath(QStringLiteral("again.sql")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("PRAGMA defer_foreign_keys=TRUE;"));
}

QTEST_GUILESS_MAIN(TestExportPollJob)
#include "tst_exportpolljob.moc"
