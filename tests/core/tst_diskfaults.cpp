// Disk faults: no room for the file, a read-only folder, a folder that vanishes mid-export. Each must
// end with a clear file error, no partial file, and an existing file at the path untouched. All run
// without mount permission: a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored: writes past it fail with
// EFBIG, as a full disk fails them with ENOSPC) stands for the full disk, and the read-only folder is
// made so by its permissions, or for root (whom permissions do not stop) by the immutable attribute.
#include "CloudflareEmulator.h"
#include "EmulatorFixture.h"
#include "ExportController.h"
#include "SampleDatabase.h"
#include "TestFiles.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace d1x;
using testsupport::readFile;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("disk-token-0123456789");

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Sets the process's file size limit (the soft one; the hard one stays as it was).
bool setFileSizeLimit(rlim_t bytes)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return false;
    limit.rlim_cur = std::min(bytes, limit.rlim_max);
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

// Sets or clears the immutable attribute of a folder (what `chattr +i` does): nothing, not even root,
// can create, rename or remove files in it.
bool setImmutable(const QString &dir, bool on)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
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
    void noRoomToRestoreExactValues();

private:
    ExportResult exportTo(const QString &path, ExportController *controller = nullptr);

    QTemporaryDir m_data;
    QString m_db;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    emu::CloudflareEmulator *m_emu = nullptr; // the fixture's
    CloudflareClient *m_client = nullptr;     // the fixture's
    QString m_uuid;
    rlim_t m_fileSizeLimit = RLIM_INFINITY; // as the test started
    QString m_immutable;                    // a folder to make writable again
};

void TestDiskFaults::initTestCase()
{
    m_db = m_data.filePath(QStringLiteral("plain.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(m_db, {emu::SampleSpec::Plain, 2 * 1024 * 1024, 5}));
    // A write past the file size limit then fails with EFBIG instead of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &limit), 0);
    m_fileSizeLimit = limit.rlim_cur;
}

void TestDiskFaults::init()
{
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("A"), Token);
    QVERIFY(m_fixture->isListening());
    m_emu = m_fixture->emulator();
    m_client = m_fixture->client();
    m_uuid = m_emu->addDatabase(AccountId, QStringLiteral("plain"), m_db);
}

void TestDiskFaults::cleanup()
{
    m_client = nullptr;
    m_emu = nullptr;
    m_fixture.reset();
    setFileSizeLimit(m_fileSizeLimit);
    if (!m_immutable.isEmpty())
        setImmutable(m_immutable, false);
    m_immutable.clear();
}

ExportResult TestDiskFaults::exportTo(const QString &path, ExportController *given)
{
    ExportController own(m_client);
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
    // Room for 1 MiB of a ~2 MB dump (the limit is set once D1 has made the dump, as the emulator
    // writes it in this process too): writing fails part-way through the download.
    const QString dir = m_data.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/dump.sql");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- the dump from last week\n");
    }
    ExportController controller(m_client);
    bool limited = false;
    connect(&controller, &ExportController::stateChanged, this, [&limited](ExportController::State state) {
        if (state == ExportController::State::Downloading)
            limited = setFileSizeLimit(1024 * 1024);
    });
    const ExportResult result = exportTo(path, &controller);
    setFileSizeLimit(m_fileSizeLimit);
    QVERIFY(limited);
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY2(result.error.summary().contains(QLatin1String("too large"), Qt::CaseInsensitive),
             qPrintable(result.error.toString()));
    QVERIFY(!result.error.advice().isEmpty());
    QCOMPARE(readFile(path), QByteArray("-- the dump from last week\n"));
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("dump.sql")});
}

void TestDiskFaults::diskFillsDuringDownload()
{
    // Room enough when the download starts; then, once bytes have arrived, no room for more.
    const QString dir = m_data.filePath(QStringLiteral("filling"));
    QVERIFY(QDir().mkpath(dir));
    emu::FaultSpec slow{emu::Step::Download, emu::Fault::SlowBody};
    slow.slowDelayMs = 1;
    m_emu->addFault(slow);
    ExportController controller(m_client);
    bool filled = false;
    connect(&controller, &ExportController::downloadProgress, this, [&filled](qint64 received, qint64) {
        if (filled || received == 0)
            return;
        filled = setFileSizeLimit(rlim_t(received)); // what is written stays; the next write fails
    });
    const QString path = dir + QStringLiteral("/dump.sql");
    const ExportResult result = exportTo(path, &controller);
    setFileSizeLimit(m_fileSizeLimit);
    QVERIFY(filled);
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY2(result.error.summary().contains(QLatin1String("too large"), Qt::CaseInsensitive),
             qPrintable(result.error.toString()));
    QVERIFY(filesIn(dir).isEmpty());
}

void TestDiskFaults::readOnlyFolder()
{
    const QString dir = m_data.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/dump.sql");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    if (::geteuid() == 0) { // root writes through any permission bits, not into an immutable folder
        if (!setImmutable(dir, true))
            QSKIP("this filesystem has no immutable attribute, and permissions do not stop root");
        m_immutable = dir;
    } else {
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    }
    const ExportResult result = exportTo(path);
    if (!m_immutable.isEmpty())
        QVERIFY(setImmutable(m_immutable, false));
    m_immutable.clear();
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY2(result.error.summary().contains(QLatin1String("not writable")), qPrintable(result.error.toString()));
    QCOMPARE(readFile(path), QByteArray("old"));
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("dump.sql")});
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
    ExportController controller(m_client);
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

void TestDiskFaults::noRoomToRestoreExactValues()
{
    // The dump downloads fine, but there is no room left when the values D1 rounded are written back:
    // a file error (not D1's "try again later"), said once, the old file untouched, nothing left over.
    const QString numbers = m_data.filePath(QStringLiteral("numbers.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(numbers, {emu::SampleSpec::Numbers64}));
    const QString uuid = m_emu->addDatabase(AccountId, QStringLiteral("numbers"), numbers);
    const QString dir = m_data.filePath(QStringLiteral("norepair"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/dump.sql");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- the dump from last week\n");
    }
    ExportController controller(m_client);
    controller.setMinimumPollIntervalMs(10);
    bool limited = false;
    QStringList log;
    // The disk fills once the rows were read again and the dump is being written with them (the
    // work database of the scan was made while the dump downloaded; the emulator in this process
    // must still be able to answer the re-read).
    connect(&controller, &ExportController::logMessage, this,
            [&log, &limited](ExportController::LogLevel, const QString &text) {
                log << text;
                if (text.startsWith(QLatin1String("Writing the dump again")))
                    limited = setFileSizeLimit(512);
            });
    QSignalSpy finished(&controller, &ExportController::finished);
    controller.start({AccountId, uuid, QStringLiteral("numbers"), {}, path});
    if (finished.isEmpty())
        finished.wait(30000);
    setFileSizeLimit(m_fileSizeLimit);
    QVERIFY(limited);
    const ExportResult result = controller.result();
    QCOMPARE(result.error.kind(), ApiError::Kind::FileError);
    QVERIFY2(!result.error.toString().contains(QLatin1String("Try again later")), qPrintable(result.error.toString()));
    QVERIFY2(result.error.summary().contains(QLatin1String("written back")), qPrintable(result.error.toString()));
    QCOMPARE(log.filter(QLatin1String("written back")).size(), 1);
    QCOMPARE(readFile(path), QByteArray("-- the dump from last week\n"));
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("dump.sql")});
}

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
