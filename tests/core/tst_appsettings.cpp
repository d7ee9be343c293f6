// AppSettings' export and backup options: the defaults a first run starts from (related objects on,
// nothing billed or slow switched on) and that every choice survives a restart.
#include "AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace d1x;

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void completeExportOptions();
};

void TestAppSettings::completeExportOptions()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings fresh(ini);
        QVERIFY(fresh.includeRelatedObjects());
        QVERIFY(fresh.verifyAfterExport());
        QVERIFY(!fresh.compareLiveCounts()); // D1 bills the rows counting reads: never on by itself
        QVERIFY(!fresh.gzipOutput());
        QVERIFY(!fresh.saveSqliteCopy());
        QVERIFY(fresh.keepSqlFile());
        QVERIFY(fresh.lastBackupFolder().isEmpty());
        fresh.setIncludeRelatedObjects(false);
        fresh.setVerifyAfterExport(false);
        fresh.setCompareLiveCounts(true);
        fresh.setGzipOutput(true);
        fresh.setSaveSqliteCopy(true);
        fresh.setKeepSqlFile(false);
        fresh.setLastBackupFolder(QStringLiteral("/backups/d1"));
        fresh.sync();
    }
    AppSettings again(ini);
    QVERIFY(!again.includeRelatedObjects());
    QVERIFY(!again.verifyAfterExport());
    QVERIFY(again.compareLiveCounts());
    QVERIFY(again.gzipOutput());
    QVERIFY(again.saveSqliteCopy());
    QVERIFY(!again.keepSqlFile());
    QCOMPARE(again.lastBackupFolder(), QStringLiteral("/backups/d1"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
