// ProjectDatabase: configuration lookup, binding resolution and the local file, with messages.
#include "ProjectDatabase.h"

#include "CliApp.h"
#include "CliOptions.h"
#include "CloseMatches.h"
#include "LocalDatabaseLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace d1x {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("d1x::ProjectDatabase", text);
}
} // namespace

ProjectDatabase::Result ProjectDatabase::resolve(const CliOptions &options, const QString &workingFolder)
{
    Result r;
    const bool local = options.local();
    const QString given = options.value(QStringLiteral("config"));
    const QString env = options.value(QStringLiteral("env"));
    const QString name = options.database();

    if (!given.isEmpty()) {
        r.configPath = QDir(workingFolder).absoluteFilePath(given);
        if (!QFileInfo(r.configPath).isFile()) {
            r.exitCode = CliApp::Usage;
            r.error = tr("The wrangler configuration %1 does not exist.").arg(QDir::toNativeSeparators(r.configPath));
            return r;
        }
    } else {
        r.configPath = WranglerConfig::find(workingFolder);
    }
    if (r.configPath.isEmpty()) {
        if (local || !env.isEmpty()) {
            r.exitCode = CliApp::Usage;
            r.error = tr("No wrangler configuration (wrangler.json, wrangler.jsonc or wrangler.toml) in %1 or a "
                         "folder above it. Run this in your Worker's project folder, or name the file with "
                         "--config FILE.")
                          .arg(QDir::toNativeSeparators(QDir(workingFolder).absolutePath()));
        }
        return r; // remote: NAME is looked up in the account
    }

    QString error;
    const std::optional<WranglerConfig> config = WranglerConfig::load(r.configPath, env, &error);
    if (!config) {
        r.exitCode = CliApp::Usage;
        r.error = error;
        return r;
    }
    r.binding = config->lookup(name);
    const QString native = QDir::toNativeSeparators(config->path());
    if (!r.binding) {
        if (!local)
            return r; // not a binding: the account's database list decides
        r.exitCode = CliApp::NotFound;
        QStringList declared;
        for (const D1Binding &b : config->databases())
            declared << (b.databaseName.isEmpty() || b.databaseName == b.binding
                             ? b.binding
                             : QStringLiteral("%1 (%2)").arg(b.binding, b.databaseName));
        r.error = declared.isEmpty()
            ? tr("%1 declares no D1 databases (d1_databases)%2, so there is no local database \"%3\".")
                  .arg(native, env.isEmpty() ? QString() : tr(" in the environment %1").arg(env), name)
            : tr("%1 has no D1 database with the name or binding \"%2\" (it has: %3).%4")
                  .arg(native, name, declared.join(QLatin1String(", ")), CloseMatches::suggestion(name, config->names()));
        return r;
    }
    r.displayName = r.binding->binding.isEmpty() ? r.binding->databaseName : r.binding->binding;
    if (!local) {
        if (r.binding->databaseId.isEmpty()) {
            r.exitCode = CliApp::NotFound;
            r.error = tr("%1 declares %2 without a database_id, which a remote export needs. Create the database "
                         "(\"wrangler d1 create %2\") and add its id, or export the local one with --local.")
                          .arg(native, name);
            return r;
        }
        r.remoteId = r.binding->databaseId;
        return r;
    }
    r.localPath = LocalDatabaseLocator::locate(*config, *r.binding, options.value(QStringLiteral("persist-to")),
                                               workingFolder, &error);
    if (r.localPath.isEmpty()) {
        r.exitCode = CliApp::NotFound;
        r.error = error;
    }
    return r;
}

} // namespace d1x
