// The fault matrix: each fault the network can throw, at each step of an export (list, start, poll,
// download), once (it must be survived: the saved file is byte-identical to a clean export) and for
// good (it must fail with the right kind of error and leave no file). The matrix is printed as a table.
#include "CloudflareEmulator.h"
#include "ExportController.h"
#include "SampleDatabase.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;
using emu::Fault;
using emu::Step;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(emu::Step)
Q_DECLARE_METATYPE(emu::Fault)

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("matrix-token-0123456789abcdefXYZ");

QString stepName(Step s)
{
    switch (s) {
    case Step::ListDatabases: return QStringLiteral("list");
    case Step::ExportStart: return QStringLiteral("start");
    case Step::ExportPoll: return QStringLiteral("poll");
    case Step::Download: return QStringLiteral("download");
    default: return QStringLiteral("other");
    }
}

QString faultName(Fault f)
{
    switch (f) {
    case Fault::Http500: return QStringLiteral("500");
    case Fault::Html502: return QStringLiteral("502 HTML");
    case Fault::RateLimited: return QStringLiteral("429 + Retry-After");
    case Fault::CorruptJson: return QStringLiteral("corrupt JSON");
    case Fault::CutConnection: return QStringLiteral("cut connection");
    case Fault::ShortBody: return QStringLiteral("short body");
    case Fault::SlowBody: return QStringLiteral("slow body");
    case Fault::NoAnswer: return QStringLiteral("timeout");
    case Fault::ExportError: return QStringLiteral("export error");
    case Fault::ExportBusy: return QStringLiteral("already running");
    case Fault::ExpiredUrl: return QStringLiteral("expired URL");
    case Fault::Refused: return QStringLiteral("403 refused");
    case Fault::Oversized: return QStringLiteral("oversized answer");
    }
    return {};
}

QString kindName(Kind k)
{
    switch (k) {
    case Kind::None: return QStringLiteral("saved, identical");
    case Kind::ServerError: return QStringLiteral("failed: server error");
    case Kind::BadResponse: return QStringLiteral("failed: bad response");
    case Kind::RateLimited: return QStringLiteral("failed: rate limited");
    case Kind::Timeout: return QStringLiteral("failed: timeout");
    case Kind::Network: return QStringLiteral("failed: network");
    case Kind::ExportFailed: return QStringLiteral("failed: export error");
    case Kind::ExportBusy: return QStringLiteral("failed: already running");
    case Kind::DownloadFailed: return QStringLiteral("failed: download");
    case Kind::UrlExpired: return QStringLiteral("failed: URL expired");
    case Kind::TimeLimit: return QStringLiteral("failed: time limit");
    default: return QStringLiteral("failed: other (%1)").arg(int(k));
    }
}

struct Row {
    QString step, fault, times, expected, actual;
    bool pass;
};
QList<Row> matrix;
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fault_data();
    void fault();
    void virtualTableRowsRefused_data();
    void virtualTableRowsRefused();

private:
    QTemporaryDir m_data;
    QString m_db;
    QByteArray m_reference;
};

