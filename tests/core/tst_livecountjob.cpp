// LiveCountJob against the in-process emulator: the counts D1 gives back and the one /query it saw
// (tables beyond 400 split into a second statement of the same request), a refusal that stops the
// export, and a server failure the export goes on without (a warning, no counts).
#include "CloudflareEmulator.h"
#include "EmulatorFixture.h"
#include "SqliteCheck.h"
#include "LiveCountJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>


using namespace d1x;
using testsupport::execSql;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("count-token-0123456789-abcdefghij");

// The SQL of every /query and /raw request the emulator saw.
QStringList queriesSeen(const QList<emu::RecordedRequest> &requests)
{
    QStringList out;
    for (const emu::RecordedRequest &r : requests)
        if (r.target.endsWith("/query") || r.target.endsWith("/raw"))
            out << QJsonDocument::fromJson(r.body).object().value(QLatin1String("sql")).toString();
    return out;
}
} // namespace

class TestLiveCountJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsEveryTableInOneRequest();
    void manyTablesGoInSeveralStatements();
    void refusedCountStopsTheExport();
    void failedCountIsOnlyAWarning();

private:
    // Runs the job on `tables`; the error it finished with.
    ApiError run(LiveCountJob &job, const QStringList &tables, QStringList *log = nullptr);

    QTemporaryDir m_data;
    QString m_dbPath;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    QString m_uuid;
};

void TestLiveCountJob::initTestCase()
{
    m_dbPath = m_data.filePath(QStringLiteral("counts.sqlite"));
    QString sql = QStringLiteral("BEGIN; CREATE TABLE a(x); INSERT INTO a VALUES(1),(2),(3);"
                                 "CREATE TABLE \"b c\"(y); INSERT INTO \"b c\" VALUES('one');"
                                 "CREATE TABLE empty(z);");
    for (int i = 0; i < 401; ++i)
        sql += QStringLiteral("CREATE TABLE t%1(v); INSERT INTO t%1 VALUES(%1);").arg(i);
    QVERIFY(execSql(m_dbPath, (sql + QStringLiteral("COMMIT;")).toUtf8()));
}

void TestLiveCountJob::init()
{
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("Counts"), Token);
    QVERIFY(m_fixture->isListening());
    m_uuid = m_fixture->emulator()->addDatabase(AccountId, QStringLiteral("counts"), m_dbPath);
}

void TestLiveCountJob::cleanup()
{
    m_fixture.reset();
}

ApiError TestLiveCountJob::run(LiveCountJob &job, const QStringList &tables, QStringList *log)
{
    if (log)
        connect(&job, &LiveCountJob::logMessage, this,
                [log](bool warning, const QString &text) { *log << (warning ? QStringLiteral("W: ") : QString()) + text; });
    ApiError result(ApiError::Kind::Cancelled, QStringLiteral("the test gave up waiting"));
    connect(&job, &LiveCountJob::finished, this, [&result](const ApiError &error) { result = error; });
    QSignalSpy finished(&job, &LiveCountJob::finished);
    job.start(AccountId, m_uuid, tables);
    if (finished.isEmpty())
        finished.wait(30000);
    return result;
}

void TestLiveCountJob::countsEveryTableInOneRequest()
{
    LiveCountJob job(m_fixture->client());
    QStringList log;
    const ApiError error = run(job, {QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("empty")}, &log);
    QVERIFY2(!error, qPrintable(error.toString()));
    const QMap<QString, qint64> expected{{QStringLiteral("a"), 3}, {QStringLiteral("b c"), 1}, {QStringLiteral("empty"), 0}};
    QCOMPARE(job.counts(), expected);
    QCOMPARE(queriesSeen(m_fixture->emulator()->requests()),
             QStringList{QStringLiteral("SELECT 0 AS i, count(*) AS n FROM \"a\" UNION ALL SELECT 1, count(*) FROM "
                                        "\"b c\" UNION ALL SELECT 2, count(*) FROM \"empty\"")});
    QCOMPARE(log.size(), 2);
    QVERIFY2(log.at(0).startsWith(QLatin1String("Counting the rows of 3 table")), qPrintable(log.at(0)));
    QVERIFY2(log.at(1).startsWith(QLatin1String("D1 holds 4 rows")), qPrintable(log.at(1)));
}

void TestLiveCountJob::manyTablesGoInSeveralStatements()
{
    QStringList tables;
    for (int i = 0; i < 401; ++i)
        tables << QStringLiteral("t%1").arg(i);
    LiveCountJob job(m_fixture->client());
    const ApiError error = run(job, tables);
    QVERIFY2(!error, qPrintable(error.toString()));
    QCOMPARE(job.counts().size(), 401);
    for (int i = 0; i < 401; ++i)
        QCOMPARE(job.counts().value(QStringLiteral("t%1").arg(i)), 1);
    const QStringList seen = queriesSeen(m_fixture->emulator()->requests());
    QCOMPARE(seen.size(), 1); // one request, two statements (SQLite takes at most 500 parts a SELECT)
    const QStringList statements = seen.at(0).split(QStringLiteral("; "));
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0).count(QLatin1String("count(*)")), 400);
    QCOMPARE(statements.at(1), QStringLiteral("SELECT 400 AS i, count(*) AS n FROM \"t400\""));
}

void TestLiveCountJob::refusedCountStopsTheExport()
{
    m_fixture->emulator()->addFault({emu::Step::Query, emu::Fault::Refused});
    LiveCountJob job(m_fixture->client());
    const ApiError error = run(job, {QStringLiteral("a")});
    // D1's 7403 ("the given account is not valid…"): the export could not go on either.
    QCOMPARE(error.kind(), ApiError::Kind::AccountNotFound);
    QVERIFY(job.counts().isEmpty());
}

void TestLiveCountJob::failedCountIsOnlyAWarning()
{
    emu::FaultSpec fault{emu::Step::Query, emu::Fault::Http500};
    fault.times = 100; // every attempt
    m_fixture->emulator()->addFault(fault);
    LiveCountJob job(m_fixture->client());
    QStringList log;
    const ApiError error = run(job, {QStringLiteral("a")}, &log);
    QVERIFY2(!error, qPrintable(error.toString()));
    QVERIFY(job.counts().isEmpty());
    QVERIFY2(log.last().startsWith(QLatin1String("W: The rows could not be counted on D1 (")), qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(log.last().endsWith(QLatin1String("the export goes on without the comparison.")), qPrintable(log.last()));
    QVERIFY(queriesSeen(m_fixture->emulator()->requests()).size() > 1); // retried before giving up
}

QTEST_GUILESS_MAIN(TestLiveCountJob)
#include "tst_livecountjob.moc"
