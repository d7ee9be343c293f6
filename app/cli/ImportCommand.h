// ImportCommand: `d1-exporter-cli import <database> --input FILE [--create] [--yes]
// [--compare-row-counts] [--json]` and `restore <database> --bookmark B` (the undo of an import).
// CliApp resolves the account and the database and hands over; this class runs an ImportController,
// refuses a database that holds tables without --yes, prints the summary before the upload, the
// bookmark and the undo line after it, and ends with an exit code of CliApp's scheme (done()).
#pragma once

#include "ImportController.h"

#include <QObject>
#include <QTextStream>

namespace d1x {

class CliOptions;
class CliProgress;
class CloudflareClient;

class ImportCommand : public QObject
{
    Q_OBJECT
public:
    ImportCommand(CloudflareClient *client, const CliOptions &options, QTextStream &out, QTextStream &err,
                  CliProgress *progress, QObject *parent = nullptr);

    // What the command line lacks for the command, before anything is sent; empty when it is usable.
    static QString checkOptions(const CliOptions &options);
    // With --create no database is looked up: <database> is the new name.
    static bool createsDatabase(const CliOptions &options);

    // `databaseId` is empty with --create.
    void runImport(const QString &accountId, const QString &databaseId, const QString &databaseName);
    void runRestore(const QString &accountId, const QString &databaseId, const QString &databaseName);
    // Ctrl+C: cancels what runs (done() follows); false when nothing runs.
    bool interrupt();

signals:
    void done(int exitCode);

private:
    void onPrepared(const ImportPreview &preview);
    void onFinished(const ImportResult &result);
    void printSummary(const ImportPreview &preview);
    QJsonObject resultJson(const ImportResult &result) const;
    void printJsonFailure(const QString &message, int code, const QJsonObject &extra = {});
    void log(LogLevel level, const QString &text);
    bool rowCountsDiffer(const ImportResult &result) const;

    CloudflareClient *m_client;
    const CliOptions &m_opts;
    QTextStream &m_out;
    QTextStream &m_err;
    CliProgress *m_progress;
    ImportController *m_import = nullptr;
    QPointer<ApiCall> m_restore;
    QString m_databaseName;
    bool m_json = false;
    int m_refusal = -1; // exit code of a refusal after prepare (no --yes), reported when finished() comes
    QString m_refusalText;
};

} // namespace d1x
