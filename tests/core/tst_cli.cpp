// d1-exporter-cli as a script would use it: the real binary, run against the in-process emulator,
// judged by exit codes, stdout, stderr and the saved file.
#include "CloudflareEmulator.h"
#include "LocalProject.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
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
    void interruptCleansUp_data();
    void interruptCleansUp();
    void timeoutEndsAnExportThatStaysActive();
    void exportVerifiedGzipAndSqlite();
    void exportSqliteOnlyAsJson();
    void noRelatedObjects();
    void differingCountsExitWith8();
    void backupCommand();
    // Wrangler's command lines and the scripting habits of issue 13, reliability items of issue 14.
    void wranglerCommandLines_data();
    void wranglerCommandLines();
    void bindingFromConfiguration_data();
    void bindingFromConfiguration();
    void outputToStdout();
    void tableLists();
    void didYouMean_data();
    void didYouMean();
    void replacingAndGzipNames();
    void plainProgressAndRetries();
    void jsonOnFailureAndTimes();
    void listHeadersOnTerminalOnly();
    void flagsThatDoNotApply_data();
    void flagsThatDoNotApply();
    void commandHelp();
    void unknownTableExits4();
    void unwritableDestinationBeforeD1();
    void noCredentialsExit3();
    void backupCountsWhatWasAsked();
    void verifiedIsNotAWarning();
    void localExport_data();
    void localExport();
    void localBadInput_data();
    void localBadInput();
    void serverTextCannotDriveTheTerminal();
    void filteredExportNamesWhatItNeeds();
    void unreadableVirtualRowsFail();
    void exactValuesAsJson();
    void valueChangedOnD1ExitsWith8();
    void backupOfTwoDatabasesHasExactValues();
    void refusedRereadSavesNothing_data();
    void refusedRereadSavesNothing();
    void compareLiveValues();

private:
    QByteArray exportedBytes(); // `export shop -o reference.sql`, for comparisons
    QJsonObject lastDumpOptions() const; // dump_options of the last export request the emulator saw
    // For processes started another way (a shell, a pseudo-terminal): the emulator, token and account.
    QProcessEnvironment cliEnvironment() const;
    QString makeLocalProject(testsupport::LocalProject::Format format, const QString &env = {});
    QProcess *start(const QStringList &args, const QString &token = Token, bool withAccount = false);
    Run finish(QProcess *process);
    Run run(const QStringList &args, const QString &token = Token, bool withAccount = false)
    {
        return finish(start(args, token, withAccount));
    }

    QTemporaryDir m_data;
    QString m_source;
    QString m_numbers; // 64-bit integers and infinities, which D1 (and the emulator) round on the way out
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<emu::CloudflareEmulator> m_emu;
    QString m_uuid;
    QProcessEnvironment m_extraEnv;
    QString m_workDir;
};

