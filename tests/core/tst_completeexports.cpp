// Complete, verified exports end to end against the in-process emulator: gzip while downloading and the
// SHA-256 of what is saved; verification (row counts, statements over D1's 100 KB limit, live counts
// compared, a difference caught); the .sqlite copy (alongside the SQL or instead of it, from .sql or
// .sql.gz); cancelling a verification; and databases with virtual tables (FTS5), which the emulator
// refuses to export as D1 does, recreated in full. Judged by the bytes saved, the rows after
// re-import, and the requests the server saw.
#include "CloudflareEmulator.h"
#include "DumpPipe.h"
#include "DumpVerifier.h"
#include "EmulatorFixture.h"
#include "ExportController.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace d1x;
using testsupport::gunzipFile;
using testsupport::readFile;
using testsupport::writeFile;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("complete-token-0123456789abcdef");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Runs one statement on a database file; the first column of each row, '|'-joined.
QString sqlite(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_stmt *stmt = nullptr;
    QStringList out;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        out << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (rc != SQLITE_DONE)
            out << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out.join(QLatin1Char('|'));
}

QStringList exportTablesSent(const QList<emu::RecordedRequest> &requests)
{
    for (const auto &req : requests)
        if (req.target.endsWith("/export")) {
            QStringList names;
            const QJsonArray tables = QJsonDocument::fromJson(req.body)
                                          .object()
                                          .value(QLatin1String("dump_options"))
                                          .toObject()
                                          .value(QLatin1String("tables"))
                                          .toArray();
            for (const QJsonValue &t : tables)
                names << t.toString();
            return names;
        }
    return {QStringLiteral("<no export request>")};
}
} // namespace

class TestCompleteExports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void gzipWhileDownloading();
    void verifyCountsRowsAndFlagsLongStatements();
    void liveCountsMatch();
    void liveCountsDifferenceIsReported();
    void liveCountFailureDoesNotStopTheExport();
    void sqliteCopyBesideSql();
    void sqliteOnlyFromGzip();
    void existingSqliteKeptWhenLoadFails();
    void cancelWhileVerifying();
    void cancelMidLoad();
    void verifiesWhileDownloading_data();
    void verifiesWhileDownloading();
    void dataOnlyCannotBeVerified();

    void emulatorRefusesVirtualTablesLikeD1();
    void virtualTablesAreRecreated();
    void virtualTablesVerifiedWithLiveCounts();
    void onlyAVirtualTableChosen();
    void virtualTableRowsArePaged();

    void verifierStatementSplitting();
    void verifierReportsTheFailingStatement();

private:
    ExportResult runExport(const ExportRequest &request, QStringList *log = nullptr, int vtPageSize = 1000);
    ExportRequest request(const QString &dbUuid, const QString &file) const;
    QStringList leftovers() const;

    QTemporaryDir m_data;
    QString m_awkwardPath;
    QString m_plainPath;
    QString m_vtablePath;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    emu::CloudflareEmulator *m_emu = nullptr; // the fixture's
    CloudflareClient *m_client = nullptr;     // the fixture's
    QString m_awkward;
    QString m_plain;
    QString m_vtable;
};

void TestCompleteExports::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_awkwardPath = m_data.filePath(QStringLiteral("awkward.sqlite"));
    m_plainPath = m_data.filePath(QStringLiteral("plain.sqlite"));
    m_vtablePath = m_data.filePath(QStringLiteral("vtable.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_awkwardPath, {emu::SampleSpec::Awkward, 0, 1}, &error), qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_plainPath, {emu::SampleSpec::Plain, 8 * 1024 * 1024, 7}, &error),
             qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_vtablePath, {emu::SampleSpec::WithVirtualTable, 0, 1}, &error),
             qPrintable(error));
}

void TestCompleteExports::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("Test account"), Token);
    QVERIFY(m_fixture->isListening());
    m_emu = m_fixture->emulator();
    m_client = m_fixture->client();
    m_awkward = m_emu->addDatabase(AccountId, QStringLiteral("awkward"), m_awkwardPath);
    m_plain = m_emu->addDatabase(AccountId, QStringLiteral("plain"), m_plainPath);
    m_vtable = m_emu->addDatabase(AccountId, QStringLiteral("vtable"), m_vtablePath);
    m_emu->setPollsBeforeComplete(1);
}

