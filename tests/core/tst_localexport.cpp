// The local export: a Worker project's development database (the SQLite file wrangler dev keeps) made
// by LocalProject, exported by the ExportController from the file, compared with what wrangler 4.86
// wrote for the same database (tests/data) and with the database itself, also while someone writes.
#include "ExportController.h"
#include "LocalDatabaseLocator.h"
#include "LocalDumpWriter.h"
#include "LocalProject.h"
#include "SqliteCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <limits>

using namespace d1x;
using testsupport::LocalProject;

namespace {
const QString Id = QStringLiteral("4f1c2b3a-1111-2222-3333-444455556666");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool exec(const QString &dbPath, const QByteArray &sql, QString *error = nullptr)
{
    sqlite3 *db = nullptr;
    sqlite3_open(dbPath.toUtf8().constData(), &db);
    sqlite3_busy_timeout(db, 5000);
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok && error)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_close(db);
    return ok;
}
} // namespace

class TestLocalExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void numbersAsJavaScriptPrintsThem_data();
    void numbersAsJavaScriptPrintsThem();
    void sameBytesAsWranglerWhereWranglerIsRight();
    void exactWhereWranglerIsWrong();
    void textHoldingItsOwnStandInIsExact();
    void walContentIsReadAndLeftAlone();
    void aRunningWriterDoesNotBreakTheExport();
    void virtualTablesAreRecreated();
    void unknownTableIsAnError();
    void notADatabase();

private:
    // The local sample database into ours.sql.
    ExportRequest localRequest(bool verify) const
    {
        ExportRequest request;
        request.databaseName = QStringLiteral("DB");
        request.localDatabasePath = m_db;
        request.outputPath = m_dir->filePath(QStringLiteral("ours.sql"));
        request.verify = verify;
        return request;
    }
    ExportResult runExport(const ExportRequest &request, ExportController *controller = nullptr);
    QString m_project;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CloudflareClient> m_client;
};

void TestLocalExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->path();
    QString error;
    const QByteArray sample = readAll(QStringLiteral(D1X_TEST_DATA "/local-sample.sql"));
    QVERIFY(!sample.isEmpty());
    m_db = LocalProject::createDatabase(QDir(m_project).filePath(QStringLiteral(".wrangler/state")), Id,
                                        QString::fromUtf8(sample), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    m_client = std::make_unique<CloudflareClient>(&m_nam, ApiEndpoint(), Credentials());
}

ExportResult TestLocalExport::runExport(const ExportRequest &request, ExportController *given)
{
    std::unique_ptr<ExportController> own;
    ExportController *controller = given;
    if (!controller) {
        own = std::make_unique<ExportController>(m_client.get());
        controller = own.get();
    }
    QSignalSpy finished(controller, &ExportController::finished);
    controller->start(request);
    if (finished.isEmpty())
        finished.wait(60000);
    return controller->result();
}

void TestLocalExport::numbersAsJavaScriptPrintsThem_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("keepReal");
    QTest::addColumn<QByteArray>("text");
    // Number#toString's results, as node prints them.
    QTest::newRow("0.1") << 0.1 << false << QByteArray("0.1");
    QTest::newRow("100") << 100.0 << false << QByteArray("100");
    QTest::newRow("1e21") << 1e21 << false << QByteArray("1e+21");
    QTest::newRow("1e20") << 1e20 << false << QByteArray("100000000000000000000");
    QTest::newRow("1.5e-7") << 1.5e-7 << false << QByteArray("1.5e-7");
    QTest::newRow("-0.000001") << -0.000001 << false << QByteArray("-0.000001");
    QTest::newRow("max") << 1.7976931348623157e308 << false << QByteArray("1.7976931348623157e+308");
    QTest::newRow("min subnormal") << 5e-324 << false << QByteArray("5e-324");
    QTest::newRow("-0") << -0.0 << false << QByteArray("0");
    QTest::newRow("123456789.125") << 123456789.125 << false << QByteArray("123456789.125");
    // Where JavaScript is wrong for SQL.
    QTest::newRow("2.0 kept a REAL") << 2.0 << true << QByteArray("2.0");
    QTest::newRow("1e21 already a REAL") << 1e21 << true << QByteArray("1e+21");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false << QByteArray("9e999");
    QTest::newRow("-infinity") << -std::numeric_limits<double>::infinity() << false << QByteArray("-9e999");
}

