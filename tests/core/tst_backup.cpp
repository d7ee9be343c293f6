// BackupRunner end to end against the in-process emulator: every database of an account (one of them
// broken) backed up in turn into one folder, one export at a time; names, checksums and verification in
// manifest.json; earlier runs kept in the manifest; an unreadable manifest kept aside; cancel; a run
// that cannot start at all; one request budget for the whole run keeps it inside the API rate limit;
// the manifest rewritten at intervals rather than after every database, complete at the end; with a
// budget, three requests a small database (schema, start, one poll sent at the budget's pace), and an
// export started with a window's last tokens is still polled (the polls' reserve).
#include "BackupRunner.h"
#include "CloudflareEmulator.h"
#include "EmulatorFixture.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace d1x;
using testsupport::gunzipTo;
using testsupport::readFile;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("backup-token-0123456789abcdef");
const QDateTime Noon(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);

QJsonArray manifestEntries(const QString &folder)
{
    return QJsonDocument::fromJson(readFile(QDir(folder).filePath(QStringLiteral("manifest.json"))))
        .object()
        .value(QLatin1String("backups"))
        .toArray();
}

QJsonObject entryFor(const QJsonArray &entries, const QString &database)
{
    for (const QJsonValue &v : entries)
        if (v.toObject().value(QLatin1String("database")).toString() == database)
            return v.toObject();
    return {};
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backsUpEveryDatabaseInTurn();
    void namedDatabasesAndManifestHistory();
    void unreadableManifestIsKeptAside();
    void cancelStopsTheRest();
    void runThatCannotStart();
    void baseNames();
    void privateFilesAndNoPlantedLinks();
    void requestBudgetPreventsRateLimiting_data();
    void requestBudgetPreventsRateLimiting();
    void waitingForTheBudgetIsSaid();
    void manifestIsWrittenAtIntervalsAndAtTheEnd_data();
    void manifestIsWrittenAtIntervalsAndAtTheEnd();
    void firstPollWaitsTheBudgetsPace_data();
    void firstPollWaitsTheBudgetsPace();
    void pollsAreNotStarvedAtTheEndOfAWindow_data();
    void pollsAreNotStarvedAtTheEndOfAWindow();

private:
    BackupSummary runBackup(const BackupRequest &request, BackupRunner *runner = nullptr);
    BackupRequest request(bool all, const QStringList &databases = {}) const;
    // PREFIX-0 … PREFIX-(count-1), each serving the file at `path`.
    QStringList addDatabases(const QString &prefix, int count, const QString &path);

    QTemporaryDir m_data;
    QString m_awkwardPath;
    QString m_plainPath;
    QString m_vtablePath;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    emu::CloudflareEmulator *m_emu = nullptr; // the fixture's
    CloudflareClient *m_client = nullptr;     // the fixture's
    QString m_awkward;
};

void TestBackup::initTestCase()
{
    m_awkwardPath = m_data.filePath(QStringLiteral("awkward.sqlite"));
    m_plainPath = m_data.filePath(QStringLiteral("plain.sqlite"));
    m_vtablePath = m_data.filePath(QStringLiteral("vtable.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(m_awkwardPath, {emu::SampleSpec::Awkward, 0, 1}));
    QVERIFY(emu::SampleDatabase::generate(m_plainPath, {emu::SampleSpec::Plain, 2 * 1024 * 1024, 7}));
    QVERIFY(emu::SampleDatabase::generate(m_vtablePath, {emu::SampleSpec::WithVirtualTable, 0, 1}));
}

void TestBackup::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    RetryPolicy fast = testsupport::EmulatorFixture::fastRetries();
    fast.maxAttempts = 2;
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("Backups"), Token, fast);
    QVERIFY(m_fixture->isListening());
    m_emu = m_fixture->emulator();
    m_client = m_fixture->client();
    m_awkward = m_emu->addDatabase(AccountId, QStringLiteral("awkward"), m_awkwardPath);
    m_emu->addDatabase(AccountId, QStringLiteral("plain"), m_plainPath);
    m_emu->addDatabase(AccountId, QStringLiteral("search"), m_vtablePath);
    // A database whose file is gone: its schema read fails on the server.
    m_emu->addDatabase(AccountId, QStringLiteral("broken"), m_data.filePath(QStringLiteral("missing.sqlite")));
    m_emu->setPollsBeforeComplete(1);
}

void TestBackup::cleanup()
{
    m_client = nullptr;
    m_emu = nullptr;
    m_fixture.reset();
    m_out.reset();
}