void TestCli::initTestCase()
{
    m_source = m_data.filePath(QStringLiteral("awkward.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_source, {}, &error), qPrintable(error));
    m_numbers = m_data.filePath(QStringLiteral("numbers64.sqlite"));
    QVERIFY2(emu::SampleDatabase::generate(m_numbers, {emu::SampleSpec::Numbers64, 0, 1}, &error), qPrintable(error));
}

void TestCli::init()
{
    m_extraEnv = QProcessEnvironment();
    m_out = std::make_unique<QTemporaryDir>();
    m_workDir = m_out->path();
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
    if (m_emu)
        env.insert(QStringLiteral("CLOUDFLARE_API_BASE_URL"), m_emu->apiBase().toString());
    if (!token.isEmpty())
        env.insert(QStringLiteral("CLOUDFLARE_API_TOKEN"), token);
    if (withAccount)
        env.insert(QStringLiteral("CLOUDFLARE_ACCOUNT_ID"), Account);
    for (const QString &key : m_extraEnv.keys())
        env.insert(key, m_extraEnv.value(key));
    p->setProcessEnvironment(env);
    p->setWorkingDirectory(m_workDir);
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
    QTest::newRow("data-only values cannot be compared")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--no-schema"), QStringLiteral("--compare-live-values")}
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
        << Token << QStringLiteral("--output does not apply to \"backup\"");
    QTest::newRow("unreadable timeout")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--timeout"), QStringLiteral("soon")}
        << Token << QStringLiteral("--timeout");
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

void TestCli::interruptCleansUp_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestCli::interruptCleansUp()
{
    QFETCH(int, signalNumber);
    m_emu->setPollsBeforeComplete(1000000);
    QProcess *p = start({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql")},
                        Token, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_emu->requests().size() >= 4, 20000); // polling
    ::kill(pid_t(p->processId()), signalNumber);
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
    const QJsonObject dump = lastDumpOptions();
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

QProcessEnvironment TestCli::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLOUDFLARE_API_BASE_URL"), m_emu->apiBase().toString());
    env.insert(QStringLiteral("CLOUDFLARE_API_TOKEN"), Token);
    env.insert(QStringLiteral("CLOUDFLARE_ACCOUNT_ID"), Account);
    return env;
}

QJsonObject TestCli::lastDumpOptions() const
{
    QByteArray body;
    for (const auto &req : m_emu->requests())
        if (req.target.endsWith("/export"))
            body = req.body;
    return QJsonDocument::fromJson(body).object().value(QLatin1String("dump_options")).toObject();
}

QByteArray TestCli::exportedBytes()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("reference.sql")},
                      Token, true);
    if (r.exitCode != 0)
        return {};
    QFile f(m_out->filePath(QStringLiteral("reference.sql")));
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    f.remove();
    return bytes;
}

void TestCli::wranglerCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    // As wrangler's documentation and habits write them, with only the program name replaced.
    QTest::newRow("--remote -y") << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--remote"),
                                                QStringLiteral("--output"), QStringLiteral("shop.sql"), QStringLiteral("-y")}
                                 << QStringLiteral("shop.sql");
    QTest::newRow("--skip-confirmation first") << QStringList{QStringLiteral("export"), QStringLiteral("--skip-confirmation"),
                                                              QStringLiteral("shop"), QStringLiteral("--remote"),
                                                              QStringLiteral("--output=out.sql")}
                                               << QStringLiteral("out.sql");
    QTest::newRow("-y --table --no-data") << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--remote"),
                                                         QStringLiteral("--output"), QStringLiteral("t.sql"), QStringLiteral("--table"),
                                                         QStringLiteral("parent"), QStringLiteral("--table"), QStringLiteral("child"),
                                                         QStringLiteral("--no-data"), QStringLiteral("-y")}
                                          << QStringLiteral("t.sql");
    QTest::newRow("--no-schema") << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--remote"),
                                                QStringLiteral("--no-schema"), QStringLiteral("--output"), QStringLiteral("d.sql"),
                                                QStringLiteral("-y")}
                                 << QStringLiteral("d.sql");
}

void TestCli::wranglerCommandLines()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const Run r = run(args, Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    const QString saved = m_out->filePath(file);
    QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(saved));
    if (!args.contains(QStringLiteral("--no-schema")) && !args.contains(QStringLiteral("--table"))) {
        const QString copy = m_out->filePath(QStringLiteral("copy.sqlite"));
        QCOMPARE(testsupport::importDump(saved, copy), QString());
        QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_source), testsupport::tableContents(copy)),
                 QString());
    }
    // The options reached D1 as wrangler sends them.
    const QJsonObject dump = lastDumpOptions();
    QCOMPARE(dump.value(QLatin1String("no_data")).toBool(), args.contains(QStringLiteral("--no-data")));
    QCOMPARE(dump.value(QLatin1String("no_schema")).toBool(), args.contains(QStringLiteral("--no-schema")));
}

QString TestCli::makeLocalProject(testsupport::LocalProject::Format format, const QString &env)
{
    return testsupport::LocalProject::writeConfig(m_out->path(), format, QStringLiteral("DB"), QStringLiteral("shop"),
                                                  m_uuid, env);
}

void TestCli::bindingFromConfiguration_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("env");
    QTest::addColumn<bool>("explicitConfig");
    using F = testsupport::LocalProject::Format;
    QTest::newRow("wrangler.toml") << int(F::Toml) << QString() << false;
    QTest::newRow("wrangler.json") << int(F::Json) << QString() << false;
    QTest::newRow("wrangler.jsonc with comments, -c") << int(F::Jsonc) << QString() << true;
    QTest::newRow("toml --env staging") << int(F::Toml) << QStringLiteral("staging") << false;
    QTest::newRow("jsonc -e staging, --config") << int(F::Jsonc) << QStringLiteral("staging") << true;
}