void TestLocalExport::numbersAsJavaScriptPrintsThem()
{
    QFETCH(double, value);
    QFETCH(bool, keepReal);
    QFETCH(QByteArray, text);
    QByteArray out;
    LocalDumpWriter::appendReal(out, value, keepReal);
    QCOMPARE(out, text);
}

void TestLocalExport::sameBytesAsWranglerWhereWranglerIsRight()
{
    ExportRequest request;
    request.databaseName = QStringLiteral("DB");
    request.localDatabasePath = m_db;
    request.outputPath = m_dir->filePath(QStringLiteral("ours.sql"));
    const ExportResult result = runExport(request);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QList<QByteArray> ours = readAll(request.outputPath).split('\n');
    const QList<QByteArray> theirs = readAll(QStringLiteral(D1X_TEST_DATA "/wrangler-4.86-local.sql")).split('\n');
    QCOMPARE(ours.size(), theirs.size());
    int differing = 0;
    for (qsizetype i = 0; i < ours.size(); ++i) {
        if (theirs.at(i).startsWith("INSERT INTO \"beyond_js\"")) {
            ++differing; // see exactWhereWranglerIsWrong
            QVERIFY(ours.at(i) != theirs.at(i));
            continue;
        }
        QCOMPARE(ours.at(i), theirs.at(i));
    }
    QCOMPARE(differing, 2);
}

void TestLocalExport::exactWhereWranglerIsWrong()
{
    const ExportRequest request = localRequest(true);
    const ExportResult result = runExport(request);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.verification.error));
    const QByteArray dump = readAll(request.outputPath);
    QVERIFY(dump.contains("INSERT INTO \"beyond_js\" VALUES(1,9007199254740993,9223372036854775807,9e999,2.0);"));
    QVERIFY(dump.contains("INSERT INTO \"beyond_js\" VALUES(2,-9223372036854775808,-9007199254740993,-9e999,9e999);"));
    // Every value comes back with its type and bits: the loaded dump equals the local database.
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(testsupport::importDump(request.outputPath, copy), QString());
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_db), testsupport::tableContents(copy)), QString());
    // wrangler's own dump of the same database does not even load (bare Infinity).
    QVERIFY(!testsupport::importDump(QStringLiteral(D1X_TEST_DATA "/wrangler-4.86-local.sql"),
                                     m_dir->filePath(QStringLiteral("theirs.sqlite")))
                 .isEmpty());
}

void TestLocalExport::textHoldingItsOwnStandInIsExact()
{
    // wrangler writes every line break as \n inside replace(…,'\n',char(10)): a text that also holds
    // a backslash-n of its own comes back with a second line break. Each row here would.
    QString error;
    QVERIFY2(exec(m_db,
                  "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                  "INSERT INTO notes VALUES (1, 'C:\\new' || char(10) || 'line');"
                  "INSERT INTO notes VALUES (2, 'a\\r\\n' || char(13) || char(10) || 'b');"
                  "INSERT INTO notes VALUES (3, '\\n \\012 \\n1' || char(10) || '\\015' || char(13));"
                  "INSERT INTO notes VALUES (4, '\\' || char(10) || 'n''' || char(10));"
                  "INSERT INTO notes VALUES (5, 'only \\n, no line break');",
                  &error),
             qPrintable(error));
    ExportRequest request = localRequest(true);
    request.options.tables = {QStringLiteral("notes")};
    const ExportResult result = runExport(request);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.verification.error));
    const QByteArray dump = readAll(request.outputPath);
    QVERIFY(dump.contains("INSERT INTO \"notes\" VALUES(1,replace('C:\\new\\012line','\\012',char(10)));"));
    QVERIFY(dump.contains("INSERT INTO \"notes\" VALUES(5,'only \\n, no line break');"));
    // Loaded by SQLite itself, every text is what the database holds, byte for byte.
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(testsupport::importDump(request.outputPath, copy), QString());
    const auto original = testsupport::tableContents(m_db);
    const auto loaded = testsupport::tableContents(copy);
    QVERIFY(loaded.contains(QStringLiteral("notes")));
    QCOMPARE(loaded.value(QStringLiteral("notes")), original.value(QStringLiteral("notes")));
}

void TestLocalExport::walContentIsReadAndLeftAlone()
{
    // Everything was written into the WAL (as workerd leaves it): the main file holds no rows yet.
    const QString wal = m_db + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    const QByteArray walBefore = readAll(wal);
    const QByteArray mainBefore = readAll(m_db);
    const ExportRequest request = localRequest(false);
    const ExportResult result = runExport(request);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(readAll(request.outputPath).contains("'Gus'"));
    // Read-only: no checkpoint, nothing written into either file.
    QCOMPARE(readAll(wal), walBefore);
    QCOMPARE(readAll(m_db), mainBefore);
}

