// CliApp: argument parsing, account/database resolution and progress output of d1-exporter-cli.
#include "CliApp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace d1x {

namespace {
int signalPipe[2] = {-1, -1};

void onPosixSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
}
} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
    m_interactive = ::isatty(STDERR_FILENO) == 1;
}

CliApp::~CliApp() = default;

int CliApp::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::InvalidInput:
        return Usage;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return AuthFailed;
    case ApiError::Kind::AccountNotFound:
    case ApiError::Kind::DatabaseNotFound:
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::ExportBusy:
    case ApiError::Kind::ExportFailed:
    case ApiError::Kind::BadRequest:
        return ExportFailed;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::UrlExpired:
    case ApiError::Kind::TimeLimit:
    case ApiError::Kind::DownloadFailed:
        return NetworkFailed;
    case ApiError::Kind::FileError:
        return FileFailed;
    case ApiError::Kind::VerifyFailed:
        return VerifyFailed;
    case ApiError::Kind::Cancelled:
        return Interrupted;
    }
    return Failure;
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export Cloudflare D1 databases as SQL.\n\n"
           "Commands:\n"
           "  export <database>   export a database (name or UUID) to --output and/or --sqlite\n"
           "  backup              export --all databases, or each --database, into --folder, one after\n"
           "                      the other, as <database>-<UTC time>.sql[.gz], with a manifest.json\n"
           "  accounts            list the accounts the credentials can see\n"
           "  databases           list the D1 databases of the account\n"
           "  tables <database>   list the tables, indexes, views and triggers of a database\n\n"
           "Databases with virtual tables (FTS5), which D1 cannot export, are exported without them and\n"
           "their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.\n\n"
           "Credentials come from the environment, never from the command line:\n"
           "  CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY.\n"
           "The account comes from --account or CLOUDFLARE_ACCOUNT_ID; when neither is given and the\n"
           "credentials see exactly one account, that one is used.\n\n"
           "Exit codes: 0 success, 1 other failure, 2 usage, 3 authentication or permission,\n"
           "4 account or database not found, 5 export failed or already running, 6 network or server,\n"
           "7 file could not be written, 8 saved but not verified (does not load, or row counts differ),\n"
           "9 backup: at least one database failed or did not verify, 130 interrupted."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("export, backup, accounts, databases or tables"));
    parser.addPositionalArgument(QStringLiteral("database"), tr("Database name or UUID (export, tables)."),
                                 QStringLiteral("[database]"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Where to save the SQL dump (a name ending in .gz compresses it)."),
                                       tr("file"));
    const QCommandLineOption gzipOpt(QStringLiteral("gzip"),
                                     tr("Compress the SQL dump with gzip while it downloads (export, backup)."));
    const QCommandLineOption verifyOpt(
        QStringLiteral("verify"),
        tr("After the download, load the dump into a temporary SQLite database: row counts per table, and "
           "statements over D1's 100 KB import limit (export, backup)."));
    const QCommandLineOption liveCountsOpt(
        QStringLiteral("compare-live-counts"),
        tr("Also count every exported table's rows on D1 just before the export (one query) and compare "
           "them with the dump. Counting reads every row, and D1 bills rows read. Implies --verify."));
    const QCommandLineOption sqliteOpt(QStringLiteral("sqlite"),
                                       tr("Also (or, without --output, instead) save the dump as an SQLite "
                                          "database. Implies --verify (export)."),
                                       tr("file"));
    const QCommandLineOption withSqliteOpt(QStringLiteral("with-sqlite"),
                                           tr("Also save each database as <database>-<time>.sqlite (backup)."));
    const QCommandLineOption noRelatedOpt(
        QStringLiteral("no-related-objects"),
        tr("With --table: do not add the indexes and triggers of the chosen tables (D1's own filter leaves "
           "them out)."));
    const QCommandLineOption allOpt(QStringLiteral("all"), tr("Back up every database of the account (backup)."));
    const QCommandLineOption databaseOpt(QStringLiteral("database"),
                                         tr("Back up this database, name or UUID (backup; repeatable)."), tr("name"));
    const QCommandLineOption folderOpt(QStringLiteral("folder"), tr("Where backups go (backup)."), tr("dir"));
    const QCommandLineOption tableOpt(QStringLiteral("table"), tr("Export only this table (repeatable)."), tr("name"));
    const QCommandLineOption noDataOpt(QStringLiteral("no-data"), tr("Export the schema only."));
    const QCommandLineOption noSchemaOpt(QStringLiteral("no-schema"), tr("Export the data only."));
    const QCommandLineOption accountOpt(QStringLiteral("account"), tr("Cloudflare account ID."), tr("id"));
    const QCommandLineOption apiBaseOpt(QStringLiteral("api-base"),
                                        tr("API base URL (default: CLOUDFLARE_API_BASE_URL or %1).")
                                            .arg(ApiEndpoint::defaultBase()),
                                        tr("url"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), tr("Only databases whose name contains this (databases)."),
                                     tr("text"));
    const QCommandLineOption timeoutOpt(
        QStringLiteral("timeout"),
        tr("Give up when D1 has not produced the dump after this long, rate-limit waits included: seconds, "
           "or with m or h (default 2h; export, backup)."),
        tr("duration"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     tr("Print lists and results as JSON (accounts, databases, tables, export, backup)."));
    parser.addOptions({outputOpt, tableOpt, noDataOpt, noSchemaOpt, noRelatedOpt, gzipOpt, verifyOpt, liveCountsOpt,
                       sqliteOpt, allOpt, databaseOpt, folderOpt, withSqliteOpt, accountOpt, apiBaseOpt, nameOpt,
                       jsonOpt, timeoutOpt});

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl << tr("Try --help.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("export"))
        m_command = Command::Export;
    else if (command == QLatin1String("backup"))
        m_command = Command::Backup;
    else if (command == QLatin1String("accounts"))
        m_command = Command::Accounts;
    else if (command == QLatin1String("databases"))
        m_command = Command::Databases;
    else if (command == QLatin1String("tables"))
        m_command = Command::Tables;
    else {
        m_err << (command.isEmpty() ? tr("No command given.") : tr("Unknown command \"%1\".").arg(command)) << Qt::endl
              << tr("Try --help.") << Qt::endl;
        return Usage;
    }
    const bool needsDatabase = m_command == Command::Export || m_command == Command::Tables;
    if (positional.size() != (needsDatabase ? 2 : 1)) {
        m_err << (needsDatabase ? tr("Name the database to use, e.g. \"%1 my-db\".").arg(command)
                                : tr("\"%1\" takes no further arguments.").arg(command))
              << Qt::endl;
        return Usage;
    }
    m_databaseArg = positional.value(1);
    m_json = parser.isSet(jsonOpt);
    m_nameFilter = parser.value(nameOpt);
    m_output = parser.value(outputOpt);
    m_options.tables = parser.values(tableOpt);
    m_options.noData = parser.isSet(noDataOpt);
    m_options.noSchema = parser.isSet(noSchemaOpt);
    m_extras.includeRelatedObjects = !parser.isSet(noRelatedOpt);
    m_extras.compression = parser.isSet(gzipOpt) ? ExportRequest::Compression::Gzip : ExportRequest::Compression::Auto;
    m_extras.verify = parser.isSet(verifyOpt);
    m_extras.compareLiveCounts = parser.isSet(liveCountsOpt);
    m_extras.sqlitePath = parser.value(sqliteOpt);
    if (parser.isSet(timeoutOpt)) {
        const std::optional<qint64> limit = ExportPollJob::parseTimeLimit(parser.value(timeoutOpt));
        if (!limit) {
            m_err << tr("--timeout takes a duration such as 90, 45m or 3h, not \"%1\".").arg(parser.value(timeoutOpt))
                  << Qt::endl;
            return Usage;
        }
        m_extras.timeLimitMs = *limit;
    }
    if (m_command == Command::Export || m_command == Command::Backup) {
        if (m_options.noData && m_options.noSchema) {
            m_err << tr("--no-data and --no-schema exclude each other.") << Qt::endl;
            return Usage;
        }
        if (m_options.noSchema && (m_extras.wantsVerification() || parser.isSet(withSqliteOpt))) {
            m_err << tr("A data-only dump cannot be loaded on its own: --no-schema excludes --verify, "
                        "--compare-live-counts and --sqlite.")
                  << Qt::endl;
            return Usage;
        }
    }
    if (m_command == Command::Export) {
        if (m_output.isEmpty() && m_extras.sqlitePath.isEmpty()) {
            m_err << tr("Say where to save the dump with --output FILE (or --sqlite FILE).") << Qt::endl;
            return Usage;
        }
        if (m_output.isEmpty() && parser.isSet(gzipOpt)) {
            m_err << tr("--gzip compresses the SQL file: it needs --output.") << Qt::endl;
            return Usage;
        }
    }
    if (m_command == Command::Backup) {
        m_backupRequest.allDatabases = parser.isSet(allOpt);
        m_backupRequest.databases = parser.values(databaseOpt);
        m_backupRequest.folder = parser.value(folderOpt);
        m_backupRequest.gzip = parser.isSet(gzipOpt);
        m_backupRequest.sqliteCopy = parser.isSet(withSqliteOpt);
        if (m_backupRequest.folder.isEmpty()) {
            m_err << tr("Say where the backups go with --folder DIR.") << Qt::endl;
            return Usage;
        }
        if (m_backupRequest.allDatabases == !m_backupRequest.databases.isEmpty()) {
            m_err << tr("Name the databases to back up: --all, or --database NAME (repeatable).") << Qt::endl;
            return Usage;
        }
        if (!m_output.isEmpty() || !m_extras.sqlitePath.isEmpty()) {
            m_err << tr("backup names its files itself: use --folder (and --with-sqlite), not --output or --sqlite.")
                  << Qt::endl;
            return Usage;
        }
    }

    QString why;
    const std::optional<ApiEndpoint> endpoint = ApiEndpoint::fromEnvironment(parser.value(apiBaseOpt), &why);
    if (!endpoint) {
        m_err << why << Qt::endl;
        return Usage;
    }
    const Credentials credentials = Credentials::fromEnvironment();
    if (!credentials.isComplete()) {
        m_err << tr("No credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).")
              << Qt::endl;
        return Usage;
    }
    m_accountId = parser.value(accountOpt);
    if (m_accountId.isEmpty())
        m_accountId = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CLOUDFLARE_ACCOUNT_ID"));

    m_client = std::make_unique<CloudflareClient>(&m_nam, *endpoint, credentials);
    installSignalHandlers();
    QTimer::singleShot(0, this, &CliApp::resolveAccount);
    return QCoreApplication::exec();
}

void CliApp::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &CliApp::onInterrupt);
    struct sigaction action {};
    action.sa_handler = onPosixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void CliApp::onInterrupt()
{
    char byte;
    [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
    if (m_export && m_export->isRunning()) {
        m_export->cancel(); // finished() follows and ends the program with Interrupted
        return;
    }
    if (m_backup && m_backup->isRunning()) {
        m_backup->cancel(); // likewise
        return;
    }
    fail(ApiError(ApiError::Kind::Cancelled));
}

void CliApp::done(int code)
{
    if (m_exitCode >= 0)
        return;
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

void CliApp::fail(const ApiError &error)
{
    if (m_progressLineOpen) {
        m_err << Qt::endl;
        m_progressLineOpen = false;
    }
    m_err << tr("Error: %1").arg(m_client->credentials().redact(error.toString())) << Qt::endl;
    done(exitCodeFor(error));
}

void CliApp::failUsage(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << Qt::endl;
    done(Usage);
}

void CliApp::resolveAccount()
{
    if (!m_accountId.isEmpty()) {
        if (!ApiEndpoint::isSafeSegment(m_accountId))
            return failUsage(tr("The account ID \"%1\" contains characters that are not allowed.").arg(m_accountId));
        return m_command == Command::Accounts || m_command == Command::Backup ? runCommand() : resolveDatabase();
    }
    PagedCall *call = m_client->listAccounts();
    connect(call, &ApiTask::finished, this, [this, call] {
        if (call->error())
            return fail(call->error());
        const QList<Account> accounts = Account::listFromJson(call->items());
        if (m_command == Command::Accounts) {
            if (m_json) {
                QJsonArray out;
                for (const Account &a : accounts)
                    out.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}});
                m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
            } else {
                for (const Account &a : accounts)
                    m_out << a.id << '\t' << a.name << Qt::endl;
            }
            return done(Success);
        }
        if (accounts.size() == 1) {
            m_accountId = accounts.first().id;
            return m_command == Command::Backup ? runCommand() : resolveDatabase();
        }
        if (accounts.isEmpty())
            return failUsage(tr("These credentials see no account. Pass --account ID or set CLOUDFLARE_ACCOUNT_ID "
                                "(account-owned tokens cannot list accounts)."));
        QString list;
        for (const Account &a : accounts)
            list += QStringLiteral("\n  %1  %2").arg(a.id, a.name);
        failUsage(tr("These credentials see %n account(s); choose one with --account ID:", nullptr,
                     int(accounts.size())) + list);
    });
}

