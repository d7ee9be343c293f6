// CliOptions: the command line of d1-exporter-cli, read the way Cloudflare's wrangler reads its own
// (`export NAME [--remote|--local] --output FILE [-y] [--table T]… [--no-data|--no-schema]
// [--config|-c FILE] [--env|-e ENV] [--persist-to DIR]`) alongside our own flags. It knows which flag
// belongs to which command (a flag that does not apply is an error, not ignored), suggests the
// nearest flag for a mistyped one, splits `--table a,b`, and prints the help of one command.
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace d1x {

class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Command { None, Export, Backup, Accounts, Databases, Tables, Import, Restore };

    // False when the command line is not usable: errorText() says why (exit code 2).
    // --help and --version parse successfully: see helpText() and versionRequested().
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }
    bool helpRequested() const { return !m_help.isEmpty(); }
    QString helpText() const { return m_help; }
    bool versionRequested() const { return m_version; }

    Command command() const { return m_command; }
    QString database() const { return m_database; }
    bool isSet(const QString &name) const { return m_set.contains(name); }
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    // --table values, each split at commas, empty parts dropped.
    QStringList tables() const;
    bool local() const { return isSet(QStringLiteral("local")); }

private:
    QString m_error;
    QString m_help;
    bool m_version = false;
    Command m_command = Command::None;
    QString m_commandName;
    QString m_database;
    QSet<QString> m_set;
    QHash<QString, QStringList> m_values;
};

} // namespace d1x
