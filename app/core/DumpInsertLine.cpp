// DumpInsertLine: parsing a dump's INSERT line and judging its number literals (see header).
#include "DumpInsertLine.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <charconv>
#include <cstring>
#include <limits>
#include <string_view>

namespace d1x {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Index just past the string literal that starts at `at` (a quote), or -1 when it is not closed.
qsizetype skipString(QByteArrayView line, qsizetype at)
{
    const char *data = line.data();
    qsizetype i = at + 1;
    for (;;) {
        const void *hit = std::memchr(data + i, '\'', size_t(line.size() - i));
        if (!hit)
            return -1;
        i = static_cast<const char *>(hit) - data + 1;
        if (i < line.size() && data[i] == '\'') {
            ++i; // '' inside the string
            continue;
        }
        return i;
    }
}

// An identifier at `i` ("quoted" or bare); returns the index past it, -1 on a malformed one.
qsizetype readIdentifier(QByteArrayView line, qsizetype i, QByteArray *name)
{
    name->clear();
    if (i >= line.size())
        return -1;
    if (line[i] == '"') {
        ++i;
        while (i < line.size()) {
            if (line[i] == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    name->append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            name->append(line[i++]);
        }
        return -1;
    }
    const qsizetype start = i;
    while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == '$'))
        ++i;
    if (i == start)
        return -1;
    *name = line.sliced(start, i - start).toByteArray();
    return i;
}

bool isNull(QByteArrayView v)
{
    return v.size() == 4 && qstrnicmp(v.data(), "NULL", 4) == 0;
}

bool isText(QByteArrayView v)
{
    return v.startsWith('\'') || v.startsWith("replace(");
}

bool isBlob(QByteArrayView v)
{
    return v.size() >= 3 && (v[0] == 'X' || v[0] == 'x') && v[1] == '\'';
}

bool isQuotedNumber(QByteArrayView q)
{
    return !q.isEmpty() && !isNull(q) && !q.startsWith('\'') && !isBlob(q);
}

bool decodeQuotedText(QByteArrayView q, QByteArray *out)
{
    if (q.size() < 2 || !q.startsWith('\'') || !q.endsWith('\''))
        return false;
    out->clear();
    for (qsizetype i = 1; i < q.size() - 1; ++i) {
        out->append(q[i]);
        if (q[i] == '\'')
            ++i;
    }
    return true;
}

// The bytes of a text literal as D1 writes it: '…' with '' doubled, inside replace(…,'\r',char(13))
// and/or replace(…,'\n',char(10)) when the text holds CR / LF (written as backslash-r / backslash-n;
// a local dump uses another stand-in when the text holds that one: replace(…,'\012',char(10))).
bool decodeText(QByteArrayView v, QByteArray *out)
{
    int wraps = 0;
    while (v.sliced(0).startsWith("replace(")) {
        v = v.sliced(8);
        ++wraps;
    }
    if (!v.startsWith('\''))
        return false;
    const qsizetype end = skipString(v, 0);
    if (end < 0)
        return false;
    if (!decodeQuotedText(v.sliced(0, end), out))
        return false;
    QByteArrayView rest = v.sliced(end);
    for (int k = 0; k < wraps; ++k) {
        if (!rest.startsWith(",'"))
            return false;
        const qsizetype tokenEnd = skipString(rest, 1);
        if (tokenEnd < 0)
            return false;
        QByteArray token;
        if (!decodeQuotedText(rest.sliced(1, tokenEnd - 1), &token) || token.isEmpty())
            return false;
        rest = rest.sliced(tokenEnd);
        if (rest.startsWith(",char(13))"))
            out->replace(token, "\r");
        else if (rest.startsWith(",char(10))"))
            out->replace(token, "\n");
        else
            return false;
        rest = rest.sliced(10);
    }
    return rest.isEmpty();
}

double numberValue(QByteArrayView v, bool *ok)
{
    *ok = true;
    if (v == "Infinity" || v == "Inf")
        return std::numeric_limits<double>::infinity();
    if (v == "-Infinity" || v == "-Inf")
        return -std::numeric_limits<double>::infinity();
    const QByteArray text = v.toByteArray();
    char *end = nullptr;
    const double d = std::strtod(text.constData(), &end);
    *ok = end && *end == '\0' && !text.isEmpty();
    return d;
}

