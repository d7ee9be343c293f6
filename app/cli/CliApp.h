// The command line: parses arguments, resolves account and database the way Cloudflare's CLI does,
// runs the same ExportController as the desktop app, and reports on stderr with documented exit codes.
#pragma once

#include "BackupRunner.h"
#include "CloudflareClient.h"
#include "ExportController.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>
#include <memory>

class QSocketNotifier;

namespace d1x {

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
        NotFound = 4,       // account or database not found
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
    enum class Command { Export, Backup, Accounts, Databases, Tables };

    void resolveAccount();
    void resolveDatabase();
    void runCommand();
    void runExport();
    void runBackup();
    void listDatabases();
    void listTables();
    void done(int code);
    void fail(const ApiError &error);
    void failUsage(const QString &message);
    void printLog(ExportController::LogLevel level, const QString &text);
    void printProgress(qint64 received, qint64 total, double rate);
    void printVerifyProgress(qint64 done, qint64 total);
    void printRateLimitWait(int secondsLeft);
    void endProgressLine();
    void installSignalHandlers();
    void onInterrupt();

    QTextStream m_out;
    QTextStream m_err;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CloudflareClient> m_client;
    std::unique_ptr<ExportController> m_export;
    std::unique_ptr<BackupRunner> m_backup;
    QSocketNotifier *m_signalNotifier = nullptr;
    Command m_command = Command::Export;
    bool m_json = false;
    bool m_interactive = false; // stderr is a terminal: one live progress line
    bool m_progressLineOpen = false;
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
