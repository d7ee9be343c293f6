// SaveTargets: the one rule for where an export's files go, given the file the user chose: a name
// ending in .sqlite, .sqlite3 or .db is an SQLite database (no SQL file kept); any other is the dump,
// and the optional SQLite copy goes beside it as NAME.sqlite.
#pragma once

#include <QString>

namespace d1x {

struct SaveTargets {
    QString outputPath; // the SQL dump; empty when only an SQLite database is saved
    QString sqlitePath; // the SQLite database or copy; empty when none

    bool sqliteOnly() const { return outputPath.isEmpty(); }
    // The copy beside a dump, under a name the save dialog did not ask about (so it may need asking).
    bool sqliteIsExtraFile() const { return !outputPath.isEmpty() && !sqlitePath.isEmpty(); }

    static SaveTargets forChosenFile(const QString &path, bool sqliteCopy);
    static bool isSqliteName(const QString &path);
    // "shop.sql.gz" → "shop.sqlite"
    static QString sqliteCopyPath(const QString &dumpPath);
};

} // namespace d1x