void TestCompleteExports::cleanup()
{
    m_client = nullptr;
    m_emu = nullptr;
    m_fixture.reset();
    m_out.reset();
}

ExportRequest TestCompleteExports::request(const QString &dbUuid, const QString &file) const
{
    ExportRequest r;
    r.accountId = AccountId;
    r.databaseId = dbUuid;
    r.outputPath = file.isEmpty() ? QString() : m_out->filePath(file);
    return r;
}

ExportResult TestCompleteExports::runExport(const ExportRequest &request, QStringList *log, int vtPageSize)
{
    ExportController controller(m_client);
    m_fixture->speedUp(&controller);
    controller.setVirtualTablePageSize(vtPageSize);
    if (log)
        connect(&controller, &ExportController::logMessage, this,
                [log](ExportController::LogLevel, const QString &text) { *log << text; });
    return testsupport::EmulatorFixture::run(&controller, request);
}

QStringList TestCompleteExports::leftovers() const
{
    return QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestCompleteExports::gzipWhileDownloading()
{
    const ExportResult plain = runExport(request(m_awkward, QStringLiteral("plain.sql")));
    QVERIFY2(plain.ok(), qPrintable(plain.error.toString()));
    QVERIFY(!plain.compressed);
    QCOMPARE(QString::fromLatin1(plain.sha256.toHex()), sha256Hex(readFile(plain.path)));
    QCOMPARE(plain.fileBytes, plain.bytes);

    QStringList log;
    const ExportResult gz = runExport(request(m_awkward, QStringLiteral("dump.sql.gz")), &log);
    QVERIFY2(gz.ok(), qPrintable(gz.error.toString()));
    QVERIFY(gz.compressed);
    const QByteArray saved = readFile(gz.path);
    QVERIFY(saved.startsWith("\x1f\x8b"));
    QCOMPARE(gz.fileBytes, saved.size());
    QVERIFY(gz.fileBytes < gz.bytes);
    // Same dump as the plain export, byte for byte, once unpacked.
    QCOMPARE(gunzipFile(gz.path), readFile(plain.path));
    QCOMPARE(QString::fromLatin1(gz.sha256.toHex()), sha256Hex(saved));
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QString::fromLatin1(gz.sha256.toHex())), "the checksum is logged");

    // Forced by option, whatever the name.
    ExportRequest forced = request(m_awkward, QStringLiteral("forced.sql"));
    forced.compression = ExportRequest::Compression::Gzip;
    const ExportResult f = runExport(forced);
    QVERIFY(f.ok());
    QCOMPARE(gunzipFile(f.path), readFile(plain.path));
    QCOMPARE(leftovers(), (QStringList{QStringLiteral("dump.sql.gz"), QStringLiteral("forced.sql"),
                                       QStringLiteral("plain.sql")}));
}

