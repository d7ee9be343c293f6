// Sha256: the SHA-NI block function (after the public-domain SHA-Intrinsics by Jeffrey Walton) and the
// padding around it; QCryptographicHash where the instructions are missing.
#include "Sha256.h"

#include <QFile>

#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#define D1X_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace d1x {

namespace {

constexpr std::array<quint32, 8> InitialState = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef D1X_SHA_NI
alignas(16) constexpr quint32 K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9);
    const bool sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}

// Sixteen groups of four rounds; the message schedule rotates through four registers.
__attribute__((target("sha,sse4.1,ssse3"))) void shaNiBlocks(quint32 *state, const uchar *data, qsizetype blocks)
{
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);          // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);    // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0); // CDGH

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSave = state0;
        const __m128i cdghSave = state1;
        __m128i m[4];
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            if (g < 4)
                m[g] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), mask);
            __m128i msg = _mm_add_epi32(m[g % 4], _mm_load_si128(reinterpret_cast<const __m128i *>(&K[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            if (g >= 3 && g <= 14) {
                tmp = _mm_alignr_epi8(m[g % 4], m[(g + 3) % 4], 4);
                m[(g + 1) % 4] = _mm_add_epi32(m[(g + 1) % 4], tmp);
                m[(g + 1) % 4] = _mm_sha256msg2_epu32(m[(g + 1) % 4], m[g % 4]);
            }
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            if (g >= 1 && g <= 12)
                m[(g + 3) % 4] = _mm_sha256msg1_epu32(m[(g + 3) % 4], m[g % 4]);
        }
        state0 = _mm_add_epi32(state0, abefSave);
        state1 = _mm_add_epi32(state1, cdghSave);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}
#endif

bool accelerated()
{
#ifdef D1X_SHA_NI
    static const bool has = cpuHasShaNi() && !qEnvironmentVariableIsSet("D1X_NO_SHA_NI");
    return has;
#else
    return false;
#endif
}

} // namespace

Sha256::Sha256()
    : m_accelerated(accelerated())
{
    reset();
}

bool Sha256::isAccelerated()
{
    return accelerated();
}

void Sha256::reset()
{
    m_state = InitialState;
    m_blockFill = 0;
    m_length = 0;
    if (m_accelerated)
        m_fallback.reset();
    else
        m_fallback.emplace(QCryptographicHash::Sha256);
}

void Sha256::processBlocks(const uchar *data, qsizetype blocks)
{
#ifdef D1X_SHA_NI
    shaNiBlocks(m_state.data(), data, blocks);
#else
    Q_UNUSED(data)
    Q_UNUSED(blocks)
#endif
}

void Sha256::addData(const char *data, qsizetype size)
{
    if (m_fallback) {
        m_fallback->addData(QByteArrayView(data, size));
        return;
    }
    m_length += quint64(size);
    auto bytes = reinterpret_cast<const uchar *>(data);
    if (m_blockFill > 0) {
        const qsizetype take = qMin<qsizetype>(64 - m_blockFill, size);
        std::memcpy(m_block + m_blockFill, bytes, size_t(take));
        m_blockFill += take;
        bytes += take;
        size -= take;
        if (m_blockFill < 64)
            return;
        processBlocks(m_block, 1);
        m_blockFill = 0;
    }
    const qsizetype whole = size / 64;
    if (whole > 0)
        processBlocks(bytes, whole);
    bytes += whole * 64;
    size -= whole * 64;
    if (size > 0) {
        std::memcpy(m_block, bytes, size_t(size));
        m_blockFill = size;
    }
}

QByteArray Sha256::result()
{
    if (m_fallback)
        return m_fallback->result();
    // Padding: 0x80, zeros, then the length in bits, big-endian, ending a block.
    const quint64 bits = m_length * 8;
    uchar tail[128] = {};
    const qsizetype fill = m_blockFill;
    std::memcpy(tail, m_block, size_t(fill));
    tail[fill] = 0x80;
    const qsizetype total = fill + 1 + 8 <= 64 ? 64 : 128;
    for (int i = 0; i < 8; ++i)
        tail[total - 1 - i] = uchar(bits >> (8 * i));
    processBlocks(tail, total / 64);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(m_state[size_t(i)] >> (24 - 8 * j));
    return digest;
}

QByteArray Sha256::hash(const QByteArray &data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

std::optional<QByteArray> Sha256::hashFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    Sha256 h;
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = file.errorString();
            return std::nullopt;
        }
        if (n == 0)
            break;
        h.addData(buffer.constData(), n);
    }
    return h.result();
}

} // namespace d1x
