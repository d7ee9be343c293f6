// `d1-exporter-cli import` and `restore` as a script would use them: the real binary against the
// in-process emulator, judged by exit codes, stdout (--json), stderr and what D1 then holds.
#include "CloudflareEmulator.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Account = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("cli-import-token-RECOGNISABLE-42");
const QString ReadOnlyToken = QStringLiteral("cli-read-only-token-RECOGNISABLE");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void usage_data();
    void usage();
    void createAsJson();
    void tablesThereNeedYes();
    void importWithYesThenRestore();
    void readOnlyTokenIsTold();
    void failedIngestExitsWith5();

private:
    Run run(const QStringList &args, const QString &token = Token);
    QMap<QString, QStringList> contentsOf(const QString &path);
    int requestsTo(const QByteArray &method, bool uploadHost) const;

    QTemporaryDir m_data;
    QString m_awkward;
    QString m_numbers;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<emu::CloudflareEmulator> m_emu;
    QString m_targetPath;
};

void TestImportCli::initTestCase()
{
    m_awkward = m_data.filePath(QStringLiteral("awkward.sqlite"));
    m_numbers = m_data.filePath(QStringLiteral("numbers.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_awkward, {}, &error), qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_numbers, {emu::SampleSpec::Numbers64, 0, 1}, &error), qPrintable(error));
}

void TestImportCli::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_emu = std::make_unique<emu::CloudflareEmulator>();
    QVERIFY(m_emu->listen());
    m_emu->addApiToken(Token);
    m_emu->addApiToken(ReadOnlyToken, emu::TokenStatus::Active, true, true, false);
    m_emu->addAccount(Account, QStringLiteral("Only account"));
    m_emu->setPollsBeforeComplete(1);
    m_targetPath = m_work->filePath(QStringLiteral("shop.sqlite"));
    QVERIFY(QFile::copy(m_numbers, m_targetPath));
    QFile::setPermissions(m_targetPath, QFile::ReadOwner | QFile::WriteOwner);
    m_emu->addDatabase(Account, QStringLiteral("shop"), m_targetPath);
}

void TestImportCli::cleanup()
{
    m_emu.reset();
    m_work.reset();
}

Run TestImportCli::run(const QStringList &args, const QString &token)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLOUDFLARE_API_BASE_URL"), m_emu->apiBase().toString());
    env.insert(QStringLiteral("CLOUDFLARE_API_TOKEN"), token);
    env.insert(QStringLiteral("CLOUDFLARE_ACCOUNT_ID"), Account);
    env.insert(QStringLiteral("TMPDIR"), m_work->path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_work->path());
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(D1X_CLI_PATH), args);
    Run r;
    if (!p.waitForStarted() || !done.wait(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QMap<QString, QStringList> TestImportCli::contentsOf(const QString &path)
{
    return testsupport::tableContents(path);
}

int TestImportCli::requestsTo(const QByteArray &method, bool uploadHost) const
{
    int n = 0;
    for (const emu::RecordedRequest &r : m_emu->requests())
        n += r.method == method && r.toDownloadListener == uploadHost;
    return n;
}

void TestImportCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no --input") << QStringList{QStringLiteral("import"), QStringLiteral("shop")}
                                << QStringLiteral("--input FILE");
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("shop"), QStringLiteral("--input"),
                                                 QStringLiteral("nothing-here.sql")}
                                  << QStringLiteral("nothing-here.sql");
    QTest::newRow("no database") << QStringList{QStringLiteral("import"), QStringLiteral("--input"), QStringLiteral("x.sql")}
                                 << QStringLiteral("Name the database");
    QTest::newRow("restore without --bookmark") << QStringList{QStringLiteral("restore"), QStringLiteral("shop")}
                                                << QStringLiteral("--bookmark");
    QTest::newRow("--output on import") << QStringList{QStringLiteral("import"), QStringLiteral("shop"),
                                                       QStringLiteral("--output"), QStringLiteral("x.sql")}
                                        << QStringLiteral("--output does not apply to \"import\"");
}

void TestImportCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(m_emu->requests().isEmpty());
}

