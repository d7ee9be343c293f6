// ProjectDatabase: resolves the NAME of `export NAME` through the project's wrangler configuration,
// as wrangler does: a binding or database_name in `d1_databases` (of --env when given) stands for
// that database. For --local it also finds the SQLite file `wrangler dev` keeps for it; for a remote
// export a configured database_id is used directly, and a NAME the configuration does not know is
// looked up in the account as before. Every failure comes with what to do and an exit code.
#pragma once

#include "WranglerConfig.h"

#include <QString>

#include <optional>

namespace d1x {

class CliOptions;

class ProjectDatabase
{
public:
    struct Result {
        int exitCode = 0;           // 0: resolved (or nothing to resolve); else Usage (2) or NotFound (4)
        QString error;
        QString configPath;         // the configuration used, if any
        std::optional<D1Binding> binding;
        QString localPath;          // --local: the SQLite file
        QString remoteId;           // remote: the configured database_id, when the binding has one
        QString displayName;        // for messages: the binding or database name
    };

    static Result resolve(const CliOptions &options, const QString &workingFolder);
};

} // namespace d1x
