// TestFiles: whole-file reads and writes, and gzip through zlib.
#include "TestFiles.h"

#include <QFile>

#include <zlib.h>

namespace testsupport {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray gunzipFile(const QString &path)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "rb");
    QByteArray out;
    if (!f)
        return out;
    char buffer[65536];
    int n;
    while ((n = gzread(f, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    gzclose(f);
    return out;
}

bool gunzipTo(const QString &from, const QString &to)
{
    gzFile in = gzopen(QFile::encodeName(from).constData(), "rb");
    if (!in)
        return false;
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        gzclose(in);
        return false;
    }
    char buffer[65536];
    int n;
    bool written = true;
    while ((n = gzread(in, buffer, sizeof buffer)) > 0)
        written = written && out.write(buffer, n) == n;
    gzclose(in);
    return n == 0 && written;
}

QByteArray gunzip(const QByteArray &gz)
{
    z_stream z{};
    inflateInit2(&z, 15 + 16); // gzip header
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    z.avail_in = uInt(gz.size());
    int rc;
    do {
        z.next_out = reinterpret_cast<Bytef *>(buffer.data());
        z.avail_out = uInt(buffer.size());
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
    } while (rc == Z_OK);
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray("<corrupt>");
}

} // namespace testsupport
