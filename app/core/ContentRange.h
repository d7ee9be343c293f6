// ContentRange: the Content-Range header of a 206 answer ("bytes START-END/TOTAL", TOTAL may be
// "*"), read strictly: the downloader resumes only when the server says exactly which bytes follow.
// Faces the network, so it is fuzzed (tests/fuzz).
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace d1x {

struct ContentRange {
    qint64 first = 0; // first byte of the body
    qint64 last = 0;  // last byte of the body (inclusive)
    qint64 total = -1; // size of the whole file; -1 for "*"

    qint64 length() const { return last - first + 1; }
    // Empty for anything else than "bytes FIRST-LAST/TOTAL" with FIRST <= LAST < TOTAL, each number
    // at most 18 digits (no overflow), surrounding blanks allowed.
    static std::optional<ContentRange> parse(const QByteArray &header);
};

} // namespace d1x
