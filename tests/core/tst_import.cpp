// The import into D1 end to end against the in-process emulator: ImportController and ImportJob
// (init, upload, ingest, poll), the round trip export → import → export for every sample database,
// other inputs (an SQLite file, sqlite3's .dump), upload faults, a failing ingest, undo through Time
// Travel, a read-only token, cancellation, and credentials that never reach the upload host.
#include "CloudflareEmulator.h"
#include "EmulatorFixture.h"
#include "ExportController.h"
#include "ImportController.h"
#include "ImportJob.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("import-token-0123456789-abcdefghij");
const QString ReadOnlyToken = QStringLiteral("read-only-token-0123456789-abcdef");

struct Outcome {
    ImportResult result;
    QStringList log;
    bool prepared = false;
};
} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importStatusIsRead();
    void etagQuotesAreStripped();

    void roundTripIntoNewDatabase_data();
    void roundTripIntoNewDatabase();
    void sqliteFileRestoredDirectly();
    void sqlite3DumpFile();
    void cutUploadIsSentAgain();
    void wrongEtagIsUploadedAgain();
    void expiredUploadUrlInitsAgain();
    void rateLimitedPollIsWaitedOut();
    void failedIngestLeavesTargetAsItWas();
    void lostIngestAnswerIsNotSentAgain();
    void lostIngestAnswerWithoutTheImportOnD1IsSaidPlainly();
    void lostInitAnswerIsLookedUpThenAskedAgain_data();
    void lostInitAnswerIsLookedUpThenAskedAgain();
    void lostInitAnswerOfAHeldFileFollowsTheImport();
    void undoBringsBackTheStateBefore();
    void uploadHostNeverSeesCredentials();
    void readOnlyTokenIsToldBeforeUpload();
    void cancelBeforeIngestDeletesCreatedDatabase();
    void nameInUseIsRefusedBeforeAnything();
    void tablesOfTheSameNameAreRefusedBeforeUpload();

private:
    ImportRequest request(const QString &input, const QString &createName = {}, const QString &uuid = {}) const;
    void speedUp(ImportController *controller) const;
    Outcome runImport(const ImportRequest &request, CloudflareClient *client = nullptr);
    // Every table's rows of a database on the emulator, read back through an export.
    QMap<QString, QStringList> contentsOnD1(const QString &uuid, QString *error);
    // The first difference between the rows of the SQLite file `expectedDb` and those of `uuid` on
    // the emulator (or why they could not be read); empty when equal.
    QString differenceOnD1(const QString &expectedDb, const QString &uuid);
    QString exportToFile(const QString &uuid, const QString &name, QString *error);
    // A database "target" on the emulator holding a copy of the Numbers64 sample; its id.
    QString addTargetHoldingNumbers();
    // A database "target" on the emulator with no tables yet; its id.
    QString addEmptyTarget();
    // The next import request with this action is carried out, and its answer cut after a few bytes.
    void cutTheAnswerTo(const QByteArray &action);
    QList<emu::RecordedRequest> uploads() const;
    int importActions(const QByteArray &action) const;
    QStringList temporaryLeftovers() const;

    QTemporaryDir m_data;
    QTemporaryDir m_tmp; // TMPDIR of the suite: the controller's temporary files go here
    QString m_awkwardPath;
    QString m_virtualPath;
    QString m_numbersPath;
    QString m_largePath;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    emu::CloudflareEmulator *m_emu = nullptr;
    CloudflareClient *m_client = nullptr;
};

void TestImport::initTestCase()
{
    QVERIFY(m_data.isValid() && m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QCOMPARE(QDir::tempPath(), QDir::cleanPath(m_tmp.path()));
    m_awkwardPath = m_data.filePath(QStringLiteral("awkward.sqlite"));
    m_virtualPath = m_data.filePath(QStringLiteral("virtual.sqlite"));
    m_numbersPath = m_data.filePath(QStringLiteral("numbers.sqlite"));
    m_largePath = m_data.filePath(QStringLiteral("large.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_awkwardPath, {emu::SampleSpec::Awkward, 0, 1}, &error), qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_virtualPath, {emu::SampleSpec::WithVirtualTable, 0, 1}, &error),
             qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_numbersPath, {emu::SampleSpec::Numbers64, 0, 1}, &error), qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_largePath, {emu::SampleSpec::LargeRows, 0, 1}, &error), qPrintable(error));
}