void CliApp::resolveDatabase()
{
    if (m_command == Command::Databases)
        return runCommand();
    if (!ApiEndpoint::isSafeSegment(m_databaseArg))
        return failUsage(tr("The database \"%1\" contains characters that are not allowed.").arg(m_databaseArg));
    if (ApiEndpoint::looksLikeUuid(m_databaseArg)) {
        m_databaseId = m_databaseArg;
        m_databaseName = m_databaseArg;
        return runCommand();
    }
    // A name: find its UUID. The API's name filter matches substrings, so insist on an exact match.
    PagedCall *call = m_client->listDatabases(m_accountId, m_databaseArg);
    connect(call, &ApiTask::finished, this, [this, call] {
        if (call->error())
            return fail(call->error());
        for (const DatabaseInfo &db : DatabaseInfo::listFromJson(call->items())) {
            if (db.name == m_databaseArg) {
                m_databaseId = db.uuid;
                m_databaseName = db.name;
                return runCommand();
            }
        }
        fail(ApiError(ApiError::Kind::DatabaseNotFound, tr("no database named \"%1\"").arg(m_databaseArg)));
    });
}

void CliApp::runCommand()
{
    switch (m_command) {
    case Command::Export:
        return runExport();
    case Command::Backup:
        return runBackup();
    case Command::Databases:
        return listDatabases();
    case Command::Tables:
        return listTables();
    case Command::Accounts: {
        // An explicit account: show just that one, if the credentials can reach it.
        ApiCall *call = m_client->verifyToken(m_accountId);
        connect(call, &ApiTask::finished, this, [this, call] {
            if (call->error() && call->error().kind() != ApiError::Kind::Unauthorized)
                return fail(call->error());
            m_out << m_accountId << Qt::endl;
            done(Success);
        });
        return;
    }
    }
}