void TestCli::bindingFromConfiguration()
{
    QFETCH(int, format);
    QFETCH(QString, env);
    QFETCH(bool, explicitConfig);
    const QString config = makeLocalProject(testsupport::LocalProject::Format(format), env);
    QVERIFY(!config.isEmpty());
    QStringList args{QStringLiteral("export"), QStringLiteral("DB"), QStringLiteral("--remote"), QStringLiteral("--output"),
                     QStringLiteral("db.sql"), QStringLiteral("-y")};
    if (!env.isEmpty())
        args << (explicitConfig ? QStringLiteral("-e") : QStringLiteral("--env")) << env;
    if (explicitConfig) {
        // From another folder, naming the file.
        QVERIFY(QDir(m_out->path()).mkdir(QStringLiteral("elsewhere")));
        m_workDir = m_out->filePath(QStringLiteral("elsewhere"));
        args << (env.isEmpty() ? QStringLiteral("-c") : QStringLiteral("--config")) << config;
        args[4] = m_out->filePath(QStringLiteral("db.sql"));
    }
    const Run r = run(args, Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    // The binding's database_id was used as it is: no look-up of the name, the export of that UUID.
    QStringList targets;
    for (const auto &req : m_emu->requests())
        targets << QString::fromUtf8(req.target);
    QVERIFY2(!targets.join(QLatin1Char(' ')).contains(QLatin1String("/d1/database?")), qPrintable(targets.join(QLatin1Char(' '))));
    QVERIFY(targets.join(QLatin1Char(' ')).contains(QStringLiteral("/d1/database/%1/export").arg(m_uuid)));
    QVERIFY2(r.err.contains(QLatin1String("DB: the database shop")), qPrintable(r.err));
    QVERIFY(QFileInfo(m_out->filePath(QStringLiteral("db.sql"))).size() > 100);
}

void TestCli::outputToStdout()
{
    const QByteArray reference = exportedBytes();
    QVERIFY(reference.size() > 1000);
    QTemporaryDir tmp;
    m_extraEnv.insert(QStringLiteral("TMPDIR"), tmp.path());
    for (const QString target : {QStringLiteral("-"), QStringLiteral("/dev/stdout")}) {
        QProcess *p = start({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--output"), target, QStringLiteral("-y")},
                            Token, true);
        QSignalSpy done(p, &QProcess::finished);
        QVERIFY(done.wait(60000));
        const QByteArray out = p->readAllStandardOutput();
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() == 0, qPrintable(err));
        QCOMPARE(out, reference); // the dump and nothing else
        // No file named "-", nothing left in the temporary folder, /dev/stdout not replaced.
        QVERIFY(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(!QFileInfo(QStringLiteral("/dev/stdout")).isFile());
        p->deleteLater();
    }
    // stdout redirected into a file: /dev/stdout leads to a regular file, and is still not renamed over.
    {
        const QString file = m_out->filePath(QStringLiteral("redirected.sql"));
        auto *q = new QProcess(this);
        q->setProcessEnvironment(cliEnvironment());
        q->setStandardOutputFile(file);
        q->start(QStringLiteral(D1X_CLI_PATH), {QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--output"),
                                                QStringLiteral("/dev/stdout")});
        const Run r = finish(q);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), reference);
        QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());
    }
    // The pipe form of the README: the dump goes straight into sqlite3 (when the shell has it).
    if (!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        QProcess sh;
        sh.setProcessEnvironment(cliEnvironment());
        sh.setWorkingDirectory(m_out->path());
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("'%1' export shop --output - | sqlite3 piped.db")
                                                                   .arg(QStringLiteral(D1X_CLI_PATH))});
        QSignalSpy done(&sh, &QProcess::finished);
        QVERIFY(done.wait(60000));
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_source),
                                              testsupport::tableContents(m_out->filePath(QStringLiteral("piped.db")))),
                 QString());
    }
    // stdout cannot carry both the dump and JSON.
    const Run both = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("-"),
                          QStringLiteral("--json")},
                         Token, true);
    QCOMPARE(both.exitCode, 2);
}

void TestCli::tableLists()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("t.sql"),
                       QStringLiteral("--table"), QStringLiteral("parent,child"), QStringLiteral("--no-related-objects")},
                      Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject dump = lastDumpOptions();
    QCOMPARE(dump.value(QLatin1String("tables")).toArray(), QJsonArray({QStringLiteral("parent"), QStringLiteral("child")}));

    const Run spaced = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("u.sql"),
                            QStringLiteral("--table"), QStringLiteral("parent"), QStringLiteral("child")},
                           Token, true);
    QCOMPARE(spaced.exitCode, 2);
    QVERIFY2(spaced.err.contains(QLatin1String("--table parent --table child, or --table parent,child")), qPrintable(spaced.err));
    QVERIFY(!spaced.err.contains(QLatin1String("Name the database")));
}

void TestCli::didYouMean_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("database") << QStringList{QStringLiteral("export"), QStringLiteral("shpo"), QStringLiteral("-o"), QStringLiteral("x.sql")}
                              << 4 << QStringLiteral("Did you mean shop");
    QTest::newRow("flag") << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--outptu"), QStringLiteral("x.sql")}
                          << 2 << QStringLiteral("Unknown option --outptu. Did you mean --output?");
    QTest::newRow("command") << QStringList{QStringLiteral("exprot"), QStringLiteral("shop")} << 2
                             << QStringLiteral("Did you mean export?");
    QTest::newRow("tables command") << QStringList{QStringLiteral("tables"), QStringLiteral("shop-stagign")} << 4
                                    << QStringLiteral("Did you mean shop-staging");
}

