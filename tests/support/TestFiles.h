// TestFiles: reading and writing whole files in tests, gzip included, so the suites judge saved
// bytes with one set of helpers. Files in tests are small enough to hold in memory.
#pragma once

#include <QByteArray>
#include <QString>

namespace testsupport {

// The file's bytes; empty when it cannot be read.
QByteArray readFile(const QString &path);

// Writes `bytes` to `path` (replacing it); false when not all were written.
bool writeFile(const QString &path, const QByteArray &bytes);

// The decompressed content of a .gz file. A file that is not gzip is read as it is (zlib's
// transparent mode); empty when it cannot be opened.
QByteArray gunzipFile(const QString &path);

// Decompresses the .gz file `from` into the file `to`; false on any error.
bool gunzipTo(const QString &from, const QString &to);

// Decompresses gzip data held in memory; "<corrupt>" when it is not a complete gzip stream.
QByteArray gunzip(const QByteArray &gz);

} // namespace testsupport
