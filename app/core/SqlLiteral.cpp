// SqlLiteral: exact SQL literals for the import transform (see header).
#include "SqlLiteral.h"

#include "LocalDumpWriter.h"

#include <sqlite3.h>

#include <cmath>
#include <cstring>

namespace d1x {

namespace {
constexpr char HexDigits[] = "0123456789abcdef";

void appendHex(QByteArray &out, const char *data, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + 2 * size);
    char *p = out.data() + at;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = uchar(data[i]);
        *p++ = HexDigits[byte >> 4];
        *p++ = HexDigits[byte & 0xf];
    }
}
} // namespace

bool SqlLiteral::isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *end = p + size;
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            if (c == 0)
                return false; // a NUL ends a statement for SQLite: never inside a literal
            ++p;
            continue;
        }
        int more = 0;
        quint32 cp = 0;
        if ((c & 0xe0) == 0xc0) {
            more = 1;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            more = 2;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            more = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        static constexpr quint32 Minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < Minimum[more] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        p += more + 1;
    }
    return true;
}

SqlLiteral::Kind SqlLiteral::kindOf(int sqliteType, const char *data, qsizetype size)
{
    if (sqliteType == SQLITE_BLOB)
        return Kind::Blob;
    return isValidUtf8(data, size) ? Kind::Text : Kind::HexText;
}

qsizetype SqlLiteral::length(Kind kind, const char *data, qsizetype size)
{
    switch (kind) {
    case Kind::Blob:
        return 3 + 2 * size; // X'…'
    case Kind::HexText:
        return 16 + 2 * size; // CAST(X'…' AS TEXT)
    case Kind::Text: {
        qsizetype quotes = 0;
        for (const char *p = data; (p = static_cast<const char *>(std::memchr(p, '\'', size_t(data + size - p))));
             ++p)
            ++quotes;
        return 2 + size + quotes;
    }
    default:
        return 0;
    }
}

void SqlLiteral::appendPiece(QByteArray &out, Kind kind, const char *data, qsizetype size)
{
    switch (kind) {
    case Kind::Blob:
        out.append("X'");
        appendHex(out, data, size);
        out.append('\'');
        return;
    case Kind::HexText:
        out.append("CAST(X'");
        appendHex(out, data, size);
        out.append("' AS TEXT)");
        return;
    case Kind::Text: {
        out.append('\'');
        const char *p = data;
        const char *end = data + size;
        while (p < end) {
            const char *quote = static_cast<const char *>(std::memchr(p, '\'', size_t(end - p)));
            const char *stop = quote ? quote + 1 : end;
            out.append(p, stop - p);
            if (quote)
                out.append('\'');
            p = stop;
        }
        out.append('\'');
        return;
    }
    default:
        return;
    }
}

qsizetype SqlLiteral::pieceSize(Kind kind, const char *data, qsizetype size, qsizetype budget)
{
    if (kind == Kind::Blob)
        return qMin(size, qMax<qsizetype>(1, (budget - 3) / 2));
    if (kind == Kind::HexText)
        return qMin(size, qMax<qsizetype>(1, (budget - 16) / 2));
    qsizetype used = 2;
    qsizetype n = 0;
    while (n < size) {
        const qsizetype cost = data[n] == '\'' ? 2 : 1;
        if (used + cost > budget)
            break;
        used += cost;
        ++n;
    }
    // Back to the start of the character the budget cut into (valid UTF-8: at most 3 bytes back).
    if (n < size)
        while (n > 0 && (uchar(data[n]) & 0xc0) == 0x80)
            --n;
    return n;
}

void SqlLiteral::append(QByteArray &out, sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        LocalDumpWriter::appendInteger(out, sqlite3_column_int64(stmt, column));
        return;
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(stmt, column);
        if (std::isnan(value))
            out.append("NULL"); // SQLite never stores a NaN; it reads back as NULL
        else
            LocalDumpWriter::appendReal(out, value, true); // "2.0": a REAL in any column
        return;
    }
    case SQLITE_TEXT: {
        const char *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        const qsizetype size = sqlite3_column_bytes(stmt, column);
        appendPiece(out, kindOf(SQLITE_TEXT, data, size), data, size);
        return;
    }
    case SQLITE_BLOB: {
        const char *data = static_cast<const char *>(sqlite3_column_blob(stmt, column));
        appendPiece(out, Kind::Blob, data, sqlite3_column_bytes(stmt, column));
        return;
    }
    default:
        out.append("NULL");
    }
}

} // namespace d1x
