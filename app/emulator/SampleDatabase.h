// SampleDatabase: deterministic SQLite files for tests, the benchmark and the offline demo.
// "Awkward" holds the cases a D1 dump must survive (every storage class, 64-bit extremes, full-precision
// REALs, quoting, CR/LF, non-ASCII, foreign keys, AUTOINCREMENT, index/view/trigger, d1_migrations);
// "Plain" is one simple table filled to a target size (optionally with a 64-bit id in every Nth row);
// "WithVirtualTable" adds FTS5 tables; "Numbers64" is full of what D1's JavaScript numbers lose
// (2^53±1, int64 extremes, Snowflake ids also as keys, ±Infinity, mixed-type columns); "LargeRows"
// holds rows longer than D1's 100 KB statement limit (a 300 KB text of multi-byte characters, a
// 1.5 MB blob, a long key of a WITHOUT ROWID table, a UNIQUE and a CHECKed long column, text that is
// not valid UTF-8) and rows whose INSERT is within a few bytes of the limit, on either side.
#pragma once

#include <QString>

struct sqlite3;

namespace emu {

struct SampleSpec {
    enum Kind { Awkward, Plain, WithVirtualTable, Numbers64, LargeRows } kind = Awkward;
    qint64 targetBytes = 0; // 0 = just the awkward fixture rows (Plain: a few rows)
    quint32 seed = 1;
    // Plain: every Nth row carries a Snowflake-style 64-bit integer in an extra column `ref` (0: no
    // such column).
    int bigIntegerEvery = 0;
};

class SampleDatabase
{
public:
    // Replaces any file at `path`. Same spec, same bytes of content (the file layout may differ).
    static bool generate(const QString &path, const SampleSpec &spec, QString *error = nullptr);

private:
    static bool createAwkward(sqlite3 *db);
    static bool addVirtualTables(sqlite3 *db);
    static bool createNumbers64(sqlite3 *db);
    static bool createLargeRows(sqlite3 *db);
    static bool fillPlain(sqlite3 *db, qint64 targetBytes, quint32 seed, int bigIntegerEvery);
};

} // namespace emu
