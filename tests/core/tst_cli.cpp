// d1-exporter-cli as a script would use it: the real binary, run against the in-process emulator,
// judged by exit codes, stdout, stderr and the saved file.
#include "CloudflareEmulator.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>

namespace {
const QString Account = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("cli-secret-token-RECOGNISABLE-42");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void version();
    void usageErrors_data();
    void usageErrors();
    void exportByName();
    void exportByUuidWithOptions();
    void listsAsJson();
    void severalAccountsNeedAChoice();
    void failuresHaveTheirExitCodes_data();
    void failuresHaveTheirExitCodes();
    void interruptCleansUp();
    void timeoutEndsAnExportThatStaysActive();
    void exportVerifiedGzipAndSqlite();
    void exportSqliteOnlyAsJson();
    void noRelatedObjects();
    void differingCountsExitWith8();
    void backupCommand();

private:
    QProcess *start(const QStringList &args, const QString &token = Token, bool withAccount = false);
    Run finish(QProcess *process);
    Run run(const QStringList &args, const QString &token = Token, bool withAccount = false)
    {
        return finish(start(args, token, withAccount));
    }

    QTemporaryDir m_data;
    QString m_source;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<emu::CloudflareEmulator> m_emu;
    QString m_uuid;
};

void TestCli::initTestCase()
{
    m_source = m_data.filePath(QStringLiteral("awkward.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_source, {}, &error), qPrintable(error));
}

void TestCli::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    m_emu = std::make_unique<emu::CloudflareEmulator>();
    QVERIFY(m_emu->listen());
    m_emu->addApiToken(Token);
    m_emu->addAccount(Account, QStringLiteral("Only account"));
    m_uuid = m_emu->addDatabase(Account, QStringLiteral("shop"), m_source);
    m_emu->addDatabase(Account, QStringLiteral("shop-staging"), m_source);
}

void TestCli::cleanup()
{
    m_emu.reset();
    m_out.reset();
}

QProcess *TestCli::start(const QStringList &args, const QString &token, bool withAccount)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLOUDFLARE_API_TOKEN"));
    env.remove(QStringLiteral("CLOUDFLARE_ACCOUNT_ID"));
    env.insert(QStringLiteral("CLOUDFLARE_API_BASE_URL"), m_emu->apiBase().toString());
    if (!token.isEmpty())
        env.insert(QStringLiteral("CLOUDFLARE_API_TOKEN"), token);
    if (withAccount)
        env.insert(QStringLiteral("CLOUDFLARE_ACCOUNT_ID"), Account);
    p->setProcessEnvironment(env);
    p->setWorkingDirectory(m_out->path());
    p->start(QStringLiteral(D1X_CLI_PATH), args);
    return p;
}