void TestImport::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("Test account"), Token);
    QVERIFY(m_fixture->isListening());
    m_emu = m_fixture->emulator();
    m_client = m_fixture->client();
    m_emu->addApiToken(ReadOnlyToken, emu::TokenStatus::Active, true, true, false);
    // Values leave the emulator exact: the comparisons judge the import, not D1's number rounding.
    m_emu->setExactNumbers(true);
    m_emu->setPollsBeforeComplete(1);
}

void TestImport::cleanup()
{
    m_client = nullptr;
    m_emu = nullptr;
    m_fixture.reset();
    m_out.reset();
}

ImportRequest TestImport::request(const QString &input, const QString &createName, const QString &uuid) const
{
    ImportRequest r;
    r.accountId = AccountId;
    r.inputPath = input;
    r.createName = createName;
    r.databaseId = uuid;
    r.databaseName = createName.isEmpty() ? uuid : createName;
    return r;
}

void TestImport::speedUp(ImportController *controller) const
{
    ImportJob::Policy policy = controller->job()->policy();
    policy.poll.call = m_client->retryPolicy();
    policy.poll.firstIntervalMs = 10;
    policy.poll.maxIntervalMs = 20;
    policy.uploadRetryDelayMs = 10;
    policy.poll.secondMs = 10;
    controller->job()->setPolicy(policy);
}

Outcome TestImport::runImport(const ImportRequest &request, CloudflareClient *client)
{
    Outcome outcome;
    ImportController controller(client ? client : m_client);
    speedUp(&controller);
    connect(&controller, &ImportController::logMessage, this,
            [&outcome](LogLevel, const QString &text) { outcome.log << text; });
    connect(&controller, &ImportController::prepared, this, [&outcome, &controller](const ImportPreview &) {
        outcome.prepared = true;
        controller.confirm();
    });
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.prepare(request);
    if (finished.isEmpty() && !finished.wait(120000)) {
        outcome.result.error = ApiError(ApiError::Kind::Timeout, QStringLiteral("test timed out"));
        return outcome;
    }
    outcome.result = controller.result();
    return outcome;
}

QString TestImport::exportToFile(const QString &uuid, const QString &name, QString *error)
{
    ExportController exporter(m_client);
    m_fixture->speedUp(&exporter);
    ExportRequest r;
    r.accountId = AccountId;
    r.databaseId = uuid;
    r.outputPath = m_out->filePath(name);
    const ExportResult result = testsupport::EmulatorFixture::run(&exporter, r, 60000);
    if (!result.ok()) {
        *error = result.error.toString();
        return {};
    }
    return result.path;
}

QString TestImport::addTargetHoldingNumbers()
{
    const QString target = m_out->filePath(QStringLiteral("target.sqlite"));
    if (!QFile::copy(m_numbersPath, target))
        return {};
    return m_emu->addDatabase(AccountId, QStringLiteral("target"), target);
}

QString TestImport::addEmptyTarget()
{
    const QString target = m_out->filePath(QStringLiteral("target.sqlite"));
    QFile empty(target); // SQLite reads an empty file as a database with no tables
    if (!empty.open(QIODevice::WriteOnly))
        return {};
    empty.close();
    return m_emu->addDatabase(AccountId, QStringLiteral("target"), target);
}

void TestImport::cutTheAnswerTo(const QByteArray &action)
{
    emu::FaultSpec cut;
    cut.step = emu::Step::Import;
    cut.fault = emu::Fault::CutConnection;
    cut.cutAfterBytes = 10;
    cut.bodyContains = "\"action\":\"" + action + '"';
    m_emu->addFault(cut);
}

