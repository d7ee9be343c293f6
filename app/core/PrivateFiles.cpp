// PrivateFiles: owner-only files and folders, and no following of planted symbolic links.
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};
} // namespace

bool PrivateFiles::restrict(QFileDevice &file)
{
#ifdef Q_OS_UNIX
    return file.handle() >= 0 && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) == 0;
#else
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

bool PrivateFiles::makeFolder(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing; // outermost first
    for (QFileInfo at(absolute); !at.exists() && !at.isSymLink(); at = QFileInfo(at.absolutePath())) {
        missing.prepend(at.absoluteFilePath());
        if (at.isRoot() || at.absolutePath() == at.absoluteFilePath())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
#ifdef Q_OS_UNIX
        if (::mkdir(QFile::encodeName(folder).constData(), S_IRWXU) != 0 && errno != EEXIST) {
#else
        if (!QDir().mkdir(folder)) {
#endif
            if (error)
                *error = Tr::tr("the folder %1 could not be created: %2")
                             .arg(QDir::toNativeSeparators(folder), qt_error_string(errno));
            return false;
        }
    }
    if (!QFileInfo(absolute).isDir()) {
        if (error)
            *error = Tr::tr("%1 is not a folder").arg(QDir::toNativeSeparators(absolute));
        return false;
    }
    return true;
}

bool PrivateFiles::isSymlink(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
#else
    return QFileInfo(path).isSymLink();
#endif
}

bool PrivateFiles::createExclusive(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), qt_error_string(errno));
        return false;
    }
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (file.exists() || !file.open(QIODevice::NewOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

QString PrivateFiles::symlinkRefused(const QString &path)
{
    return Tr::tr("%1 is a symbolic link; it is not followed, so that no other file is overwritten. Remove it, "
                  "or choose the file it points to")
        .arg(QDir::toNativeSeparators(path));
}

bool PrivateFiles::replaceFile(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_WIN
    const bool ok = MoveFileExW(reinterpret_cast<LPCWSTR>(from.utf16()), reinterpret_cast<LPCWSTR>(to.utf16()),
                                MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    const bool ok = ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
    if (!ok && error)
        *error = qt_error_string(); // errno, or GetLastError() on Windows
    return ok;
}

} // namespace d1x