void CliApp::listDatabases()
{
    PagedCall *call = m_client->listDatabases(m_accountId, m_nameFilter);
    connect(call, &ApiTask::finished, this, [this, call] {
        if (call->error())
            return fail(call->error());
        if (m_json) {
            m_out << QJsonDocument(call->items()).toJson(QJsonDocument::Indented);
        } else {
            for (const DatabaseInfo &db : DatabaseInfo::listFromJson(call->items()))
                m_out << db.uuid << '\t' << db.name << '\t'
                      << (db.fileSize >= 0 ? QString::number(db.fileSize) : QStringLiteral("-")) << '\t'
                      << (db.createdAt.isValid() ? db.createdAt.toString(Qt::ISODate) : QStringLiteral("-"))
                      << Qt::endl;
        }
        done(Success);
    });
}

void CliApp::listTables()
{
    ApiCall *call = m_client->listSchemaObjects(m_accountId, m_databaseId);
    connect(call, &ApiTask::finished, this, [this, call] {
        if (call->error())
            return fail(call->error());
        const QList<TableInfo> objects = TableInfo::listFromQueryResult(call->result());
        if (m_json) {
            QJsonArray out;
            for (const TableInfo &t : objects)
                out.append(QJsonObject{{QStringLiteral("name"), t.name},
                                       {QStringLiteral("type"), t.type},
                                       {QStringLiteral("tbl_name"), t.tableName},
                                       {QStringLiteral("virtual"), t.isVirtual()}});
            m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        } else {
            for (const TableInfo &t : objects)
                m_out << t.name << '\t' << (t.isVirtual() ? QStringLiteral("virtual table") : t.type) << '\t'
                      << t.tableName << Qt::endl;
        }
        done(Success);
    });
}