void TestImportCli::createAsJson()
{
    const Run r = run({QStringLiteral("import"), QStringLiteral("copy"), QStringLiteral("--create"), QStringLiteral("--input"),
                       m_awkward, QStringLiteral("--compare-row-counts"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(o.value(QLatin1String("ok")).toBool(), qPrintable(r.out));
    QCOMPARE(o.value(QLatin1String("database")).toString(), QStringLiteral("copy"));
    QVERIFY(o.value(QLatin1String("created")).toBool());
    QVERIFY(o.value(QLatin1String("bookmark_before")).isNull()); // a new database has no state before
    QVERIFY(!o.value(QLatin1String("final_bookmark")).toString().isEmpty());
    QVERIFY(o.value(QLatin1String("num_queries")).toInteger() > 0);
    QVERIFY(o.value(QLatin1String("rows_written")).toInteger() > 0);
    const QJsonObject rows = o.value(QLatin1String("rows_per_table")).toObject();
    const auto source = contentsOf(m_awkward);
    for (auto it = source.cbegin(); it != source.cend(); ++it)
        if (!it.key().startsWith(QLatin1String("sqlite_")))
            QCOMPARE(rows.value(it.key()).toInteger(), qint64(it.value().size()));
    QCOMPARE(o.value(QLatin1String("rows_on_d1")).toObject(), rows);
    QVERIFY(o.value(QLatin1String("row_counts_match")).toBool());
    // The summary came before the upload, on stderr.
    QVERIFY2(r.err.contains(QLatin1String("To import:")), qPrintable(r.err));
    QVERIFY(r.err.indexOf(QLatin1String("To import:")) < r.err.indexOf(QLatin1String("Uploaded")));
    QVERIFY(!r.err.contains(Token));
    QCOMPARE(QDir(m_work->path()).entryList({QStringLiteral("d1x-import-*")}, QDir::Files), QStringList());
}

void TestImportCli::tablesThereNeedYes()
{
    const auto before = contentsOf(m_targetPath);
    const Run r = run({QStringLiteral("import"), QStringLiteral("shop"), QStringLiteral("--input"), m_awkward});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--yes")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("To import:"))); // the summary was shown first
    QCOMPARE(requestsTo("PUT", true), 0);
    for (const emu::RecordedRequest &req : m_emu->requests())
        QVERIFY2(!req.target.endsWith("/import") && !req.target.contains("time_travel"), req.target.constData());
    QCOMPARE(contentsOf(m_targetPath), before);
    QCOMPARE(QDir(m_work->path()).entryList({QStringLiteral("d1x-import-*")}, QDir::Files), QStringList());
}

void TestImportCli::importWithYesThenRestore()
{
    const auto before = contentsOf(m_targetPath);
    QVERIFY(!before.isEmpty());
    const Run r = run({QStringLiteral("import"), QStringLiteral("shop"), QStringLiteral("--input"), m_awkward,
                       QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // stdout: the line that undoes it; stderr: the bookmark and wrangler's line too.
    const QString undo = r.out.trimmed();
    QVERIFY2(undo.startsWith(QLatin1String("d1-exporter-cli restore shop --bookmark ")), qPrintable(r.out));
    QVERIFY(r.err.contains(QLatin1String("wrangler d1 time-travel restore shop --bookmark=")));
    QVERIFY(contentsOf(m_targetPath) != before);

    QStringList args = undo.split(QLatin1Char(' ')).mid(1);
    args << QStringLiteral("--json");
    const Run restored = run(args);
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    const QJsonObject o = QJsonDocument::fromJson(restored.out.toUtf8()).object();
    QVERIFY(o.value(QLatin1String("ok")).toBool());
    QVERIFY(!o.value(QLatin1String("previous_bookmark")).toString().isEmpty());
    QCOMPARE(testsupport::firstDifference(before, contentsOf(m_targetPath)), QString());
}

void TestImportCli::readOnlyTokenIsTold()
{
    const Run r = run({QStringLiteral("import"), QStringLiteral("shop"), QStringLiteral("--input"), m_awkward,
                       QStringLiteral("--yes")},
                      ReadOnlyToken);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("D1 Edit")), qPrintable(r.err));
    QCOMPARE(requestsTo("PUT", true), 0);
    const Run restore = run({QStringLiteral("restore"), QStringLiteral("shop"), QStringLiteral("--bookmark"),
                             QStringLiteral("00000001-00000000-00000000-0")},
                            ReadOnlyToken);
    QCOMPARE(restore.exitCode, 3);
    QVERIFY2(restore.err.contains(QLatin1String("D1 Edit")), qPrintable(restore.err));
}

void TestImportCli::failedIngestExitsWith5()
{
    const auto before = contentsOf(m_targetPath);
    emu::FaultSpec fail;
    fail.step = emu::Step::Import;
    fail.fault = emu::Fault::ImportError;
    fail.afterStatements = 3;
    m_emu->addFault(fail);
    const Run r = run({QStringLiteral("import"), QStringLiteral("shop"), QStringLiteral("--input"), m_awkward,
                       QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 5);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("exit_code")).toInt(), 5);
    QVERIFY(o.value(QLatin1String("error")).toString().contains(QLatin1String("Simulated import failure")));
    QCOMPARE(testsupport::firstDifference(before, contentsOf(m_targetPath)), QString());
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
