// ExportReadiness: the rule behind the window's Export and Back Up buttons, case by case.
#include "ExportReadiness.h"

#include <QTest>

using namespace d1x;

class TestExportReadiness : public QObject
{
    Q_OBJECT
private slots:
    void verdict_data();
    void verdict();
    void backupNeedsSignInAndDatabases();
};

namespace {
// Everything in place for a D1 export of "shop" with two of its tables checked.
ExportReadiness ready()
{
    ExportReadiness r;
    r.credentialsComplete = true;
    r.accountChosen = true;
    r.databaseChosen = true;
    r.databaseName = QStringLiteral("shop");
    r.hasTables = true;
    r.checkedTables = 2;
    return r;
}
} // namespace

void TestExportReadiness::verdict_data()
{
    QTest::addColumn<ExportReadiness>("state");
    QTest::addColumn<bool>("canExport");
    QTest::addColumn<QString>("text");

    ExportReadiness r = ready();
    QTest::newRow("ready") << r << true << QStringLiteral("Ready to export shop.");
    r = ready();
    r.credentialsComplete = false;
    QTest::newRow("no credentials") << r << false << QStringLiteral("Enter your Cloudflare credentials to begin.");
    r = ready();
    r.accountChosen = false;
    QTest::newRow("no account") << r << false << QStringLiteral("Choose the account that owns the database.");
    r = ready();
    r.databaseChosen = false;
    QTest::newRow("no database") << r << false << QStringLiteral("Choose a database to export.");
    r = ready();
    r.tablesLoading = true;
    QTest::newRow("tables loading") << r << false << QStringLiteral("Reading the tables of shop…");
    r = ready();
    r.tablesFailed = true;
    r.checkedTables = 0;
    QTest::newRow("tables unreadable") << r << true << QStringLiteral("Ready to export all of shop.");
    r = ready();
    r.hasTables = false;
    r.checkedTables = 0;
    QTest::newRow("empty database") << r << true
                                    << QStringLiteral("shop has no tables; the export will hold only what D1 "
                                                      "writes for an empty database.");
    r = ready();
    r.checkedTables = 0;
    QTest::newRow("nothing checked") << r << false << QStringLiteral("Check at least one table to export.");
    // A local project needs neither credentials nor an account.
    r = ready();
    r.localSource = true;
    r.credentialsComplete = false;
    r.accountChosen = false;
    QTest::newRow("local ready") << r << true << QStringLiteral("Ready to export shop.");
    r.databaseChosen = false;
    QTest::newRow("local without database")
        << r << false << QStringLiteral("Choose a project folder and one of its local D1 databases.");
}

void TestExportReadiness::verdict()
{
    QFETCH(ExportReadiness, state);
    QFETCH(bool, canExport);
    QFETCH(QString, text);
    const ExportReadiness::Verdict v = state.evaluate();
    QCOMPARE(v.canExport, canExport);
    QCOMPARE(v.text, text);
}

void TestExportReadiness::backupNeedsSignInAndDatabases()
{
    ExportReadiness r = ready();
    QVERIFY(!r.evaluate().canBackUp); // not signed in
    r.signedIn = true;
    QVERIFY(!r.evaluate().canBackUp); // no database list yet
    r.databaseCount = 3;
    QVERIFY(r.evaluate().canBackUp);
    r.checkedTables = 0; // the table choice of one database does not matter to a backup
    QVERIFY(r.evaluate().canBackUp);
}

QTEST_GUILESS_MAIN(TestExportReadiness)
#include "tst_exportreadiness.moc"
