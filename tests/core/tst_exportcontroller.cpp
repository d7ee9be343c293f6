// End to end against the in-process emulator: every kind of sample database exported, re-imported and
// compared row by row; options; failures and cancellation that must leave nothing behind; resumed
// downloads; and credentials that never reach the download host.
#include "CloudflareEmulator.h"
#include "EmulatorFixture.h"
#include "ExportController.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"
#include "TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;
using testsupport::readFile;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("test-token-0123456789-abcdefghij");
} // namespace

class TestExportController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportsEveryKindFaithfully_data();
    void exportsEveryKindFaithfully();
    void tableFilter();
    void schemaOnly();
    void dataOnly();
    void globalKeyAuth();
    void wrongToken();
    void missingDatabase();
    void exportErrorKeepsExistingFile();
    void exportBusyIsToldApart();
    void cancelWhilePolling();
    void cancelWhileDownloading();
    void downloadHostNeverSeesCredentials();
    void transientFailuresAreRetried_data();
    void transientFailuresAreRetried();
    void cutDownloadResumes_data();
    void cutDownloadResumes();
    void expiredUrlIsRefreshed();
    void unsafeIdsNeverReachTheServer();
    void pollsAreSpacedWhenAnswersComeAtOnce();
    void pathThatIsAFolder();
    void unwritableFolder();

private:
    ExportResult runExport(const ExportRequest &request, ExportController *controller = nullptr);
    ExportRequest request(const QString &dbUuid, const QString &file) const;
    QStringList leftovers() const; // files in the output folder other than the expected ones

    QTemporaryDir m_data;
    QString m_awkwardPath;
    QString m_plainPath;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    emu::CloudflareEmulator *m_emu = nullptr; // the fixture's
    CloudflareClient *m_client = nullptr;     // the fixture's
    QString m_awkward;
    QString m_plain;
};

void TestExportController::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_awkwardPath = m_data.filePath(QStringLiteral("awkward.sqlite"));
    m_plainPath = m_data.filePath(QStringLiteral("plain.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_awkwardPath, {emu::SampleSpec::Awkward, 0, 1}, &error), qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_plainPath, {emu::SampleSpec::Plain, 2 * 1024 * 1024, 7}, &error),
             qPrintable(error));
}

void TestExportController::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("Test account"), Token);
    QVERIFY(m_fixture->isListening());
    m_emu = m_fixture->emulator();
    m_client = m_fixture->client();
    m_emu->addGlobalKey(QStringLiteral("me@example.com"), QStringLiteral("global-key-0123456789abcdef"));
    m_awkward = m_emu->addDatabase(AccountId, QStringLiteral("awkward"), m_awkwardPath);
    m_plain = m_emu->addDatabase(AccountId, QStringLiteral("plain"), m_plainPath);
    m_emu->setPollsBeforeComplete(2);
}

void TestExportController::cleanup()
{
    m_client = nullptr;
    m_emu = nullptr;
    m_fixture.reset();
    m_out.reset();
}

ExportRequest TestExportController::request(const QString &dbUuid, const QString &file) const
{
    ExportRequest r;
    r.accountId = AccountId;
    r.databaseId = dbUuid;
    r.outputPath = m_out->filePath(file);
    return r;
}

ExportResult TestExportController::runExport(const ExportRequest &request, ExportController *given)
{
    std::unique_ptr<ExportController> owned;
    ExportController *controller = given;
    if (!controller) {
        owned = std::make_unique<ExportController>(m_client);
        controller = owned.get();
    }
    m_fixture->speedUp(controller);
    Downloader::Policy dl;
    dl.retryDelayMs = 10;
    controller->setDownloadPolicy(dl);
    return testsupport::EmulatorFixture::run(controller, request, 60000);
}

QStringList TestExportController::leftovers() const
{
    return QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestExportController::exportsEveryKindFaithfully_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("awkward") << QStringLiteral("awkward");
    QTest::newRow("plain 2 MB") << QStringLiteral("plain");
}

