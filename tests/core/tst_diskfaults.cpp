// Disk faults: a full filesystem, a read-only folder, a folder that vanishes mid-export. Each must end
// with a clear file error, no partial file, and an existing file at the path untouched. The full and
// read-only cases need small tmpfs mounts (root); they are skipped, with the reason, where that fails.
#include "CloudflareEmulator.h"
#include "ExportController.h"
#include "SampleDatabase.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("disk-token-0123456789");

bool run(const QString &program, const QStringList &args, QString *error = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fullFilesystem();
    void diskFillsDuringDownload();
    void readOnlyFolder();
    void folderVanishesMidExport();

private:
    ExportResult exportTo(const QString &path, ExportController *controller = nullptr);
    QString mountTmpfs(const QString &options); // empty on failure (then QSKIP)

    QTemporaryDir m_data;
    QString m_db;
    std::unique_ptr<emu::CloudflareEmulator> m_emu;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CloudflareClient> m_client;
    QString m_uuid;
    QStringList m_mounts;
};

void TestDiskFaults::initTestCase()
{
    m_db = m_data.filePath(QStringLiteral("plain.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(m_db, {emu::SampleSpec::Plain, 2 * 1024 * 1024, 5}));
}

void TestDiskFaults::init()
{
    m_emu = std::make_unique<emu::CloudflareEmulator>();
    QVERIFY(m_emu->listen());
    m_emu->addApiToken(Token);
    m_emu->addAccount(AccountId, QStringLiteral("A"));
    m_uuid = m_emu->addDatabase(AccountId, QStringLiteral("plain"), m_db);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<CloudflareClient>(m_nam.get(), *ApiEndpoint::fromString(m_emu->apiBase().toString()),
                                                  Credentials::fromToken(Token));
}

void TestDiskFaults::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_emu.reset();
    for (const QString &mount : std::as_const(m_mounts)) {
        run(QStringLiteral("umount"), {mount});
        QDir().rmdir(mount);
    }
    m_mounts.clear();
}

QString TestDiskFaults::mountTmpfs(const QString &options)
{
    const QString dir = m_data.filePath(QStringLiteral("mnt%1").arg(m_mounts.size() + 1));
    QDir().mkpath(dir);
    QString error;
    if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                       QStringLiteral("tmpfs"), dir},
             &error)) {
        QDir().rmdir(dir);
        qInfo().noquote() << "cannot mount a tmpfs here:" << (error.isEmpty() ? QStringLiteral("mount failed") : error);
        return {};
    }
    m_mounts << dir;
    return dir;
}

ExportResult TestDiskFaults::exportTo(const QString &path, ExportController *given)
{
    ExportController own(m_client.get());
    ExportController *controller = given ? given : &own;
    controller->setMinimumPollIntervalMs(10);
    QSignalSpy finished(controller, &ExportController::finished);
    controller->start({AccountId, m_uuid, QStringLiteral("plain"), {}, path});
    if (finished.isEmpty())
        finished.wait(30000);
    return controller->result();
}

void TestDiskFaults::fullFilesystem()
{
    // 1 MiB of room for a ~2 MB dump: the disk fills up part-way through the download.
    const QString dir = mountTmpfs(QStringLiteral("size=1m"));
    if (dir.isEmpty())
        QSKIP("a tmpfs could not be mounted (needs root and mount permission in this sandbox)");
    const QString path = dir + QStringLiteral("/dump.sql");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- the dump from last week\n");
    }
    const ExportResult result = exportTo(path);
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY2(result.error.summary().contains(QLatin1String("space"), Qt::CaseInsensitive),
             qPrintable(result.error.toString()));
    QCOMPARE(readFile(path), QByteArray("-- the dump from last week\n"));
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("dump.sql")});
}

void TestDiskFaults::diskFillsDuringDownload()
{
    // Room enough when the download starts; then something else fills the disk while it runs.
    const QString dir = mountTmpfs(QStringLiteral("size=8m"));
    if (dir.isEmpty())
        QSKIP("a tmpfs could not be mounted (needs root and mount permission in this sandbox)");
    emu::FaultSpec slow{emu::Step::Download, emu::Fault::SlowBody};
    slow.slowDelayMs = 1;
    m_emu->addFault(slow);
    ExportController controller(m_client.get());
    bool filled = false;
    connect(&controller, &ExportController::downloadProgress, this, [&filled, dir](qint64 received, qint64) {
        if (filled || received == 0)
            return;
        filled = true;
        QFile filler(dir + QStringLiteral("/other-program.bin"));
        if (filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            const QByteArray block(64 * 1024, 'x');
            while (filler.write(block) == block.size()) {
            }
        }
    });
    const QString path = dir + QStringLiteral("/dump.sql");
    const ExportResult result = exportTo(path, &controller);
    QVERIFY(filled);
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY2(result.error.summary().contains(QLatin1String("space"), Qt::CaseInsensitive),
             qPrintable(result.error.toString()));
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("other-program.bin")});
}

void TestDiskFaults::readOnlyFolder()
{
    const QString dir = mountTmpfs(QStringLiteral("size=1m"));
    if (dir.isEmpty())
        QSKIP("a tmpfs could not be mounted (needs root and mount permission in this sandbox)");
    const QString path = dir + QStringLiteral("/dump.sql");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QString error;
    if (!run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), dir}, &error))
        QSKIP("the tmpfs could not be made read-only here");
    const ExportResult result = exportTo(path);
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY(result.error.summary().contains(QLatin1String("not writable")));
    QCOMPARE(readFile(path), QByteArray("old"));
    // Refused before D1 was asked to export (and lock) the database.
    for (const auto &req : m_emu->requests())
        QVERIFY(!req.target.endsWith("/export"));
}

void TestDiskFaults::folderVanishesMidExport()
{
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(dir));
    m_emu->setPollsBeforeComplete(3);
    ExportController controller(m_client.get());
    // Once D1 is exporting, the folder disappears (an unplugged drive, a cleanup job).
    connect(&controller, &ExportController::stateChanged, this, [dir](ExportController::State state) {
        if (state == ExportController::State::Exporting)
            QDir(dir).removeRecursively();
    });
    const ExportResult result = exportTo(dir + QStringLiteral("/dump.sql"), &controller);
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY(!result.error.advice().isEmpty());
    QVERIFY(!QDir(dir).exists());
    QVERIFY(filesIn(parent.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
