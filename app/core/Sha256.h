// SHA-256 fast enough to run on every byte of a download without slowing it down.
//
// QCryptographicHash computes SHA-256 in portable C at roughly 100–200 MB/s, below what a dump arrives
// at on a fast link. Where the CPU has the SHA extensions (x86 SHA-NI: most CPUs since 2017) the
// blocks go through those instead; elsewhere QCryptographicHash does the work. SHA-NI speed follows the
// clock: on the 2 GHz Xeon of the benchmark machine this code hashes 0.86-0.95 GiB/s on one core,
// as fast as OpenSSL's assembly there (0.92 GiB/s), and Qt's 6.4 code 71 MiB/s. One stream cannot be
// hashed on two cores, so this rate is also the most a download with its checksum can reach.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace d1x {

class Sha256
{
public:
    Sha256();
    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &bytes) { addData(bytes.constData(), bytes.size()); }
    void reset();
    // The 32-byte digest; the object must be reset() before it is used again.
    QByteArray result();

    static QByteArray hash(const QByteArray &data);
    // Reads the file in large blocks; nullopt (and `error`) when it cannot be read.
    static std::optional<QByteArray> hashFile(const QString &path, QString *error = nullptr);
    // Whether the hardware path is in use on this machine (for the benchmark and the log).
    static bool isAccelerated();

private:
    void processBlocks(const uchar *data, qsizetype blocks);

    bool m_accelerated;
    std::array<quint32, 8> m_state{};
    uchar m_block[64] = {};
    qsizetype m_blockFill = 0;
    quint64 m_length = 0;
    std::optional<QCryptographicHash> m_fallback;
};

} // namespace d1x