QMap<QString, QStringList> TestImport::contentsOnD1(const QString &uuid, QString *error)
{
    static int n = 0;
    const QString dump = exportToFile(uuid, QStringLiteral("check-%1.sql").arg(++n), error);
    if (dump.isEmpty())
        return {};
    const QString copy = m_out->filePath(QStringLiteral("check-%1.sqlite").arg(n));
    *error = testsupport::importDump(dump, copy);
    if (!error->isEmpty())
        return {};
    return testsupport::withoutShadowTables(testsupport::tableContents(copy, error));
}

QString TestImport::differenceOnD1(const QString &expectedDb, const QString &uuid)
{
    QString error;
    const auto expected = testsupport::withoutShadowTables(testsupport::tableContents(expectedDb, &error));
    if (!error.isEmpty() || expected.isEmpty())
        return QStringLiteral("source unreadable: ") + error;
    const auto actual = contentsOnD1(uuid, &error);
    if (!error.isEmpty())
        return error;
    return testsupport::firstDifference(expected, actual);
}

QList<emu::RecordedRequest> TestImport::uploads() const
{
    QList<emu::RecordedRequest> out;
    for (const emu::RecordedRequest &r : m_emu->requests())
        if (r.toDownloadListener && r.method == "PUT")
            out << r;
    return out;
}

int TestImport::importActions(const QByteArray &action) const
{
    int n = 0;
    for (const emu::RecordedRequest &r : m_emu->requests())
        if (!r.toDownloadListener && r.target.endsWith("/import") && r.body.contains("\"action\":\"" + action + '"'))
            ++n;
    return n;
}

QStringList TestImport::temporaryLeftovers() const
{
    return QDir(m_tmp.path()).entryList({QStringLiteral("d1x-import-*")}, QDir::Files | QDir::Hidden);
}

// --- units -----------------------------------------------------------------------------------------

void TestImport::importStatusIsRead()
{
    const QJsonObject init{{QStringLiteral("success"), true},
                           {QStringLiteral("upload_url"), QStringLiteral("https://up.example/x?sig=1")},
                           {QStringLiteral("filename"), QStringLiteral("abc.sql")}};
    const auto upload = ImportStatus::fromJson(init);
    QVERIFY(upload);
    QCOMPARE(upload->state, ImportStatus::State::Upload);
    QCOMPARE(upload->filename, QStringLiteral("abc.sql"));

    const QJsonObject done{
        {QStringLiteral("type"), QStringLiteral("import")},
        {QStringLiteral("at_bookmark"), QStringLiteral("b1")},
        {QStringLiteral("status"), QStringLiteral("complete")},
        {QStringLiteral("messages"), QJsonArray{QStringLiteral("one"), QStringLiteral("two")}},
        {QStringLiteral("result"),
         QJsonObject{{QStringLiteral("final_bookmark"), QStringLiteral("b2")},
                     {QStringLiteral("num_queries"), 7},
                     {QStringLiteral("meta"), QJsonObject{{QStringLiteral("rows_written"), 5},
                                                          {QStringLiteral("rows_read"), 3},
                                                          {QStringLiteral("size_after"), 8192},
                                                          {QStringLiteral("duration"), 1.5}}}}}};
    const auto complete = ImportStatus::fromJson(done);
    QVERIFY(complete);
    QCOMPARE(complete->state, ImportStatus::State::Complete);
    QCOMPARE(complete->finalBookmark, QStringLiteral("b2"));
    QCOMPARE(complete->numQueries, qint64(7));
    QCOMPARE(complete->rowsWritten, qint64(5));
    QCOMPARE(complete->sizeAfter, qint64(8192));
    QCOMPARE(complete->messages, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QVERIFY(!ImportStatus::fromJson(QJsonValue(3)));
    QCOMPARE(ImportStatus::fromJson(QJsonObject{})->state, ImportStatus::State::Unknown);
}

void TestImport::etagQuotesAreStripped()
{
    QCOMPARE(ImportJob::etagValue("\"0CC175B9C0F1B6A831C399E269772661\""), QByteArray("0cc175b9c0f1b6a831c399e269772661"));
    QCOMPARE(ImportJob::etagValue("W/\"abc\""), QByteArray("abc"));
    QCOMPARE(ImportJob::etagValue(" abc "), QByteArray("abc"));
    QCOMPARE(ImportJob::etagValue(""), QByteArray());
}

// --- end to end ------------------------------------------------------------------------------------

void TestImport::roundTripIntoNewDatabase_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("awkward") << QStringLiteral("awkward");
    QTest::newRow("virtual tables") << QStringLiteral("virtual");
    QTest::newRow("64-bit numbers") << QStringLiteral("numbers");
    QTest::newRow("rows over 100 KB") << QStringLiteral("large");
}

