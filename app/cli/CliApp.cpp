// CliApp: argument parsing, account/database resolution and progress output of d1-exporter-cli.
#include "CliApp.h"

#include "CliProgress.h"
#include "CloseMatches.h"
#include "ConnectionSession.h"
#include "ExportRequestCheck.h"
#include "ImportCommand.h"
#include "OutputStream.h"
#include "ProjectDatabase.h"
#include "TerminalText.h"
#include "TerminationWatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace d1x {

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
    m_interactive = ::isatty(STDERR_FILENO) == 1;
    m_stdoutTerminal = ::isatty(STDOUT_FILENO) == 1;
}

CliApp::~CliApp() = default;

int CliApp::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::InputUnusable:
        return Usage;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NeedsEditPermission:
        return AuthFailed;
    case ApiError::Kind::AccountNotFound:
    case ApiError::Kind::DatabaseNotFound:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::TableNotFound:
        return NotFound;
    case ApiError::Kind::LocalReadFailed:
        return ExportFailed;
    case ApiError::Kind::ExportBusy:
    case ApiError::Kind::ExportFailed:
    case ApiError::Kind::ImportBusy:
    case ApiError::Kind::ImportFailed:
    case ApiError::Kind::ImportUnconfirmed:
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
    case ApiError::Kind::UploadFailed:
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
    if (!m_opts.parse(arguments)) {
        m_err << tr("Error: %1").arg(m_opts.errorText()) << Qt::endl << tr("Try --help.") << Qt::endl;
        return Usage;
    }
    if (m_opts.helpRequested()) {
        m_out << m_opts.helpText();
        return Success;
    }
    if (m_opts.versionRequested()) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    m_progress = new CliProgress(m_err, m_interactive, this);
    const int code = prepare();
    if (code >= 0) {
        if (m_json && m_command == Command::Export)
            printJsonFailure(m_refusal, code);
        return code;
    }
    installSignalHandlers();
    m_session = new ConnectionSession(this);
    m_session->setClient(m_client.get());
    connect(m_session, &ConnectionSession::retrying, this,
            [this](ConnectionSession::Step, const ApiError &why, int attempt, int delayMs) {
                announceRetry(why, attempt, delayMs);
            });
    if (!m_localPath.isEmpty())
        QTimer::singleShot(0, this, &CliApp::runExport);
    else
        QTimer::singleShot(0, this, &CliApp::resolveAccount);
    return QCoreApplication::exec();
}

// Checks the command line as a whole and sets everything up; -1 to go on, else the exit code.
int CliApp::prepare()
{
    if (const int code = readRequest(); code >= 0)
        return code;
    if (const int code = checkContent(); code >= 0)
        return code;
    if (m_command == Command::Export) {
        if (const int code = prepareExport(); code >= 0)
            return code;
    }
    if (m_command == Command::Backup) {
        if (const int code = prepareBackup(); code >= 0)
            return code;
    }
    if (m_command == Command::Import || m_command == Command::Restore) {
        if (const QString why = ImportCommand::checkOptions(m_opts); !why.isEmpty())
            return refuse(Usage, why);
    }
    if (m_command == Command::Export || m_command == Command::Tables) {
        if (const int code = resolveProjectDatabase(); code >= 0)
            return code;
        if (!m_localPath.isEmpty())
            return -1; // wrangler dev's own file: no Cloudflare involved
    }
    return connectToCloudflare();
}