void TestFaultMatrix::initTestCase()
{
    m_db = m_data.filePath(QStringLiteral("plain.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(m_db, {emu::SampleSpec::Plain, 1024 * 1024, 3}));
}

void TestFaultMatrix::cleanupTestCase()
{
    QString table = QStringLiteral("\n%1 | %2 | %3 | %4 | %5 | ok\n")
                        .arg(QStringLiteral("step"), -8)
                        .arg(QStringLiteral("fault"), -18)
                        .arg(QStringLiteral("times"), -6)
                        .arg(QStringLiteral("expected"), -24)
                        .arg(QStringLiteral("actual"), -24);
    table += QString(100, QLatin1Char('-')) + QLatin1Char('\n');
    for (const Row &r : std::as_const(matrix))
        table += QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6\n")
                     .arg(r.step, -8).arg(r.fault, -18).arg(r.times, -6).arg(r.expected, -24).arg(r.actual, -24)
                     .arg(r.pass ? QStringLiteral("yes") : QStringLiteral("NO"));
    qInfo().noquote() << table;
}

void TestFaultMatrix::fault_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("times");
    QTest::addColumn<Kind>("expected");
    QTest::addColumn<int>("forSeconds"); // > 0: the fault lasts this long (a second is 10 ms here)

    constexpr int Always = 1000;
    const QList<Step> apiSteps{Step::ListDatabases, Step::ExportStart, Step::ExportPoll};
    const QList<Fault> transient{Fault::Http500, Fault::Html502, Fault::RateLimited, Fault::CorruptJson,
                                 Fault::CutConnection, Fault::NoAnswer};
    for (Step s : apiSteps) {
        for (Fault f : transient) {
            const QString name = stepName(s) + QLatin1Char('/') + faultName(f);
            QTest::newRow(qPrintable(name + QStringLiteral(" once"))) << s << f << 1 << Kind::None << 0;
            Kind persistent = Kind::ServerError;
            if (f == Fault::Html502 || f == Fault::CorruptJson)
                persistent = Kind::BadResponse;
            else if (f == Fault::RateLimited)
                // A list gives up after its retries; an export waits rate limits out until its time limit.
                persistent = s == Step::ListDatabases ? Kind::RateLimited : Kind::TimeLimit;
            else if (f == Fault::NoAnswer)
                persistent = Kind::Timeout;
            else if (f == Fault::CutConnection)
                persistent = Kind::BadResponse; // the cut body reaches the parser as truncated JSON
            QTest::newRow(qPrintable(name + QStringLiteral(" always"))) << s << f << Always << persistent << 0;
        }
    }
    // Cloudflare blocks a token for minutes: waited out as Retry-After says, then the export goes on.
    for (Step s : {Step::ExportStart, Step::ExportPoll})
        QTest::newRow(qPrintable(stepName(s) + QStringLiteral("/rate limited for 60 s")))
            << s << Fault::RateLimited << 1 << Kind::None << 60;
    // An answer over the size limit is not retried: the same request would get the same answer.
    QTest::newRow("list/oversized answer once") << Step::ListDatabases << Fault::Oversized << 1 << Kind::BadResponse << 0;
    for (Step s : {Step::ExportStart, Step::ExportPoll}) {
        QTest::newRow(qPrintable(stepName(s) + QStringLiteral("/export error")))
            << s << Fault::ExportError << 1 << Kind::ExportFailed << 0;
        QTest::newRow(qPrintable(stepName(s) + QStringLiteral("/already running")))
            << s << Fault::ExportBusy << 1 << Kind::ExportBusy << 0;
    }
    for (Fault f : {Fault::CutConnection, Fault::ShortBody, Fault::Http500, Fault::NoAnswer, Fault::ExpiredUrl}) {
        QTest::newRow(qPrintable(QStringLiteral("download/") + faultName(f) + QStringLiteral(" once")))
            << Step::Download << f << 1 << Kind::None << 0;
    }
    // Every fresh link refused as expired: a few renewals with growing pauses, then a clear failure.
    QTest::newRow("download/expired URL always") << Step::Download << Fault::ExpiredUrl << Always << Kind::UrlExpired << 0;
    for (Fault f : {Fault::CutConnection, Fault::ShortBody, Fault::Http500, Fault::NoAnswer})
        QTest::newRow(qPrintable(QStringLiteral("download/") + faultName(f) + QStringLiteral(" always")))
            << Step::Download << f << Always << Kind::DownloadFailed << 0;
}

void TestFaultMatrix::fault()
{
    QFETCH(Step, step);
    QFETCH(Fault, fault);
    QFETCH(int, times);
    QFETCH(Kind, expected);
    QFETCH(int, forSeconds);
    constexpr int SecondMs = 10;

    QTemporaryDir out;
    emu::CloudflareEmulator emulator;
    QVERIFY(emulator.listen());
    emulator.addApiToken(Token);
    emulator.addAccount(AccountId, QStringLiteral("Matrix"));
    const QString uuid = emulator.addDatabase(AccountId, QStringLiteral("plain"), m_db);
    emulator.setPollsBeforeComplete(2);
    emulator.setAbandonTimeoutMs(1500); // so an export orphaned by a lost answer is released quickly

    QNetworkAccessManager nam;
    CloudflareClient client(&nam, *ApiEndpoint::fromString(emulator.apiBase().toString()), Credentials::fromToken(Token));
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 20;
    policy.maxRetryAfterSeconds = 0; // the cap keeps the matrix fast; the wait itself is tested elsewhere
    // Short, so the timeout rows are quick; 64 MB of oversized answer take longer than that here.
    policy.transferTimeoutMs = fault == Fault::Oversized ? 30000 : 400;
    client.setRetryPolicy(policy);

    // A clean reference export first, on the same emulator, to compare bytes with.
    const QString referencePath = out.filePath(QStringLiteral("reference.sql"));
    auto exportOnce = [&](const QString &path) {
        ExportController controller(&client);
        controller.setPollRetryPolicy(policy);
        controller.setMinimumPollIntervalMs(10);
        Downloader::Policy dl;
        dl.retryDelayMs = 5;
        dl.transferTimeoutMs = 400;
        dl.maxResumesWithoutProgress = 3;
        controller.setDownloadPolicy(dl);
        controller.setOrphanRecovery(200, 5000);
        ExportPollJob::Policy poll = controller.pollPolicy();
        poll.secondMs = SecondMs; // Retry-After: 60 lasts 600 ms
        controller.setPollPolicy(poll);
        QSignalSpy finished(&controller, &ExportController::finished);
        connect(&controller, &ExportController::logMessage, &controller,
                [](ExportController::LogLevel, const QString &t) { if (qEnvironmentVariableIsSet("MATRIX_LOG")) qInfo() << t; });
        ExportRequest request{AccountId, uuid, QStringLiteral("plain"), {}, path};
        request.timeLimitMs = 3000; // the production default is hours; the rows that hit it take this long
        controller.start(request);
        if (finished.isEmpty())
            finished.wait(30000);
        return controller.result();
    };
    QVERIFY(exportOnce(referencePath).ok());
    QFile ref(referencePath);
    QVERIFY(ref.open(QIODevice::ReadOnly));
    const QByteArray reference = ref.readAll();
    ref.close();
    QFile::remove(referencePath);

    emu::FaultSpec spec{step, fault, times};
    spec.retryAfterSeconds = forSeconds > 0 ? forSeconds : 1;
    spec.forMs = qint64(forSeconds) * SecondMs;
    spec.cutAfterBytes = step == Step::Download ? 64 * 1024 : 20;
    emulator.addFault(spec);

    ApiError outcome;
    if (step == Step::ListDatabases) {
        PagedCall *list = client.listDatabases(AccountId);
        QSignalSpy listed(list, &ApiTask::finished);
        QVERIFY(listed.wait(30000));
        outcome = list->error();
    }
    const QString target = out.filePath(QStringLiteral("dump.sql"));
    if (!outcome)
        outcome = exportOnce(target).error;

    const QStringList files = QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    bool pass = outcome.kind() == expected;
    if (expected == Kind::None) {
        QFile saved(target);
        pass = pass && saved.open(QIODevice::ReadOnly) && saved.readAll() == reference;
    } else {
        pass = pass && files.isEmpty() && !outcome.summary().isEmpty();
    }
    const QString duration = forSeconds > 0 ? QStringLiteral("%1 s").arg(forSeconds)
                             : times == 1        ? QStringLiteral("once")
                                                 : QStringLiteral("always");
    matrix.append({stepName(step), faultName(fault), duration,
                   kindName(expected), kindName(outcome.kind()), pass});
    QVERIFY2(outcome.kind() == expected, qPrintable(outcome.toString()));
    if (expected == Kind::None)
        QCOMPARE(files, QStringList{QStringLiteral("dump.sql")});
    else
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(','))));
    QVERIFY(pass);
}

