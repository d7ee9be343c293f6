// ExportRequestCheck: the rules of an export request, and the file-system check of its targets
// (real folders: one missing, one read-only, one a folder where a file should be).
#include "CloudflareClient.h"
#include "ExportController.h"
#include "ExportRequestCheck.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace d1x;
using Problem = ExportRequestCheck::Problem;

class TestExportRequestCheck : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void targets();
    void controllerRefusesBeforeAnyRequest();
};

void TestExportRequestCheck::check_data()
{
    QTest::addColumn<ExportRequest>("request");
    QTest::addColumn<Problem>("problem");
    ExportRequest ok;
    ok.outputPath = QStringLiteral("/tmp/a.sql");
    QTest::newRow("dump") << ok << Problem::None;
    ExportRequest r = ok;
    r.outputPath.clear();
    QTest::newRow("no target") << r << Problem::NoTarget;
    r = ok;
    r.sqlitePath = QStringLiteral("/tmp/../tmp/a.sql");
    QTest::newRow("same file") << r << Problem::SameFile;
    r = ok;
    r.options.noData = r.options.noSchema = true;
    QTest::newRow("nothing to dump") << r << Problem::SchemaAndDataExcluded;
    r = ok;
    r.options.noSchema = true;
    QTest::newRow("data only") << r << Problem::None;
    r.verify = true;
    QTest::newRow("data only, verified") << r << Problem::DataOnlyNotLoadable;
    r.verify = false;
    r.sqlitePath = QStringLiteral("/tmp/a.sqlite");
    QTest::newRow("data only, as SQLite") << r << Problem::DataOnlyNotLoadable;
    r = ok;
    r.options.noData = true;
    r.verify = true;
    r.sqlitePath = QStringLiteral("/tmp/a.sqlite");
    QTest::newRow("schema only, verified, as SQLite") << r << Problem::None;
}

void TestExportRequestCheck::check()
{
    QFETCH(ExportRequest, request);
    QFETCH(Problem, problem);
    QCOMPARE(ExportRequestCheck::check(request), problem);
    QCOMPARE(ExportRequestCheck::message(problem).isEmpty(), problem == Problem::None);
}

void TestExportRequestCheck::targets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(ExportRequestCheck::targetError(dir.filePath(QStringLiteral("a.sql"))), QString());
    QVERIFY(ExportRequestCheck::targetError(dir.path()).contains(QStringLiteral("is a folder")));
    QVERIFY(ExportRequestCheck::targetError(dir.filePath(QStringLiteral("missing/a.sql")))
                .contains(QStringLiteral("does not exist")));
    if (::geteuid() != 0) { // root writes anywhere
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(!ExportRequestCheck::targetError(QDir(locked).filePath(QStringLiteral("a.sql"))).isEmpty());
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // The probe leaves nothing behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

// The controller uses the same rule: a broken request finishes with its message and no client call.
void TestExportRequestCheck::controllerRefusesBeforeAnyRequest()
{
    QNetworkAccessManager nam;
    CloudflareClient client(&nam, ApiEndpoint(), Credentials());
    ExportController controller(&client);
    ExportRequest r;
    r.outputPath = QStringLiteral("/tmp/a.sql");
    r.options.noSchema = true;
    r.verify = true;
    QSignalSpy spy(&controller, &ExportController::finished);
    controller.start(r);
    QTRY_COMPARE(spy.count(), 1);
    const auto result = spy.first().first().value<ExportResult>();
    QCOMPARE(result.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY(result.error.toString().contains(ExportRequestCheck::message(Problem::DataOnlyNotLoadable)));
}

QTEST_GUILESS_MAIN(TestExportRequestCheck)
#include "tst_exportrequestcheck.moc"