void TestExportController::exportsEveryKindFaithfully()
{
    QFETCH(QString, which);
    const QString source = which == QLatin1String("awkward") ? m_awkwardPath : m_plainPath;
    const QString uuid = which == QLatin1String("awkward") ? m_awkward : m_plain;
    const ExportResult result = runExport(request(uuid, QStringLiteral("dump.sql")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.bytes, QFileInfo(result.path).size());
    QVERIFY(readFile(result.path).startsWith("PRAGMA defer_foreign_keys=TRUE;"));

    const QString copy = m_out->filePath(QStringLiteral("reimported.sqlite"));
    const QString importError = testsupport::importDump(result.path, copy);
    QVERIFY2(importError.isEmpty(), qPrintable(importError));
    QString error;
    const auto expected = testsupport::tableContents(source, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!expected.isEmpty());
    const auto actual = testsupport::tableContents(copy, &error);
    const QString difference = testsupport::firstDifference(expected, actual);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(testsupport::schemaObjects(copy), testsupport::schemaObjects(source));
    QCOMPARE(leftovers(), QStringList({QStringLiteral("dump.sql"), QStringLiteral("reimported.sqlite")}));
}

void TestExportController::tableFilter()
{
    const auto sourceTables = testsupport::tableContents(m_awkwardPath);
    const QString table = QStringLiteral("parent");
    QVERIFY2(sourceTables.contains(table), qPrintable(sourceTables.keys().join(QLatin1Char(','))));
    ExportRequest r = request(m_awkward, QStringLiteral("one.sql"));
    r.options.tables = {table};
    const ExportResult result = runExport(r);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QString copy = m_out->filePath(QStringLiteral("one.sqlite"));
    QCOMPARE(testsupport::importDump(result.path, copy), QString());
    const auto actual = testsupport::tableContents(copy);
    QCOMPARE(actual.keys(), QStringList{table});
    QCOMPARE(actual.value(table), sourceTables.value(table));
    // The request the server saw carried the filter, with the table's trigger added (on by default).
    bool sawFilter = false;
    for (const auto &req : m_emu->requests())
        sawFilter |= req.target.endsWith("/export") && req.body.contains("\"tables\":[\"parent\",\"parent_audit\"]");
    QVERIFY(sawFilter);
    QCOMPARE(testsupport::schemaObjects(copy).value(QStringLiteral("parent_audit")), QStringLiteral("trigger"));
    QCOMPARE(result.addedRelatedObjects, QStringList{QStringLiteral("parent_audit")});
}

void TestExportController::schemaOnly()
{
    ExportRequest r = request(m_awkward, QStringLiteral("schema.sql"));
    r.options.noData = true;
    const ExportResult result = runExport(r);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(!readFile(result.path).contains("\nINSERT INTO")); // (triggers may hold INSERTs)
    const QString copy = m_out->filePath(QStringLiteral("schema.sqlite"));
    QCOMPARE(testsupport::importDump(result.path, copy), QString());
    QCOMPARE(testsupport::schemaObjects(copy), testsupport::schemaObjects(m_awkwardPath));
    for (const QString &table : testsupport::tableContents(copy).keys())
        QCOMPARE(testsupport::rowCount(copy, table), 0);
}

void TestExportController::dataOnly()
{
    // The tables alone (triggers would fire again while the data loads): related objects turned off.
    ExportRequest schema = request(m_awkward, QStringLiteral("schema.sql"));
    schema.includeRelatedObjects = false;
    schema.options.noData = true;
    schema.options.tables = testsupport::tableContents(m_awkwardPath).keys();
    schema.options.tables.removeAll(QStringLiteral("sqlite_sequence"));
    QVERIFY(runExport(schema).ok());
    ExportRequest data = request(m_awkward, QStringLiteral("data.sql"));
    data.includeRelatedObjects = false;
    data.options.noSchema = true;
    data.options.tables = schema.options.tables;
    const ExportResult result = runExport(data);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QByteArray sql = readFile(result.path);
    QVERIFY(!sql.contains("CREATE "));
    QVERIFY(sql.contains("\nINSERT INTO"));
    // Data-only dumps load into a database that already has the schema.
    const QString copy = m_out->filePath(QStringLiteral("both.sqlite"));
    const QString merged = m_out->filePath(QStringLiteral("merged.sql"));
    QFile mergedFile(merged);
    QVERIFY(mergedFile.open(QIODevice::WriteOnly));
    mergedFile.write(readFile(m_out->filePath(QStringLiteral("schema.sql"))));
    mergedFile.write(sql);
    mergedFile.close();
    QCOMPARE(testsupport::importDump(merged, copy), QString());
    auto expected = testsupport::tableContents(m_awkwardPath);
    expected.remove(QStringLiteral("sqlite_sequence")); // not in the filter, so not in either dump
    auto actual = testsupport::tableContents(copy);
    actual.remove(QStringLiteral("sqlite_sequence"));
    QCOMPARE(testsupport::firstDifference(expected, actual), QString());
}

void TestExportController::globalKeyAuth()
{
    m_client->setCredentials(
        Credentials::fromGlobalKey(QStringLiteral("me@example.com"), QStringLiteral("global-key-0123456789abcdef")));
    const ExportResult result = runExport(request(m_plain, QStringLiteral("key.sql")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const auto requests = m_emu->requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.first().headers.value("x-auth-email"), QByteArray("me@example.com"));
}

void TestExportController::wrongToken()
{
    m_client->setCredentials(Credentials::fromToken(QStringLiteral("wrong-token-zzzzzzzzzzzz")));
    const ExportResult result = runExport(request(m_plain, QStringLiteral("x.sql")));
    QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(result.error.toString().contains(QLatin1String("credentials")));
    QVERIFY(leftovers().isEmpty());
}

void TestExportController::missingDatabase()
{
    const ExportResult result =
        runExport(request(QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("x.sql")));
    QCOMPARE(result.error.kind(), ApiError::Kind::DatabaseNotFound);
    QVERIFY(leftovers().isEmpty());
}

void TestExportController::exportErrorKeepsExistingFile()
{
    const QString path = m_out->filePath(QStringLiteral("keep.sql"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- yesterday's good dump\n");
    }
    m_emu->addFault({emu::Step::ExportPoll, emu::Fault::ExportError});
    const ExportResult result = runExport(request(m_plain, QStringLiteral("keep.sql")));
    QCOMPARE(result.error.kind(), ApiError::Kind::ExportFailed);
    QVERIFY(result.error.summary().contains(QLatin1String("Simulated export failure")));
    QCOMPARE(readFile(path), QByteArray("-- yesterday's good dump\n"));
    QCOMPARE(leftovers(), QStringList{QStringLiteral("keep.sql")});
}

void TestExportController::exportBusyIsToldApart()
{
    m_emu->addFault({emu::Step::ExportStart, emu::Fault::ExportBusy});
    const ExportResult result = runExport(request(m_plain, QStringLiteral("busy.sql")));
    QCOMPARE(result.error.kind(), ApiError::Kind::ExportBusy);
    QVERIFY(result.error.advice().contains(QLatin1String("Wait")));
    QVERIFY(leftovers().isEmpty());
}

void TestExportController::cancelWhilePolling()
{
    const QString path = m_out->filePath(QStringLiteral("keep.sql"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    m_emu->setPollsBeforeComplete(1000000);
    ExportController controller(m_client);
    controller.setMinimumPollIntervalMs(10);
    QSignalSpy finished(&controller, &ExportController::finished);
    controller.start(request(m_plain, QStringLiteral("keep.sql")));
    QTRY_VERIFY_WITH_TIMEOUT(controller.pollCount() >= 3, 20000);
    QCOMPARE(controller.state(), ExportController::State::Exporting);
    controller.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(controller.result().error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(controller.state(), ExportController::State::Cancelled);
    QCOMPARE(readFile(path), QByteArray("old"));
    QCOMPARE(leftovers(), QStringList{QStringLiteral("keep.sql")});
}

void TestExportController::cancelWhileDownloading()
{
    const QString path = m_out->filePath(QStringLiteral("keep.sql"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    emu::FaultSpec slow{emu::Step::Download, emu::Fault::SlowBody};
    slow.slowDelayMs = 20;
    m_emu->addFault(slow);
    ExportController controller(m_client);
    QSignalSpy progress(&controller, &ExportController::downloadProgress);
    controller.start(request(m_plain, QStringLiteral("keep.sql")));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toLongLong() > 0, 20000);
    QCOMPARE(controller.state(), ExportController::State::Downloading);
    controller.cancel();
    QCOMPARE(controller.result().error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(readFile(path), QByteArray("old"));
    QCOMPARE(leftovers(), QStringList{QStringLiteral("keep.sql")});
}

void TestExportController::downloadHostNeverSeesCredentials()
{
    ExportController controller(m_client);
    QStringList log;
    connect(&controller, &ExportController::logMessage, this,
            [&log](ExportController::LogLevel, const QString &text) { log << text; });
    const ExportResult result = runExport(request(m_awkward, QStringLiteral("d.sql")), &controller);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    int downloads = 0;
    int apiCalls = 0;
    for (const auto &req : m_emu->requests()) {
        if (req.toDownloadListener) {
            ++downloads;
            QVERIFY(!req.headers.contains("authorization"));
            QVERIFY(!req.headers.contains("x-auth-key"));
            QVERIFY(!req.headers.contains("x-auth-email"));
            QVERIFY(!req.headers.contains("cookie"));
            for (const QByteArray &value : req.headers)
                QVERIFY(!value.contains(Token.toUtf8()));
        } else {
            ++apiCalls;
            QCOMPARE(req.headers.value("authorization"), "Bearer " + Token.toUtf8());
        }
    }
    QCOMPARE(downloads, 1);
    QVERIFY(apiCalls >= 3); // start + at least two polls
    // Every server message made it into the log, and neither the token nor the signed URL did.
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("Generating")));
    for (const QString &line : log) {
        QVERIFY(!line.contains(Token));
        QVERIFY(!line.contains(QLatin1String("Signature")));
    }
}

void TestExportController::transientFailuresAreRetried_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("fault");
    using S = emu::Step;
    using F = emu::Fault;
    QTest::newRow("500 on start") << int(S::ExportStart) << int(F::Http500);
    QTest::newRow("502 html on start") << int(S::ExportStart) << int(F::Html502);
    QTest::newRow("429 on poll") << int(S::ExportPoll) << int(F::RateLimited);
    QTest::newRow("corrupt json on poll") << int(S::ExportPoll) << int(F::CorruptJson);
    QTest::newRow("cut connection on poll") << int(S::ExportPoll) << int(F::CutConnection);
}

void TestExportController::transientFailuresAreRetried()
{
    QFETCH(int, step);
    QFETCH(int, fault);
    emu::FaultSpec spec{emu::Step(step), emu::Fault(fault)};
    spec.cutAfterBytes = 10;
    m_emu->addFault(spec);
    ExportController controller(m_client);
    QStringList warnings;
    connect(&controller, &ExportController::logMessage, this, [&warnings](ExportController::LogLevel l, const QString &t) {
        if (l == ExportController::LogLevel::Warning)
            warnings << t;
    });
    const ExportResult result = runExport(request(m_plain, QStringLiteral("r.sql")), &controller);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(QFileInfo(result.path).size(), result.bytes);
    QVERIFY2(!warnings.isEmpty(), "the retry is shown in the log");
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_plainPath), [&] {
                 const QString copy = m_out->filePath(QStringLiteral("r.sqlite"));
                 testsupport::importDump(result.path, copy);
                 return testsupport::tableContents(copy);
             }()),
             QString());
}

void TestExportController::cutDownloadResumes_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("reset mid-body") << int(emu::Fault::CutConnection);
    QTest::newRow("short body, clean close") << int(emu::Fault::ShortBody);
}

void TestExportController::cutDownloadResumes()
{
    QFETCH(int, fault);
    emu::FaultSpec spec{emu::Step::Download, emu::Fault(fault)};
    spec.cutAfterBytes = 300 * 1024;
    m_emu->addFault(spec);
    const ExportResult result = runExport(request(m_plain, QStringLiteral("resumed.sql")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    // The second request resumed from the byte reached: after the bytes that made it before the cut.
    bool sawRange = false;
    for (const auto &req : m_emu->requests()) {
        const QByteArray range = req.headers.value("range");
        if (req.toDownloadListener && range.startsWith("bytes=") && range.endsWith('-')) {
            const qint64 from = range.mid(6, range.size() - 7).toLongLong();
            sawRange |= from > 0 && from <= spec.cutAfterBytes;
        }
    }
    QVERIFY2(sawRange, "the second request resumed at the byte reached");
    const QString copy = m_out->filePath(QStringLiteral("resumed.sqlite"));
    QCOMPARE(testsupport::importDump(result.path, copy), QString());
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_plainPath), testsupport::tableContents(copy)),
             QString());
}