void TestCli::didYouMean()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Run r = run(args, Token, true);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::replacingAndGzipNames()
{
    const QString existing = m_out->filePath(QStringLiteral("x.sql"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql")}, Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("x.sql exists; it will be replaced once the export has succeeded")), qPrintable(r.err));
    QVERIFY(QFileInfo(existing).size() > 100);

    const Run fresh = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("y.sql")}, Token, true);
    QVERIFY(!fresh.err.contains(QLatin1String("exists")));

    const Run gz = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("z.sql"),
                        QStringLiteral("--gzip")},
                       Token, true);
    QVERIFY2(gz.exitCode == 0, qPrintable(gz.err));
    const QString saved = m_out->filePath(QStringLiteral("z.sql.gz"));
    QCOMPARE(gz.out.trimmed(), QDir::toNativeSeparators(saved));
    QVERIFY2(gz.err.contains(QLatin1String("--gzip: saving as")), qPrintable(gz.err));
    QVERIFY(!QFileInfo::exists(m_out->filePath(QStringLiteral("z.sql"))));
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(2) == "\x1f\x8b");
}

void TestCli::plainProgressAndRetries()
{
    // stderr is a pipe here: plain lines, no carriage returns, and each retry said.
    m_emu->addFault({emu::Step::ListDatabases, emu::Fault::Http500, 1});
    m_emu->addFault({emu::Step::Download, emu::Fault::Html502, 1});
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--verify")},
                      Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1Char('\r')));
    QVERIFY(!r.err.contains(QLatin1String("\x1b[")));
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("^Downloading: .* \\(100%\\)"), QRegularExpression::MultilineOption)),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("^Verifying: 100%$"), QRegularExpression::MultilineOption)),
             qPrintable(r.err));
    // The database list's 500 and the download's 502, each said as it happens.
    QVERIFY2(r.err.contains(QLatin1String("Cloudflare reported an internal error. Retrying in")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("HTTP 502); trying again in")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1String("(100%)")), 1); // each figure said once
}

void TestCli::jsonOnFailureAndTimes()
{
    const Run bad = run({QStringLiteral("export"), QStringLiteral("nope"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                         QStringLiteral("--json")},
                        Token, true);
    QCOMPARE(bad.exitCode, 4);
    const QJsonObject e = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    QCOMPARE(e.value(QLatin1String("ok")).toBool(true), false);
    QVERIFY2(e.value(QLatin1String("error")).toString().contains(QLatin1String("nope")), qPrintable(bad.out));
    QCOMPARE(e.value(QLatin1String("exit_code")).toInt(), 4);

    // A usage error found while reading the options says what it was in the JSON too.
    const Run usage = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                           QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("zz")},
                          Token, true);
    QCOMPARE(usage.exitCode, 2);
    const QJsonObject u = QJsonDocument::fromJson(usage.out.toUtf8()).object();
    QCOMPARE(u.value(QLatin1String("ok")).toBool(true), false);
    QVERIFY2(u.value(QLatin1String("error")).toString().contains(QLatin1String("--timeout")), qPrintable(usage.out));
    QCOMPARE(u.value(QLatin1String("exit_code")).toInt(), 2);

    const Run good = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                          QStringLiteral("--json")},
                         Token, true);
    QCOMPARE(good.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(good.out.toUtf8()).object();
    const QDateTime started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODate);
    const QDateTime finished = QDateTime::fromString(o.value(QLatin1String("finished")).toString(), Qt::ISODate);
    QVERIFY2(started.isValid() && finished.isValid() && started <= finished, qPrintable(good.out));
    QVERIFY(qAbs(started.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void TestCli::listHeadersOnTerminalOnly()
{
    const Run piped = run({QStringLiteral("databases")}, Token, true);
    QCOMPARE(piped.exitCode, 0);
    QVERIFY2(piped.out.section(QLatin1Char('\t'), 0, 0).size() == m_uuid.size(), qPrintable(piped.out)); // a row first
    QVERIFY(!piped.out.contains(QLatin1String("UUID\tNAME")));
    // A terminal (util-linux `script` gives the command a pseudo-terminal).
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux's script is not installed: no pseudo-terminal to test the header with");
    const Run tty = [&] {
        auto *q = new QProcess(this);
        q->setProcessEnvironment(cliEnvironment());
        q->start(script, {QStringLiteral("-qec"), QStringLiteral("'%1' databases").arg(QStringLiteral(D1X_CLI_PATH)),
                          QStringLiteral("/dev/null")});
        return finish(q);
    }();
    QCOMPARE(tty.exitCode, 0);
    QVERIFY2(tty.out.startsWith(QLatin1String("UUID\tNAME\tBYTES\tCREATED")), qPrintable(tty.out));
}

void TestCli::flagsThatDoNotApply_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("accounts --folder") << QStringList{QStringLiteral("accounts"), QStringLiteral("--folder"), QStringLiteral("b")}
                                       << QStringLiteral("--folder does not apply to \"accounts\"");
    QTest::newRow("export --all") << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"),
                                                 QStringLiteral("x.sql"), QStringLiteral("--all")}
                                  << QStringLiteral("--all does not apply to \"export\"");
    QTest::newRow("databases --table") << QStringList{QStringLiteral("databases"), QStringLiteral("--table"), QStringLiteral("t")}
                                       << QStringLiteral("--table does not apply");
    QTest::newRow("tables -y") << QStringList{QStringLiteral("tables"), QStringLiteral("shop"), QStringLiteral("-y")}
                               << QStringLiteral("--skip-confirmation does not apply");
    QTest::newRow("--persist-to without --local")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--persist-to"), QStringLiteral("p")}
        << QStringLiteral("needs --local");
    QTest::newRow("--local and --remote")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--local"), QStringLiteral("--remote")}
        << QStringLiteral("exclude each other");
    QTest::newRow("--local --account")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--local"), QStringLiteral("--account"), Account}
        << QStringLiteral("does not apply to --local");
    QTest::newRow("--local --compare-live-values")
        << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--local"), QStringLiteral("--compare-live-values")}
        << QStringLiteral("--compare-live-values is about Cloudflare");
}