void TestImport::roundTripIntoNewDatabase()
{
    QFETCH(QString, which);
    const QString source = which == QLatin1String("awkward") ? m_awkwardPath
        : which == QLatin1String("virtual")                  ? m_virtualPath
        : which == QLatin1String("large")                    ? m_largePath
                                                             : m_numbersPath;
    const QString uuid = m_emu->addDatabase(AccountId, QStringLiteral("source"), source);
    QString error;
    const QString dump = exportToFile(uuid, QStringLiteral("source.sql"), &error);
    QVERIFY2(!dump.isEmpty(), qPrintable(error));

    ImportRequest r = request(dump, QStringLiteral("copy"));
    r.compareRowCounts = true;
    const Outcome outcome = runImport(r);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString() + outcome.log.join(QLatin1Char('\n'))));
    QVERIFY(outcome.result.created);
    QVERIFY(!outcome.result.databaseId.isEmpty());
    QVERIFY(!outcome.result.finalBookmark.isEmpty());
    QVERIFY(outcome.result.numQueries > 0);
    QCOMPARE(outcome.result.restoredRows, outcome.result.inputRows);

    QCOMPARE(differenceOnD1(source, outcome.result.databaseId), QString());
    QCOMPARE(temporaryLeftovers(), QStringList());
}

void TestImport::sqliteFileRestoredDirectly()
{
    const Outcome outcome = runImport(request(m_awkwardPath, QStringLiteral("from-file")));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString()));
    QCOMPARE(differenceOnD1(m_awkwardPath, outcome.result.databaseId), QString());
}

void TestImport::sqlite3DumpFile()
{
    // sqlite3's own .dump: BEGIN TRANSACTION … COMMIT, which D1 refuses as it is.
    const QString dump = m_out->filePath(QStringLiteral("sqlite3.sql"));
    QProcess sqlite;
    sqlite.setStandardOutputFile(dump);
    sqlite.start(QStringLiteral("sqlite3"), {m_awkwardPath, QStringLiteral(".dump")});
    QVERIFY2(sqlite.waitForFinished(60000) && sqlite.exitCode() == 0, "sqlite3 .dump failed");
    QFile file(dump);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("BEGIN TRANSACTION;"));

    const Outcome outcome = runImport(request(dump, QStringLiteral("from-dump")));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString()));
    // The reference is what sqlite3 itself loads from its dump: SQLite reads the 20 digits .dump
    // writes for the smallest subnormal REAL as 0.0, so that one value differs from the source.
    const QString reference = m_out->filePath(QStringLiteral("sqlite3-reference.sqlite"));
    QCOMPARE(testsupport::importDump(dump, reference), QString());
    QCOMPARE(differenceOnD1(reference, outcome.result.databaseId), QString());
}

void TestImport::cutUploadIsSentAgain()
{
    emu::FaultSpec cut;
    cut.step = emu::Step::Upload;
    cut.fault = emu::Fault::CutConnection;
    cut.cutAfterBytes = 1024;
    cut.times = 3; // Qt sends a request again by itself after a cut connection, twice
    m_emu->addFault(cut);
    const Outcome outcome = runImport(request(m_awkwardPath, QStringLiteral("cut")));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString()));
    const QString log = outcome.log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("sending the file again")) && log.contains(QLatin1String("attempt 2 of 5")),
             qPrintable(log));
    QCOMPARE(importActions("ingest"), 1);
    QCOMPARE(differenceOnD1(m_awkwardPath, outcome.result.databaseId), QString());
}