bool isPlainInteger(QByteArrayView v)
{
    qsizetype i = v.startsWith('-') ? 1 : 0;
    if (i >= v.size())
        return false;
    for (; i < v.size(); ++i) {
        if (v[i] < '0' || v[i] > '9')
            return false;
    }
    return true;
}

} // namespace

bool DumpInsertLine::parse(QByteArrayView line)
{
    table.clear();
    columns.clear();
    values.clear();
    if (!line.startsWith("INSERT INTO "))
        return false;
    qsizetype i = readIdentifier(line, 12, &table);
    if (i < 0)
        return false;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    if (i < line.size() && line[i] == '(') {
        ++i;
        for (;;) {
            while (i < line.size() && isSpace(line[i]))
                ++i;
            QByteArray name;
            i = readIdentifier(line, i, &name);
            if (i < 0)
                return false;
            columns.append(name);
            while (i < line.size() && isSpace(line[i]))
                ++i;
            if (i < line.size() && line[i] == ',') {
                ++i;
                continue;
            }
            if (i < line.size() && line[i] == ')') {
                ++i;
                break;
            }
            return false;
        }
        while (i < line.size() && isSpace(line[i]))
            ++i;
    }
    if (!line.sliced(i).startsWith("VALUES"))
        return false;
    i += 6;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    if (i >= line.size() || line[i] != '(')
        return false;
    ++i;
    valuesStart = i;
    const char *data = line.data();
    for (;;) {
        while (i < line.size() && isSpace(data[i]))
            ++i;
        const qsizetype start = i;
        int depth = 0;
        while (i < line.size()) {
            const char c = data[i];
            if (c == '\'') {
                i = skipString(line, i);
                if (i < 0)
                    return false;
                continue;
            }
            if (c == '(') {
                ++depth;
            } else if (c == ')') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
            ++i;
        }
        if (i >= line.size())
            return false;
        qsizetype end = i;
        while (end > start && isSpace(data[end - 1]))
            --end;
        values.append({start, end - start});
        if (data[i++] == ')')
            break;
    }
    return !values.isEmpty();
}

bool DumpInsertLine::mayHoldDamage(QByteArrayView line)
{
    // Every run of 16 digits covers one of the positions 15, 31, 47…: only those are looked at, and
    // the run around one that is a digit is measured (at most 15 back). Most lines of a dump are then
    // passed over at a 16th of the reads; this scan runs over every byte of every export.
    constexpr qsizetype Run = 16;
    const auto digit = [](char c) { return unsigned(c - '0') < 10u; };
    const char *p = line.data();
    const qsizetype n = line.size();
    for (qsizetype q = Run - 1; q < n; q += Run) {
        if (!digit(p[q]))
            continue;
        qsizetype low = q;
        while (low > 0 && q - low < Run - 1 && digit(p[low - 1]))
            --low;
        qsizetype high = q + 1;
        while (high < n && high - low < Run && digit(p[high]))
            ++high;
        if (high - low >= Run)
            return true;
    }
    // std::string_view's find (memchr for the 'I', then a compare), not QByteArrayView::contains: Qt 6.4's
    // search for a short needle went over every byte on its own and was a fifth of the CLI's CPU on a
    // large export.
    return std::string_view(p, size_t(n)).find("Infinity") != std::string_view::npos;
}

bool DumpInsertLine::isInfinity(QByteArrayView literal)
{
    return literal == "Infinity" || literal == "-Infinity";
}

bool DumpInsertLine::isSuspect(QByteArrayView literal)
{
    if (isInfinity(literal))
        return true;
    if (!isPlainInteger(literal))
        return false;
    const QByteArrayView digits = literal.startsWith('-') ? literal.sliced(1) : literal;
    if (digits.size() < 16 || (digits.size() == 16 && std::memcmp(digits.data(), "9007199254740992", 16) < 0))
        return false;
    // JavaScript prints a double's shortest round-trip digits, padded with zeros: digits it could not
    // have printed (…775807, …993) came from elsewhere and are exact.
    bool ok = false;
    const double d = numberValue(digits, &ok);
    char shortest[40];
    const auto printed = std::to_chars(shortest, shortest + sizeof shortest, d, std::chars_format::scientific);
    QByteArray javaScript;
    const char *p = shortest;
    for (; p < printed.ptr && *p != 'e'; ++p) {
        if (*p != '.')
            javaScript.append(*p);
    }
    int exponent = 0;
    if (p < printed.ptr)
        std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), printed.ptr, exponent);
    if (exponent + 1 > javaScript.size())
        javaScript.append(QByteArray(exponent + 1 - javaScript.size(), '0'));
    return ok && digits == javaScript;
}

