// ImportRowWriter: one row as INSERT statements no longer than D1's statement limit.
//
// A row that fits is one INSERT. A longer one (D1 stores rows up to 2 MB) has its longest text and
// blob values built first in a scratch table, in pieces that each fit: INSERT the first piece, then
// UPDATE … SET v = v || <piece> WHERE n = <slot> for the rest (text cut on UTF-8 character
// boundaries, so every piece is valid text; blobs as X'…', made a blob again by CAST). The row itself
// is then inserted once, with those values read from the scratch table by a sub-select. So the row is
// written exactly once with its final values: UNIQUE and PRIMARY KEY constraints (a WITHOUT ROWID
// table's long key included), CHECK constraints, generated columns and foreign keys see the real
// value, never a shortened one that could collide or fail a check. The scratch table is emptied after
// each such row and dropped by finish().
#pragma once

#include "SqlLiteral.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3_stmt;

namespace d1x {

class ImportOutput;

class ImportRowWriter
{
public:
    ImportRowWriter(ImportOutput &out, qint64 statementLimit);
    // The scratch table's name, unquoted (one no table of the database has).
    void setScratchTable(const QString &name);
    // Writes the current row of `stmt` (all its columns, in order) after `prefix`, which is
    // `INSERT INTO "t" (…) VALUES(`. `split` tells whether the row needed pieces.
    bool write(const QByteArray &prefix, sqlite3_stmt *stmt, bool *split);
    // Drops the scratch table when it was made.
    bool finish();
    QString errorString() const { return m_error; }
    // The largest the statement being built grew (bytes).
    qsizetype peakBytes() const { return m_peak; }

private:
    struct Value {
        int type = 0;
        SqlLiteral::Kind kind = SqlLiteral::Kind::Null;
        const char *data = nullptr;
        qsizetype size = 0;
        qsizetype length = 0; // of its literal
        int slot = 0;         // > 0: built in the scratch table
    };
    bool put(const QByteArray &sql);
    bool stage(const Value &value);

    ImportOutput &m_out;
    qint64 m_limit;
    QByteArray m_scratch; // quoted
    bool m_scratchMade = false;
    QByteArray m_sql;
    QByteArray m_number;
    QList<Value> m_values;
    qsizetype m_peak = 0;
    QString m_error;
};

} // namespace d1x
