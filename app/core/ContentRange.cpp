// ContentRange: a strict reader for "bytes FIRST-LAST/TOTAL".
#include "ContentRange.h"

namespace d1x {

namespace {
// Digits at `at` (at most 18: below 2^63, so no overflow); advances `at`.
std::optional<qint64> number(const QByteArray &text, qsizetype &at)
{
    qint64 value = 0;
    const qsizetype start = at;
    while (at < text.size() && text.at(at) >= '0' && text.at(at) <= '9') {
        if (at - start >= 18)
            return std::nullopt;
        value = value * 10 + (text.at(at) - '0');
        ++at;
    }
    if (at == start)
        return std::nullopt;
    return value;
}
} // namespace

std::optional<ContentRange> ContentRange::parse(const QByteArray &header)
{
    const QByteArray text = header.trimmed();
    if (!text.startsWith("bytes "))
        return std::nullopt;
    qsizetype at = 6;
    ContentRange range;
    const std::optional<qint64> first = number(text, at);
    if (!first || at >= text.size() || text.at(at++) != '-')
        return std::nullopt;
    const std::optional<qint64> last = number(text, at);
    if (!last || at >= text.size() || text.at(at++) != '/')
        return std::nullopt;
    if (at + 1 == text.size() && text.at(at) == '*') {
        range.total = -1;
    } else {
        const std::optional<qint64> total = number(text, at);
        if (!total || at != text.size())
            return std::nullopt;
        range.total = *total;
    }
    range.first = *first;
    range.last = *last;
    if (range.first > range.last || (range.total >= 0 && range.last >= range.total))
        return std::nullopt;
    return range;
}

} // namespace d1x