Run TestCli::finish(QProcess *p)
{
    QSignalSpy done(p, &QProcess::finished);
    if (p->state() != QProcess::NotRunning)
        done.wait(60000);
    Run r;
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    p->deleteLater();
    // No secret ever reaches the terminal.
    if (r.out.contains(Token) || r.err.contains(Token))
        r.exitCode = -100;
    return r;
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral(D1X_VERSION)), qPrintable(r.out));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("CLOUDFLARE_API_TOKEN")));
    QVERIFY(help.out.contains(QLatin1String("Exit codes")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("says");
    QTest::newRow("no command") << QStringList() << Token << QStringLiteral("No command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << Token << QStringLiteral("Unknown");
    QTest::newRow("no output") << QStringList{QStringLiteral("export"), QStringLiteral("shop")} << Token
                               << QStringLiteral("--output");
    QTest::newRow("both no-data and no-schema")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--no-data"), QStringLiteral("--no-schema")}
        << Token << QStringLiteral("exclude");
    QTest::newRow("data-only cannot be verified")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--no-schema"), QStringLiteral("--verify")}
        << Token << QStringLiteral("data-only");
    QTest::newRow("gzip without output")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--sqlite"), QStringLiteral("x.db"),
                       QStringLiteral("--gzip")}
        << Token << QStringLiteral("--output");
    QTest::newRow("backup without folder") << QStringList{QStringLiteral("backup"), QStringLiteral("--all")} << Token
                                           << QStringLiteral("--folder");
    QTest::newRow("backup of nothing") << QStringList{QStringLiteral("backup"), QStringLiteral("--folder"), QStringLiteral("b")}
                                       << Token << QStringLiteral("--all");
    QTest::newRow("backup of all and some")
        << QStringList{QStringLiteral("backup"), QStringLiteral("--folder"), QStringLiteral("b"), QStringLiteral("--all"),
                       QStringLiteral("--database"), QStringLiteral("shop")}
        << Token << QStringLiteral("--all");
    QTest::newRow("backup with output")
        << QStringList{QStringLiteral("backup"), QStringLiteral("--folder"), QStringLiteral("b"), QStringLiteral("--all"),
                       QStringLiteral("-o"), QStringLiteral("x.sql")}
        << Token << QStringLiteral("--folder");
    QTest::newRow("unreadable timeout")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--timeout"), QStringLiteral("soon")}
        << Token << QStringLiteral("--timeout");
    QTest::newRow("no credentials") << QStringList{QStringLiteral("accounts")} << QString()
                                    << QStringLiteral("CLOUDFLARE_API_TOKEN");
    QTest::newRow("plain http to a remote host")
        << QStringList{QStringLiteral("accounts"), QStringLiteral("--api-base"), QStringLiteral("http://example.com/client/v4")}
        << Token << QStringLiteral("https");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QFETCH(QString, says);
    const Run r = run(args, token);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(QDir(m_out->path()).isEmpty());
}

void TestCli::exportByName()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--output"),
                       QStringLiteral("shop.sql")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString saved = m_out->filePath(QStringLiteral("shop.sql"));
    QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(saved));
    QVERIFY2(r.err.contains(QLatin1String("D1: Generating")), qPrintable(r.err)); // server messages shown
    const QString copy = m_out->filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(testsupport::importDump(saved, copy), QString());
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_source), testsupport::tableContents(copy)),
             QString());
    // The name was resolved through the database list, the account through the account list.
    QStringList targets;
    for (const auto &req : m_emu->requests())
        targets << QString::fromUtf8(req.target);
    QVERIFY(targets.first().startsWith(QLatin1String("/client/v4/accounts?")));
    QVERIFY(targets.join(QLatin1Char(' ')).contains(QStringLiteral("/d1/database/%1/export").arg(m_uuid)));
}

void TestCli::exportByUuidWithOptions()
{
    const Run r = run({QStringLiteral("export"), m_uuid, QStringLiteral("-o"), QStringLiteral("s.sql"),
                       QStringLiteral("--no-data"), QStringLiteral("--table"), QStringLiteral("parent"),
                       QStringLiteral("--table"), QStringLiteral("child")},
                      Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QByteArray body;
    for (const auto &req : m_emu->requests()) {
        QVERIFY(!req.target.startsWith("/client/v4/accounts?")); // the account came from the environment
        if (req.target.endsWith("/export"))
            body = req.body;
    }
    const QJsonObject dump = QJsonDocument::fromJson(body).object().value(QLatin1String("dump_options")).toObject();
    QCOMPARE(dump.value(QLatin1String("no_data")).toBool(), true);
    // The chosen tables, then the index and the trigger that belong to them (D1's filter would drop those).
    QCOMPARE(dump.value(QLatin1String("tables")).toArray(),
             QJsonArray({QStringLiteral("parent"), QStringLiteral("child"), QStringLiteral("child_by_parent"),
                         QStringLiteral("parent_audit")}));
}

void TestCli::listsAsJson()
{
    const Run accounts = run({QStringLiteral("accounts"), QStringLiteral("--json")});
    QCOMPARE(accounts.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(accounts.out.toUtf8()).array();
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.first().toObject().value(QLatin1String("id")).toString(), Account);

    const Run dbs = run({QStringLiteral("databases"), QStringLiteral("--json")}, Token, true);
    QCOMPARE(dbs.exitCode, 0);
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(dbs.out.toUtf8()).array())
        names << v.toObject().value(QLatin1String("name")).toString();
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("shop"), QStringLiteral("shop-staging")}));

    const Run tables = run({QStringLiteral("tables"), QStringLiteral("shop"), QStringLiteral("--json")}, Token, true);
    QCOMPARE(tables.exitCode, 0);
    QStringList tableNames;
    for (const QJsonValue &v : QJsonDocument::fromJson(tables.out.toUtf8()).array())
        if (v.toObject().value(QLatin1String("type")).toString() == QLatin1String("table"))
            tableNames << v.toObject().value(QLatin1String("name")).toString();
    QStringList expected = testsupport::tableContents(m_source).keys();
    expected.removeAll(QStringLiteral("sqlite_sequence"));
    tableNames.sort();
    expected.sort();
    QCOMPARE(tableNames, expected);
}

