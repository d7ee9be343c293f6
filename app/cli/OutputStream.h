// OutputStream: `--output -` and outputs that are not regular files (/dev/stdout, a named pipe). Such
// a target cannot take a file renamed over it, so the dump is saved (and verified, when asked) in a
// temporary file first and then copied into the stream in one go: a reader of the pipe never sees
// half a dump, and a failed export writes nothing to it.
#pragma once

#include <QString>

namespace d1x {

class OutputStream
{
public:
    // "-", an existing path under /dev or /proc, or an existing path that is not a regular file or folder.
    static bool isStream(const QString &path);
    // Copies `from` into `to` ("-" is stdout). False and `error` when the target refused the bytes
    // (e.g. the reader of a pipe went away).
    static bool copy(const QString &from, const QString &to, QString *error);
};

} // namespace d1x