// The options every command shares, into the export request; -1 to go on, else the exit code.
int CliApp::readRequest()
{
    m_command = m_opts.command();
    m_databaseArg = m_opts.database();
    m_json = m_opts.isSet(QStringLiteral("json"));
    m_nameFilter = m_opts.value(QStringLiteral("name"));
    m_output = m_opts.value(QStringLiteral("output"));
    m_options.tables = m_opts.tables();
    m_options.noData = m_opts.isSet(QStringLiteral("no-data"));
    m_options.noSchema = m_opts.isSet(QStringLiteral("no-schema"));
    m_extras.includeRelatedObjects = !m_opts.isSet(QStringLiteral("no-related-objects"));
    const bool gzip = m_opts.isSet(QStringLiteral("gzip"));
    m_extras.compression = gzip ? ExportRequest::Compression::Gzip : ExportRequest::Compression::Auto;
    m_extras.verify = m_opts.isSet(QStringLiteral("verify"));
    m_extras.compareLiveCounts = m_opts.isSet(QStringLiteral("compare-live-counts"));
    m_extras.compareLiveValues = m_opts.isSet(QStringLiteral("compare-live-values"));
    m_extras.sqlitePath = m_opts.value(QStringLiteral("sqlite"));
    if (m_opts.isSet(QStringLiteral("timeout"))) {
        const std::optional<qint64> limit = ExportPollJob::parseTimeLimit(m_opts.value(QStringLiteral("timeout")));
        if (!limit)
            return refuse(Usage, tr("--timeout takes a duration such as 90, 45m or 3h, not \"%1\".")
                                     .arg(m_opts.value(QStringLiteral("timeout"))));
        m_extras.timeLimitMs = *limit;
    }
    return -1;
}

// export and backup: what the dump holds must make sense with what is done with it.
int CliApp::checkContent()
{
    if (m_command != Command::Export && m_command != Command::Backup)
        return -1;
    const bool loadsDump = m_extras.wantsVerification() || m_extras.compareLiveValues
                           || m_opts.isSet(QStringLiteral("with-sqlite"));
    switch (ExportRequestCheck::checkContent(m_options, loadsDump)) {
    case ExportRequestCheck::Problem::SchemaAndDataExcluded:
        return refuse(Usage, tr("--no-data and --no-schema exclude each other."));
    case ExportRequestCheck::Problem::DataOnlyNotLoadable:
        return refuse(Usage, tr("A data-only dump cannot be loaded on its own: --no-schema excludes --verify, "
                    "--compare-live-counts, --compare-live-values and --sqlite."));
    default:
        return -1;
    }
}

// export: somewhere to save the dump, then the outputs themselves.
int CliApp::prepareExport()
{
    if (m_output.isEmpty() && m_extras.sqlitePath.isEmpty()) {
        return refuse(Usage, tr("Say where to save the dump with --output FILE (or --sqlite FILE; --output - "
                                "writes it to stdout)."));
    }
    if (m_output.isEmpty() && m_opts.isSet(QStringLiteral("gzip"))) {
        return refuse(Usage, tr("--gzip compresses the SQL file: it needs --output."));
    }
    return prepareOutputs();
}

// backup: the databases and the folder they go to.
int CliApp::prepareBackup()
{
    m_backupRequest.allDatabases = m_opts.isSet(QStringLiteral("all"));
    m_backupRequest.databases = m_opts.values(QStringLiteral("database"));
    m_backupRequest.folder = m_opts.value(QStringLiteral("folder"));
    m_backupRequest.gzip = m_opts.isSet(QStringLiteral("gzip"));
    m_backupRequest.sqliteCopy = m_opts.isSet(QStringLiteral("with-sqlite"));
    if (m_backupRequest.folder.isEmpty()) {
        return refuse(Usage, tr("Say where the backups go with --folder DIR."));
    }
    if (m_backupRequest.allDatabases == !m_backupRequest.databases.isEmpty()) {
        return refuse(Usage, tr("Name the databases to back up: --all, or --database NAME (repeatable)."));
    }
    return -1;
}