void TestCli::flagsThatDoNotApply()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = run(args, Token, true);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(m_emu->requests().isEmpty());
}

void TestCli::commandHelp()
{
    const Run general = run({QStringLiteral("--help")});
    QCOMPARE(general.exitCode, 0);
    for (const char *text : {"--skip-confirmation", "--local", "--remote", "--persist-to", "--config", "--env", "--folder",
                             "wrangler", "--output -"})
        QVERIFY2(general.out.contains(QLatin1String(text)), text);
    const Run help = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("export <database>")));
    for (const char *text : {"--output", "--table", "--local", "-y, --skip-confirmation", "-c, --config", "--persist-to"})
        QVERIFY2(help.out.contains(QLatin1String(text)), text);
    QVERIFY(!help.out.contains(QLatin1String("--folder")));
    QVERIFY(!help.out.contains(QLatin1String("--with-sqlite")));
    const Run backup = run({QStringLiteral("backup"), QStringLiteral("--help")});
    QVERIFY(backup.out.contains(QLatin1String("--folder")) && !backup.out.contains(QLatin1String("--persist-to")));
}

void TestCli::unknownTableExits4()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--table"), QStringLiteral("parnet"),
                       QStringLiteral("-o"), QStringLiteral("x.sql")},
                      Token, true);
    QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(QLatin1String("no table named \"parnet\" in shop. Did you mean parent?")), qPrintable(r.err));
    QVERIFY(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    for (const auto &req : m_emu->requests())
        QVERIFY(!req.target.endsWith("/export")); // D1 was not asked to export (nor lock) anything
}

void TestCli::unwritableDestinationBeforeD1()
{
    if (!QFileInfo(QStringLiteral("/proc")).isDir())
        QSKIP("no /proc on this system");
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("/proc/x.sql")},
                      Token, true);
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.err.contains(QLatin1String("/proc/x.sql")), qPrintable(r.err));
    for (const auto &req : m_emu->requests())
        QVERIFY2(!req.target.contains("/d1/database/"), req.target.constData()); // found before anything was asked of D1
}

void TestCli::noCredentialsExit3()
{
    const Run r = run({QStringLiteral("accounts")}, QString());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QLatin1String("CLOUDFLARE_API_TOKEN")));
}

void TestCli::backupCountsWhatWasAsked()
{
    const Run r = run({QStringLiteral("backup"), QStringLiteral("--database"), QStringLiteral("shop"), QStringLiteral("--database"),
                       QStringLiteral("shpo"), QStringLiteral("--folder"), QStringLiteral("b")},
                      Token, true);
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.err.contains(QLatin1String("Backing up 2 database(s)")) && r.err.contains(QLatin1String("1 of them not found")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("1 of 2 database(s) saved")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Did you mean shop")), qPrintable(r.err));
}

void TestCli::verifiedIsNotAWarning()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql"),
                       QStringLiteral("--verify")},
                      Token, true);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("^Verified"), QRegularExpression::MultilineOption)), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("Warning: Verified")));
}

