// WranglerConfig, TomlReader and CloseMatches: a project's D1 bindings read from each configuration
// format as wrangler reads them, and the "did you mean" suggestions.
#include "CloseMatches.h"
#include "LocalDatabaseLocator.h"
#include "LocalProject.h"
#include "TomlReader.h"
#include "WranglerConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;
using testsupport::LocalProject;

class TestWranglerConfig : public QObject
{
    Q_OBJECT
private slots:
    void tomlValues();
    void tomlErrorsNameTheLine_data();
    void tomlErrorsNameTheLine();
    void jsoncBecomesJson();
    void bindingThroughEachFormat_data();
    void bindingThroughEachFormat();
    void unknownEnvironmentIsNamed();
    void findPrefersJsonAndLooksUp();
    void miniflareFileName();
    void closeMatches_data();
    void closeMatches();
};

static void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestWranglerConfig::tomlValues()
{
    QString error;
    const QJsonObject o = TomlReader::parse(QStringLiteral(
        "# comment\n"
        "name = \"w\" # trailing\n"
        "n = 1_000\nf = 2.5\nyes = true\ndate = 2024-09-01\n"
        "lit = 'C:\\path'\nesc = \"a\\\"b\\u00e9\\n\"\n"
        "multi = \"\"\"\nline1\nline2\"\"\"\n"
        "list = [ 1, 2,\n  3, # comment in an array\n]\n"
        "inline = { a = 1, b.c = \"x\" }\n"
        "[[d1_databases]]\nbinding = \"DB\"\n"
        "[[d1_databases]]\nbinding = \"OTHER\"\n"
        "[env.staging]\nvars = { K = \"v\" }\n"
        "[[env.staging.d1_databases]]\n\"binding\" = \"DB\"\ndatabase_id = \"x\"\n"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("w"));
    QCOMPARE(o.value(QLatin1String("n")).toInteger(), 1000);
    QCOMPARE(o.value(QLatin1String("f")).toDouble(), 2.5);
    QCOMPARE(o.value(QLatin1String("yes")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("date")).toString(), QStringLiteral("2024-09-01"));
    QCOMPARE(o.value(QLatin1String("lit")).toString(), QStringLiteral("C:\\path"));
    QCOMPARE(o.value(QLatin1String("esc")).toString(), QStringLiteral("a\"b\u00e9\n"));
    QCOMPARE(o.value(QLatin1String("multi")).toString(), QStringLiteral("line1\nline2"));
    QCOMPARE(o.value(QLatin1String("list")).toArray().size(), 3);
    QCOMPARE(o.value(QLatin1String("inline")).toObject().value(QLatin1String("b")).toObject().value(QLatin1String("c")).toString(),
             QStringLiteral("x"));
    const QJsonArray dbs = o.value(QLatin1String("d1_databases")).toArray();
    QCOMPARE(dbs.size(), 2);
    QCOMPARE(dbs.at(1).toObject().value(QLatin1String("binding")).toString(), QStringLiteral("OTHER"));
    const QJsonObject staging = o.value(QLatin1String("env")).toObject().value(QLatin1String("staging")).toObject();
    QCOMPARE(staging.value(QLatin1String("d1_databases")).toArray().first().toObject().value(QLatin1String("database_id")).toString(),
             QStringLiteral("x"));
    QCOMPARE(staging.value(QLatin1String("vars")).toObject().value(QLatin1String("K")).toString(), QStringLiteral("v"));
}

void TestWranglerConfig::tomlErrorsNameTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("unclosed string") << QStringLiteral("a = 1\nb = \"open\n") << QStringLiteral("line 2");
    QTest::newRow("no value") << QStringLiteral("a =\n") << QStringLiteral("line 1");
    QTest::newRow("twice") << QStringLiteral("a = 1\n\na = 2\n") << QStringLiteral("line 3");
    QTest::newRow("unclosed header") << QStringLiteral("[env\n") << QStringLiteral("line 1");
    QTest::newRow("garbage after value") << QStringLiteral("a = 1 2\n") << QStringLiteral("line 1");
}

void TestWranglerConfig::tomlErrorsNameTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString error;
    const QJsonObject o = TomlReader::parse(text, &error);
    QVERIFY(o.isEmpty());
    QVERIFY2(error.startsWith(says), qPrintable(error));
}

void TestWranglerConfig::jsoncBecomesJson()
{
    const QByteArray jsonc = "// head\n{ \"url\": \"http://x//y\", /* block, with , comma */ \"a\": [1, 2, ],\n"
                             "  \"s\": \"q\\\"/*not*/\", // tail\n}\n";
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(WranglerConfig::stripJsonc(jsonc), &e);
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1String("url")).toString(), QStringLiteral("http://x//y"));
    QCOMPARE(doc.object().value(QLatin1String("a")).toArray().size(), 2);
    QCOMPARE(doc.object().value(QLatin1String("s")).toString(), QStringLiteral("q\"/*not*/"));
}

void TestWranglerConfig::bindingThroughEachFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("env");
    for (const auto &[name, format] : {std::pair{"toml", LocalProject::Format::Toml},
                                       std::pair{"json", LocalProject::Format::Json},
                                       std::pair{"jsonc", LocalProject::Format::Jsonc}}) {
        QTest::newRow(name) << int(format) << QString();
        QTest::newRow(QByteArray(name) + " --env staging") << int(format) << QStringLiteral("staging");
    }
}

