// RetryAfter: the Retry-After header of a 429 or 503 answer (delta-seconds, or an HTTP date), read
// without trusting it: the result is a number of seconds from `now`, never negative, never past
// INT_MAX however far the date. Faces the network, so it is fuzzed (tests/fuzz).
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace d1x {

class RetryAfter
{
public:
    // Seconds to wait; -1 when the header is absent or unreadable.
    static int parse(const QByteArray &value, const QDateTime &now);
};

} // namespace d1x