void TestCompleteExports::verifyCountsRowsAndFlagsLongStatements()
{
    ExportRequest r = request(m_awkward, QStringLiteral("v.sql"));
    r.verify = true;
    QStringList log;
    const ExportResult result = runExport(r, &log);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const VerifyReport &v = result.verification;
    QCOMPARE(v.status, VerifyReport::Status::Verified);
    QVERIFY(!v.comparedWithLive);
    // Every table's count equals the source's.
    const auto source = testsupport::tableContents(m_awkwardPath);
    QStringList expectedTables = source.keys();
    expectedTables.removeAll(QStringLiteral("sqlite_sequence"));
    QStringList tables;
    for (const TableCount &t : v.tables) {
        tables << t.table;
        QCOMPARE(t.dumpRows, testsupport::rowCount(m_awkwardPath, t.table));
        QCOMPARE(t.liveRows, -1);
    }
    std::sort(expectedTables.begin(), expectedTables.end());
    QCOMPARE(tables, expectedTables);
    // The sample's 64 KiB blob is written as 128 KiB of hex: over D1's statement limit, and said so.
    QCOMPARE(v.longStatements, 1);
    QCOMPARE(v.longExamples.size(), 1);
    QCOMPARE(v.longExamples.first().table, QStringLiteral("values"));
    QVERIFY(v.longestStatement > 128 * 1024);
    const QString all = log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("100 KB")), qPrintable(all));
    QVERIFY(v.summary().startsWith(QLatin1String("Verified")));
    // The value repair rewrote the dump: what was checked during the download is not the saved file,
    // so the saved file was checked again.
    QVERIFY(result.repair.rewritten);
    QCOMPARE(v.bytesReadWhileSaving, -1);
    // Nothing else left behind (the temporary database is gone).
    QCOMPARE(leftovers(), QStringList{QStringLiteral("v.sql")});
    // Verification alone costs no extra request: the schema read and the export (and the re-read of the
    // rows whose 64-bit integers D1 rounded, which is not part of verifying).
    int queries = 0;
    for (const auto &req : m_emu->requests())
        queries += (req.target.endsWith("/query") || req.target.endsWith("/raw")) && !req.body.contains("quote(");
    QCOMPARE(queries, 1);
}

void TestCompleteExports::liveCountsMatch()
{
    ExportRequest r = request(m_plain, QStringLiteral("p.sql"));
    r.compareLiveCounts = true;
    const ExportResult result = runExport(r);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.verification.status, VerifyReport::Status::Verified);
    QVERIFY(result.verification.comparedWithLive);
    const qint64 rows = testsupport::rowCount(m_plainPath, QStringLiteral("items"));
    QVERIFY(rows > 1000);
    QCOMPARE(result.liveCounts.value(QStringLiteral("items")), rows);
    QCOMPARE(result.verification.tables.size(), 1);
    QCOMPARE(result.verification.tables.first().dumpRows, rows);
    QCOMPARE(result.verification.tables.first().liveRows, rows);
    // Exactly one counting query, sent before the export started.
    int countQueries = 0;
    bool exportSeen = false;
    for (const auto &req : m_emu->requests()) {
        exportSeen |= req.target.endsWith("/export");
        if (req.body.contains("count(*)")) {
            ++countQueries;
            QVERIFY(!exportSeen);
        }
    }
    QCOMPARE(countQueries, 1);
}

void TestCompleteExports::liveCountsDifferenceIsReported()
{
    // A row written between the count and the export: the dump holds one more than was counted.
    const QString copy = m_data.filePath(QStringLiteral("changing.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_awkwardPath, copy));
    const qint64 before = testsupport::rowCount(copy, QStringLiteral("order"));
    const QString uuid = m_emu->addDatabase(AccountId, QStringLiteral("changing"), copy);
    connect(m_emu, &emu::CloudflareEmulator::requestReceived, this, [copy](const emu::RecordedRequest &req) {
        if (req.target.endsWith("/export") && !req.body.contains("current_bookmark"))
            sqlite(copy, QStringLiteral("INSERT INTO \"order\" (\"group\", \"by\") VALUES ('late', 99)"));
    });
    ExportRequest r = request(uuid, QStringLiteral("c.sql"));
    r.compareLiveCounts = true;
    const ExportResult result = runExport(r);
    QFile::remove(copy);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const VerifyReport &v = result.verification;
    QCOMPARE(v.status, VerifyReport::Status::Differences);
    QCOMPARE(v.differences.size(), 1);
    QCOMPARE(v.differences.first(),
             QStringLiteral("order has %1 rows on D1 but %2 in the dump").arg(before).arg(before + 1));
    QVERIFY(!result.fullySucceeded());
    QVERIFY(v.summary().contains(QLatin1String("differ")));
}

void TestCompleteExports::liveCountFailureDoesNotStopTheExport()
{
    // The counting query (and only it) keeps failing: the export goes on, unverified against D1.
    connect(m_emu, &emu::CloudflareEmulator::requestReceived, this, [this](const emu::RecordedRequest &req) {
        if (req.body.contains("count(*)"))
            m_emu->addFault({emu::Step::Query, emu::Fault::Http500, 1});
    });
    ExportRequest r = request(m_awkward, QStringLiteral("n.sql"));
    r.compareLiveCounts = true;
    QStringList log;
    const ExportResult result = runExport(r, &log);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(result.liveCounts.isEmpty());
    QCOMPARE(result.verification.status, VerifyReport::Status::Verified);
    QVERIFY(!result.verification.comparedWithLive);
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("could not be counted on D1")), qPrintable(log.join(u'\n')));
    int countAttempts = 0;
    for (const auto &req : m_emu->requests())
        countAttempts += req.body.contains("count(*)");
    QCOMPARE(countAttempts, m_client->retryPolicy().maxAttempts);
}

