// DumpReader: gzread for files, a small inflate loop for pipes.
#include "DumpReader.h"

#include "DumpPipe.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>
#include <zlib.h>

namespace d1x {

namespace {
constexpr qint64 PipeReadBytes = 256 * 1024;
constexpr int GzipWindowBits = 15 + 16; // a gzip wrapper

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DumpVerifier)
};
} // namespace

DumpReader::DumpReader() = default;

DumpReader::~DumpReader()
{
    if (m_file)
        gzclose(m_file);
    if (m_inflate)
        inflateEnd(m_inflate.get());
    if (m_pipe)
        m_pipe->closeReader();
}

bool DumpReader::openFile(const QString &path)
{
#ifdef Q_OS_WIN
    m_file = gzopen_w(reinterpret_cast<const wchar_t *>(path.utf16()), "rb");
#else
    m_file = gzopen(QFile::encodeName(path).constData(), "rb");
#endif
    if (m_file)
        gzbuffer(m_file, 1024 * 1024);
    return m_file != nullptr;
}

void DumpReader::openPipe(std::shared_ptr<DumpPipe> pipe)
{
    m_pipe = std::move(pipe);
}

qint64 DumpReader::offset() const
{
    return m_file ? qint64(gzoffset(m_file)) : m_pipeBytes;
}

qint64 DumpReader::read(char *into, qint64 maxBytes)
{
    if (m_file) {
        const int n = gzread(m_file, into, unsigned(qMin<qint64>(maxBytes, INT_MAX)));
        int code = Z_OK;
        const char *message = n <= 0 ? gzerror(m_file, &code) : nullptr;
        // A gzip file cut short ends in Z_BUF_ERROR, which gzread does not report as an error: its
        // data up to the cut would otherwise read as a complete (shorter) dump.
        if (n < 0 || (n == 0 && code == Z_BUF_ERROR)) {
            m_error = Tr::tr("the file cannot be read: %1").arg(QString::fromUtf8(message));
            return -1;
        }
        return n;
    }
    if (!m_pipe)
        return -1;
    return readPipe(into, maxBytes);
}

// More raw bytes from the pipe into m_input (which is then fully unread); false at its end or on -1.
bool DumpReader::fillInput()
{
    if (m_pipeEnded)
        return false;
    m_input.resize(PipeReadBytes);
    const qint64 n = m_pipe->read(m_input.data(), m_input.size());
    if (n <= 0) {
        m_input.clear();
        m_pipeEnded = true;
        if (n < 0)
            m_error = Tr::tr("the download started again from its first byte");
        return false;
    }
    m_input.resize(n);
    m_inputAt = 0;
    m_pipeBytes += n;
    return true;
}

qint64 DumpReader::readPipe(char *into, qint64 maxBytes)
{
    if (!m_sniffed) {
        m_sniffed = true;
        // Both magic bytes, even when the first piece has only one.
        while (m_input.size() - m_inputAt < 2) {
            const QByteArray head = m_input.mid(m_inputAt);
            if (!fillInput()) {
                m_input = head;
                m_inputAt = 0;
                break;
            }
            m_input.prepend(head);
        }
        if (m_input.size() >= 2 && uchar(m_input.at(0)) == 0x1f && uchar(m_input.at(1)) == 0x8b) {
            m_inflate = std::make_unique<z_stream_s>();
            std::memset(m_inflate.get(), 0, sizeof(z_stream_s));
            if (inflateInit2(m_inflate.get(), GzipWindowBits) != Z_OK) {
                m_inflate.reset();
                m_error = Tr::tr("the decompressor could not be started");
                return -1;
            }
        }
    }
    if (!m_inflate) {
        if (m_inputAt == m_input.size() && !fillInput())
            return m_error.isEmpty() ? 0 : -1;
        const qint64 n = qMin<qint64>(maxBytes, m_input.size() - m_inputAt);
        std::memcpy(into, m_input.constData() + m_inputAt, size_t(n));
        m_inputAt += n;
        return n;
    }
    z_stream &z = *m_inflate;
    z.next_out = reinterpret_cast<Bytef *>(into);
    z.avail_out = uInt(qMin<qint64>(maxBytes, UINT_MAX));
    while (z.avail_out > 0) {
        if (m_inputAt == m_input.size()) {
            if (z.avail_out < uInt(maxBytes))
                break; // hand over what is there before waiting for more
            if (!fillInput()) {
                if (!m_error.isEmpty())
                    return -1;
                if (m_inMember) { // as gzread says of a cut gzip file
                    m_error = Tr::tr("the file cannot be read: %1").arg(QStringLiteral("unexpected end of file"));
                    return -1;
                }
                break;
            }
        }
        z.next_in = reinterpret_cast<Bytef *>(m_input.data() + m_inputAt);
        z.avail_in = uInt(m_input.size() - m_inputAt);
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_inputAt = m_input.size() - qsizetype(z.avail_in);
        m_inMember = true;
        if (rc == Z_STREAM_END) {
            m_inMember = false;
            inflateReset(&z); // another member may follow
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = Tr::tr("the file cannot be read: %1").arg(QString::fromUtf8(z.msg ? z.msg : "inflate"));
            return -1;
        }
    }
    return qint64(uInt(qMin<qint64>(maxBytes, UINT_MAX)) - z.avail_out);
}

} // namespace d1x
