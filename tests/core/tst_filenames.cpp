// FileNames: database names made safe for file names, for the save dialog and for backups.
#include "FileNames.h"

#include <QTest>

using namespace d1x;

class TestFileNames : public QObject
{
    Q_OBJECT
private slots:
    void safeBaseName_data();
    void safeBaseName();
};

void TestFileNames::safeBaseName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unicode");
    QTest::addColumn<QString>("ascii");
    QTest::newRow("plain") << QStringLiteral("prod-db") << QStringLiteral("prod-db") << QStringLiteral("prod-db");
    QTest::newRow("slashes") << QStringLiteral("a/b\\c") << QStringLiteral("a_b_c") << QStringLiteral("a_b_c");
    QTest::newRow("hidden") << QStringLiteral("..secret") << QStringLiteral("secret") << QStringLiteral("secret");
    QTest::newRow("parent") << QStringLiteral("../a b/c") << QStringLiteral("_a b_c") << QStringLiteral("_a_b_c");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("database") << QStringLiteral("database");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("database") << QStringLiteral("database");
    QTest::newRow("unicode") << QStringLiteral("données") << QStringLiteral("données") << QStringLiteral("donn_es");
    QTest::newRow("windows") << QStringLiteral("a:b*c?\"<>|") << QStringLiteral("a_b_c_") << QStringLiteral("a_b_c_");
    QTest::newRow("control") << QStringLiteral("a\nb\tc") << QStringLiteral("a_b_c") << QStringLiteral("a_b_c");
    QTest::newRow("long") << QString(200, QLatin1Char('x')) << QString(120, QLatin1Char('x'))
                          << QString(120, QLatin1Char('x'));
}

void TestFileNames::safeBaseName()
{
    QFETCH(QString, name);
    QFETCH(QString, unicode);
    QFETCH(QString, ascii);
    QCOMPARE(FileNames::safeBaseName(name), unicode);
    QCOMPARE(FileNames::safeBaseName(name, FileNames::Charset::Ascii), ascii);
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