void TestImport::wrongEtagIsUploadedAgain()
{
    emu::FaultSpec wrong;
    wrong.step = emu::Step::Upload;
    wrong.fault = emu::Fault::WrongEtag;
    m_emu->addFault(wrong);
    const Outcome outcome = runImport(request(m_awkwardPath, QStringLiteral("etag")));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString()));
    QCOMPARE(uploads().size(), 2);
    QCOMPARE(importActions("ingest"), 1);
    QVERIFY(outcome.log.join(QLatin1Char('\n')).contains(QLatin1String("uploading it again")));

    // Every upload answered with a wrong ETag: given up after the cap, never ingested, database deleted.
    wrong.times = 100;
    m_emu->clearRequests();
    m_emu->addFault(wrong);
    const Outcome failed = runImport(request(m_awkwardPath, QStringLiteral("etag2")));
    QCOMPARE(failed.result.error.kind(), ApiError::Kind::UploadFailed);
    QCOMPARE(uploads().size(), ImportJob::Policy().maxEtagMismatches);
    QCOMPARE(importActions("ingest"), 0);
    QVERIFY(!failed.result.created); // deleted again
}

void TestImport::expiredUploadUrlInitsAgain()
{
    emu::FaultSpec expired;
    expired.step = emu::Step::Upload;
    expired.fault = emu::Fault::ExpiredUrl;
    m_emu->addFault(expired);
    const Outcome outcome = runImport(request(m_awkwardPath, QStringLiteral("expired")));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString()));
    QCOMPARE(importActions("init"), 2);
    QCOMPARE(uploads().size(), 2);
}

void TestImport::rateLimitedPollIsWaitedOut()
{
    m_emu->setPollsBeforeComplete(2);
    emu::FaultSpec limited;
    limited.step = emu::Step::Import;
    limited.fault = emu::Fault::RateLimited;
    limited.retryAfterSeconds = 3;
    limited.bodyContains = "\"action\":\"poll\"";
    m_emu->addFault(limited);
    const Outcome outcome = runImport(request(m_awkwardPath, QStringLiteral("limited")));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString()));
    QVERIFY2(outcome.log.join(QLatin1Char('\n')).contains(QLatin1String("rate limit was reached; waiting 3 s")),
             qPrintable(outcome.log.join(QLatin1Char('\n'))));
    QVERIFY(importActions("poll") >= 2); // the poll refused, then the one after the wait
    QCOMPARE(differenceOnD1(m_awkwardPath, outcome.result.databaseId), QString());
}

void TestImport::failedIngestLeavesTargetAsItWas()
{
    const QString uuid = addTargetHoldingNumbers();
    QVERIFY(!uuid.isEmpty());
    QString error;
    const auto before = contentsOnD1(uuid, &error);
    QVERIFY2(error.isEmpty() && !before.isEmpty(), qPrintable(error));

    emu::FaultSpec fail;
    fail.step = emu::Step::Import;
    fail.fault = emu::Fault::ImportError;
    fail.afterStatements = 5;
    fail.message = QStringLiteral("UNIQUE constraint failed: simulated");
    m_emu->addFault(fail);
    const Outcome outcome = runImport(request(m_awkwardPath, {}, uuid));
    QCOMPARE(outcome.result.error.kind(), ApiError::Kind::ImportFailed);
    QVERIFY2(outcome.result.error.toString().contains(QLatin1String("UNIQUE constraint failed: simulated")),
             qPrintable(outcome.result.error.toString()));
    QVERIFY(!outcome.result.bookmarkBefore.isEmpty());
    const auto after = contentsOnD1(uuid, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(testsupport::firstDifference(before, after), QString());
    QCOMPARE(temporaryLeftovers(), QStringList());
}

void TestImport::lostIngestAnswerIsNotSentAgain()
{
    // D1 received the ingest and runs it; its answer is cut. Sending the ingest again would run the
    // file a second time once the first run is done (every row twice); the import is looked for by
    // polling with the bookmark from before it instead, and followed to its end.
    const QString uuid = addEmptyTarget();
    QVERIFY(!uuid.isEmpty());
    m_emu->setPollsBeforeComplete(2);
    cutTheAnswerTo("ingest");
    const Outcome outcome = runImport(request(m_awkwardPath, {}, uuid));
    const QString log = outcome.log.join(QLatin1Char('\n'));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString() + log));
    QCOMPARE(importActions("ingest"), 1);
    QVERIFY(importActions("poll") >= 1);
    QVERIFY2(log.contains(QLatin1String("it is not sent again")), qPrintable(log));
    QCOMPARE(differenceOnD1(m_awkwardPath, uuid), QString());
}

