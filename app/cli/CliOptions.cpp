// CliOptions: option table, per-command applicability, wrangler aliases and per-command help.
#include "CliOptions.h"

#include "ApiEndpoint.h"
#include "CloseMatches.h"

#include <QCommandLineParser>
#include <QHash>
#include <QList>

namespace d1x {

namespace {
using Command = CliOptions::Command;

struct Definition {
    QStringList names;  // the first is the canonical name
    QString description;
    QString valueName;  // empty: a switch
    QList<Command> commands;
};

const QList<Command> ExportOnly{Command::Export};
const QList<Command> ExportBackup{Command::Export, Command::Backup};

QList<Definition> definitions()
{
    using C = Command;
    const auto tr = [](const char *text) { return QCoreApplication::translate("d1x::CliOptions", text); };
    return {
        {{QStringLiteral("o"), QStringLiteral("output")},
         tr("Where to save the SQL dump; \"-\" writes it to stdout (a name ending in .gz compresses it)."),
         tr("file"), ExportOnly},
        {{QStringLiteral("table")},
         tr("Export only this table (repeatable, or several separated by commas)."), tr("name"), ExportBackup},
        {{QStringLiteral("no-data")}, tr("Export the schema only."), {}, ExportBackup},
        {{QStringLiteral("no-schema")}, tr("Export the data only."), {}, ExportBackup},
        {{QStringLiteral("remote")}, tr("Export the database on Cloudflare (the default here; wrangler's is --local)."),
         {}, {C::Export, C::Tables}},
        {{QStringLiteral("local")},
         tr("Export the local development database that \"wrangler dev\" keeps under .wrangler/state."), {},
         ExportOnly},
        {{QStringLiteral("y"), QStringLiteral("skip-confirmation")},
         tr("Accepted for wrangler's command lines; nothing is ever asked (import: the same as --yes)."), {},
         {C::Export, C::Import}},
        {{QStringLiteral("yes")},
         tr("Import even into a database that holds tables (a Time Travel bookmark is taken first, to undo it)."),
         {}, {C::Import}},
        {{QStringLiteral("input")},
         tr("The dump or database to import: .sql, .sql.gz (ours, wrangler's, sqlite3's .dump) or an SQLite "
            "file (.sqlite, .sqlite3, .db)."),
         tr("file"), {C::Import}},
        {{QStringLiteral("create")}, tr("Create <database> as a new database and import into it (import)."), {},
         {C::Import}},
        {{QStringLiteral("compare-row-counts")},
         tr("After the import, count each table's rows on D1 (one query; D1 bills rows read) and compare them "
            "with the file's (exit code 8 when they differ)."),
         {}, {C::Import}},
        {{QStringLiteral("bookmark")},
         tr("The Time Travel bookmark to restore the database to (restore); an import prints it."), tr("bookmark"),
         {C::Restore}},
        {{QStringLiteral("c"), QStringLiteral("config")},
         tr("The wrangler configuration (wrangler.toml, .json or .jsonc) whose d1_databases name the database "
            "(default: found in this folder or above)."),
         tr("file"), {C::Export, C::Tables}},
        {{QStringLiteral("e"), QStringLiteral("env")}, tr("The environment of the wrangler configuration."),
         tr("name"), {C::Export, C::Tables}},
        {{QStringLiteral("persist-to")},
         tr("With --local: the folder wrangler dev persists into (its --persist-to)."), tr("dir"), ExportOnly},
        {{QStringLiteral("no-related-objects")},
         tr("With --table: do not add the indexes and triggers of the chosen tables (D1's own filter leaves "
            "them out)."),
         {}, ExportBackup},
        {{QStringLiteral("gzip")}, tr("Compress the SQL dump with gzip while it is written (export, backup)."), {},
         ExportBackup},
        {{QStringLiteral("verify")},
         tr("While the dump downloads, load it into a temporary SQLite database: row counts per table, and "
            "statements over D1's 100 KB import limit (export, backup)."),
         {}, ExportBackup},
        {{QStringLiteral("compare-live-counts")},
         tr("Also count every exported table's rows on D1 just before the export (one query) and compare "
            "them with the dump. Counting reads every row, and D1 bills rows read. Implies --verify."),
         {}, ExportBackup},
        {{QStringLiteral("compare-live-values")},
         tr("After the dump is saved, compare every exported table's values with D1's by fingerprints computed "
            "by the same SQL on both sides, and name the first row that differs (exit code 8). D1 reads every "
            "row once more, and bills rows read."),
         {}, ExportBackup},
        {{QStringLiteral("sqlite")},
         tr("Also (or, without --output, instead) save the dump as an SQLite database. Implies --verify "
            "(export)."),
         tr("file"), ExportOnly},
        {{QStringLiteral("with-sqlite")}, tr("Also save each database as <database>-<time>.sqlite (backup)."), {},
         {C::Backup}},
        {{QStringLiteral("all")}, tr("Back up every database of the account (backup)."), {}, {C::Backup}},
        {{QStringLiteral("database")}, tr("Back up this database, name or UUID (backup; repeatable)."), tr("name"),
         {C::Backup}},
        {{QStringLiteral("folder")}, tr("Where backups go (backup)."), tr("dir"), {C::Backup}},
        {{QStringLiteral("account")}, tr("Cloudflare account ID."), tr("id"),
         {C::Export, C::Backup, C::Accounts, C::Databases, C::Tables, C::Import, C::Restore}},
        {{QStringLiteral("api-base")},
         tr("API base URL (default: CLOUDFLARE_API_BASE_URL or %1).").arg(ApiEndpoint::defaultBase()), tr("url"),
         {C::Export, C::Backup, C::Accounts, C::Databases, C::Tables, C::Import, C::Restore}},
        {{QStringLiteral("name")}, tr("Only databases whose name contains this (databases)."), tr("text"),
         {C::Databases}},
        {{QStringLiteral("timeout")},
         tr("Give up when D1 has not produced the dump after this long, rate-limit waits included: seconds, "
            "or with m or h (default 2h; export, backup)."),
         tr("duration"), ExportBackup},
        {{QStringLiteral("json")},
         tr("Print lists and results as JSON (accounts, databases, tables, export, backup, import, restore)."), {},
         {C::Export, C::Backup, C::Accounts, C::Databases, C::Tables, C::Import, C::Restore}},
    };
}

struct CommandInfo {
    Command command;
    QString name;
};

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> list{{Command::Export, QStringLiteral("export")},
                                         {Command::Backup, QStringLiteral("backup")},
                                         {Command::Accounts, QStringLiteral("accounts")},
                                         {Command::Databases, QStringLiteral("databases")},
                                         {Command::Tables, QStringLiteral("tables")},
                                         {Command::Import, QStringLiteral("import")},
                                         {Command::Restore, QStringLiteral("restore")}};
    return list;
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString generalDescription()
{
    return QCoreApplication::translate(
        "d1x::CliOptions",
        "Export Cloudflare D1 databases as SQL.\n\n"
        "Commands (\"COMMAND --help\" shows the options of one):\n"
        "  export <database>   export a database (name, UUID, or binding in the wrangler configuration)\n"
        "                      to --output and/or --sqlite\n"
        "  backup              export --all databases, or each --database, into --folder, one after\n"
        "                      the other, as <database>-<UTC time>.sql[.gz], with a manifest.json\n"
        "  accounts            list the accounts the credentials can see\n"
        "  databases           list the D1 databases of the account\n"
        "  tables <database>   list the tables, indexes, views and triggers of a database\n"
        "  import <database>   import --input FILE (.sql, .sql.gz, .sqlite) into a database (--create:\n"
        "                      a new one of that name); undo with the restore line it prints\n"
        "  restore <database>  restore a database in place to a Time Travel --bookmark\n\n"
        "wrangler's command lines work as they are, with only the program name replaced:\n"
        "  export NAME --remote --output FILE [-y|--skip-confirmation] [--table T]... [--no-data|--no-schema]\n"
        "  export NAME --local --output FILE [--config|-c FILE] [--env|-e ENV] [--persist-to DIR]\n"
        "NAME may be the database name or its binding in wrangler.toml / wrangler.json / wrangler.jsonc.\n"
        "Unlike wrangler, the default is --remote. \"--output -\" writes the dump to stdout, e.g.\n"
        "  d1-exporter-cli export my-db --output - | sqlite3 copy.db\n\n"
        "Databases with virtual tables (FTS5), which D1 cannot export, are exported without them and\n"
        "their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.\n\n"
        "Credentials come from the environment, never from the command line (not needed for --local):\n"
        "  CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY.\n"
        "The account comes from --account or CLOUDFLARE_ACCOUNT_ID; when neither is given and the\n"
        "credentials see exactly one account, that one is used.\n\n"
        "Exit codes: 0 success, 1 other failure, 2 usage, 3 authentication or permission (also: no\n"
        "credentials), 4 account, database or table not found, 5 export failed or already running,\n"
        "6 network or server, 7 file could not be written, 8 saved but not verified (does not load, or\n"
        "row counts differ), 9 backup: at least one database failed or did not verify, 130 interrupted.\n"
        "import and restore use the same codes: 2 also when a database holding tables is imported into\n"
        "without --yes, 3 a token without D1 Edit, 5 D1 refused or rolled back the import, 6 also the\n"
        "upload, 8 row counts on D1 differ from the file's (--compare-row-counts).");
}

QString commandDescription(Command command)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("d1x::CliOptions", text); };
    switch (command) {
    case Command::Export:
        return tr("export <database>: export one database as SQL (and/or SQLite).\n"
                  "<database> is a name, a UUID, or a binding of the wrangler configuration; with --local, the\n"
                  "local development database of that binding is exported instead (no credentials needed).\n"
                  "On success stdout carries the saved path(s), one a line (--json: the result as JSON);\n"
                  "with --output - it carries the dump itself.");
    case Command::Backup:
        return tr("backup: export --all databases, or each --database, into --folder, one after the other,\n"
                  "as <database>-<UTC time>.sql[.gz], and record each in <folder>/manifest.json.");
    case Command::Accounts:
        return tr("accounts: list the accounts the credentials can see (id and name).");
    case Command::Databases:
        return tr("databases: list the D1 databases of the account (uuid, name, size, created).");
    case Command::Tables:
        return tr("tables <database>: list the tables, indexes, views and triggers of a database.");
    case Command::Import:
        return tr("import <database>: import --input FILE into the database (with --create: a new database of\n"
                  "that name). The file (.sql, .sql.gz or an SQLite database) is first turned into SQL that D1\n"
                  "loads; its size, statements and rows per table are shown before the upload. A database that\n"
                  "holds tables is imported into only with --yes; a Time Travel bookmark is taken first, and the\n"
                  "line that undoes the import is printed on stdout (--json: the result as JSON).\n"
                  "The token needs the D1 Edit permission.");
    case Command::Restore:
        return tr("restore <database>: restore the database in place to --bookmark (Time Travel), e.g. to undo\n"
                  "an import. The token needs the D1 Edit permission.");
    case Command::None:
        break;
    }
    return {};
}

