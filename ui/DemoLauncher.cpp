// DemoLauncher: QProcess handling for the emulator of the offline demo.
#include "DemoLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace d1x::ui {

namespace {
constexpr int StartTimeoutMs = 20000; // generating the sample takes well under a second; be generous
constexpr int StopGraceMs = 2000;
} // namespace

DemoLauncher::DemoLauncher(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("the emulator did not report that it was ready within %n second(s)", nullptr,
                             StartTimeoutMs / 1000)); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail = (m_stderrTail + QString::fromLocal8Bit(m_process.readAllStandardError())).right(400);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("%1 could not be started: %2").arg(QDir::toNativeSeparators(m_process.program()),
                                                        m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QString detail = m_stderrTail.trimmed();
        if (status == QProcess::CrashExit)
            fail(tr("the emulator stopped unexpectedly. %1").arg(detail));
        else
            fail(tr("the emulator exited with code %1. %2").arg(exitCode).arg(detail));
    });
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::defaultProgram()
{
    // Beside the app in a build tree; in lib/d1-exporter/ once installed (the .deb and the tarball).
    const QDir here(QCoreApplication::applicationDirPath());
    const QString installed = here.filePath(QStringLiteral("../lib/d1-exporter/d1-emulator"));
    if (!QFileInfo::exists(here.filePath(QStringLiteral("d1-emulator"))) && QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return here.filePath(QStringLiteral("d1-emulator"));
}

void DemoLauncher::start(const QString &program, const QStringList &extraArguments)
{
    const QString path = program.isEmpty() ? defaultProgram() : program;
    m_ready = false;
    m_failed = false;
    m_buffer.clear();
    m_apiBase.clear();
    m_accountId.clear();
    if (!QFileInfo(path).isExecutable()) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, path] {
            fail(tr("the emulator program was not found at %1").arg(QDir::toNativeSeparators(path)));
        });
        return;
    }
    QStringList arguments{QStringLiteral("--sample"), QStringLiteral("demo")};
    arguments += extraArguments;
    m_process.setProgram(path);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Should the app be killed outright (no destructor runs), the emulator still goes with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_timeout.start(StartTimeoutMs);
    m_process.start(QIODevice::ReadOnly);
}

void DemoLauncher::stop()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this); // its exit is expected now, not a failure
    // SIGTERM lets the emulator remove its temporary files; SIGKILL if it does not go in time.
    // This is only called on the way out, when a short wait no longer holds up the user.
    m_process.terminate();
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
}

bool DemoLauncher::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void DemoLauncher::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    int newline;
    while ((newline = int(m_buffer.indexOf('\n'))) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(newline)).trimmed();
        m_buffer.remove(0, newline + 1);
        if (line.startsWith(QLatin1String("API_BASE=")))
            m_apiBase = line.mid(9);
        else if (line.startsWith(QLatin1String("ACCOUNT_ID=")))
            m_accountId = line.mid(11);
        else if (line == QLatin1String("READY") && !m_ready && !m_failed) {
            m_timeout.stop();
            if (m_apiBase.isEmpty())
                return fail(tr("the emulator did not say where it listens"));
            m_ready = true;
            emit ready(m_apiBase, m_accountId, demoToken());
        }
    }
}

void DemoLauncher::fail(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_timeout.stop();
    emit failed(reason.trimmed());
}

} // namespace d1x::ui