void TestImport::lostIngestAnswerWithoutTheImportOnD1IsSaidPlainly()
{
    // The ingest's answer is lost and D1 knows no import under the bookmark from before (here it never
    // got the request: the connection is cut before an answer, as a proxy would). Nothing is sent
    // again, and the error says what is known and what to do.
    const QString uuid = addTargetHoldingNumbers();
    QVERIFY(!uuid.isEmpty());
    QString error;
    const auto before = contentsOnD1(uuid, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    emu::FaultSpec html;
    html.step = emu::Step::Import;
    html.fault = emu::Fault::Html502; // the answer of a proxy in front: D1 never saw the request
    html.bodyContains = "\"action\":\"ingest\"";
    m_emu->addFault(html);
    const Outcome outcome = runImport(request(m_awkwardPath, {}, uuid));
    QVERIFY(!outcome.result.ok());
    QCOMPARE(importActions("ingest"), 1);
    QCOMPARE(outcome.result.error.kind(), ApiError::Kind::ImportUnconfirmed);
    const QString said = outcome.result.error.toString();
    QVERIFY2(said.contains(QLatin1String("shows no import under the bookmark from before it")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("import again only if they are not")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("not a Cloudflare API response")), qPrintable(said)); // how it was lost
    const QString log = outcome.log.join(QLatin1Char('\n'));
    QVERIFY2(!log.contains(QLatin1String("goes on by itself")), qPrintable(log)); // not said as a fact
    QCOMPARE(testsupport::firstDifference(before, contentsOnD1(uuid, &error)), QString());
}

void TestImport::lostInitAnswerIsLookedUpThenAskedAgain_data()
{
    QTest::addColumn<bool>("lookupRefused");
    QTest::newRow("no import under the bookmark") << false;
    QTest::newRow("the lookup refused with a 4xx") << true;
}

void TestImport::lostInitAnswerIsLookedUpThenAskedAgain()
{
    QFETCH(bool, lookupRefused);
    // The answer to init (an upload address) is lost. Into an existing database D1 might have started
    // the import at once (a file it still holds): it is looked for first, and only then asked again.
    const QString uuid = addEmptyTarget();
    QVERIFY(!uuid.isEmpty());
    cutTheAnswerTo("init");
    if (lookupRefused) {
        emu::FaultSpec refused;
        refused.step = emu::Step::Import;
        refused.fault = emu::Fault::Refused;
        refused.bodyContains = "\"action\":\"poll\"";
        m_emu->addFault(refused);
    }
    const Outcome outcome = runImport(request(m_awkwardPath, {}, uuid));
    const QString log = outcome.log.join(QLatin1Char('\n'));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString() + log));
    QCOMPARE(importActions("init"), 2);
    QCOMPARE(importActions("ingest"), 1);
    QVERIFY2(log.contains(QLatin1String("asking for the upload again")), qPrintable(log));
    QCOMPARE(differenceOnD1(m_awkwardPath, uuid), QString());
}