QCommandLineOption makeOption(const Definition &d)
{
    return d.valueName.isEmpty() ? QCommandLineOption(d.names, d.description)
                                 : QCommandLineOption(d.names, d.description, d.valueName);
}
} // namespace

QString CliOptions::value(const QString &name) const
{
    return m_values.value(name).value(0);
}

QStringList CliOptions::values(const QString &name) const
{
    return m_values.value(name);
}

QStringList CliOptions::tables() const
{
    QStringList out;
    for (const QString &value : values(QStringLiteral("table")))
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
    return out;
}

bool CliOptions::parse(const QStringList &arguments)
{
    const QList<Definition> defs = definitions();
    QCommandLineParser parser;
    parser.setApplicationDescription(generalDescription());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("export, backup, accounts, databases, tables, import or restore"));
    parser.addPositionalArgument(QStringLiteral("database"), tr("Database name, UUID or binding (export, tables)."),
                                 QStringLiteral("[database]"));
    for (const Definition &d : defs)
        parser.addOption(makeOption(d));

    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            QStringList known;
            for (const Definition &d : defs)
                for (const QString &n : d.names)
                    known << dashed(n);
            known << QStringLiteral("--help") << QStringLiteral("--version");
            const QString typed = dashed(unknown.first());
            m_error = tr("Unknown option %1.%2").arg(typed, CloseMatches::suggestion(typed, known));
        } else {
            m_error = parser.errorText();
        }
        return false;
    }

    const QStringList positional = parser.positionalArguments();
    m_commandName = positional.value(0);
    for (const CommandInfo &c : commands())
        if (c.name == m_commandName)
            m_command = c.command;

    if (parser.isSet(helpOption)) {
        if (m_command == Command::None) {
            m_help = parser.helpText();
            return true;
        }
        // The help of one command: its own options only.
        QCommandLineParser one;
        one.setApplicationDescription(commandDescription(m_command));
        one.addHelpOption();
        const QString syntax = commandDescription(m_command).section(QLatin1Char(':'), 0, 0);
        one.addPositionalArgument(m_commandName, tr("the command"), syntax);
        for (const Definition &d : defs)
            if (d.commands.contains(m_command))
                one.addOption(makeOption(d));
        m_help = one.helpText();
        return true;
    }
    if (parser.isSet(versionOption)) {
        m_version = true;
        return true;
    }

    if (m_command == Command::None) {
        if (m_commandName.isEmpty()) {
            m_error = tr("No command given.");
        } else {
            QStringList names;
            for (const CommandInfo &c : commands())
                names << c.name;
            m_error = tr("Unknown command \"%1\".%2").arg(m_commandName, CloseMatches::suggestion(m_commandName, names));
        }
        return false;
    }

    // Every flag given must belong to the command: a silently ignored flag is a wrong backup later.
    for (const Definition &d : defs) {
        const QString canonical = d.names.last();
        if (!parser.isSet(d.names.first()))
            continue;
        if (!d.commands.contains(m_command)) {
            QStringList owners;
            for (const CommandInfo &c : commands())
                if (d.commands.contains(c.command))
                    owners << c.name;
            m_error = tr("%1 does not apply to \"%2\" (it is an option of %3). See \"%2 --help\".")
                          .arg(dashed(canonical), m_commandName, owners.join(QLatin1String(", ")));
            return false;
        }
        m_set.insert(canonical);
        if (!d.valueName.isEmpty())
            m_values.insert(canonical, parser.values(d.names.first()));
    }

    const bool needsDatabase = m_command == Command::Export || m_command == Command::Tables
                               || m_command == Command::Import || m_command == Command::Restore;
    const qsizetype expected = needsDatabase ? 2 : 1;
    if (positional.size() > expected && isSet(QStringLiteral("table"))) {
        m_error = tr("--table takes one table each time: write --table %1 --table %2, or --table %1,%2 "
                     "(\"%2\" was read as a further argument).")
                      .arg(values(QStringLiteral("table")).constLast(), positional.at(expected));
        return false;
    }
    if (positional.size() != expected) {
        m_error = needsDatabase ? tr("Name the database to use, e.g. \"%1 my-db\".").arg(m_commandName)
                                : tr("\"%1\" takes no further arguments (\"%2\" was not expected).")
                                      .arg(m_commandName, positional.value(expected));
        return false;
    }
    m_database = positional.value(1);
    if (isSet(QStringLiteral("table")) && tables().isEmpty()) {
        m_error = tr("--table needs a table name.");
        return false;
    }
    if (isSet(QStringLiteral("local")) && isSet(QStringLiteral("remote"))) {
        m_error = tr("--local and --remote exclude each other.");
        return false;
    }
    if (local()) {
        for (const QString name : {QStringLiteral("account"), QStringLiteral("api-base"),
                                   QStringLiteral("compare-live-counts"), QStringLiteral("compare-live-values")})
            if (isSet(name)) {
                m_error = tr("--%1 is about Cloudflare; it does not apply to --local.").arg(name);
                return false;
            }
    } else if (isSet(QStringLiteral("persist-to"))) {
        m_error = tr("--persist-to says where the local development data is: it needs --local.");
        return false;
    }
    return true;
}

} // namespace d1x
