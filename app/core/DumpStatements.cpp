// DumpStatements: the pieces of the dump checker's statement splitter that read raw dump bytes.
#include "DumpStatements.h"

#include <QByteArray>

#include <cctype>
#include <cstring>

namespace d1x {

bool DumpStatements::isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

// Leading comments are not part of a statement's length (nor hide the table of an INSERT).
const char *DumpStatements::skipSpaceAndComments(const char *p, const char *end)
{
    for (;;) {
        while (p < end && isSpace(*p))
            ++p;
        if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
            const void *nl = std::memchr(p, '\n', size_t(end - p));
            p = nl ? static_cast<const char *>(nl) + 1 : end;
        } else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
            const char *close = p + 2;
            while (close + 1 < end && !(close[0] == '*' && close[1] == '/'))
                ++close;
            p = close + 1 < end ? close + 2 : end;
        } else {
            return p;
        }
    }
}

bool DumpStatements::startsWithWord(const char *p, const char *end, const char *word)
{
    const size_t n = std::strlen(word);
    if (size_t(end - p) < n || qstrnicmp(p, word, n) != 0)
        return false;
    return p + n == end || !(std::isalnum(uchar(p[n])) || p[n] == '_');
}

// The loader runs the whole dump in one transaction of its own (much faster than one per statement,
// as `sqlite3 new.db < dump.sql` does); a dump's own transaction statements would break that.
bool DumpStatements::isTransactionControl(const char *p, const char *end)
{
    switch (*p) {
    case 'B': case 'b': return startsWithWord(p, end, "BEGIN");
    case 'C': case 'c': return startsWithWord(p, end, "COMMIT");
    case 'E': case 'e': return startsWithWord(p, end, "END");
    case 'R': case 'r': return startsWithWord(p, end, "ROLLBACK") || startsWithWord(p, end, "RELEASE");
    case 'S': case 's': return startsWithWord(p, end, "SAVEPOINT");
    default: return false;
    }
}

// The table of `INSERT INTO "t" …` (for naming long statements); empty for anything else.
QString DumpStatements::insertTable(const char *p, const char *end)
{
    if (!startsWithWord(p, end, "INSERT"))
        return {};
    p += 6;
    while (p < end && isSpace(*p))
        ++p;
    if (!startsWithWord(p, end, "INTO"))
        return {};
    p += 4;
    while (p < end && isSpace(*p))
        ++p;
    if (p < end && (*p == '"' || *p == '`' || *p == '[')) {
        const char close = *p == '[' ? ']' : *p;
        QByteArray name;
        for (++p; p < end; ++p) {
            if (*p == close) {
                if (close != ']' && p + 1 < end && p[1] == close) {
                    name += close;
                    ++p;
                    continue;
                }
                break;
            }
            name += *p;
        }
        return QString::fromUtf8(name);
    }
    const char *start = p;
    while (p < end && (std::isalnum(uchar(*p)) || *p == '_' || uchar(*p) >= 0x80))
        ++p;
    return QString::fromUtf8(start, int(p - start));
}

} // namespace d1x