void TestExportController::expiredUrlIsRefreshed()
{
    m_emu->addFault({emu::Step::Download, emu::Fault::ExpiredUrl});
    ExportController controller(m_client);
    const ExportResult result = runExport(request(m_plain, QStringLiteral("fresh.sql")), &controller);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QStringList targets;
    for (const auto &req : m_emu->requests())
        if (req.toDownloadListener)
            targets << QString::fromUtf8(req.target);
    QCOMPARE(targets.size(), 2);
    QVERIFY(targets.at(0) != targets.at(1)); // a fresh signed URL
    const QString copy = m_out->filePath(QStringLiteral("fresh.sqlite"));
    QCOMPARE(testsupport::importDump(result.path, copy), QString());
}

void TestExportController::unsafeIdsNeverReachTheServer()
{
    const ExportResult result = runExport(request(QStringLiteral("../../user/tokens"), QStringLiteral("x.sql")));
    QCOMPARE(result.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY(m_emu->requests().isEmpty());
    PagedCall *list = m_client->listDatabases(QStringLiteral("acct/../other"));
    QSignalSpy listed(list, &ApiTask::finished);
    QVERIFY(listed.wait(5000));
    QCOMPARE(list->error().kind(), ApiError::Kind::InvalidInput);
    QVERIFY(m_emu->requests().isEmpty());
    QVERIFY(leftovers().isEmpty());
}

void TestExportController::pollsAreSpacedWhenAnswersComeAtOnce()
{
    // The emulator answers polls at once; six of them must take at least five intervals.
    m_emu->setPollsBeforeComplete(6);
    ExportController controller(m_client);
    controller.setMinimumPollIntervalMs(100);
    QSignalSpy finished(&controller, &ExportController::finished);
    QElapsedTimer clock;
    clock.start();
    controller.start(request(m_plain, QStringLiteral("spaced.sql")));
    QVERIFY(finished.wait(30000));
    QVERIFY2(controller.result().ok(), qPrintable(controller.result().error.toString()));
    QVERIFY(controller.pollCount() >= 6);
    QVERIFY2(clock.elapsed() >= 5 * 100, qPrintable(QString::number(clock.elapsed())));
}

void TestExportController::pathThatIsAFolder()
{
    QVERIFY(QDir(m_out->path()).mkdir(QStringLiteral("folder.sql")));
    const ExportResult result = runExport(request(m_plain, QStringLiteral("folder.sql")));
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    // Refused before anything was asked of D1.
    for (const auto &req : m_emu->requests())
        QVERIFY(!req.target.endsWith("/export"));
}

void TestExportController::unwritableFolder()
{
    const QString vanished = m_out->filePath(QStringLiteral("gone/inner/x.sql"));
    ExportRequest r = request(m_plain, QStringLiteral("unused.sql"));
    r.outputPath = vanished;
    const ExportResult result = runExport(r);
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY(!result.error.advice().isEmpty());
    QVERIFY(!QFile::exists(vanished));
}

QTEST_GUILESS_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