void TestImport::lostInitAnswerOfAHeldFileFollowsTheImport()
{
    // Imported, undone, imported again: D1 still holds the file and init starts the import at once.
    // That answer is lost; init sent again would meet "busy" or, once done, load the file a second time.
    const QString uuid = addEmptyTarget();
    QVERIFY(!uuid.isEmpty());
    const Outcome first = runImport(request(m_awkwardPath, {}, uuid));
    QVERIFY2(first.result.ok(), qPrintable(first.result.error.toString()));
    ApiCall *undo = m_client->timeTravelRestore(AccountId, uuid, first.result.bookmarkBefore);
    QSignalSpy undone(undo, &ApiTask::finished);
    QVERIFY(undone.wait(30000));
    QVERIFY2(!undo->error(), qPrintable(undo->error().toString()));
    const int initsBefore = importActions("init");
    const qsizetype uploadsBefore = uploads().size();

    m_emu->setPollsBeforeComplete(2);
    cutTheAnswerTo("init");
    const Outcome again = runImport(request(m_awkwardPath, {}, uuid));
    const QString log = again.log.join(QLatin1Char('\n'));
    QVERIFY2(again.result.ok(), qPrintable(again.result.error.toString() + log));
    QCOMPARE(importActions("init"), initsBefore + 1);
    QCOMPARE(uploads().size(), uploadsBefore); // D1 held it: nothing uploaded
    QVERIFY2(log.contains(QLatin1String("Found D1's import of the file")), qPrintable(log));
    QCOMPARE(differenceOnD1(m_awkwardPath, uuid), QString());
}

void TestImport::undoBringsBackTheStateBefore()
{
    const QString uuid = addTargetHoldingNumbers();
    QVERIFY(!uuid.isEmpty());
    QString error;
    const auto before = contentsOnD1(uuid, &error);
    QVERIFY2(error.isEmpty() && !before.isEmpty(), qPrintable(error));

    ImportController controller(m_client);
    speedUp(&controller);
    connect(&controller, &ImportController::prepared, &controller, &ImportController::confirm);
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.prepare(request(m_awkwardPath, {}, uuid));
    QVERIFY(finished.wait(60000));
    QVERIFY2(controller.result().ok(), qPrintable(controller.result().error.toString()));
    QVERIFY(!controller.result().bookmarkBefore.isEmpty());
    QVERIFY(controller.result().undoCommand.contains(controller.result().bookmarkBefore));
    int userTables = 0;
    for (const QString &table : before.keys())
        userTables += !table.startsWith(QLatin1String("sqlite_"));
    QCOMPARE(controller.preview().existingTables, userTables);
    const auto imported = contentsOnD1(uuid, &error);
    QVERIFY(!testsupport::firstDifference(before, imported).isEmpty()); // the import changed it

    QSignalSpy undone(&controller, &ImportController::undoFinished);
    controller.undo();
    QVERIFY(undone.wait(30000));
    QVERIFY2(!undone.first().first().value<ApiError>().isError(),
             qPrintable(undone.first().first().value<ApiError>().toString()));
    QCOMPARE(controller.state(), ImportController::State::Undone);
    const auto after = contentsOnD1(uuid, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(testsupport::firstDifference(before, after), QString());
}

void TestImport::uploadHostNeverSeesCredentials()
{
    const Outcome outcome = runImport(request(m_awkwardPath, QStringLiteral("clean")));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.toString()));
    const QList<emu::RecordedRequest> puts = uploads();
    QCOMPARE(puts.size(), 1);
    for (const emu::RecordedRequest &r : m_emu->requests()) {
        if (!r.toDownloadListener)
            continue;
        QVERIFY(!r.headers.contains("authorization"));
        QVERIFY(!r.headers.contains("cookie"));
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it) {
            QVERIFY2(!it.key().startsWith("x-auth"), it.key().constData());
            QVERIFY(!it.value().contains(Token.toLatin1()));
        }
        QVERIFY(!r.target.contains(Token.toLatin1()));
    }
    QCOMPARE(puts.first().headers.value("content-length").toLongLong(), outcome.result.uploadedBytes);
}

