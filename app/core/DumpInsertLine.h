// DumpInsertLine: one row of a D1 dump, `INSERT INTO "t" ("a","b") VALUES(1,'x');` on one line, split
// into its table, columns and value literals (spans of the line, not copies), and the few facts about
// those literals the value repair needs: which of them D1 may have damaged on their way through a
// JavaScript number (a bare number of 2^53 or more, or the bare word Infinity), the range of integers a
// rounded number stands for, and whether a literal holds the same value as SQLite's quote() of a
// value read back from D1.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace d1x {

class DumpInsertLine
{
public:
    struct Span {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    // False when `line` is not an INSERT of that shape (the dump's other statements).
    bool parse(QByteArrayView line);

    QByteArray table;          // the name, unquoted
    QList<QByteArray> columns; // unquoted; empty when the statement lists none
    QList<Span> values;        // one per value, trimmed
    qsizetype valuesStart = 0; // where the first value starts (after "VALUES(")

    QByteArrayView value(QByteArrayView line, int index) const
    {
        const Span s = values.at(index);
        return line.sliced(s.start, s.length);
    }

    // A cheap first look at a whole line: can it hold a damaged value at all (a run of 16 digits or
    // the word Infinity)? Lines that cannot are not parsed.
    static bool mayHoldDamage(QByteArrayView line);
    // A bare number literal of magnitude 2^53 or more without a fraction or exponent (an INTEGER D1
    // may have rounded, or a large REAL printed as digits), or Infinity / -Infinity.
    static bool isSuspect(QByteArrayView literal);
    static bool isInfinity(QByteArrayView literal); // Infinity or -Infinity
    // For a suspect integer literal: the 64-bit integers that a double rounds to it (inclusive).
    // False for infinities and literals outside the 64-bit range.
    static bool integerRange(QByteArrayView literal, qint64 *low, qint64 *high);
    // Does the dump literal hold the value that quote() gave on D1 (rounded as D1 rounds it)?
    static bool matchesQuoted(QByteArrayView literal, QByteArrayView quoted);
    // What to write instead of a suspect literal, given quote() of the value on D1: the exact integer,
    // a REAL that stays a REAL, 9e999 / -9e999 for infinities. Empty: the literal is right as it is.
    static QByteArray exactLiteral(QByteArrayView literal, QByteArrayView quoted);
    // quote() of a text or blob, as /query hands it back, made a literal that keeps the dump one
    // statement a line (line breaks become ||char(10)||); infinities (quote() says Inf) become 9e999.
    static QByteArray literalFromQuoted(QByteArrayView quoted);
};

} // namespace d1x
