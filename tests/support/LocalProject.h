// LocalProject: makes the folder of a Worker project as `wrangler dev` leaves it, for tests of the
// local export without wrangler: a wrangler configuration (toml, json or jsonc with comments) that
// declares D1 bindings, and for each database miniflare's SQLite file under
// .wrangler/state/v3/d1/miniflare-D1DatabaseObject/<id>.sqlite (or under a --persist-to folder).
// Like workerd, the database is in WAL mode and its last changes stay in the -wal file.
#pragma once

#include <QString>

namespace testsupport {

class LocalProject
{
public:
    enum class Format { Toml, Json, Jsonc };

    // Writes the configuration into `folder`: binding `binding`, database_name `name`, database_id `id`,
    // at the top level or (when `env` is set) only in [env.<env>], with a decoy binding at the top level.
    static QString writeConfig(const QString &folder, Format format, const QString &binding, const QString &name,
                               const QString &id, const QString &env = {});
    // Creates the SQLite file miniflare would use for `id` below `persistFolder` (e.g.
    // <project>/.wrangler/state) and runs `sql` in it, leaving the changes in the WAL file. Returns the
    // path, or empty and `error`.
    static QString createDatabase(const QString &persistFolder, const QString &id, const QString &sql, QString *error);
};

} // namespace testsupport
