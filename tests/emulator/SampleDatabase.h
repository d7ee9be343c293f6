// SampleDatabase: deterministic SQLite files for tests, the benchmark and the offline demo.
// "Awkward" holds the cases a D1 dump must survive (every storage class, 64-bit extremes, full-precision
// REALs, quoting, CR/LF, non-ASCII, foreign keys, AUTOINCREMENT, index/view/trigger, d1_migrations);
// "Plain" is one simple table filled to a target size; "WithVirtualTable" adds FTS5 tables.
#pragma once

#include <QString>

struct sqlite3;

namespace emu {

struct SampleSpec {
    enum Kind { Awkward, Plain, WithVirtualTable } kind = Awkward;
    qint64 targetBytes = 0; // 0 = just the awkward fixture rows (Plain: a few rows)
    quint32 seed = 1;
};

class SampleDatabase
{
public:
    // Replaces any file at `path`. Same spec, same bytes of content (the file layout may differ).
    static bool generate(const QString &path, const SampleSpec &spec, QString *error = nullptr);

private:
    static bool createAwkward(sqlite3 *db);
    static bool addVirtualTables(sqlite3 *db);
    static bool fillPlain(sqlite3 *db, qint64 targetBytes, quint32 seed);
};

} // namespace emu
