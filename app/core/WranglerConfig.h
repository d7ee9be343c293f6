// WranglerConfig: the D1 databases a wrangler project declares, read the way wrangler reads them.
// The file is wrangler.json, wrangler.jsonc (comments and trailing commas allowed) or wrangler.toml,
// given with --config or found in the working folder or the nearest folder above it that has one
// (wrangler looks for .json first, then .jsonc, then .toml). With an environment (--env NAME) the
// list is that environment's `d1_databases`, which wrangler does not inherit from the top level.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace d1x {

struct D1Binding {
    QString binding;            // what the Worker's code calls it (env.DB)
    QString databaseName;
    QString databaseId;         // the remote database's UUID (may be missing for local-only projects)
    QString previewDatabaseId;  // used instead of databaseId for local development when set
    // The id miniflare keys the local database by: preview id, else database id, else the binding.
    QString localId() const;
    // Binding or database name, as wrangler accepts either.
    bool matches(const QString &name) const { return name == binding || name == databaseName; }
};

class WranglerConfig
{
public:
    // The configuration file wrangler would use from `folder`, or empty when there is none.
    static QString find(const QString &folder);
    // Reads `path` and picks the list of `env` (empty: the top level). nullopt and `error` on failure
    // (unreadable, not valid, unknown environment: the message says which environments exist).
    static std::optional<WranglerConfig> load(const QString &path, const QString &env, QString *error);

    QString path() const { return m_path; }
    QString folder() const;
    QString environment() const { return m_env; }
    // The names of the configuration's environments ([env.NAME]), sorted.
    QStringList environments() const { return m_environments; }
    const QList<D1Binding> &databases() const { return m_databases; }
    // The entry whose binding or database name is `name`, if any.
    std::optional<D1Binding> lookup(const QString &name) const;
    // Every binding and database name, for suggestions.
    QStringList names() const;

    // JSON with // and /* */ comments and trailing commas, as JSONC allows, made plain JSON.
    static QByteArray stripJsonc(const QByteArray &text);

private:
    QString m_path;
    QString m_env;
    QStringList m_environments;
    QList<D1Binding> m_databases;
};

} // namespace d1x
