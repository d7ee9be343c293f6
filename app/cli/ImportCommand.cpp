// ImportCommand: the import and restore commands of d1-exporter-cli (see header).
#include "ImportCommand.h"

#include "CliApp.h"
#include "CliOptions.h"
#include "CliProgress.h"
#include "CloudflareClient.h"
#include "TerminalText.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace d1x {

namespace {
QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

ImportCommand::ImportCommand(CloudflareClient *client, const CliOptions &options, QTextStream &out, QTextStream &err,
                             CliProgress *progress, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_opts(options)
    , m_out(out)
    , m_err(err)
    , m_progress(progress)
    , m_json(options.isSet(QStringLiteral("json")))
{
}

bool ImportCommand::createsDatabase(const CliOptions &options)
{
    return options.command() == CliOptions::Command::Import && options.isSet(QStringLiteral("create"));
}

QString ImportCommand::checkOptions(const CliOptions &options)
{
    if (options.command() == CliOptions::Command::Restore) {
        if (options.value(QStringLiteral("bookmark")).trimmed().isEmpty())
            return tr("Say which state to restore with --bookmark B (an import prints the bookmark taken before it).");
        return {};
    }
    const QString input = options.value(QStringLiteral("input"));
    if (input.isEmpty())
        return tr("Say which file to import with --input FILE (.sql, .sql.gz, .sqlite, .sqlite3 or .db).");
    if (!QFileInfo(input).isFile())
        return tr("%1 is not a file that can be read; check the path given to --input.")
            .arg(QDir::toNativeSeparators(input));
    return {};
}

void ImportCommand::log(LogLevel level, const QString &text)
{
    m_progress->log(level, text);
}

// --- import ----------------------------------------------------------------------------------------

void ImportCommand::runImport(const QString &accountId, const QString &databaseId, const QString &databaseName)
{
    m_databaseName = databaseName;
    m_import = new ImportController(m_client, this);
    connect(m_import, &ImportController::logMessage, this, &ImportCommand::log);
    connect(m_import, &ImportController::prepareProgress, m_progress, &CliProgress::prepare);
    connect(m_import, &ImportController::uploadProgress, m_progress, &CliProgress::upload);
    connect(m_import, &ImportController::stateChanged, m_progress, [this](ImportController::State) { m_progress->finish(); });
    connect(m_import, &ImportController::prepared, this, &ImportCommand::onPrepared);
    connect(m_import, &ImportController::finished, this, &ImportCommand::onFinished);
    ImportRequest request;
    request.accountId = accountId;
    request.databaseId = databaseId;
    request.databaseName = databaseName;
    if (createsDatabase(m_opts))
        request.createName = databaseName;
    request.inputPath = m_opts.value(QStringLiteral("input"));
    request.compareRowCounts = m_opts.isSet(QStringLiteral("compare-row-counts"));
    m_import->prepare(request);
}

void ImportCommand::printSummary(const ImportPreview &preview)
{
    const ImportPreparation &p = preview.preparation;
    const QLocale locale;
    m_err << tr("To import: %1 (%2 bytes), %n statement(s)", nullptr, int(qMin<qint64>(p.statements, INT_MAX)))
                 .arg(locale.formattedDataSize(p.bytes))
                 .arg(p.bytes)
          << Qt::endl;
    for (const QString &table : p.tables)
        m_err << QStringLiteral("  %1\t%2").arg(TerminalText::clean(table, false)).arg(p.rowsPerTable.value(table))
              << Qt::endl;
    if (!p.virtualTables.isEmpty())
        m_err << tr("Virtual tables (recreated): %1").arg(TerminalText::clean(p.virtualTables.join(QLatin1String(", "))))
              << Qt::endl;
    if (preview.existingTables >= 0)
        m_err << tr("Target: %1, which holds %n table(s) now.", nullptr, preview.existingTables)
                     .arg(TerminalText::clean(m_databaseName))
              << Qt::endl;
    else
        m_err << tr("Target: a new database, %1.").arg(TerminalText::clean(m_databaseName)) << Qt::endl;
    m_err << tr("D1 blocks the database while it imports.") << Qt::endl;
}

void ImportCommand::onPrepared(const ImportPreview &preview)
{
    m_progress->finish();
    printSummary(preview);
    const bool yes = m_opts.isSet(QStringLiteral("yes")) || m_opts.isSet(QStringLiteral("skip-confirmation"));
    if (preview.existingTables > 0 && !yes) {
        m_refusal = CliApp::Usage;
        m_refusalText = tr("%1 already holds %n table(s) (%2). Importing adds to them and may clash with what is "
                           "there. Add --yes to import anyway (a Time Travel bookmark is taken first, so the import "
                           "can be undone), or import into a new database with --create NAME.",
                           nullptr, preview.existingTables)
                            .arg(m_databaseName, preview.existingTableNames.join(QLatin1String(", ")));
        m_import->cancel(); // removes the prepared file; finished() reports the refusal
        return;
    }
    m_import->confirm();
}

bool ImportCommand::rowCountsDiffer(const ImportResult &result) const
{
    if (result.restoredRows.isEmpty())
        return false;
    for (auto it = result.inputRows.cbegin(); it != result.inputRows.cend(); ++it)
        if (result.restoredRows.value(it.key(), -1) != it.value())
            return true;
    return false;
}

QJsonObject ImportCommand::resultJson(const ImportResult &result) const
{
    const ImportPreparation &p = m_import->preview().preparation;
    QJsonObject o;
    o.insert(QLatin1String("ok"), result.ok());
    o.insert(QLatin1String("database"), result.databaseName);
    o.insert(QLatin1String("uuid"), result.databaseId);
    o.insert(QLatin1String("created"), result.created);
    o.insert(QLatin1String("input"), QDir::toNativeSeparators(QFileInfo(m_opts.value(QStringLiteral("input"))).absoluteFilePath()));
    o.insert(QLatin1String("bytes"), p.bytes);
    o.insert(QLatin1String("statements"), p.statements);
    o.insert(QLatin1String("bookmark_before"), result.bookmarkBefore.isEmpty() ? QJsonValue() : QJsonValue(result.bookmarkBefore));
    o.insert(QLatin1String("final_bookmark"), result.finalBookmark.isEmpty() ? QJsonValue() : QJsonValue(result.finalBookmark));
    o.insert(QLatin1String("undo_command"), result.undoCommand.isEmpty() ? QJsonValue() : QJsonValue(result.undoCommand));
    o.insert(QLatin1String("num_queries"), result.numQueries);
    o.insert(QLatin1String("rows_read"), result.rowsRead);
    o.insert(QLatin1String("rows_written"), result.rowsWritten);
    o.insert(QLatin1String("size_after"), result.sizeAfter);
    o.insert(QLatin1String("uploaded_bytes"), result.uploadedBytes);
    o.insert(QLatin1String("elapsed_ms"), result.elapsedMs);
    o.insert(QLatin1String("rows_per_table"), countsJson(result.inputRows));
    if (!result.restoredRows.isEmpty()) {
        o.insert(QLatin1String("rows_on_d1"), countsJson(result.restoredRows));
        o.insert(QLatin1String("row_counts_match"), !rowCountsDiffer(result));
    }
    return o;
}

void ImportCommand::printJsonFailure(const QString &message, int code, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QLatin1String("ok"), false);
    o.insert(QLatin1String("error"), m_client->credentials().redact(message));
    o.insert(QLatin1String("exit_code"), code);
    m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void ImportCommand::onFinished(const ImportResult &result)
{
    m_progress->finish();
    if (m_refusal >= 0) {
        m_err << tr("Error: %1").arg(TerminalText::clean(m_refusalText)) << Qt::endl;
        if (m_json)
            printJsonFailure(m_refusalText, m_refusal, resultJson(result));
        return emit done(m_refusal);
    }
    if (!result.ok()) {
        const int code = result.cancelled ? CliApp::Interrupted : CliApp::exitCodeFor(result.error);
        if (m_json)
            printJsonFailure(result.cancelled ? tr("Cancelled.") : result.error.toString(), code, resultJson(result));
        return emit done(code); // the controller has logged the reason
    }
    if (!result.bookmarkBefore.isEmpty()) {
        m_err << tr("Bookmark before the import: %1").arg(result.bookmarkBefore) << Qt::endl
              << tr("To undo the import: %1").arg(result.undoCommand) << Qt::endl
              << tr("or with wrangler: %1")
                     .arg(ImportController::wranglerUndoCommandFor(m_databaseName, result.bookmarkBefore))
              << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(resultJson(result)).toJson(QJsonDocument::Indented);
    else if (!result.undoCommand.isEmpty())
        m_out << result.undoCommand << Qt::endl; // stdout: the one line a script keeps
    emit done(rowCountsDiffer(result) ? CliApp::VerifyFailed : CliApp::Success);
}

// --- restore ---------------------------------------------------------------------------------------

void ImportCommand::runRestore(const QString &accountId, const QString &databaseId, const QString &databaseName)
{
    m_databaseName = databaseName;
    const QString bookmark = m_opts.value(QStringLiteral("bookmark")).trimmed();
    log(LogLevel::Info, tr("Restoring %1 to the Time Travel bookmark %2…").arg(databaseName, bookmark));
    ApiCall *call = m_client->timeTravelRestore(accountId, databaseId, bookmark);
    m_restore = call;
    connect(call, &ApiTask::finished, this, [this, call, databaseId, bookmark] {
        m_restore = nullptr;
        ApiError error = call->error();
        if (error.kind() == ApiError::Kind::Forbidden)
            error = ApiError(ApiError::Kind::NeedsEditPermission, error.detail(), error.httpStatus(), error.cfErrors());
        const std::optional<TimeTravelResult> restored = error ? std::nullopt : TimeTravelResult::fromJson(call->result());
        if (!error && !restored)
            error = ApiError(ApiError::Kind::BadResponse, tr("the restore answer has no bookmark"));
        if (error) {
            const QString text = m_client->credentials().redact(error.toString());
            m_err << tr("Error: %1").arg(TerminalText::clean(text)) << Qt::endl;
            if (m_json)
                printJsonFailure(text, CliApp::exitCodeFor(error));
            return emit done(CliApp::exitCodeFor(error));
        }
        if (!restored->message.isEmpty())
            log(LogLevel::Server, restored->message);
        m_err << tr("%1 is restored to %2.").arg(TerminalText::clean(m_databaseName), bookmark) << Qt::endl;
        const QString undo = restored->previousBookmark.isEmpty()
            ? QString()
            : ImportController::undoCommandFor(m_databaseName, restored->previousBookmark);
        if (!undo.isEmpty())
            m_err << tr("To undo this restore: %1").arg(undo) << Qt::endl;
        if (m_json) {
            QJsonObject o;
            o.insert(QLatin1String("ok"), true);
            o.insert(QLatin1String("database"), m_databaseName);
            o.insert(QLatin1String("uuid"), databaseId);
            o.insert(QLatin1String("restored_to"), bookmark);
            o.insert(QLatin1String("bookmark"), restored->bookmark);
            o.insert(QLatin1String("previous_bookmark"), restored->previousBookmark);
            o.insert(QLatin1String("undo_command"), undo.isEmpty() ? QJsonValue() : QJsonValue(undo));
            o.insert(QLatin1String("message"), restored->message);
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        }
        emit done(CliApp::Success);
    });
}

bool ImportCommand::interrupt()
{
    if (m_import && m_import->state() != ImportController::State::Idle
        && m_import->state() != ImportController::State::Succeeded && m_import->state() != ImportController::State::Failed
        && m_import->state() != ImportController::State::Cancelled) {
        m_import->cancel(); // finished() follows (for Creating: once D1 has answered)
        return true;
    }
    if (m_restore) {
        m_restore->abort();
        return false; // what D1 did is unknown: the caller ends with Interrupted
    }
    return false;
}

} // namespace d1x
