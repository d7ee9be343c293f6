// ValueFingerprint: the SQL that sums up every value of a table in a few numbers, the same statement
// on D1 (through /raw) and on a local SQLite database, so that the two can be compared without
// reading the rows out. SQLite (and so D1) has no hash function, so the digest is built from plain SQL
// integer arithmetic modulo the prime 2^31 - 1 (no overflow at any step, and so no rounding by
// D1's JavaScript either: every answer is cast to TEXT):
//  - an INTEGER counts as its value modulo the prime (one integer D1 rounded differs by less than 2^11:
//    always seen); a REAL as its integral part, 52 bits of its fraction and whether it is an infinity
//    (so a REAL that differs only below 2^-52, or beyond ±2^63 where the integral part is capped, can go
//    unnoticed: D1 hands REALs over exactly, and its damage, infinities, is seen); NULL, INTEGER, REAL, TEXT
//    and BLOB each add their own constant, so a value that changed type is seen too;
//  - TEXT and BLOB as their length in bytes plus a polynomial hash of their bytes, read four at a time
//    (hex(), its digits 8-F made into the decimal codes 80-87, then CAST to an integer: a one-to-one
//    map of the four bytes to a number), in 2 KB windows so that long values cost linear time;
//  - each value weighted by its column's position, each row by its rowid, so that values swapped
//    between columns or rows change the digest too; the table's digest is the sum over its rows.
// A single changed value changes the digest unless its difference is a multiple of the prime (a chance
// of about 1 in 2^31); a rounded 64-bit integer and a changed byte are always seen.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace d1x {

class ValueFingerprint
{
public:
    static constexpr qint64 Prime = 2147483647; // 2^31 - 1
    // Columns per statement: each adds about 1.3 KB of SQL, and D1 takes statements up to 100 KB.
    static constexpr int ColumnsPerStatement = 40;
    // … and fewer when their names are long: each statement stays below D1's 100 KB.
    static constexpr qsizetype MaxStatementBytes = 90000;

    struct RowidRange {
        qint64 first = 0;
        qint64 last = 0;
    };

    // The statements for `table` with these columns (all of them, in order); each answers one row of
    // two TEXT columns: the number of rows and the digest of its group of columns. `hasRowid`: false
    // for WITHOUT ROWID tables (rows are then not weighted by position, and no range applies).
    static QStringList statements(const QString &table, const QStringList &columns, bool hasRowid,
                                  const std::optional<RowidRange> &range = std::nullopt);

    // Runs `statements` on a local database: "rows:digest" for each, in order; empty and `error` on failure.
    static QStringList computeLocally(sqlite3 *db, const QStringList &statements, QString *error);
    // The same from the `rows` of a /raw answer for one statement ([["rows", "digest"]]); empty when malformed.
    static QString fromRawRow(const QStringList &row);

private:
    static QString valueHash(const QString &column);
};

} // namespace d1x