void TestCompleteExports::sqliteCopyBesideSql()
{
    const QString dbPath = m_out->filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(writeFile(dbPath, "an old copy"));
    ExportRequest r = request(m_awkward, QStringLiteral("a.sql"));
    r.sqlitePath = dbPath;
    const ExportResult result = runExport(r);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.verification.status, VerifyReport::Status::Verified);
    QCOMPARE(result.verification.sqlitePath, dbPath);
    // The database as a whole: every row, and every index, view and trigger.
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_awkwardPath), testsupport::tableContents(dbPath)),
             QString());
    QCOMPARE(testsupport::schemaObjects(dbPath), testsupport::schemaObjects(m_awkwardPath));
    QCOMPARE(sqlite(dbPath, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(result.verification.sqliteBytes, QFileInfo(dbPath).size());
    QCOMPARE(QString::fromLatin1(result.verification.sqliteSha256.toHex()), sha256Hex(readFile(dbPath)));
    QCOMPARE(leftovers(), (QStringList{QStringLiteral("a.sql"), QStringLiteral("copy.sqlite")}));
}

void TestCompleteExports::sqliteOnlyFromGzip()
{
    // SQLite instead of SQL: the dump only passes through a hidden temporary file.
    ExportRequest r = request(m_plain, QString());
    r.sqlitePath = m_out->filePath(QStringLiteral("only.sqlite"));
    const ExportResult only = runExport(r);
    QVERIFY2(only.ok(), qPrintable(only.error.toString()));
    QVERIFY(only.path.isEmpty());
    QCOMPARE(leftovers(), QStringList{QStringLiteral("only.sqlite")});
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_plainPath),
                                          testsupport::tableContents(r.sqlitePath)),
             QString());

    // From a compressed dump: the verifier reads gzip as it reads plain SQL.
    ExportRequest gz = request(m_awkward, QStringLiteral("a.sql.gz"));
    gz.sqlitePath = m_out->filePath(QStringLiteral("a.sqlite"));
    gz.compareLiveCounts = true;
    const ExportResult both = runExport(gz);
    QVERIFY2(both.ok(), qPrintable(both.error.toString()));
    QCOMPARE(both.verification.status, VerifyReport::Status::Verified);
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_awkwardPath),
                                          testsupport::tableContents(gz.sqlitePath)),
             QString());
}

void TestCompleteExports::existingSqliteKeptWhenLoadFails()
{
    // A dump D1 could not have made (a duplicate table) fails to load: the old .sqlite stays.
    const QString dbPath = m_out->filePath(QStringLiteral("keep.sqlite"));
    QVERIFY(writeFile(dbPath, "precious"));
    const QString dumpPath = m_out->filePath(QStringLiteral("bad.sql"));
    QVERIFY(writeFile(dumpPath, "PRAGMA defer_foreign_keys=TRUE;\nCREATE TABLE t(x);\nINSERT INTO t VALUES(1);\n"
                                "CREATE TABLE t(y);\nINSERT INTO t VALUES(2);"));
    DumpVerifier verifier;
    QSignalSpy finished(&verifier, &DumpVerifier::finished);
    DumpVerifier::Job job;
    job.dumpPath = dumpPath;
    job.workFolder = m_out->path();
    job.sqlitePath = dbPath;
    verifier.start(job);
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<VerifyReport>();
    QCOMPARE(report.status, VerifyReport::Status::LoadFailed);
    QVERIFY2(report.error.startsWith(QLatin1String("statement 4: table t already exists")), qPrintable(report.error));
    QCOMPARE(readFile(dbPath), QByteArray("precious"));
    QCOMPARE(leftovers(), (QStringList{QStringLiteral("bad.sql"), QStringLiteral("keep.sqlite")}));
}