void TestCli::localExport_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("persist");
    QTest::newRow("binding") << QStringList{QStringLiteral("export"), QStringLiteral("DB"), QStringLiteral("--local"),
                                            QStringLiteral("--output"), QStringLiteral("local.sql")}
                             << QStringLiteral(".wrangler/state");
    QTest::newRow("database name, -y") << QStringList{QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--local"),
                                                      QStringLiteral("--output"), QStringLiteral("local.sql"), QStringLiteral("-y")}
                                       << QStringLiteral(".wrangler/state");
    QTest::newRow("--persist-to") << QStringList{QStringLiteral("export"), QStringLiteral("DB"), QStringLiteral("--local"),
                                                 QStringLiteral("--persist-to"), QStringLiteral("my-state"),
                                                 QStringLiteral("--output"), QStringLiteral("local.sql")}
                                  << QStringLiteral("my-state");
}

void TestCli::localExport()
{
    QFETCH(QStringList, args);
    QFETCH(QString, persist);
    makeLocalProject(testsupport::LocalProject::Format::Toml);
    // The local database: the sample's contents, through its own dump.
    const QByteArray reference = exportedBytes();
    QString error;
    const QString db = testsupport::LocalProject::createDatabase(m_out->filePath(persist), m_uuid,
                                                                 QString::fromUtf8(reference), &error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    m_emu.reset(); // no Cloudflare needed, no credentials either
    const Run r = run(args, QString());
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    const QString saved = m_out->filePath(QStringLiteral("local.sql"));
    QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(saved));
    const QString copy = m_out->filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(testsupport::importDump(saved, copy), QString());
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_source), testsupport::tableContents(copy)), QString());
}

void TestCli::localBadInput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QStringList local{QStringLiteral("export"), QStringLiteral("DB"), QStringLiteral("--local"), QStringLiteral("-o"),
                            QStringLiteral("x.sql")};
    QTest::newRow("no configuration") << QString() << local << 2 << QStringLiteral("Run this in your Worker's project folder");
    QTest::newRow("unknown binding") << QStringLiteral("config")
                                     << QStringList{QStringLiteral("export"), QStringLiteral("BD"), QStringLiteral("--local"),
                                                    QStringLiteral("-o"), QStringLiteral("x.sql")}
                                     << 4 << QStringLiteral("Did you mean DB?");
    QTest::newRow("no local state yet") << QStringLiteral("config") << local << 4
                                        << QStringLiteral("wrangler d1 migrations apply DB --local");
    QTest::newRow("unknown environment") << QStringLiteral("config") << (local + QStringList{QStringLiteral("--env"), QStringLiteral("prod")})
                                         << 2 << QStringLiteral("no environments");
    QTest::newRow("missing --config file") << QString() << (local + QStringList{QStringLiteral("-c"), QStringLiteral("nope.toml")})
                                           << 2 << QStringLiteral("does not exist");
}

void TestCli::localBadInput()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    if (setup == QLatin1String("config"))
        makeLocalProject(testsupport::LocalProject::Format::Toml);
    const Run r = run(args, QString());
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_out->filePath(QStringLiteral("x.sql"))));
}

void TestCli::serverTextCannotDriveTheTerminal()
{
    // A hostile (or broken) server puts escape sequences in a database name and in D1's error
    // message: clear the screen, retitle the terminal, ring the bell. None reaches the terminal.
    m_emu->addDatabase(Account, QStringLiteral("evil\x1b[2J\x07name"), m_source);
    const Run listed = run({QStringLiteral("databases")}, Token, true);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QLatin1String("evil")), qPrintable(listed.out));
    QVERIFY(!listed.out.contains(QChar(0x1b)) && !listed.out.contains(QChar(0x07)));

    emu::FaultSpec fault{emu::Step::ExportStart, emu::Fault::ExportError};
    fault.message = QStringLiteral("\x1b]0;pwned\x07\x1b[31mdisk quota\x9b" "2J exceeded");
    m_emu->addFault(fault);
    const Run failed = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("x.sql")},
                           Token, true);
    QCOMPARE(failed.exitCode, 5);
    QVERIFY2(failed.err.contains(QLatin1String("disk quota")), qPrintable(failed.err));
    for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x9b)})
        QVERIFY2(!failed.err.contains(c), qPrintable(QStringLiteral("U+%1 in: %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(failed.err)));
}

void TestCli::filteredExportNamesWhatItNeeds()
{
    // parent's trigger parent_audit writes to audit_log: said before the export, with the flag to add it.
    const Run r = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--table"), QStringLiteral("parent"),
                       QStringLiteral("-o"), QStringLiteral("parent.sql")},
                      Token, true);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("the trigger parent_audit uses audit_log")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--table audit_log")), qPrintable(r.err));
    // Taking the advice: nothing is missing any more.
    const Run both = run({QStringLiteral("export"), QStringLiteral("shop"), QStringLiteral("--table"), QStringLiteral("parent"),
                          QStringLiteral("--table"), QStringLiteral("audit_log"), QStringLiteral("-o"),
                          QStringLiteral("both.sql")},
                         Token, true);
    QCOMPARE(both.exitCode, 0);
    QVERIFY2(!both.err.contains(QLatin1String("Not exported but needed")), qPrintable(both.err));
}