// export and tables: NAME may be a binding or database name of the project's wrangler configuration,
// remote (its id) or local (wrangler dev's SQLite file, m_localPath). -1 to go on, else the exit code.
int CliApp::resolveProjectDatabase()
{
    const ProjectDatabase::Result project = ProjectDatabase::resolve(m_opts, QDir::currentPath());
    if (project.exitCode != 0) {
        return refuse(project.exitCode, project.error);
    }
    if (!project.localPath.isEmpty()) {
        m_localPath = project.localPath;
        m_databaseName = m_databaseArg;
        m_databaseId = project.binding->localId();
        // No Cloudflare involved: the client only carries the log's redaction (of nothing).
        m_client = std::make_unique<CloudflareClient>(&m_nam, ApiEndpoint(), Credentials());
        return -1;
    }
    if (!project.remoteId.isEmpty()) {
        printLog(ExportController::LogLevel::Info,
                 tr("%1: the database %2 (%3) of %4.")
                     .arg(m_databaseArg, project.binding->databaseName, project.remoteId,
                          QDir::toNativeSeparators(project.configPath)));
        m_databaseArg = project.remoteId;
        m_databaseName = project.binding->databaseName;
    }
    return -1;
}

// The API endpoint, the credentials and the account from the options and the environment.
int CliApp::connectToCloudflare()
{
    QString why;
    const std::optional<ApiEndpoint> endpoint = ApiEndpoint::fromEnvironment(m_opts.value(QStringLiteral("api-base")), &why);
    if (!endpoint) {
        return refuse(Usage, why);
    }
    const Credentials credentials = Credentials::fromEnvironment();
    if (!credentials.isComplete()) {
        return refuse(AuthFailed, tr("No credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)."));
    }
    m_accountId = m_opts.value(QStringLiteral("account"));
    if (m_accountId.isEmpty())
        m_accountId = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CLOUDFLARE_ACCOUNT_ID"));
    m_client = std::make_unique<CloudflareClient>(&m_nam, *endpoint, credentials);
    return -1;
}

// --output and --sqlite: streams, .gz names and files about to be replaced.
int CliApp::prepareOutputs()
{
    if (!m_output.isEmpty() && OutputStream::isStream(m_output)) {
        if (m_json) {
            return refuse(Usage, tr("--json prints the result on stdout, where --output %1 sends the dump: choose one.")
                         .arg(m_output));
        }
        if (m_extras.sqlitePath == QLatin1String("-")) {
            return refuse(Usage, tr("--sqlite needs a file name: an SQLite database cannot be streamed."));
        }
        m_streamTarget = m_output;
        m_streamTemp = std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("d1x-stream-XXXXXX.sql")));
        if (!m_streamTemp->open()) {
            return refuse(FileFailed, tr("no temporary file for the dump in %1: %2")
                         .arg(QDir::toNativeSeparators(QDir::tempPath()), m_streamTemp->errorString()));
        }
        m_streamTemp->close();
        m_output = m_streamTemp->fileName();
        return -1;
    }
    if (!m_output.isEmpty() && m_opts.isSet(QStringLiteral("gzip"))
        && DumpSink::compressionForPath(m_output) != DumpSink::Compression::Gzip) {
        // gzip bytes under a plain .sql name fool every tool that opens it later.
        m_output += QLatin1String(".gz");
        m_err << tr("--gzip: saving as %1, with the .gz suffix that says it is compressed.")
                     .arg(QDir::toNativeSeparators(m_output))
              << Qt::endl;
    }
    for (const QString &path : {m_output, m_extras.sqlitePath}) {
        if (!path.isEmpty() && QFileInfo(path).isFile())
            m_err << tr("%1 exists; it will be replaced once the export has succeeded (a failed export leaves it "
                        "as it is).")
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    }
    return -1;
}

void CliApp::announceRetry(const ApiError &why, int attempt, int delayMs)
{
    printLog(ExportController::LogLevel::Warning, tr("%1 Retrying in %2 s (attempt %3).")
                                                       .arg(m_client->credentials().redact(why.summary()))
                                                       .arg(delayMs / 1000.0, 0, 'f', 1)
                                                       .arg(attempt + 1));
}

void CliApp::printHeader(const QString &header)
{
    // For a person reading a terminal; a pipe gets the bare rows a script expects.
    if (m_stdoutTerminal)
        m_out << header << Qt::endl;
}