void TestCompleteExports::cancelWhileVerifying()
{
    ExportRequest r = request(m_plain, QStringLiteral("p.sql"));
    r.sqlitePath = m_out->filePath(QStringLiteral("p.sqlite"));
    ExportController controller(m_client);
    controller.setMinimumPollIntervalMs(10);
    QSignalSpy finished(&controller, &ExportController::finished);
    connect(&controller, &ExportController::stateChanged, &controller, [&controller](ExportController::State s) {
        if (s == ExportController::State::Verifying)
            controller.cancel();
    });
    controller.start(r);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QCOMPARE(controller.result().error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(controller.state(), ExportController::State::Cancelled);
    // The SQL dump was complete and stays; no .sqlite and no temporary database.
    QCOMPARE(leftovers(), QStringList{QStringLiteral("p.sql")});
}

void TestCompleteExports::cancelMidLoad()
{
    // Big enough to be cancelled while the worker is loading it.
    const QString bigPath = m_data.filePath(QStringLiteral("big.sqlite"));
    if (!QFile::exists(bigPath))
        QVERIFY(emu::SampleDatabase::generate(bigPath, {emu::SampleSpec::Plain, 48 * 1024 * 1024, 3}));
    const QString uuid = m_emu->addDatabase(AccountId, QStringLiteral("big"), bigPath);
    ExportRequest r = request(uuid, QStringLiteral("big.sql"));
    r.sqlitePath = m_out->filePath(QStringLiteral("big.sqlite"));
    {
        ExportController controller(m_client);
        controller.setMinimumPollIntervalMs(10);
        QSignalSpy finished(&controller, &ExportController::finished);
        qint64 cancelledAt = -1;
        connect(&controller, &ExportController::verifyProgress, &controller,
                [&controller, &cancelledAt](qint64 done, qint64 total) {
                    // (verifyProgress also tells the repair's scan, which comes first: the load is meant)
                    if (cancelledAt < 0 && controller.state() == ExportController::State::Verifying && done > 0
                        && done < total) {
                        cancelledAt = done;
                        controller.cancel();
                    }
                });
        controller.start(r);
        QVERIFY(finished.wait(120000) || !finished.isEmpty());
        QVERIFY2(cancelledAt > 0, "cancelled while loading");
        QCOMPARE(controller.result().error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(leftovers(), QStringList{QStringLiteral("big.sql")});
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(leftovers(), QStringList{QStringLiteral("big.sql")}); // and nothing appears afterwards
}

void TestCompleteExports::verifiesWhileDownloading_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("sql") << QStringLiteral("big.sql");
    QTest::newRow("gzip") << QStringLiteral("big.sql.gz");
}

void TestCompleteExports::verifiesWhileDownloading()
{
    QFETCH(QString, file);
    const QString bigPath = m_data.filePath(QStringLiteral("big.sqlite"));
    if (!QFile::exists(bigPath))
        QVERIFY(emu::SampleDatabase::generate(bigPath, {emu::SampleSpec::Plain, 48 * 1024 * 1024, 3}));
    const QString uuid = m_emu->addDatabase(AccountId, QStringLiteral("big"), bigPath);
    ExportRequest r = request(uuid, file);
    r.compareLiveCounts = true;
    QStringList log;
    const ExportResult result = runExport(r, &log);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const VerifyReport &v = result.verification;
    QCOMPARE(v.status, VerifyReport::Status::Verified);
    QVERIFY(v.comparedWithLive);
    for (const TableCount &t : v.tables)
        QCOMPARE(t.dumpRows, testsupport::rowCount(bigPath, t.table));
    QVERIFY(!result.repair.rewritten);
    // The check read the dump through the pipe, and had read part of it before the last byte was
    // written: the pipe holds at most a few MB, and the dump is far larger.
    QVERIFY(result.fileBytes > 4 * DumpPipe::DefaultCapacityBytes);
    QVERIFY2(v.bytesReadWhileSaving > 0, qPrintable(QString::number(v.bytesReadWhileSaving)));
    const QString all = log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Verifying while it downloads")), qPrintable(all));
    QCOMPARE(leftovers(), QStringList{file}); // no temporary database left
}

void TestCompleteExports::dataOnlyCannotBeVerified()
{
    ExportRequest r = request(m_awkward, QStringLiteral("d.sql"));
    r.options.noSchema = true;
    r.verify = true;
    const ExportResult result = runExport(r);
    QCOMPARE(result.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY(m_emu->requests().isEmpty()); // refused before anything was asked of D1
}

void TestCompleteExports::emulatorRefusesVirtualTablesLikeD1()
{
    // Asked for everything, D1 (and so the emulator) refuses a database with virtual tables.
    QString bookmark;
    std::optional<ExportStatus> status;
    for (int poll = 0; poll < 50; ++poll) {
        ApiCall *call = m_client->exportDatabase(AccountId, m_vtable, {}, bookmark);
        QSignalSpy done(call, &ApiTask::finished);
        QVERIFY(done.wait(10000));
        status = ExportStatus::fromJson(call->result());
        QVERIFY(status);
        if (status->state != ExportStatus::State::Active)
            break;
        bookmark = status->atBookmark;
    }
    QCOMPARE(status->state, ExportStatus::State::Error);
    QVERIFY2(status->error.contains(QLatin1String("cannot export databases with Virtual Tables")),
             qPrintable(status->error));
}

void TestCompleteExports::virtualTablesAreRecreated()
{
    QStringList log;
    const ExportResult result = runExport(request(m_vtable, QStringLiteral("vt.sql")), &log);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.virtualTables, (QStringList{QStringLiteral("docs_fts"), QStringLiteral("notes_fts")}));

    // D1 was asked for everything else by name: no virtual or shadow table, but the views, indexes,
    // triggers, sqlite_sequence and sqlite_stat1 of the whole database.
    const QStringList sent = exportTablesSent(m_emu->requests());
    for (const QString &name : sent)
        QVERIFY2(!name.contains(QLatin1String("_fts")), qPrintable(name));
    for (const char *name : {"docs", "parent", "values", "sqlite_sequence", "sqlite_stat1", "child_by_parent",
                             "parent_summary", "parent_audit"})
        QVERIFY2(sent.contains(QLatin1String(name)), name);
    QVERIFY(!sent.contains(QStringLiteral("_cf_KV")));

    // The dump ends with the virtual tables and what fills them.
    const QByteArray dump = readFile(result.path);
    QVERIFY(dump.contains("\nCREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id');"
                          "\nINSERT INTO \"docs_fts\"(\"docs_fts\") VALUES('rebuild');"));
    QVERIFY(dump.contains("\nCREATE VIRTUAL TABLE notes_fts USING fts5(note);"
                          "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(1,'standalone note');"
                          "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(2,'another note');"));
    QVERIFY(!dump.endsWith('\n'));
    QCOMPARE(QString::fromLatin1(result.sha256.toHex()), sha256Hex(dump));

    // Re-imported: the same tables, rows, and schema objects as the source; both indexes answer searches.
    const QString copy = m_out->filePath(QStringLiteral("vt.sqlite"));
    QCOMPARE(testsupport::importDump(result.path, copy), QString());
    QCOMPARE(testsupport::firstDifference(testsupport::withoutShadowTables(testsupport::tableContents(m_vtablePath)),
                                          testsupport::withoutShadowTables(testsupport::tableContents(copy))),
             QString());
    QCOMPARE(testsupport::schemaObjects(copy), testsupport::schemaObjects(m_vtablePath));
    QCOMPARE(sqlite(copy, QStringLiteral("SELECT rowid FROM docs_fts WHERE docs_fts MATCH 'sqlite'")), QStringLiteral("1"));
    QCOMPARE(sqlite(copy, QStringLiteral("SELECT rowid || ':' || note FROM notes_fts WHERE notes_fts MATCH 'note' ORDER BY rowid")),
             QStringLiteral("1:standalone note|2:another note"));
    QCOMPARE(sqlite(copy, QStringLiteral("INSERT INTO docs_fts(docs_fts) VALUES('integrity-check')")), QString());

    const QString all = log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String(": docs_fts (fts5), notes_fts (fts5). D1 refuses to export")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("docs_fts: recreated; its index is rebuilt from docs on import.")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("notes_fts: recreated with its 2 row")), qPrintable(all));
}

