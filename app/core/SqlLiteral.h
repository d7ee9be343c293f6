// SqlLiteral: SQLite values written as SQL literals that load back exactly, for the import
// transform: integers as they are, REALs with the shortest digits that round-trip (always marked a
// REAL; 9e999 / -9e999 for infinities, NULL for NaN as SQLite stores it), text between single quotes
// with line breaks kept as they are (no replace()/char() chains, whose depth SQLite limits), text
// that is not valid UTF-8 or holds a NUL as CAST(X'…' AS TEXT), blobs as X'…'. The lengths are known
// before a literal is built, so a long value can be written in pieces (see ImportRowWriter).
#pragma once

#include <QByteArray>

struct sqlite3_stmt;

namespace d1x {

class SqlLiteral
{
public:
    enum class Kind { Null, Integer, Real, Text, HexText, Blob };

    // The literal of column `column` of the current row of `stmt`.
    static void append(QByteArray &out, sqlite3_stmt *stmt, int column);
    // The kind of literal a text or blob value needs (Text, HexText or Blob), and its full length.
    static Kind kindOf(int sqliteType, const char *data, qsizetype size);
    static qsizetype length(Kind kind, const char *data, qsizetype size);
    // The bytes [data, data + size) of a text or blob value as a literal of `kind`.
    static void appendPiece(QByteArray &out, Kind kind, const char *data, qsizetype size);
    // How many bytes from `data` make a piece whose literal is at most `budget` bytes long: a Text
    // piece ends on a UTF-8 character boundary (each piece is valid text on its own).
    static qsizetype pieceSize(Kind kind, const char *data, qsizetype size, qsizetype budget);
    static bool isValidUtf8(const char *data, qsizetype size);
};

} // namespace d1x