void TestLocalExport::aRunningWriterDoesNotBreakTheExport()
{
    // Several slices of dump, so that the writer gets in between them.
    QString error;
    QVERIFY2(exec(m_db, "CREATE TABLE bulk (id INTEGER PRIMARY KEY, payload TEXT);"
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                        "INSERT INTO bulk SELECT i, printf('%0100d', i) FROM n;",
                  &error),
             qPrintable(error));
    ExportController controller(m_client.get());
    // A second connection, as wrangler dev's: it commits a row at every slice, and keeps a write
    // transaction open meanwhile.
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open(m_db.toUtf8().constData(), &writer), SQLITE_OK);
    sqlite3_busy_timeout(writer, 5000);
    int commits = 0;
    connect(&controller, &ExportController::downloadProgress, this, [&] {
        if (sqlite3_exec(writer, "INSERT INTO bulk (payload) VALUES ('written meanwhile'); COMMIT; BEGIN IMMEDIATE; "
                                 "INSERT INTO bulk (payload) VALUES ('uncommitted');",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK)
            ++commits;
    });
    QCOMPARE(sqlite3_exec(writer, "BEGIN IMMEDIATE; INSERT INTO bulk (payload) VALUES ('uncommitted');", nullptr,
                          nullptr, nullptr),
             SQLITE_OK);
    const ExportRequest request = localRequest(true);
    const ExportResult result = runExport(request, &controller);
    sqlite3_exec(writer, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString()));
    QVERIFY2(commits >= 2, "the writer committed between slices");
    // One snapshot: the rows from before the export, none of those written meanwhile.
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(testsupport::importDump(request.outputPath, copy), QString());
    QCOMPARE(testsupport::rowCount(copy, QStringLiteral("bulk")), 30000);
    QVERIFY(testsupport::rowCount(m_db, QStringLiteral("bulk")) >= 30000 + commits);
}

void TestLocalExport::virtualTablesAreRecreated()
{
    QString error;
    QVERIFY2(exec(m_db, "CREATE VIRTUAL TABLE notes USING fts5(body);"
                        "INSERT INTO notes (rowid, body) VALUES (7, 'hello world'), (9, 'it''s');"
                        "CREATE VIRTUAL TABLE names USING fts5(name, content='customers', content_rowid='id');"
                        "INSERT INTO names(names) VALUES('rebuild');",
                  &error),
             qPrintable(error));
    const ExportRequest request = localRequest(true);
    const ExportResult result = runExport(request);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.verification.error));
    QCOMPARE(result.virtualTables, (QStringList{QStringLiteral("notes"), QStringLiteral("names")}));
    const QByteArray dump = readAll(request.outputPath);
    QVERIFY(dump.contains("CREATE VIRTUAL TABLE notes USING fts5(body);"));
    QVERIFY(!dump.contains("notes_data")); // shadow tables are made again by CREATE VIRTUAL TABLE
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(testsupport::importDump(request.outputPath, copy), QString());
    QCOMPARE(testsupport::rowCount(copy, QStringLiteral("notes")), 2);
    QCOMPARE(testsupport::rowCount(copy, QStringLiteral("names")), 7);
}

void TestLocalExport::unknownTableIsAnError()
{
    ExportRequest request;
    request.databaseName = QStringLiteral("DB");
    request.localDatabasePath = m_db;
    request.options.tables = {QStringLiteral("custmers")};
    request.outputPath = m_dir->filePath(QStringLiteral("ours.sql"));
    const ExportResult result = runExport(request);
    QCOMPARE(result.error.kind(), ApiError::Kind::TableNotFound);
    QVERIFY2(result.error.toString().contains(QLatin1String("Did you mean customers?")), qPrintable(result.error.toString()));
    QVERIFY(!QFileInfo::exists(request.outputPath));
}

void TestLocalExport::notADatabase()
{
    const QString bogus = m_dir->filePath(QStringLiteral("bogus.sqlite"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    ExportRequest request;
    request.localDatabasePath = bogus;
    request.outputPath = m_dir->filePath(QStringLiteral("ours.sql"));
    const ExportResult result = runExport(request);
    QCOMPARE(result.error.kind(), ApiError::Kind::LocalReadFailed);
    QVERIFY(!QFileInfo::exists(request.outputPath));
}

QTEST_GUILESS_MAIN(TestLocalExport)
#include "tst_localexport.moc"