void TestCompleteExports::virtualTablesVerifiedWithLiveCounts()
{
    ExportRequest r = request(m_vtable, QStringLiteral("vt.sql.gz"));
    r.compareLiveCounts = true;
    r.sqlitePath = m_out->filePath(QStringLiteral("vt.sqlite"));
    const ExportResult result = runExport(r);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.verification.status, VerifyReport::Status::Verified);
    QCOMPARE(result.liveCounts.value(QStringLiteral("notes_fts")), 2);
    QCOMPARE(result.liveCounts.value(QStringLiteral("docs_fts")), 2);
    bool sawNotes = false;
    for (const TableCount &t : result.verification.tables) {
        QVERIFY2(!t.table.endsWith(QLatin1String("_data")), qPrintable(t.table)); // shadow tables are not counted
        sawNotes |= t.table == QLatin1String("notes_fts") && t.dumpRows == 2 && t.liveRows == 2;
    }
    QVERIFY(sawNotes);
    QCOMPARE(sqlite(r.sqlitePath, QStringLiteral("SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'document'")),
             QStringLiteral("1"));
}

void TestCompleteExports::onlyAVirtualTableChosen()
{
    ExportRequest r = request(m_vtable, QStringLiteral("notes.sql"));
    r.options.tables = {QStringLiteral("notes_fts")};
    r.verify = true;
    const ExportResult result = runExport(r);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    for (const auto &req : m_emu->requests())
        QVERIFY2(!req.target.endsWith("/export"), "D1 had nothing to export");
    QCOMPARE(readFile(result.path),
             QByteArray("PRAGMA defer_foreign_keys=TRUE;\nCREATE VIRTUAL TABLE notes_fts USING fts5(note);"
                        "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(1,'standalone note');"
                        "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(2,'another note');"));
    QCOMPARE(result.verification.status, VerifyReport::Status::Verified);
    QCOMPARE(result.verification.tables.size(), 1);
    QCOMPARE(result.verification.tables.first().dumpRows, 2);

    // The content table and its index chosen: the sync trigger comes along, the index is rebuilt.
    ExportRequest both = request(m_vtable, QStringLiteral("docs.sql"));
    both.options.tables = {QStringLiteral("docs"), QStringLiteral("docs_fts")};
    m_emu->clearRequests();
    const ExportResult docs = runExport(both);
    QVERIFY2(docs.ok(), qPrintable(docs.error.toString()));
    QCOMPARE(exportTablesSent(m_emu->requests()), QStringList{QStringLiteral("docs")});
    const QString copy = m_out->filePath(QStringLiteral("docs.sqlite"));
    QCOMPARE(testsupport::importDump(docs.path, copy), QString());
    QCOMPARE(sqlite(copy, QStringLiteral("SELECT rowid FROM docs_fts WHERE docs_fts MATCH 'another'")), QStringLiteral("2"));
}

