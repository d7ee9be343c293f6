// TransferRate: the rate of a transfer over its last few seconds, for progress figures (the download's
// and the import upload's): samples of the bytes done, at most one every 100 ms, the oldest dropped
// once they leave the window.
#pragma once

#include <QList>

namespace d1x {

class TransferRate
{
public:
    explicit TransferRate(qint64 windowMs = 3000)
        : m_windowMs(windowMs)
    {
    }

    void reset() { m_samples.clear(); }
    // `bytes` done at `nowMs` (any monotonic clock); false when too soon after the last sample.
    bool sample(qint64 nowMs, qint64 bytes);
    // Bytes per second between the oldest and the newest sample; 0 until there are two.
    double bytesPerSecond() const;

private:
    struct Sample {
        qint64 ms;
        qint64 bytes;
    };
    static constexpr qint64 SampleEveryMs = 100;
    qint64 m_windowMs;
    QList<Sample> m_samples;
};

} // namespace d1x