BackupRequest TestBackup::request(bool all, const QStringList &databases) const
{
    BackupRequest r;
    r.accountId = AccountId;
    r.allDatabases = all;
    r.databases = databases;
    r.folder = m_out->filePath(QStringLiteral("backups"));
    return r;
}

QStringList TestBackup::addDatabases(const QString &prefix, int count, const QString &path)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        names << prefix + QLatin1Char('-') + QString::number(i);
        m_emu->addDatabase(AccountId, names.last(), path);
    }
    return names;
}

BackupSummary TestBackup::runBackup(const BackupRequest &request, BackupRunner *given)
{
    std::unique_ptr<BackupRunner> owned;
    BackupRunner *runner = given;
    if (!runner) {
        owned = std::make_unique<BackupRunner>(m_client);
        runner = owned.get();
    }
    runner->setClockOverride(Noon);
    runner->setControllerSetup([this](ExportController *c) { m_fixture->speedUp(c); });
    QSignalSpy finished(runner, &BackupRunner::finished);
    runner->start(request);
    if (finished.isEmpty() && !finished.wait(120000))
        return BackupSummary{ApiError(ApiError::Kind::Timeout, QStringLiteral("test timed out"))};
    return runner->summary();
}

void TestBackup::backsUpEveryDatabaseInTurn()
{
    BackupRequest r = request(true);
    r.gzip = true;
    r.exportTemplate.verify = true;
    BackupRunner runner(m_client);
    QSignalSpy started(&runner, &BackupRunner::databaseStarted);
    QSignalSpy done(&runner, &BackupRunner::databaseFinished);
    const BackupSummary summary = runBackup(r, &runner);
    QVERIFY2(!summary.error, qPrintable(summary.error.toString()));
    QCOMPARE(summary.entries.size(), 4);
    QCOMPARE(summary.succeeded(), 3);
    QCOMPARE(summary.failed(), 1);
    QVERIFY(!summary.ok());
    QCOMPARE(started.size(), 4);
    QCOMPARE(done.size(), 4);

    // One export at a time: every request about one database comes before the next database's first.
    QStringList order;
    for (const auto &req : m_emu->requests()) {
        const QList<QByteArray> parts = req.target.split('/');
        const int at = int(parts.indexOf("database"));
        if (req.toDownloadListener || at < 0 || at + 1 >= parts.size())
            continue;
        const QString uuid = QString::fromLatin1(parts.at(at + 1).split('?').first());
        if (order.isEmpty() || order.last() != uuid) {
            QVERIFY2(!order.contains(uuid), "a database's export was interleaved with another's");
            order << uuid;
        }
    }
    QCOMPARE(order.size(), 4);

    // Files named after the database and the time, in name order; nothing else but the manifest.
    const QString folder = r.folder;
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("awkward-20240501T120000Z.sql.gz"), QStringLiteral("manifest.json"),
                          QStringLiteral("plain-20240501T120000Z.sql.gz"), QStringLiteral("search-20240501T120000Z.sql.gz")}));

    const QJsonArray entries = manifestEntries(folder);
    QCOMPARE(entries.size(), 4);
    for (const char *name : {"awkward", "plain", "search"}) {
        const QJsonObject e = entryFor(entries, QLatin1String(name));
        QVERIFY2(e.value(QLatin1String("ok")).toBool(), name);
        const QString file = e.value(QLatin1String("file")).toString();
        const QByteArray bytes = readFile(QDir(folder).filePath(file));
        QCOMPARE(e.value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(e.value(QLatin1String("bytes")).toInteger(), bytes.size());
        QVERIFY(e.value(QLatin1String("compressed")).toBool());
        QVERIFY(!e.value(QLatin1String("bookmark")).toString().isEmpty());
        QVERIFY(!e.value(QLatin1String("uuid")).toString().isEmpty());
        QCOMPARE(e.value(QLatin1String("started")).toString(), QStringLiteral("2024-05-01T12:00:00Z"));
        QCOMPARE(e.value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("verified"));
        QVERIFY(e.value(QLatin1String("error")).isNull());
    }
    const QJsonObject search = entryFor(entries, QStringLiteral("search"));
    QCOMPARE(search.value(QLatin1String("virtual_tables")).toArray().size(), 2);
    QCOMPARE(search.value(QLatin1String("verification"))
                 .toObject()
                 .value(QLatin1String("tables"))
                 .toObject()
                 .value(QLatin1String("notes_fts"))
                 .toObject()
                 .value(QLatin1String("dump"))
                 .toInteger(),
             2);
    const QJsonObject broken = entryFor(entries, QStringLiteral("broken"));
    QVERIFY(!broken.value(QLatin1String("ok")).toBool());
    QVERIFY(!broken.value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(!broken.contains(QLatin1String("file")));

    // A backup restores: the awkward one, unpacked and re-imported, equals its source.
    const QString sql = m_out->filePath(QStringLiteral("awkward.sql"));
    QVERIFY(gunzipTo(QDir(folder).filePath(QStringLiteral("awkward-20240501T120000Z.sql.gz")), sql));
    const QString copy = m_out->filePath(QStringLiteral("awkward.sqlite"));
    QCOMPARE(testsupport::importDump(sql, copy), QString());
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_awkwardPath), testsupport::tableContents(copy)),
             QString());
}

