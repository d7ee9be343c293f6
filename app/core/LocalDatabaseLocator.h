// LocalDatabaseLocator: where `wrangler dev` (miniflare) keeps the local SQLite file of a D1 binding.
// Miniflare stores it as <persist>/v3/d1/miniflare-D1DatabaseObject/<id>.sqlite, where <persist> is
// --persist-to (relative to the working folder) or .wrangler/state beside the configuration file,
// and <id> is the Durable Object id miniflare derives from the database's id: the first 16 bytes of
// HMAC-SHA256(key, id) followed by the first 16 bytes of HMAC-SHA256(key, those bytes), in hex, with
// key = SHA-256("miniflare-D1DatabaseObject").
#pragma once

#include "WranglerConfig.h"

#include <QString>

namespace d1x {

class LocalDatabaseLocator
{
public:
    // The folder miniflare persists into: `persistTo` resolved against `workingFolder`, or
    // <config folder>/.wrangler/state.
    static QString persistFolder(const WranglerConfig &config, const QString &persistTo, const QString &workingFolder);
    // The file name (without folder) miniflare uses for a database id.
    static QString fileNameFor(const QString &localId);
    // The full path of the binding's SQLite file (whether or not it exists yet).
    static QString databasePath(const QString &persistFolder, const D1Binding &binding);
    // The path when the file exists; otherwise empty and `error` says what to run first.
    static QString locate(const WranglerConfig &config, const D1Binding &binding, const QString &persistTo,
                          const QString &workingFolder, QString *error);
};

} // namespace d1x