void TestImport::readOnlyTokenIsToldBeforeUpload()
{
    CloudflareClient readOnly(m_fixture->networkManager(), m_client->endpoint(), Credentials::fromToken(ReadOnlyToken));
    readOnly.setRetryPolicy(m_client->retryPolicy());
    const QString uuid = m_emu->addDatabase(AccountId, QStringLiteral("target"), m_awkwardPath);

    const Outcome existing = runImport(request(m_numbersPath, {}, uuid), &readOnly);
    QVERIFY2(existing.result.error.kind() == ApiError::Kind::NeedsEditPermission, qPrintable(existing.result.error.toString()));
    QVERIFY2(existing.result.error.toString().contains(QLatin1String("D1 Edit")),
             qPrintable(existing.result.error.toString()));
    const Outcome created = runImport(request(m_numbersPath, QStringLiteral("new-one")), &readOnly);
    QCOMPARE(created.result.error.kind(), ApiError::Kind::NeedsEditPermission);
    QCOMPARE(uploads().size(), 0);
    QCOMPARE(temporaryLeftovers(), QStringList());
}

void TestImport::cancelBeforeIngestDeletesCreatedDatabase()
{
    ImportController controller(m_client);
    speedUp(&controller);
    QStringList log;
    connect(&controller, &ImportController::logMessage, this, [&log](LogLevel, const QString &text) { log << text; });
    connect(&controller, &ImportController::prepared, &controller, &ImportController::confirm);
    // Cancelled the moment the upload starts.
    connect(&controller, &ImportController::stateChanged, this, [&controller](ImportController::State state) {
        if (state == ImportController::State::Uploading)
            QMetaObject::invokeMethod(&controller, &ImportController::cancel, Qt::QueuedConnection);
    });
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.prepare(request(m_awkwardPath, QStringLiteral("doomed")));
    QVERIFY(finished.wait(60000));
    QVERIFY(controller.result().cancelled);
    QCOMPARE(controller.state(), ImportController::State::Cancelled);
    QCOMPARE(importActions("ingest"), 0);
    bool deleted = false;
    for (const emu::RecordedRequest &r : m_emu->requests())
        deleted |= r.method == "DELETE" && r.target.endsWith(controller.result().databaseId.toLatin1());
    QVERIFY(deleted);
    QVERIFY(!controller.result().created);
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("Deleted the database doomed")));
    QCOMPARE(temporaryLeftovers(), QStringList());

    // The name is free again.
    const Outcome again = runImport(request(m_awkwardPath, QStringLiteral("doomed")));
    QVERIFY2(again.result.ok(), qPrintable(again.result.error.toString()));
}

void TestImport::nameInUseIsRefusedBeforeAnything()
{
    m_emu->addDatabase(AccountId, QStringLiteral("taken"), m_awkwardPath);
    const Outcome outcome = runImport(request(m_numbersPath, QStringLiteral("taken")));
    QVERIFY(!outcome.prepared);
    QCOMPARE(outcome.result.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY(outcome.result.error.toString().contains(QLatin1String("already exists")));
    QCOMPARE(importActions("init"), 0);
    QCOMPARE(temporaryLeftovers(), QStringList());
}

void TestImport::tablesOfTheSameNameAreRefusedBeforeUpload()
{
    // A backup put back into the database that still holds its tables: D1 would stop at the first
    // CREATE TABLE. Said after the preparation, before any bookmark, upload or import request.
    const QString copy = m_data.filePath(QStringLiteral("clash.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_awkwardPath, copy));
    const QString uuid = m_emu->addDatabase(AccountId, QStringLiteral("clash"), copy);
    const QByteArray before = [&] {
        QFile f(copy);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Outcome outcome = runImport(request(m_awkwardPath, {}, uuid));
    QVERIFY(!outcome.prepared);
    QCOMPARE(outcome.result.error.kind(), ApiError::Kind::InputUnusable);
    QVERIFY2(outcome.result.error.toString().contains(QLatin1String("same name")), qPrintable(outcome.result.error.toString()));
    QVERIFY2(outcome.result.error.toString().contains(QLatin1String("new database")), qPrintable(outcome.result.error.toString()));
    QCOMPARE(importActions("init"), 0);
    for (const emu::RecordedRequest &r : m_emu->requests())
        QVERIFY2(!r.target.contains("time_travel") && r.method != "PUT", r.target.constData());
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(temporaryLeftovers(), QStringList());
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
