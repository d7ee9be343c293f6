// SaveTargets: which files an export saves for the name the user chose, and the SQLite copy's name.
#include "SaveTargets.h"

#include <QTest>

using namespace d1x;

class TestSaveTargets : public QObject
{
    Q_OBJECT
private slots:
    void forChosenFile_data();
    void forChosenFile();
};

void TestSaveTargets::forChosenFile_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<bool>("copy");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<bool>("extra");
    const auto dir = [](const char *name) { return QStringLiteral("/home/u/") + QLatin1String(name); };
    QTest::newRow("sql") << dir("shop.sql") << false << dir("shop.sql") << QString() << false;
    QTest::newRow("sql + copy") << dir("shop.sql") << true << dir("shop.sql") << dir("shop.sqlite") << true;
    QTest::newRow("gz + copy") << dir("shop.sql.gz") << true << dir("shop.sql.gz") << dir("shop.sqlite") << true;
    QTest::newRow("upper case") << dir("SHOP.SQL.GZ") << true << dir("SHOP.SQL.GZ") << dir("SHOP.sqlite") << true;
    QTest::newRow("no suffix + copy") << dir("shop") << true << dir("shop") << dir("shop.sqlite") << true;
    // An SQLite name is the database itself: no SQL file, and the copy option changes nothing.
    QTest::newRow("sqlite") << dir("shop.sqlite") << false << QString() << dir("shop.sqlite") << false;
    QTest::newRow("sqlite3 + copy") << dir("shop.sqlite3") << true << QString() << dir("shop.sqlite3") << false;
    QTest::newRow("db") << dir("shop.DB") << true << QString() << dir("shop.DB") << false;
}

void TestSaveTargets::forChosenFile()
{
    QFETCH(QString, chosen);
    QFETCH(bool, copy);
    QFETCH(QString, output);
    QFETCH(QString, sqlite);
    QFETCH(bool, extra);
    const SaveTargets t = SaveTargets::forChosenFile(chosen, copy);
    QCOMPARE(t.outputPath, output);
    QCOMPARE(t.sqlitePath, sqlite);
    QCOMPARE(t.sqliteOnly(), output.isEmpty());
    QCOMPARE(t.sqliteIsExtraFile(), extra);
}

QTEST_GUILESS_MAIN(TestSaveTargets)
#include "tst_savetargets.moc"