void TestCompleteExports::virtualTableRowsArePaged()
{
    ExportRequest r = request(m_vtable, QStringLiteral("paged.sql"));
    r.options.tables = {QStringLiteral("notes_fts")};
    const ExportResult result = runExport(r, nullptr, 1);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QStringList pages;
    for (const auto &req : m_emu->requests())
        if (req.target.endsWith("/raw") && req.body.contains("LIMIT"))
            pages << QString::fromUtf8(req.body);
    QCOMPARE(pages.size(), 3); // one row per page, then an empty page
    // Read as quote() text, so 64-bit values come back exact; paged by the exact rowid reached.
    QVERIFY2(pages.at(1).contains(QLatin1String("quote(\\\"note\\\")")) && pages.at(1).contains(QLatin1String("rowid > 1 ")),
             qPrintable(pages.at(1)));
    QVERIFY(readFile(result.path).endsWith("VALUES(2,'another note');"));
}

void TestCompleteExports::verifierStatementSplitting()
{
    // Not only D1's one-statement-per-line form: statements over several lines, ";\n" inside a string,
    // a trigger body, comments, a dump's own BEGIN/COMMIT, CRLF line ends and no newline at the end.
    const QByteArray sql =
        "BEGIN TRANSACTION;\r\n"
        "CREATE TABLE t(a, b);\r\n"
        "-- a comment line\n"
        "INSERT INTO t VALUES(1, 'one;\ntwo;\n');\n"
        "INSERT INTO t\n  VALUES(2,\n 'x');  INSERT INTO t VALUES(3, 'y');\n"
        "CREATE TABLE log(m);\n"
        "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN\n  INSERT INTO log VALUES('a;');\n  INSERT INTO log VALUES('b');\nEND;\n"
        "INSERT INTO t VALUES(4, NULL);\n"
        "\n\n"
        "COMMIT;\n"
        "INSERT INTO \"t\" VALUES(5, X'00')";
    const QString dumpPath = m_out->filePath(QStringLiteral("hand.sql"));
    QVERIFY(writeFile(dumpPath, sql));
    DumpVerifier verifier;
    QSignalSpy finished(&verifier, &DumpVerifier::finished);
    DumpVerifier::Job job;
    job.dumpPath = dumpPath;
    job.workFolder = m_out->path();
    job.sqlitePath = m_out->filePath(QStringLiteral("hand.sqlite"));
    job.statementLimit = 30; // so that a few count as "long"
    job.compareWithLive = true;
    job.liveCounts = {{QStringLiteral("t"), 5}, {QStringLiteral("log"), 4}, {QStringLiteral("gone"), 1}};
    verifier.start(job);
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<VerifyReport>();
    QCOMPARE(report.status, VerifyReport::Status::Differences);
    QCOMPARE(report.statements, 10); // BEGIN and COMMIT are counted, not run
    QCOMPARE(report.differences, QStringList{QStringLiteral("gone has 1 rows on D1 but is missing from the dump")});
    QCOMPARE(sqlite(job.sqlitePath, QStringLiteral("SELECT a || '=' || quote(b) FROM t ORDER BY a")),
             QStringLiteral("1='one;\ntwo;\n'|2='x'|3='y'|4=NULL|5=X'00'"));
    // The trigger fired for the two rows inserted after it.
    QCOMPARE(sqlite(job.sqlitePath, QStringLiteral("SELECT m FROM log")), QStringLiteral("a;|b|a;|b"));
    QVERIFY(report.longStatements >= 2);
    QCOMPARE(report.longExamples.first().table, QStringLiteral("t"));
}

void TestCompleteExports::verifierReportsTheFailingStatement()
{
    for (const QByteArray &sql : {QByteArray("CREATE TABLE t(a);\nINSERT INTO t VALUES(1);\nINSERT INTO nope VALUES(2);"),
                                  QByteArray("CREATE TABLE t(a);\nINSERT INTO t VALUES('unterminated);")}) {
        const QString dumpPath = m_out->filePath(QStringLiteral("broken.sql"));
        QVERIFY(writeFile(dumpPath, sql));
        DumpVerifier verifier;
        QSignalSpy finished(&verifier, &DumpVerifier::finished);
        verifier.start({dumpPath, m_out->path()});
        QVERIFY(finished.wait(30000));
        const auto report = finished.first().first().value<VerifyReport>();
        QCOMPARE(report.status, VerifyReport::Status::LoadFailed);
        QVERIFY2(report.error.contains(QLatin1String("statement")), qPrintable(report.error));
        QVERIFY(report.summary().contains(report.error));
    }
    QCOMPARE(leftovers(), QStringList{QStringLiteral("broken.sql")});
}

QTEST_GUILESS_MAIN(TestCompleteExports)
#include "tst_completeexports.moc"
