// TransferRate: bytes per second over a sliding window (see header).
#include "TransferRate.h"

namespace d1x {

bool TransferRate::sample(qint64 nowMs, qint64 bytes)
{
    if (!m_samples.isEmpty() && nowMs - m_samples.last().ms < SampleEveryMs)
        return false;
    m_samples.append({nowMs, bytes});
    while (m_samples.size() > 2 && nowMs - m_samples.first().ms > m_windowMs)
        m_samples.removeFirst();
    return true;
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &a = m_samples.first();
    const Sample &b = m_samples.last();
    const qint64 ms = b.ms - a.ms;
    return ms > 0 ? double(b.bytes - a.bytes) * 1000.0 / double(ms) : 0;
}

} // namespace d1x