void TestCli::severalAccountsNeedAChoice()
{
    m_emu->addAccount(QStringLiteral("fedcba9876543210fedcba9876543210"), QStringLiteral("Second account"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--account")));
    QVERIFY(r.err.contains(Account));
    QVERIFY(r.err.contains(QLatin1String("fedcba9876543210fedcba9876543210")));
}

void TestCli::failuresHaveTheirExitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("fault"); // -1: none
    QTest::addColumn<int>("exitCode");
    const QStringList exportShop{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"),
                                 QStringLiteral("x.sql")};
    QTest::newRow("wrong token") << exportShop << QStringLiteral("not-the-right-token-xxxx") << -1 << 3;
    QTest::newRow("no such database") << QStringList{QStringLiteral("export"), QStringLiteral("nope"),
                                                      QStringLiteral("-o"), QStringLiteral("x.sql")}
                                      << Token << -1 << 4;
    QTest::newRow("export error") << exportShop << Token << int(emu::Fault::ExportError) << 5;
    QTest::newRow("already running") << exportShop << Token << int(emu::Fault::ExportBusy) << 5;
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("export"), QStringLiteral("shop"),
                                                       QStringLiteral("-o"), QStringLiteral("missing/dir/x.sql")}
                                       << Token << -1 << 7;
}

void TestCli::failuresHaveTheirExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QFETCH(int, fault);
    QFETCH(int, exitCode);
    if (fault >= 0)
        m_emu->addFault({emu::Step::ExportStart, emu::Fault(fault)});
    const Run r = run(args, token, true);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY(r.err.contains(QLatin1String("Error:")));
    QVERIFY(r.out.isEmpty());
    QVERIFY(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestCli::interruptCleansUp()
{
    m_emu->setPollsBeforeComplete(1000000);
    QProcess *p = start({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql")},
                        Token, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_emu->requests().size() >= 4, 20000); // polling
    ::kill(pid_t(p->processId()), SIGTERM);
    const Run r = finish(p);
    QCOMPARE(r.exitCode, 130);
    QVERIFY(r.err.contains(QLatin1String("cancelled")));
    QVERIFY(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestCli::timeoutEndsAnExportThatStaysActive()
{
    m_emu->setPollsBeforeComplete(1000000); // "active" for ever
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--timeout"), QStringLiteral("1s")},
                      Token, true);
    QVERIFY2(r.exitCode == 6, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(QLatin1String("time limit")) && r.err.contains(QLatin1String("still preparing")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestCli::exportVerifiedGzipAndSqlite()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("shop.sql.gz"),
                       QStringLiteral("--sqlite"), QStringLiteral("shop.sqlite"), QStringLiteral("--compare-live-counts")},
                      Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString gz = m_out->filePath(QStringLiteral("shop.sql.gz"));
    const QString db = m_out->filePath(QStringLiteral("shop.sqlite"));
    // stdout: the saved files, one a line, nothing else.
    QCOMPARE(r.out, QDir::toNativeSeparators(gz) + QLatin1Char('\n') + QDir::toNativeSeparators(db) + QLatin1Char('\n'));
    QFile file(gz);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\x1f\x8b"));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY2(r.err.contains(QStringLiteral("SHA-256 of shop.sql.gz: ") + sha), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Verified: the dump loads into SQLite and every row count matches")),
             qPrintable(r.err));
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_source), testsupport::tableContents(db)), QString());
}