void CliApp::runExport()
{
    m_export = std::make_unique<ExportController>(m_client.get());
    connect(m_export.get(), &ExportController::logMessage, this, &CliApp::printLog);
    connect(m_export.get(), &ExportController::downloadProgress, this, &CliApp::printProgress);
    connect(m_export.get(), &ExportController::verifyProgress, this, &CliApp::printVerifyProgress);
    connect(m_export.get(), &ExportController::rateLimitWait, this, &CliApp::printRateLimitWait);
    connect(m_export.get(), &ExportController::finished, this, [this](const ExportResult &result) {
        endProgressLine();
        if (!result.ok() && result.error.kind() != ApiError::Kind::VerifyFailed)
            return done(exitCodeFor(result.error)); // the controller has logged the reason
        if (m_json) {
            BackupEntry entry;
            entry.database = m_databaseName;
            entry.uuid = m_databaseId;
            entry.result = result;
            if (!result.path.isEmpty())
                entry.file = QDir::toNativeSeparators(QFileInfo(result.path).absoluteFilePath());
            if (!result.verification.sqlitePath.isEmpty())
                entry.sqliteFile = QDir::toNativeSeparators(QFileInfo(result.verification.sqlitePath).absoluteFilePath());
            m_out << QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented);
        } else {
            // stdout gets just the saved paths, one a line, for scripts; the story went to stderr.
            if (!result.path.isEmpty())
                m_out << QDir::toNativeSeparators(QFileInfo(result.path).absoluteFilePath()) << Qt::endl;
            if (!result.verification.sqlitePath.isEmpty())
                m_out << QDir::toNativeSeparators(QFileInfo(result.verification.sqlitePath).absoluteFilePath())
                      << Qt::endl;
        }
        if (!result.ok())
            return done(exitCodeFor(result.error));
        done(result.fullySucceeded() ? Success : VerifyFailed);
    });
    ExportRequest request = m_extras;
    request.accountId = m_accountId;
    request.databaseId = m_databaseId;
    request.databaseName = m_databaseName;
    request.options = m_options;
    request.outputPath = m_output;
    m_export->start(request);
}