void TestBackup::namedDatabasesAndManifestHistory()
{
    BackupRequest r = request(false, {QStringLiteral("plain"), m_awkward, QStringLiteral("nope"), QStringLiteral("plain")});
    r.sqliteCopy = true;
    const BackupSummary first = runBackup(r);
    QCOMPARE(first.entries.size(), 3); // "plain" asked twice is backed up once
    QCOMPARE(first.failed(), 1);
    QCOMPARE(first.entries.first().database, QStringLiteral("nope"));
    QCOMPARE(first.entries.first().result.error.kind(), ApiError::Kind::DatabaseNotFound);
    QCOMPARE(QFileInfo(QDir(r.folder).filePath(QStringLiteral("plain-20240501T120000Z.sqlite"))).size() > 0, true);
    const QJsonObject plain = entryFor(manifestEntries(r.folder), QStringLiteral("plain"));
    QCOMPARE(plain.value(QLatin1String("sqlite_file")).toString(), QStringLiteral("plain-20240501T120000Z.sqlite"));
    QCOMPARE(plain.value(QLatin1String("sqlite_sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(readFile(QDir(r.folder).filePath(
                                                              QStringLiteral("plain-20240501T120000Z.sqlite"))),
                                                          QCryptographicHash::Sha256)
                                     .toHex()));

    // A second run at the "same" time: new names, and the manifest keeps the first run's entries as they were.
    const QJsonArray firstEntries = manifestEntries(r.folder);
    r.databases = {QStringLiteral("plain")};
    const BackupSummary second = runBackup(r);
    QVERIFY(second.ok());
    const QJsonArray entries = manifestEntries(r.folder);
    QCOMPARE(entries.size(), 4);
    for (qsizetype i = 0; i < firstEntries.size(); ++i)
        QCOMPARE(entries.at(i), firstEntries.at(i));
    const QJsonObject root =
        QJsonDocument::fromJson(readFile(QDir(r.folder).filePath(QStringLiteral("manifest.json")))).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("d1-exporter-backup-manifest"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("account")).toString(), r.accountId);
    QCOMPARE(entries.last().toObject().value(QLatin1String("file")).toString(),
             QStringLiteral("plain-20240501T120000Z-2.sql"));
}