void TestCli::unreadableVirtualRowsFail()
{
    // D1 refuses every read of the standalone FTS table's rows: a dump without them is not a success.
    const QString db = m_data.filePath(QStringLiteral("virtual.sqlite"));
    if (!QFile::exists(db))
        QVERIFY(emu::SampleDatabase::generate(db, {emu::SampleSpec::WithVirtualTable, 0, 3}));
    m_emu->addDatabase(Account, QStringLiteral("search"), db);
    emu::FaultSpec refused{emu::Step::Query, emu::Fault::Refused, 1000};
    refused.bodyContains = "notes_fts";
    m_emu->addFault(refused);
    const QStringList args{QStringLiteral("export"), QStringLiteral("search"), QStringLiteral("-o"), QStringLiteral("s.sql")};
    const Run r = run(args, Token, true);
    QVERIFY2(r.exitCode == 5, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(QLatin1String("notes_fts")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_out->filePath(QStringLiteral("s.sql"))));
    // Schema only asks for no rows: it succeeds.
    const Run schema = run(args + QStringList{QStringLiteral("--no-data")}, Token, true);
    QVERIFY2(schema.exitCode == 0, qPrintable(schema.err));
}

void TestCli::exactValuesAsJson()
{
    m_emu->addDatabase(Account, QStringLiteral("ids"), m_numbers);
    const Run r = run({QStringLiteral("export"), QStringLiteral("ids"), QStringLiteral("-o"), QStringLiteral("ids.sql.gz"),
                       QStringLiteral("--sqlite"), QStringLiteral("ids.sqlite"), QStringLiteral("--json")},
                      Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject exact = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("exact_values")).toObject();
    QCOMPARE(exact.value(QLatin1String("status")).toString(), QStringLiteral("repaired"));
    QVERIFY(exact.value(QLatin1String("values_restored")).toInteger() > 20);
    QCOMPARE(exact.value(QLatin1String("infinities_restored")).toInteger(), 6);
    QVERIFY(exact.value(QLatin1String("rows_read")).toInteger() > 0);
    QCOMPARE(exact.value(QLatin1String("changed_rows")).toInteger(), 0);
    QVERIFY2(r.err.contains(QLatin1String("restored exactly")), qPrintable(r.err));
    // The .sqlite (loaded from the repaired .sql.gz) holds every value of the source, type and value.
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_numbers),
                                          testsupport::tableContents(m_out->filePath(QStringLiteral("ids.sqlite")))),
             QString());
}

void TestCli::valueChangedOnD1ExitsWith8()
{
    // A row is written on the server after D1 made the dump, before the rounded rows are read again.
    const QString copy = m_data.filePath(QStringLiteral("live.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_numbers, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    m_emu->addDatabase(Account, QStringLiteral("live"), copy);
    bool written = false;
    connect(m_emu.get(), &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        if (req.toDownloadListener && !written) {
            sqlite3 *db = nullptr;
            sqlite3_open(QFile::encodeName(copy).constData(), &db);
            written = sqlite3_exec(db, "UPDATE numbers SET label = 'edited' WHERE label = 'snowflake'", nullptr,
                                   nullptr, nullptr) == SQLITE_OK;
            sqlite3_close(db);
        }
    });
    const Run r = run({QStringLiteral("export"), QStringLiteral("live"), QStringLiteral("-o"), QStringLiteral("live.sql")},
                      Token, true);
    QVERIFY(written);
    QCOMPARE(r.exitCode, 8);
    QVERIFY2(r.err.contains(QLatin1String("differ on D1")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("numbers, line")), qPrintable(r.err));
}

void TestCli::refusedRereadSavesNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("stdout") << QStringLiteral("stdout");
    QTest::newRow("backup") << QStringLiteral("backup");
}