void TestFaultMatrix::virtualTableRowsRefused_data()
{
    QTest::addColumn<bool>("schemaOnly");
    QTest::newRow("schema and data") << false;
    QTest::newRow("schema only") << true;
}

void TestFaultMatrix::virtualTableRowsRefused()
{
    // D1 will not read a standalone FTS table's rows for us (every /raw for it fails): the dump would
    // lack them, so the export fails, unless the user asked for the schema alone.
    QFETCH(bool, schemaOnly);
    QTemporaryDir out;
    const QString db = out.filePath(QStringLiteral("virtual.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(db, {emu::SampleSpec::WithVirtualTable, 0, 3}));
    emu::CloudflareEmulator emulator;
    QVERIFY(emulator.listen());
    emulator.addApiToken(Token);
    emulator.addAccount(AccountId, QStringLiteral("Matrix"));
    const QString uuid = emulator.addDatabase(AccountId, QStringLiteral("search"), db);
    emulator.setPollsBeforeComplete(1);
    emu::FaultSpec refused{Step::Query, Fault::Refused, 1000};
    refused.bodyContains = "notes_fts"; // the standalone table; the schema read is answered
    emulator.addFault(refused);

    QNetworkAccessManager nam;
    CloudflareClient client(&nam, *ApiEndpoint::fromString(emulator.apiBase().toString()), Credentials::fromToken(Token));
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 20;
    client.setRetryPolicy(policy);
    ExportController controller(&client);
    controller.setPollRetryPolicy(policy);
    controller.setMinimumPollIntervalMs(10);
    QSignalSpy finished(&controller, &ExportController::finished);
    ExportOptions options;
    options.noData = schemaOnly;
    const QString target = out.filePath(QStringLiteral("dump.sql"));
    controller.start({AccountId, uuid, QStringLiteral("search"), options, target});
    if (finished.isEmpty())
        QVERIFY(finished.wait(30000));
    const ExportResult result = controller.result();
    const Kind expected = schemaOnly ? Kind::None : Kind::ExportFailed;
    matrix.append({QStringLiteral("raw"), QStringLiteral("vtable rows refused"),
                   schemaOnly ? QStringLiteral("always, schema only") : QStringLiteral("always"), kindName(expected),
                   kindName(result.error.kind()), result.error.kind() == expected});
    QVERIFY2(result.error.kind() == expected, qPrintable(result.error.toString()));
    if (schemaOnly) {
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("CREATE VIRTUAL TABLE notes_fts"));
        return;
    }
    QVERIFY2(result.error.summary().contains(QLatin1String("notes_fts")), qPrintable(result.error.summary()));
    // Nothing saved, and D1 was never asked to export (and lock) the database.
    QVERIFY(QDir(out.path()).entryList({QStringLiteral("dump*")}, QDir::Files | QDir::Hidden).isEmpty());
    for (const emu::RecordedRequest &r : emulator.requests())
        QVERIFY(!r.target.endsWith("/export"));
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