void CliApp::runBackup()
{
    m_backup = std::make_unique<BackupRunner>(m_client.get());
    connect(m_backup.get(), &BackupRunner::logMessage, this, &CliApp::printLog);
    connect(m_backup.get(), &BackupRunner::downloadProgress, this, &CliApp::printProgress);
    connect(m_backup.get(), &BackupRunner::verifyProgress, this, &CliApp::printVerifyProgress);
    connect(m_backup.get(), &BackupRunner::rateLimitWait, this, &CliApp::printRateLimitWait);
    connect(m_backup.get(), &BackupRunner::finished, this, [this](const BackupSummary &summary) {
        endProgressLine();
        if (summary.error && summary.entries.isEmpty())
            return done(exitCodeFor(summary.error)); // nothing was attempted (credentials, listing, folder)
        if (m_json) {
            QJsonObject out;
            out.insert(QLatin1String("manifest"), QDir::toNativeSeparators(summary.manifestPath));
            out.insert(QLatin1String("succeeded"), summary.succeeded());
            out.insert(QLatin1String("failed"), summary.failed());
            QJsonArray entries;
            for (const BackupEntry &e : summary.entries)
                entries.append(e.toJson());
            out.insert(QLatin1String("backups"), entries);
            m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        } else if (QFileInfo::exists(summary.manifestPath)) {
            m_out << QDir::toNativeSeparators(QFileInfo(summary.manifestPath).absoluteFilePath()) << Qt::endl;
        }
        if (summary.cancelled)
            return done(Interrupted);
        done(summary.ok() ? Success : BackupIncomplete);
    });
    BackupRequest request = m_backupRequest;
    request.accountId = m_accountId;
    request.exportTemplate = m_extras;
    request.exportTemplate.options = m_options;
    m_backup->start(request);
}

void CliApp::endProgressLine()
{
    if (m_progressLineOpen) {
        m_err << Qt::endl;
        m_progressLineOpen = false;
    }
}

void CliApp::printLog(ExportController::LogLevel level, const QString &text)
{
    endProgressLine();
    QString prefix;
    switch (level) {
    case ExportController::LogLevel::Server:
        prefix = tr("D1: ");
        break;
    case ExportController::LogLevel::Warning:
        prefix = tr("Warning: ");
        break;
    case ExportController::LogLevel::Error:
        prefix = tr("Error: ");
        break;
    case ExportController::LogLevel::Info:
        break;
    }
    m_err << prefix << text << Qt::endl;
}

void CliApp::printProgress(qint64 received, qint64 total, double rate)
{
    if (!m_interactive)
        return; // plain logs only: no carriage-return noise in files and CI logs
    const QLocale locale;
    QString line = total > 0 ? tr("Downloading: %1 of %2 (%3%)")
                                   .arg(locale.formattedDataSize(received), locale.formattedDataSize(total))
                                   .arg(received * 100 / total)
                             : tr("Downloading: %1").arg(locale.formattedDataSize(received));
    if (rate > 0)
        line += tr(", %1/s").arg(locale.formattedDataSize(qint64(rate)));
    m_err << '\r' << line << QStringLiteral("\x1b[K") << Qt::flush;
    m_progressLineOpen = true;
}

void CliApp::printRateLimitWait(int secondsLeft)
{
    // The log said how long; a terminal also gets a live countdown.
    if (!m_interactive)
        return;
    if (secondsLeft <= 0)
        return endProgressLine();
    m_err << '\r' << tr("Rate limited by Cloudflare: going on in %1 s").arg(secondsLeft) << QStringLiteral("\x1b[K")
          << Qt::flush;
    m_progressLineOpen = true;
}

void CliApp::printVerifyProgress(qint64 done, qint64 total)
{
    if (!m_interactive || total <= 0)
        return;
    m_err << '\r' << tr("Verifying: %1%").arg(done * 100 / total) << QStringLiteral("\x1b[K") << Qt::flush;
    m_progressLineOpen = true;
}

} // namespace d1x