int CliApp::refuse(int code, const QString &message)
{
    m_refusal = message;
    m_err << tr("Error: %1").arg(message) << Qt::endl;
    return code;
}

void CliApp::printJsonFailure(const QString &message, int code)
{
    BackupEntry entry;
    entry.database = m_databaseName.isEmpty() ? m_databaseArg : m_databaseName;
    entry.uuid = m_databaseId;
    entry.started = m_started.isValid() ? m_started : QDateTime::currentDateTimeUtc();
    entry.finished = QDateTime::currentDateTimeUtc();
    entry.result.error = ApiError(ApiError::Kind::InvalidInput); // not ok(); the text follows
    QJsonObject o = entry.toJson();
    o.insert(QLatin1String("error"), m_client ? m_client->credentials().redact(message) : message);
    o.insert(QLatin1String("exit_code"), code);
    m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void CliApp::installSignalHandlers()
{
    m_termination = new TerminationWatcher(this);
    connect(m_termination, &TerminationWatcher::terminationRequested, this, &CliApp::onInterrupt);
}

void CliApp::onInterrupt()
{
    if (m_export && m_export->isRunning()) {
        m_export->cancel(); // finished() follows and ends the program with Interrupted
        return;
    }
    if (m_backup && m_backup->isRunning()) {
        m_backup->cancel(); // likewise
        return;
    }
    if (m_import && m_import->interrupt())
        return; // likewise
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
    m_progress->finish();
    const QString text = m_client ? m_client->credentials().redact(error.toString()) : error.toString();
    m_err << tr("Error: %1").arg(TerminalText::clean(text)) << Qt::endl;
    if (m_json && m_command == Command::Export)
        printJsonFailure(text, exitCodeFor(error));
    done(exitCodeFor(error));
}

void CliApp::failUsage(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << Qt::endl;
    if (m_json && m_command == Command::Export)
        printJsonFailure(message, Usage);
    done(Usage);
}

void CliApp::resolveAccount()
{
    if (!m_accountId.isEmpty()) {
        if (!ApiEndpoint::isSafeSegment(m_accountId))
            return failUsage(tr("The account ID \"%1\" contains characters that are not allowed.").arg(m_accountId));
        return m_command == Command::Accounts || m_command == Command::Backup ? runCommand() : resolveDatabase();
    }
    connect(
        m_session, &ConnectionSession::accountsListed, this,
        [this](const QList<Account> &accounts, const ApiError &error) { onAccountsListed(accounts, error); },
        Qt::SingleShotConnection);
    m_session->listAccounts();
}

void CliApp::onAccountsListed(const QList<Account> &accounts, const ApiError &error)
{
    {
        if (error)
            return fail(error);
        if (m_command == Command::Accounts) {
            if (m_json) {
                QJsonArray out;
                for (const Account &a : accounts)
                    out.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}});
                m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
            } else {
                printHeader(tr("ID\tNAME"));
                for (const Account &a : accounts)
                    m_out << TerminalText::clean(a.id, false) << '\t' << TerminalText::clean(a.name, false) << Qt::endl;
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
    }
}

