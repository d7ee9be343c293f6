// The command line: parses arguments, resolves account and database the way Cloudflare's CLI does,
// runs the same ExportController as the desktop app, and reports on stderr with documented exit codes.
#pragma once

#include "BackupRunner.h"
#include "CliOptions.h"
#include "CloudflareClient.h"
#include "ExportController.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>
#include <memory>

class QTemporaryFile;

namespace d1x {

class CliProgress;
class ImportCommand;
class TerminationWatcher;
class ConnectionSession;

class CliApp : public QObject
{
    Q_OBJECT
public:
    // Documented in --help and the README; scripts rely on them.
    enum ExitCode {
        Success = 0,
        Failure = 1,        // anything not listed below
        Usage = 2,
        AuthFailed = 3,     // bad, expired or insufficient credentials
        NotFound = 4,       // account, database, binding, local database or table not found
        ExportFailed = 5,   // D1 refused or failed the export (also: already running)
        NetworkFailed = 6,  // network, TLS, server errors, rate limit, garbled answers, download
        FileFailed = 7,     // the output file could not be written
        VerifyFailed = 8,   // the dump was saved but does not load into SQLite, or its row counts differ
        BackupIncomplete = 9, // backup: at least one database failed or did not verify (see the manifest)
        Interrupted = 130,  // Ctrl+C / SIGTERM: cancelled cleanly
    };

    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;
    // Runs the event loop until the command is done; returns the exit code.
    int run(const QStringList &arguments);

    static int exitCodeFor(const ApiError &error);

private:
    using Command = CliOptions::Command;

    // prepare(): the command line checked as a whole, in steps; each returns -1 to go on, else the exit code.
    int prepare();
    int readRequest();
    int checkContent();
    int prepareExport();
    int prepareOutputs();
    int prepareBackup();
    int resolveProjectDatabase();
    int connectToCloudflare();
    void announceRetry(const ApiError &why, int attempt, int delayMs);
    void printHeader(const QString &header);
    int refuse(int code, const QString &message);
    void printJsonFailure(const QString &message, int code);
    void resolveAccount();
    void onAccountsListed(const QList<Account> &accounts, const ApiError &error);
    void resolveDatabase();
    void runCommand();
    void runExport();
    void runBackup();
    void runImportCommand(); // import and restore
    void listDatabases();
    void listTables();
    void done(int code);
    void fail(const ApiError &error);
    void failUsage(const QString &message);
    void printLog(ExportController::LogLevel level, const QString &text);
    void installSignalHandlers();
    void onInterrupt();

    CliOptions m_opts;
    QTextStream m_out;
    QTextStream m_err;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CloudflareClient> m_client;
    std::unique_ptr<ExportController> m_export;
    std::unique_ptr<BackupRunner> m_backup;
    ImportCommand *m_import = nullptr;
    TerminationWatcher *m_termination = nullptr; // SIGINT / SIGTERM cancel cleanly
    ConnectionSession *m_session = nullptr; // sign-in and the lists
    CliProgress *m_progress = nullptr;
    std::unique_ptr<QTemporaryFile> m_streamTemp; // --output - / a pipe: the dump is saved here first
    QString m_streamTarget;
    QString m_localPath;                          // --local: the SQLite file of wrangler dev
    QDateTime m_started;
    QString m_refusal; // why prepare() refused, for --json
    Command m_command = Command::Export;
    bool m_json = false;
    bool m_interactive = false;    // stderr is a terminal: one live progress line
    bool m_stdoutTerminal = false; // stdout is a terminal: lists get a header line
    QString m_accountId;
    QString m_databaseArg;
    QString m_databaseId;
    QString m_databaseName;
    QString m_nameFilter;
    QString m_output;
    ExportOptions m_options;
    ExportRequest m_extras; // verification, compression, related objects, .sqlite (from the flags)
    BackupRequest m_backupRequest;
    int m_exitCode = -1;
};

} // namespace d1x