void TestCli::exportSqliteOnlyAsJson()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--sqlite"),
                       QStringLiteral("only.sqlite"), QStringLiteral("--json")},
                      Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString db = m_out->filePath(QStringLiteral("only.sqlite"));
    QCOMPARE(o.value(QLatin1String("database")).toString(), QStringLiteral("shop"));
    QCOMPARE(o.value(QLatin1String("sqlite_file")).toString(), QDir::toNativeSeparators(db));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(o.value(QLatin1String("sqlite_sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!o.contains(QLatin1String("file"))); // no SQL file was kept
    QCOMPARE(o.value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("verified"));
    QVERIFY(o.value(QLatin1String("error")).isNull());
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("only.sqlite")});
}

void TestCli::noRelatedObjects()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("p.sql"),
                       QStringLiteral("--table"), QStringLiteral("parent"), QStringLiteral("--no-related-objects")},
                      Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QByteArray body;
    for (const auto &req : m_emu->requests())
        if (req.target.endsWith("/export"))
            body = req.body;
    const QJsonObject dump = QJsonDocument::fromJson(body).object().value(QLatin1String("dump_options")).toObject();
    QCOMPARE(dump.value(QLatin1String("tables")).toArray(), QJsonArray({QStringLiteral("parent")}));
}

void TestCli::differingCountsExitWith8()
{
    const QString copy = m_data.filePath(QStringLiteral("cli-changing.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_source, copy));
    m_emu->addDatabase(Account, QStringLiteral("changing"), copy);
    // A row lands between the count and the export, as a busy database's would.
    connect(m_emu.get(), &emu::CloudflareEmulator::requestReceived, this, [copy](const emu::RecordedRequest &req) {
        if (req.target.endsWith("/export") && !req.body.contains("current_bookmark")) {
            sqlite3 *db = nullptr;
            sqlite3_open(copy.toUtf8().constData(), &db);
            sqlite3_exec(db, "INSERT INTO d1_migrations (name) VALUES ('late')", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
    });
    const Run r = run({QStringLiteral("export"), QStringLiteral("changing"), QStringLiteral("-o"), QStringLiteral("c.sql"),
                       QStringLiteral("--compare-live-counts")},
                      Token, true);
    QFile::remove(copy);
    QVERIFY2(r.exitCode == 8, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(QLatin1String("d1_migrations has")), qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(m_out->filePath(QStringLiteral("c.sql")))); // saved all the same
}

void TestCli::backupCommand()
{
    m_emu->addDatabase(Account, QStringLiteral("broken"), m_out->filePath(QStringLiteral("missing.sqlite")));
    const Run all = run({QStringLiteral("backup"), QStringLiteral("--all"), QStringLiteral("--folder"),
                         QStringLiteral("backups"), QStringLiteral("--gzip"), QStringLiteral("--verify")},
                        Token, true);
    QVERIFY2(all.exitCode == 9, qPrintable(QStringLiteral("exit %1: %2").arg(all.exitCode).arg(all.err)));
    const QString folder = m_out->filePath(QStringLiteral("backups"));
    const QString manifest = QDir(folder).filePath(QStringLiteral("manifest.json"));
    QCOMPARE(all.out.trimmed(), QDir::toNativeSeparators(manifest));
    QFile file(manifest);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("backups")).toArray();
    QCOMPARE(entries.size(), 3);
    int ok = 0;
    for (const QJsonValue &e : entries)
        ok += e.toObject().value(QLatin1String("ok")).toBool();
    QCOMPARE(ok, 2); // shop and shop-staging; "broken" failed and did not stop them
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.sql.gz")}, QDir::Files).size(), 2);
    QVERIFY2(all.err.contains(QLatin1String("broken: ")), qPrintable(all.err));

    const Run one = run({QStringLiteral("backup"), QStringLiteral("--database"), QStringLiteral("shop"),
                         QStringLiteral("--folder"), QStringLiteral("one")},
                        Token, true);
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QCOMPARE(QDir(m_out->filePath(QStringLiteral("one"))).entryList({QStringLiteral("shop-*.sql")}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