void CliApp::resolveDatabase()
{
    if (m_command == Command::Databases)
        return runCommand();
    if (ImportCommand::createsDatabase(m_opts)) {
        m_databaseName = m_databaseArg; // the new database's name
        return runCommand();
    }
    if (!ApiEndpoint::isSafeSegment(m_databaseArg))
        return failUsage(tr("The database \"%1\" contains characters that are not allowed.").arg(m_databaseArg));
    if (ApiEndpoint::looksLikeUuid(m_databaseArg)) {
        m_databaseId = m_databaseArg;
        if (m_databaseName.isEmpty())
            m_databaseName = m_databaseArg;
        return runCommand();
    }
    // A name: find its UUID. The API's name filter matches substrings, so insist on an exact match.
    connect(
        m_session, &ConnectionSession::databasesListed, this,
        [this](const QString &, const QList<DatabaseInfo> &databases, const ApiError &error) {
        if (error)
            return fail(error);
        for (const DatabaseInfo &db : databases) {
            if (db.name == m_databaseArg) {
                m_databaseId = db.uuid;
                m_databaseName = db.name;
                return runCommand();
            }
        }
        // Not there: the whole list says which names come close ("demp" → demo).
        connect(
            m_session, &ConnectionSession::databasesListed, this,
            [this](const QString &, const QList<DatabaseInfo> &all) {
                QStringList names;
                for (const DatabaseInfo &db : all)
                    names << db.name;
                fail(ApiError(ApiError::Kind::DatabaseNotFound,
                              tr("no database named \"%1\".%2")
                                  .arg(m_databaseArg, CloseMatches::suggestion(m_databaseArg, names))));
            },
            Qt::SingleShotConnection);
        m_session->listDatabases(m_accountId);
        },
        Qt::SingleShotConnection);
    m_session->listDatabases(m_accountId, m_databaseArg);
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
    case Command::Import:
    case Command::Restore:
        return runImportCommand();
    case Command::Accounts: {
        // An explicit account: show just that one, if the credentials can reach it.
        ApiCall *call = m_client->verifyToken(m_accountId);
        connect(call, &ApiTask::retrying, this, &CliApp::announceRetry);
        connect(call, &ApiTask::finished, this, [this, call] {
            if (call->error() && call->error().kind() != ApiError::Kind::Unauthorized)
                return fail(call->error());
            printHeader(tr("ID"));
            m_out << m_accountId << Qt::endl;
            done(Success);
        });
        return;
    }
    case Command::None:
        break;
    }
}

void CliApp::listDatabases()
{
    connect(
        m_session, &ConnectionSession::databasesListed, this,
        [this](const QString &, const QList<DatabaseInfo> &databases, const ApiError &error) {
        if (error)
            return fail(error);
        if (m_json) {
            m_out << QJsonDocument(m_session->lastDatabaseItems()).toJson(QJsonDocument::Indented);
        } else {
            printHeader(tr("UUID\tNAME\tBYTES\tCREATED"));
            for (const DatabaseInfo &db : databases)
                m_out << TerminalText::clean(db.uuid, false) << '\t' << TerminalText::clean(db.name, false) << '\t'
                      << (db.fileSize >= 0 ? QString::number(db.fileSize) : QStringLiteral("-")) << '\t'
                      << (db.createdAt.isValid() ? db.createdAt.toString(Qt::ISODate) : QStringLiteral("-"))
                      << Qt::endl;
        }
        done(Success);
        },
        Qt::SingleShotConnection);
    m_session->listDatabases(m_accountId, m_nameFilter);
}

void CliApp::listTables()
{
    connect(
        m_session, &ConnectionSession::tablesListed, this,
        [this](const QList<TableInfo> &objects, const ApiError &error) {
        if (error)
            return fail(error);
        if (m_json) {
            QJsonArray out;
            for (const TableInfo &t : objects)
                out.append(QJsonObject{{QStringLiteral("name"), t.name},
                                       {QStringLiteral("type"), t.type},
                                       {QStringLiteral("tbl_name"), t.tableName},
                                       {QStringLiteral("virtual"), t.isVirtual()}});
            m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        } else {
            printHeader(tr("NAME\tTYPE\tTABLE"));
            for (const TableInfo &t : objects)
                m_out << TerminalText::clean(t.name, false) << '\t'
                      << (t.isVirtual() ? QStringLiteral("virtual table") : TerminalText::clean(t.type, false)) << '\t'
                      << TerminalText::clean(t.tableName, false) << Qt::endl;
        }
        done(Success);
        },
        Qt::SingleShotConnection);
    m_session->listTables(m_accountId, m_databaseId);
}