bool DumpInsertLine::integerRange(QByteArrayView literal, qint64 *low, qint64 *high)
{
    if (!isPlainInteger(literal))
        return false;
    bool ok = false;
    const double d = numberValue(literal, &ok);
    // 2^63 is the double nearest to the largest integers; anything beyond is no 64-bit integer.
    if (!ok || d > 9223372036854775808.0 || d < -9223372036854775808.0)
        return false;
    const __int128 minimum = std::numeric_limits<qint64>::min();
    const __int128 maximum = std::numeric_limits<qint64>::max();
    const auto rounds = [d](__int128 x) { return double(x) == d; };
    // Integers in the half-way range to each neighbouring double round to d; find its exact ends.
    __int128 lo = (__int128(std::nextafter(d, -HUGE_VAL)) + __int128(d)) / 2;
    __int128 hi = (__int128(d) + __int128(std::nextafter(d, HUGE_VAL))) / 2;
    while (!rounds(lo))
        ++lo;
    while (rounds(lo - 1))
        --lo;
    while (!rounds(hi))
        --hi;
    while (rounds(hi + 1))
        ++hi;
    lo = qMax(lo, minimum);
    hi = qMin(hi, maximum);
    if (lo > hi)
        return false;
    *low = qint64(lo);
    *high = qint64(hi);
    return true;
}

bool DumpInsertLine::matchesQuoted(QByteArrayView literal, QByteArrayView quoted)
{
    if (isNull(literal) || isNull(quoted))
        return isNull(literal) && isNull(quoted);
    if (isBlob(literal))
        return isBlob(quoted) && literal.size() == quoted.size()
            && qstrnicmp(literal.data(), quoted.data(), literal.size()) == 0;
    if (isText(literal)) {
        QByteArray a;
        QByteArray b;
        return decodeText(literal, &a) && decodeQuotedText(quoted, &b) && a == b;
    }
    if (!isQuotedNumber(quoted))
        return false;
    bool ok = false;
    const double expected = numberValue(literal, &ok);
    if (!ok)
        return false;
    double actual = 0;
    if (isPlainInteger(quoted)) {
        bool fits = false;
        const qint64 v = quoted.toByteArray().toLongLong(&fits);
        if (!fits)
            return false;
        actual = double(v); // as D1's JavaScript rounds it
    } else {
        actual = numberValue(quoted, &ok);
        if (!ok)
            return false;
    }
    return actual == expected;
}

QByteArray DumpInsertLine::exactLiteral(QByteArrayView literal, QByteArrayView quoted)
{
    if (quoted == "Inf")
        return literal == "9e999" ? QByteArray() : QByteArrayLiteral("9e999");
    if (quoted == "-Inf")
        return literal == "-9e999" ? QByteArray() : QByteArrayLiteral("-9e999");
    if (isPlainInteger(quoted))
        return quoted == literal ? QByteArray() : quoted.toByteArray();
    // A REAL: digits beyond the 64-bit range load as a REAL already; others would load as an INTEGER.
    bool fits = false;
    literal.toByteArray().toLongLong(&fits);
    return fits ? quoted.toByteArray() : QByteArray();
}

QByteArray DumpInsertLine::literalFromQuoted(QByteArrayView quoted)
{
    if (quoted == "Inf")
        return QByteArrayLiteral("9e999");
    if (quoted == "-Inf")
        return QByteArrayLiteral("-9e999");
    QByteArray out = quoted.toByteArray();
    if (quoted.startsWith('\'')) {
        out.replace("\r", "'||char(13)||'");
        out.replace("\n", "'||char(10)||'");
    }
    return out;
}

} // namespace d1x
