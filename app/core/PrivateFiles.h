// PrivateFiles: what the exporter writes is the user's private data. Files it creates (dumps, SQLite
// copies, manifests, temporary files) are readable by their owner only (0600), folders it creates
// 0700, whatever the umask; and a symbolic link found where a file is about to be written (a
// predictable backup name, manifest.json) is refused rather than followed, so nobody who can write
// to the folder can make the exporter overwrite another file of the user's.
#pragma once

#include <QString>

class QFileDevice;

namespace d1x {

class PrivateFiles
{
public:
    // An open file (e.g. a QSaveFile's temporary file, before the first byte) made owner-only.
    static bool restrict(QFileDevice &file);
    // Creates `path` and any missing parent, each new folder owner-only; existing ones are left as
    // they are. False (and `error`) when a folder could not be made.
    static bool makeFolder(const QString &path, QString *error = nullptr);
    // `path` itself (not what it points to) is a symbolic link.
    static bool isSymlink(const QString &path);
    // Creates `path` as a new, empty, owner-only file; fails when anything is already there, a
    // dangling symbolic link included (O_EXCL | O_NOFOLLOW).
    static bool createExclusive(const QString &path, QString *error = nullptr);
    // Renames `from` over `to` in one step (rename(2); MoveFileEx with MOVEFILE_REPLACE_EXISTING on
    // Windows, where rename fails on an existing target): a reader sees the old file or the new one.
    // False with the system's reason in `error`.
    static bool replaceFile(const QString &from, const QString &to, QString *error = nullptr);
    // The message for a refused symbolic link at `path`.
    static QString symlinkRefused(const QString &path);
};

} // namespace d1x