void CliApp::runExport()
{
    m_started = QDateTime::currentDateTimeUtc();
    m_export = std::make_unique<ExportController>(m_client.get());
    connect(m_export.get(), &ExportController::logMessage, this, &CliApp::printLog);
    connect(m_export.get(), &ExportController::downloadProgress, m_progress, &CliProgress::download);
    connect(m_export.get(), &ExportController::verifyProgress, m_progress, &CliProgress::verify);
    connect(m_export.get(), &ExportController::stateChanged, m_progress, &CliProgress::stateChanged);
    connect(m_export.get(), &ExportController::rateLimitWait, m_progress, &CliProgress::rateLimitWait);
    connect(m_export.get(), &ExportController::finished, this, [this](const ExportResult &finished) {
        m_progress->finish();
        ExportResult result = finished;
        if (!m_streamTarget.isEmpty() && (result.ok() || result.error.kind() == ApiError::Kind::VerifyFailed)) {
            // The whole dump is on disk (and checked, when asked): now it goes into the stream.
            QString why;
            if (!result.path.isEmpty() && !OutputStream::copy(result.path, m_streamTarget, &why)) {
                m_err << tr("Error: %1").arg(why) << Qt::endl;
                return done(FileFailed);
            }
            result.path.clear(); // nothing to name on stdout: it carried the dump
        }
        if (!result.ok() && result.error.kind() != ApiError::Kind::VerifyFailed) {
            if (m_json)
                printJsonFailure(m_client->credentials().redact(result.error.toString()), exitCodeFor(result.error));
            return done(exitCodeFor(result.error)); // the controller has logged the reason
        }
        if (m_json) {
            BackupEntry entry;
            entry.database = m_databaseName;
            entry.uuid = m_databaseId;
            entry.started = m_started;
            entry.finished = QDateTime::currentDateTimeUtc();
            entry.result = result;
            if (!result.path.isEmpty())
                entry.file = QDir::toNativeSeparators(QFileInfo(result.path).absoluteFilePath());
            if (!result.verification.sqlitePath.isEmpty())
                entry.sqliteFile = QDir::toNativeSeparators(QFileInfo(result.verification.sqlitePath).absoluteFilePath());
            m_out << QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented);
        } else if (m_streamTarget.isEmpty()) {
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
    request.localDatabasePath = m_localPath;
    m_export->start(request);
}

void CliApp::runImportCommand()
{
    m_import = new ImportCommand(m_client.get(), m_opts, m_out, m_err, m_progress, this);
    connect(m_import, &ImportCommand::done, this, &CliApp::done);
    if (m_command == Command::Restore)
        m_import->runRestore(m_accountId, m_databaseId, m_databaseName);
    else
        m_import->runImport(m_accountId, m_databaseId, m_databaseName);
}

void CliApp::runBackup()
{
    m_backup = std::make_unique<BackupRunner>(m_client.get());
    connect(m_backup.get(), &BackupRunner::logMessage, this, &CliApp::printLog);
    connect(m_backup.get(), &BackupRunner::downloadProgress, m_progress, &CliProgress::download);
    connect(m_backup.get(), &BackupRunner::verifyProgress, m_progress, &CliProgress::verify);
    connect(m_backup.get(), &BackupRunner::stateChanged, m_progress, &CliProgress::stateChanged);
    connect(m_backup.get(), &BackupRunner::rateLimitWait, m_progress, &CliProgress::rateLimitWait);
    connect(m_backup.get(), &BackupRunner::finished, this, [this](const BackupSummary &summary) {
        m_progress->finish();
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
    // A benchmark against a server whose rate limit is scaled down scales the budget with it.
    if (const auto scaled = RequestBudget::parse(qEnvironmentVariable("D1X_REQUEST_LIMIT")))
        std::tie(request.requestLimit, request.requestWindowMs) = *scaled;
    request.exportTemplate = m_extras;
    request.exportTemplate.options = m_options;
    m_backup->start(request);
}

void CliApp::printLog(ExportController::LogLevel level, const QString &text)
{
    m_progress->log(level, text);
}

} // namespace d1x