void TestWranglerConfig::bindingThroughEachFormat()
{
    QFETCH(int, format);
    QFETCH(QString, env);
    QTemporaryDir dir;
    const QString id = QStringLiteral("4f1c2b3a-1111-2222-3333-444455556666");
    const QString path = LocalProject::writeConfig(dir.path(), LocalProject::Format(format), QStringLiteral("DB"),
                                                   QStringLiteral("demo"), id, env);
    QVERIFY(!path.isEmpty());
    QString error;
    const std::optional<WranglerConfig> config = WranglerConfig::load(path, env, &error);
    QVERIFY2(config, qPrintable(error));
    for (const QString name : {QStringLiteral("DB"), QStringLiteral("demo")}) {
        const std::optional<D1Binding> b = config->lookup(name);
        QVERIFY2(b, qPrintable(name));
        QCOMPARE(b->databaseId, id);
        QCOMPARE(b->databaseName, QStringLiteral("demo"));
        QCOMPARE(b->localId(), id);
    }
    QVERIFY(!config->lookup(QStringLiteral("decoy")));
    if (!env.isEmpty()) {
        // Without --env the top level's decoy is what wrangler would use.
        const std::optional<WranglerConfig> top = WranglerConfig::load(path, QString(), &error);
        QVERIFY(top);
        QCOMPARE(top->lookup(QStringLiteral("DB"))->databaseName, QStringLiteral("decoy"));
    }
}

void TestWranglerConfig::unknownEnvironmentIsNamed()
{
    QTemporaryDir dir;
    const QString path = LocalProject::writeConfig(dir.path(), LocalProject::Format::Toml, QStringLiteral("DB"),
                                                   QStringLiteral("demo"), QStringLiteral("x"), QStringLiteral("staging"));
    QString error;
    QVERIFY(!WranglerConfig::load(path, QStringLiteral("stagign"), &error));
    QVERIFY2(error.contains(QLatin1String("staging")) && error.contains(QLatin1String("Did you mean staging?")),
             qPrintable(error));
    writeFile(dir.filePath(QStringLiteral("broken.json")), "{ \"d1_databases\": [ }");
    QVERIFY(!WranglerConfig::load(dir.filePath(QStringLiteral("broken.json")), QString(), &error));
    QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
}

void TestWranglerConfig::findPrefersJsonAndLooksUp()
{
    QTemporaryDir dir;
    const QString deep = dir.filePath(QStringLiteral("a/b/c"));
    QVERIFY(QDir().mkpath(deep));
    QCOMPARE(WranglerConfig::find(deep), QString());
    writeFile(dir.filePath(QStringLiteral("a/wrangler.toml")), "name = \"x\"\n");
    QCOMPARE(WranglerConfig::find(deep), QFileInfo(dir.filePath(QStringLiteral("a/wrangler.toml"))).absoluteFilePath());
    // wrangler.json anywhere up the tree wins over a nearer wrangler.toml, as in wrangler.
    writeFile(dir.filePath(QStringLiteral("wrangler.json")), "{}");
    QCOMPARE(WranglerConfig::find(deep), QFileInfo(dir.filePath(QStringLiteral("wrangler.json"))).absoluteFilePath());
}

void TestWranglerConfig::miniflareFileName()
{
    // The name miniflare 4 (wrangler 4.86) gave this database id's file in .wrangler/state.
    QCOMPARE(LocalDatabaseLocator::fileNameFor(QStringLiteral("4f1c2b3a-1111-2222-3333-444455556666")),
             QStringLiteral("d2a72a2183ba6c02dea2197064b6065faa2a0fe828eb174d3715605a18efaf00.sqlite"));
}

void TestWranglerConfig::closeMatches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QStringList>("expected");
    const QStringList dbs{QStringLiteral("demo"), QStringLiteral("shop"), QStringLiteral("shop-staging")};
    QTest::newRow("typo") << QStringLiteral("demp") << dbs << QStringList{QStringLiteral("demo")};
    QTest::newRow("transposed") << QStringLiteral("parnet") << QStringList{QStringLiteral("parent"), QStringLiteral("child")}
                                << QStringList{QStringLiteral("parent")};
    QTest::newRow("case") << QStringLiteral("SHOP") << dbs << QStringList{QStringLiteral("shop"), QStringLiteral("shop-staging")};
    QTest::newRow("part of a name") << QStringLiteral("staging") << dbs << QStringList{QStringLiteral("shop-staging")};
    QTest::newRow("flag") << QStringLiteral("--outptu") << QStringList{QStringLiteral("--output"), QStringLiteral("--table")}
                          << QStringList{QStringLiteral("--output")};
    QTest::newRow("nothing close") << QStringLiteral("zzzz") << dbs << QStringList();
}

void TestWranglerConfig::closeMatches()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, candidates);
    QFETCH(QStringList, expected);
    QCOMPARE(CloseMatches::find(typed, candidates), expected);
    QCOMPARE(CloseMatches::suggestion(typed, candidates).isEmpty(), expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestWranglerConfig)
#include "tst_wranglerconfig.moc"