void TestBackup::unreadableManifestIsKeptAside()
{
    BackupRequest r = request(false, {QStringLiteral("plain")});
    QVERIFY(QDir().mkpath(r.folder));
    {
        QFile f(QDir(r.folder).filePath(QStringLiteral("manifest.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
    }
    const BackupSummary summary = runBackup(r);
    QVERIFY(summary.ok());
    QCOMPARE(manifestEntries(r.folder).size(), 1);
    QCOMPARE(readFile(QDir(r.folder).filePath(QStringLiteral("manifest-unreadable-20240501T120000Z.json"))),
             QByteArray("{ not json"));
}

void TestBackup::cancelStopsTheRest()
{
    m_emu->setPollsBeforeComplete(1000000);
    BackupRunner runner(m_client);
    QSignalSpy finished(&runner, &BackupRunner::finished);
    connect(&runner, &BackupRunner::stateChanged, &runner, [&runner](ExportController::State s) {
        if (s == ExportController::State::Exporting)
            runner.cancel();
    });
    const BackupSummary summary = runBackup(request(true), &runner);
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.entries.size(), 1);
    QCOMPARE(summary.entries.first().result.error.kind(), ApiError::Kind::Cancelled);
    int starts = 0;
    for (const auto &req : m_emu->requests())
        starts += req.target.endsWith("/export") && !req.body.contains("current_bookmark");
    QCOMPARE(starts, 1);
    QCOMPARE(manifestEntries(request(true).folder).size(), 1);
}

void TestBackup::runThatCannotStart()
{
    m_client->setCredentials(Credentials::fromToken(QStringLiteral("wrong-token-zzzzzzzzzzzz")));
    const BackupSummary summary = runBackup(request(true));
    QCOMPARE(summary.error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(summary.entries.isEmpty());
    QVERIFY(!QFile::exists(QDir(request(true).folder).filePath(QStringLiteral("manifest.json"))));

    BackupRequest none = request(false);
    QCOMPARE(runBackup(none).error.kind(), ApiError::Kind::InvalidInput);
}

void TestBackup::baseNames()
{
    QCOMPARE(BackupRunner::baseName(QStringLiteral("shop-prod_2"), Noon), QStringLiteral("shop-prod_2-20240501T120000Z"));
    // Never hidden, never "..": FileNames::safeBaseName drops leading dots (tst_filenames has the rule).
    QCOMPARE(BackupRunner::baseName(QStringLiteral("../a b/c"), Noon), QStringLiteral("_a_b_c-20240501T120000Z"));
}

void TestBackup::requestBudgetPreventsRateLimiting_data()
{
    QTest::addColumn<bool>("withBudget");
    QTest::newRow("shared budget") << true;
    QTest::newRow("no budget (control: the limit is reached)") << false;
}

void TestBackup::requestBudgetPreventsRateLimiting()
{
    QFETCH(bool, withBudget);
    // Cloudflare's 1,200 requests per 5 minutes, scaled down: 12 per second.
    constexpr int Limit = 12;
    constexpr qint64 WindowMs = 1000;
    const QStringList names = addDatabases(QStringLiteral("small"), 10, m_plainPath);
    m_emu->setRateLimit(Limit, WindowMs);
    BackupRequest r = request(false, names);
    r.requestLimit = withBudget ? Limit : 0;
    r.requestWindowMs = WindowMs;
    const BackupSummary summary = runBackup(r);
    QVERIFY2(!summary.error, qPrintable(summary.error.toString()));
    QCOMPARE(summary.succeeded(), 10); // 429s are waited out either way
    int apiRequests = 0;
    for (const auto &req : m_emu->requests())
        apiRequests += !req.toDownloadListener;
    QVERIFY2(apiRequests > 3 * Limit, qPrintable(QString::number(apiRequests))); // the limit matters
    if (withBudget) {
        QCOMPARE(m_emu->rateLimitedCount(), 0);
        QCOMPARE(summary.requests, qint64(apiRequests)); // every request the server saw went through it
    } else {
        QVERIFY(m_emu->rateLimitedCount() > 0);
    }
}

void TestBackup::waitingForTheBudgetIsSaid()
{
    // A request held back by the budget for a second or more says so (the log would otherwise show
    // nothing for up to a whole window), and is not sent meanwhile.
    RequestBudget budget(1, 60000);
    m_client->setRequestBudget(&budget);
    ApiCall *first = m_client->verifyToken();
    QSignalSpy firstDone(first, &ApiTask::finished);
    QVERIFY(firstDone.wait(10000));
    const qsizetype sent = m_emu->requests().size();
    ApiCall *second = m_client->verifyToken();
    QSignalSpy retrying(second, &ApiTask::retrying);
    QVERIFY(retrying.wait(10000));
    QCOMPARE(retrying.first().at(0).value<ApiError>().kind(), ApiError::Kind::RateLimited);
    QVERIFY(retrying.first().at(2).toInt() >= 1000);
    QCOMPARE(m_emu->requests().size(), sent);
    second->abort();
    m_client->setRequestBudget(nullptr);
}

void TestBackup::manifestIsWrittenAtIntervalsAndAtTheEnd_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::newRow("an hour: after the first database and at the end") << 3600000;
    QTest::newRow("0: after every database") << 0;
}

void TestBackup::manifestIsWrittenAtIntervalsAndAtTheEnd()
{
    QFETCH(int, intervalMs);
    constexpr int Count = 8;
    const QStringList names = addDatabases(QStringLiteral("tiny"), Count, m_awkwardPath);
    BackupRequest r = request(false, names);
    BackupRunner runner(m_client);
    runner.setManifestIntervalMs(intervalMs);
    // What the manifest on disk lists as each database finishes (it is written before the signal).
    QList<int> listed;
    connect(&runner, &BackupRunner::databaseFinished, this,
            [&](int, const BackupEntry &) { listed << int(manifestEntries(r.folder).size()); });
    const BackupSummary summary = runBackup(r, &runner);
    QVERIFY2(!summary.error, qPrintable(summary.error.toString()));
    QCOMPARE(summary.succeeded(), Count);
    if (intervalMs == 0) {
        QCOMPARE(listed, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(summary.manifestWrites, Count);
    } else {
        QCOMPARE(listed, (QList<int>{1, 1, 1, 1, 1, 1, 1, 1}));
        QCOMPARE(summary.manifestWrites, 2);
    }
    // Complete at the end either way: every database with its file's size and SHA-256.
    const QJsonArray entries = manifestEntries(r.folder);
    QCOMPARE(entries.size(), Count);
    for (const QString &name : std::as_const(names)) {
        const QJsonObject e = entryFor(entries, name);
        QVERIFY2(e.value(QLatin1String("ok")).toBool(), qPrintable(name));
        const QByteArray bytes = readFile(QDir(r.folder).filePath(e.value(QLatin1String("file")).toString()));
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(e.value(QLatin1String("bytes")).toInteger(), bytes.size());
        QCOMPARE(e.value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    // A run after it keeps these entries and adds its own.
    QVERIFY(runBackup(request(false, names.mid(0, 1))).ok());
    QCOMPARE(manifestEntries(r.folder).size(), Count + 1);
}

void TestBackup::firstPollWaitsTheBudgetsPace_data()
{
    QTest::addColumn<bool>("withBudget");
    QTest::newRow("Cloudflare's budget: 250 ms") << true;
    QTest::newRow("no budget (control: at once)") << false;
}

void TestBackup::firstPollWaitsTheBudgetsPace()
{
    QFETCH(bool, withBudget);
    constexpr int Count = 3;
    const QStringList names = addDatabases(QStringLiteral("tiny"), Count, m_plainPath);
    // Plain tables: nothing for the value check to read again. Every poll finds the dump ready (a poll
    // waits for it on the server), so a poll sent too early cannot be told by its answer: the times tell.
    m_emu->setPollsBeforeComplete(0);
    m_emu->setLongPollMs(30000);
    QElapsedTimer clock;
    clock.start();
    struct Seen {
        QByteArray database;
        QByteArray what; // query, start, poll
        qint64 atMs;
    };
    QList<Seen> seen;
    connect(m_emu, &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        const QList<QByteArray> parts = req.target.split('/');
        const int at = int(parts.indexOf("database"));
        if (req.toDownloadListener || at < 0 || at + 1 >= parts.size())
            return;
        const QByteArray what = req.target.contains("/export") ? (req.body.contains("current_bookmark") ? "poll" : "start")
                                                               : "query";
        seen << Seen{parts.at(at + 1).split('?').first(), what, clock.elapsed()};
    });
    BackupRequest r = request(false, names);
    r.requestLimit = withBudget ? RequestBudget::CloudflareLimit : 0;
    const BackupSummary summary = runBackup(r);
    QVERIFY2(!summary.error, qPrintable(summary.error.toString()));
    QCOMPARE(summary.succeeded(), Count);
    const qint64 paceMs = RequestBudget::CloudflareWindowMs / RequestBudget::CloudflareLimit;
    QStringList order;
    QByteArray database;
    qint64 startAt = -1;
    for (const Seen &s : std::as_const(seen)) {
        if (s.database != database) {
            database = s.database;
            order << QString::fromLatin1(database);
        }
        order.last() += QLatin1Char(' ') + QString::fromLatin1(s.what);
        if (s.what == "start")
            startAt = s.atMs;
        if (s.what == "poll" && withBudget) // QTimer may fire up to 5 % early
            QVERIFY2(s.atMs - startAt >= paceMs * 95 / 100, qPrintable(QString::number(s.atMs - startAt)));
        else if (s.what == "poll")
            QVERIFY2(s.atMs - startAt < paceMs, qPrintable(QString::number(s.atMs - startAt)));
    }
    QCOMPARE(order.size(), Count);
    for (const QString &requests : std::as_const(order))
        QCOMPARE(requests.section(QLatin1Char(' '), 1), QStringLiteral("query start poll"));
    if (withBudget)
        QCOMPARE(summary.requests, qint64(1 + 3 * Count)); // the list, then three a database
}

void TestBackup::pollsAreNotStarvedAtTheEndOfAWindow_data()
{
    // Three requests a database after the list: with these limits the window runs out at a database's
    // start (13), at its poll (12 with no reserve at all, 14 with one for everything), or in between.
    QTest::addColumn<int>("limit");
    QTest::newRow("12 per window") << 12;
    QTest::newRow("13 per window") << 13;
    QTest::newRow("14 per window") << 14;
}

void TestBackup::pollsAreNotStarvedAtTheEndOfAWindow()
{
    QFETCH(int, limit);
    constexpr qint64 WindowMs = 4000;
    constexpr int Count = 5;
    const QStringList names = addDatabases(QStringLiteral("tiny"), Count, m_plainPath);
    m_emu->setPollsBeforeComplete(0);
    m_emu->setLongPollMs(30000); // the first poll finds the dump ready: three requests a database
    // D1 cancels an export that goes unpolled; a poll held back until the window's first token
    // comes back (seconds) would be too late.
    m_emu->setAbandonTimeoutMs(1000);
    m_emu->setRateLimit(limit, WindowMs);
    BackupRequest r = request(false, names);
    r.requestLimit = limit;
    r.requestWindowMs = WindowMs;
    const BackupSummary summary = runBackup(r);
    QVERIFY2(!summary.error, qPrintable(summary.error.toString()));
    for (const BackupEntry &e : summary.entries)
        QVERIFY2(e.ok(), qPrintable(e.database + QLatin1String(": ") + e.result.error.toString()));
    QCOMPARE(summary.succeeded(), Count);
    QCOMPARE(m_emu->rateLimitedCount(), 0);
    QCOMPARE(summary.requests, qint64(1 + 3 * Count)); // no export had to be started again
}

QTEST_GUILESS_MAIN(TestBackup)
// A dump is the user's private data: what the backup creates is theirs alone, whatever the umask,
// and a symbolic link planted at a predictable backup name is not followed.
void TestBackup::privateFilesAndNoPlantedLinks()
{
    const mode_t oldMask = ::umask(022); // the usual default: new files 0644, folders 0755
    auto restoreMask = qScopeGuard([oldMask] { ::umask(oldMask); });
    auto mode = [](const QString &path) {
        struct stat st{};
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    };
    BackupRequest r = request(false, {QStringLiteral("awkward")});
    r.folder = m_out->filePath(QStringLiteral("new/backups")); // two levels the backup creates
    r.sqliteCopy = true;
    r.exportTemplate.verify = true;
    const BackupSummary first = runBackup(r);
    QVERIFY2(first.ok(), qPrintable(first.entries.value(0).result.error.toString() + first.manifestError));
    QCOMPARE(mode(m_out->filePath(QStringLiteral("new"))), 0700);
    QCOMPARE(mode(r.folder), 0700);
    const BackupEntry &saved = first.entries.first();
    QCOMPARE(mode(QDir(r.folder).filePath(saved.file)), 0600);
    QCOMPARE(mode(QDir(r.folder).filePath(saved.sqliteFile)), 0600);
    QCOMPARE(mode(first.manifestPath), 0600);

    // Someone who can write to the folder plants links where the next backups will go.
    const QString victim = m_out->filePath(QStringLiteral("victim.txt"));
    {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    // A link to a file that exists makes the backup pick the next free name; a dangling one (to
    // where the attacker wants a file made) would be written through: it is refused.
    const QString elsewhere = m_out->filePath(QStringLiteral("made-elsewhere.sql"));
    const QString planted = QDir(r.folder).filePath(BackupRunner::baseName(QStringLiteral("plain"), Noon) + QStringLiteral(".sql"));
    QVERIFY(QFile::link(elsewhere, planted));
    r.databases = {QStringLiteral("plain")};
    const BackupSummary second = runBackup(r);
    QCOMPARE(second.entries.size(), 1);
    const ExportResult &refused = second.entries.first().result;
    QCOMPARE(refused.error.kind(), ApiError::Kind::FileError);
    QVERIFY2(refused.error.summary().contains(QLatin1String("symbolic link")), qPrintable(refused.error.toString()));
    QVERIFY(!QFileInfo::exists(elsewhere));
    QVERIFY(QFileInfo(planted).isSymLink()); // left as it was, for the user to look at
    // Nor is one planted at the manifest's fixed name followed.
    QVERIFY(QFile::remove(first.manifestPath));
    QVERIFY(QFile::link(victim, first.manifestPath));
    r.databases = {QStringLiteral("awkward")};
    const BackupSummary third = runBackup(r);
    QVERIFY2(third.manifestError.contains(QLatin1String("symbolic link")), qPrintable(third.manifestError));
    QFile check(victim);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("precious"));
}

#include "tst_backup.moc"
