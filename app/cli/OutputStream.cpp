// OutputStream: the copy of a finished dump into stdout or another stream.
#include "OutputStream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <cstdio>

namespace d1x {

bool OutputStream::isStream(const QString &path)
{
    if (path == QLatin1String("-"))
        return true;
    // /dev/stdout of a process whose stdout is a file is a symlink to a regular file: still never a
    // place to rename a file over.
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists() && (absolute.startsWith(QLatin1String("/dev/")) || absolute.startsWith(QLatin1String("/proc/"))))
        return true;
    return info.exists() && !info.isFile() && !info.isDir();
}

bool OutputStream::copy(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QFile out;
    const bool toStdout = to == QLatin1String("-");
    if (toStdout)
        std::fflush(stdout);
    const bool opened = toStdout ? out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
                                 : (out.setFileName(to), out.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    if (!opened) {
        *error = QStringLiteral("%1: %2").arg(to, out.errorString());
        return false;
    }
    // A reader that closes the pipe early makes write() fail with EPIPE instead of killing us, so the
    // temporary file is still removed and the exit code says what happened.
    const auto previous = std::signal(SIGPIPE, SIG_IGN);
    bool ok = true;
    QByteArray buffer;
    while (ok && !in.atEnd()) {
        buffer = in.read(1024 * 1024);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError) {
            *error = in.errorString();
            ok = false;
        } else if (out.write(buffer) != buffer.size()) {
            *error = QCoreApplication::translate("d1x::OutputStream", "%1 did not take the dump: %2")
                         .arg(toStdout ? QStringLiteral("stdout") : to, out.errorString());
            ok = false;
        }
    }
    std::signal(SIGPIPE, previous);
    return ok;
}

} // namespace d1x
