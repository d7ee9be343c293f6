// SaveTargets: a chosen file name turned into the dump and SQLite paths of an export.
#include "SaveTargets.h"

namespace d1x {

bool SaveTargets::isSqliteName(const QString &path)
{
    for (const char *suffix : {".sqlite", ".sqlite3", ".db"}) {
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString SaveTargets::sqliteCopyPath(const QString &dumpPath)
{
    QString base = dumpPath;
    for (const char *suffix : {".gz", ".sql"}) {
        if (base.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            base.chop(qsizetype(qstrlen(suffix)));
    }
    return base + QLatin1String(".sqlite");
}

SaveTargets SaveTargets::forChosenFile(const QString &path, bool sqliteCopy)
{
    SaveTargets t;
    if (isSqliteName(path)) {
        t.sqlitePath = path;
        return t;
    }
    t.outputPath = path;
    if (sqliteCopy)
        t.sqlitePath = sqliteCopyPath(path);
    return t;
}

} // namespace d1x