void TestCli::refusedRereadSavesNothing()
{
    // D1 refuses the repair's re-read of the rounded rows: no dump with D1's rounding replaces the
    // user's file or reaches the pipe; the exit code is that of the refusal (D1's 7403, as for any request: 4).
    QFETCH(QString, how);
    m_emu->addDatabase(Account, QStringLiteral("ids"), m_numbers);
    emu::FaultSpec refuse;
    refuse.step = emu::Step::Query;
    refuse.fault = emu::Fault::Refused;
    refuse.times = 100;
    refuse.bodyContains = "quote(";
    m_emu->addFault(refuse);
    const QByteArray old = "yesterday's backup\n";
    QFile f(m_out->filePath(QStringLiteral("ids.sql")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(old);
    f.close();
    QStringList args{QStringLiteral("export"), QStringLiteral("ids"), QStringLiteral("-o"), QStringLiteral("ids.sql")};
    if (how == QLatin1String("stdout"))
        args[3] = QStringLiteral("-");
    const QString folder = m_out->filePath(QStringLiteral("backups"));
    if (how == QLatin1String("backup")) {
        QVERIFY(QDir().mkpath(folder));
        args = QStringList{QStringLiteral("backup"), QStringLiteral("--database"), QStringLiteral("ids"),
                           QStringLiteral("--folder"), folder};
    }
    const Run r = run(args, Token, true);
    QCOMPARE(r.exitCode, how == QLatin1String("backup") ? 9 : 4);
    QVERIFY2(r.err.contains(QLatin1String("nothing was saved")), qPrintable(r.err));
    if (how == QLatin1String("file"))
        QVERIFY2(r.err.contains(QLatin1String("ids.sql was left as it was")), qPrintable(r.err));
    if (how != QLatin1String("backup"))
        QCOMPARE(r.out, QString()); // no path, and no dump in the pipe
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("ids.sql")});
    if (how == QLatin1String("backup"))
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("manifest.json")});
}

void TestCli::compareLiveValues()
{
    const QString copy = m_data.filePath(QStringLiteral("values.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_numbers, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    m_emu->addDatabase(Account, QStringLiteral("values"), copy);
    const QStringList args{QStringLiteral("export"), QStringLiteral("values"), QStringLiteral("-o"),
                           QStringLiteral("v.sql"), QStringLiteral("--compare-live-values"), QStringLiteral("--json")};
    // The same values on both sides: exit 0, and the result says so.
    Run r = run(args, Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject values = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("live_values")).toObject();
    QCOMPARE(values.value(QLatin1String("status")).toString(), QStringLiteral("same"));
    QVERIFY(values.value(QLatin1String("tables_compared")).toInt() > 0);

    // One 64-bit integer differs by one on D1 (as a rounded one would): exit 8, table and row named.
    bool written = false;
    connect(m_emu.get(), &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        if (!written && req.body.contains("CAST(count(*) AS TEXT)")) {
            sqlite3 *db = nullptr;
            sqlite3_open(QFile::encodeName(copy).constData(), &db);
            written = sqlite3_exec(db, "UPDATE numbers SET i = i - 1 WHERE label = 'snowflake'", nullptr,
                                   nullptr, nullptr) == SQLITE_OK
                && sqlite3_changes(db) == 1;
            sqlite3_close(db);
        }
    });
    r = run(args, Token, true);
    QVERIFY(written);
    QCOMPARE(r.exitCode, 8);
    values = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("live_values")).toObject();
    QCOMPARE(values.value(QLatin1String("status")).toString(), QStringLiteral("differences"));
    QCOMPARE(values.value(QLatin1String("differing_tables")).toArray(), QJsonArray{QStringLiteral("numbers")});
    QVERIFY2(r.err.contains(QLatin1String("numbers: the row with rowid")), qPrintable(r.err));
}

void TestCli::backupOfTwoDatabasesHasExactValues()
{
    m_emu->addDatabase(Account, QStringLiteral("ids"), m_numbers);
    const QString folder = m_out->filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    const Run r = run({QStringLiteral("backup"), QStringLiteral("--database"), QStringLiteral("ids"),
                       QStringLiteral("--database"), QStringLiteral("shop"), QStringLiteral("--folder"), folder},
                      Token, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile manifestFile(QDir(folder).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonArray entries =
        QJsonDocument::fromJson(manifestFile.readAll()).object().value(QLatin1String("backups")).toArray();
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue &v : std::as_const(entries)) {
        const QJsonObject e = v.toObject();
        const QString name = e.value(QLatin1String("database")).toString();
        QCOMPARE(e.value(QLatin1String("exact_values")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("repaired"));
        const QString dump = QDir(folder).filePath(QFileInfo(e.value(QLatin1String("file")).toString()).fileName());
        const QString loaded = m_out->filePath(name + QStringLiteral(".sqlite"));
        QCOMPARE(testsupport::importDump(dump, loaded), QString());
        QCOMPARE(testsupport::firstDifference(testsupport::tableContents(name == u"ids" ? m_numbers : m_source),
                                              testsupport::tableContents(loaded)),
                 QString());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
