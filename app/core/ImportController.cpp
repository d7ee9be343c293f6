// ImportController: prepare → confirm → import → (counts) → result, and undo (see header).
#include "ImportController.h"

#include "ImportJob.h"
#include "LiveCountJob.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryFile>

namespace d1x {

namespace {
QString shellQuoted(const QString &text)
{
    static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/@%+=,");
    bool plain = !text.isEmpty();
    for (const QChar c : text)
        plain = plain && safe.contains(c);
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

ImportController::ImportController(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_job(new ImportJob(client, this))
    , m_counter(new LiveCountJob(client, this))
{
    connect(m_job, &ImportJob::info, this, [this](const QString &text) { log(LogLevel::Info, text); });
    connect(m_job, &ImportJob::warning, this, [this](const QString &text) { log(LogLevel::Warning, text); });
    connect(m_job, &ImportJob::serverMessage, this, [this](const QString &text) { log(LogLevel::Server, text); });
    connect(m_job, &ImportJob::uploadProgress, this, &ImportController::uploadProgress);
    connect(m_job, &ImportJob::ingesting, this, [this] {
        setState(State::Ingesting);
        log(LogLevel::Info, tr("D1 is importing the file; the database is blocked until it has finished."));
    });
    connect(m_job, &ImportJob::finished, this, &ImportController::onImported);
    connect(m_job, &ImportJob::failed, this, &ImportController::onImportFailed);
    connect(m_counter, &LiveCountJob::logMessage, this, [this](bool warning, const QString &text) {
        log(warning ? LogLevel::Warning : LogLevel::Info, text);
    });
    connect(m_counter, &LiveCountJob::finished, this, [this](const ApiError &error) {
        m_result.restoredRows = m_counter->counts();
        if (!error && !m_result.restoredRows.isEmpty()) {
            QStringList differ;
            for (auto it = m_result.inputRows.cbegin(); it != m_result.inputRows.cend(); ++it)
                if (m_result.restoredRows.value(it.key(), -1) != it.value())
                    differ << tr("%1: %2 in the file, %3 on D1")
                                  .arg(it.key())
                                  .arg(it.value())
                                  .arg(m_result.restoredRows.value(it.key(), -1));
            if (differ.isEmpty())
                log(LogLevel::Info, tr("Row counts on D1 equal the file's, table by table (%n table(s)).", nullptr,
                                       int(m_result.inputRows.size())));
            else
                log(LogLevel::Warning, tr("Row counts on D1 differ from the file's: %1").arg(differ.join(QLatin1String("; "))));
        }
        finishWith({});
    });
}

ImportController::~ImportController()
{
    if (m_transform)
        m_transform->cancel();
    removeTemporaryFile();
}

void ImportController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ImportController::log(LogLevel level, const QString &text)
{
    emit logMessage(level, m_client->credentials().redact(text));
}

QString ImportController::targetName() const
{
    if (!m_request.createName.isEmpty())
        return m_request.createName;
    return m_request.databaseName.isEmpty() ? m_request.databaseId : m_request.databaseName;
}

QString ImportController::undoCommandFor(const QString &database, const QString &bookmark)
{
    return QStringLiteral("d1-exporter-cli restore %1 --bookmark %2").arg(shellQuoted(database), shellQuoted(bookmark));
}

QString ImportController::wranglerUndoCommandFor(const QString &database, const QString &bookmark)
{
    return QStringLiteral("wrangler d1 time-travel restore %1 --bookmark=%2")
        .arg(shellQuoted(database), shellQuoted(bookmark));
}

// --- prepare ---------------------------------------------------------------------------------------

void ImportController::prepare(const ImportRequest &request)
{
    if (m_state != State::Idle && m_state != State::Succeeded && m_state != State::Failed
        && m_state != State::Cancelled && m_state != State::Undone)
        return;
    m_request = request;
    m_preview = {};
    m_result = {};
    m_result.databaseId = request.databaseId;
    m_result.databaseName = targetName();
    m_transformDone = false;
    m_targetDone = false;
    m_targetError = {};
    m_cancelRequested = false;
    setState(State::Preparing);

    if (request.accountId.isEmpty() || (request.databaseId.isEmpty() && request.createName.isEmpty()))
        return finishWith(ApiError(ApiError::Kind::InvalidInput, tr("no account or target database was given")));
    if (!QFileInfo(request.inputPath).isFile())
        return finishWith(ApiError(ApiError::Kind::InputUnusable,
                                   tr("%1 is not a file that can be read; choose the dump or database to import")
                                       .arg(QDir::toNativeSeparators(request.inputPath))));

    // Beside the system temp, owner-only (QTemporaryFile creates it 0600), removed in every outcome.
    m_temp = std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("d1x-import-XXXXXX.sql")));
    if (!m_temp->open())
        return finishWith(ApiError(ApiError::Kind::FileError,
                                   tr("no temporary file could be made in %1: %2")
                                       .arg(QDir::toNativeSeparators(QDir::tempPath()), m_temp->errorString())));
    m_tempPath = m_temp->fileName();
    m_temp->close();

    log(LogLevel::Info, tr("Preparing %1 for D1…").arg(QDir::toNativeSeparators(request.inputPath)));
    m_transform = new ImportTransform(this);
    connect(m_transform, &ImportTransform::progress, this, &ImportController::prepareProgress);
    connect(m_transform, &ImportTransform::finished, this, &ImportController::onTransformed);
    m_transform->start(request.inputPath, m_tempPath);
    lookAtTarget();
}

void ImportController::lookAtTarget()
{
    if (!m_request.createName.isEmpty()) {
        PagedCall *call = m_client->listDatabases(m_request.accountId, m_request.createName);
        m_call = call;
        connect(call, &ApiTask::finished, this, [this, call] { onNameChecked(call); });
        return;
    }
    ApiCall *call = m_client->query(m_request.accountId, m_request.databaseId,
                                    QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND %1 ORDER BY rowid")
                                        .arg(CloudflareClient::userObjectCondition()));
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call] { onTargetLooked(call); });
}

void ImportController::onNameChecked(PagedCall *call)
{
    if (call != m_call || m_state != State::Preparing)
        return;
    m_call = nullptr;
    if (call->error()) {
        m_targetError = call->error();
    } else {
        for (const DatabaseInfo &db : DatabaseInfo::listFromJson(call->items()))
            if (db.name == m_request.createName)
                m_targetError = ApiError(ApiError::Kind::InvalidInput,
                                         tr("a database named %1 already exists; choose another name, or import into "
                                            "it (without --create / \"new database\")")
                                             .arg(m_request.createName));
    }
    m_preview.existingTables = -1;
    onTargetKnown();
}

void ImportController::onTargetLooked(ApiCall *call)
{
    if (call != m_call || m_state != State::Preparing)
        return;
    m_call = nullptr;
    if (call->error()) {
        m_targetError = call->error();
    } else {
        const QJsonArray rows = call->result().toArray().first().toObject().value(QLatin1String("results")).toArray();
        for (const QJsonValue &row : rows)
            m_preview.existingTableNames << row.toObject().value(QLatin1String("name")).toString();
        m_preview.existingTables = int(m_preview.existingTableNames.size());
    }
    onTargetKnown();
}

void ImportController::onTargetKnown()
{
    m_targetDone = true;
    if (m_targetError)
        return finishWith(m_targetError); // no need to wait for the file
    maybePrepared();
}

void ImportController::onTransformed(const ImportPreparation &preparation)
{
    if (m_state != State::Preparing)
        return;
    // The transform stays until the end: deleting it removes its output (the file to upload).
    m_preview.preparation = preparation;
    m_transformDone = true;
    maybePrepared();
}

void ImportController::maybePrepared()
{
    const ImportPreparation &p = m_preview.preparation;
    if (m_transformDone && !p.error.isEmpty())
        return finishWith(ApiError(ApiError::Kind::InputUnusable, p.error));
    if (!m_transformDone || !m_targetDone)
        return;
    if (m_targetError)
        return finishWith(m_targetError);
    // D1 would refuse the whole file at its first CREATE of a table the database already has: say so now,
    // before anything is uploaded.
    QStringList clashes;
    for (const QString &table : p.tables + p.virtualTables) {
        for (const QString &existing : std::as_const(m_preview.existingTableNames))
            if (existing.compare(table, Qt::CaseInsensitive) == 0 && !clashes.contains(table))
                clashes << table;
    }
    if (!clashes.isEmpty())
        return finishWith(ApiError(
            ApiError::Kind::InputUnusable,
            tr("%1 already has %n table(s) of the same name as the file's: %2. D1 would refuse the whole import "
               "(\"table already exists\"), so nothing was sent. Import into a new database instead, or drop those "
               "tables first.", nullptr, int(clashes.size()))
                .arg(targetName(), clashes.join(QLatin1String(", ")))));
    m_result.inputRows = p.rowsPerTable;
    for (const QString &skipped : p.skipped)
        log(LogLevel::Warning, tr("Left out: %1").arg(skipped));
    log(LogLevel::Info, tr("Prepared %1 bytes of SQL: %n statement(s), %2 table(s).", nullptr, int(p.statements))
                            .arg(QLocale().toString(p.bytes))
                            .arg(p.tables.size()));
    if (p.splitRows > 0)
        log(LogLevel::Info, tr("%n row(s) longer than D1's statement limit are written in pieces.", nullptr, p.splitRows));
    if (m_preview.existingTables > 0)
        log(LogLevel::Warning, tr("%1 already holds %n table(s): %2", nullptr, m_preview.existingTables)
                                   .arg(targetName(), m_preview.existingTableNames.join(QLatin1String(", "))));
    setState(State::Prepared);
    emit prepared(m_preview);
}

// --- confirm ---------------------------------------------------------------------------------------

void ImportController::confirm()
{
    if (m_state != State::Prepared)
        return;
    m_clock.start();
    if (!m_request.createName.isEmpty())
        createDatabase();
    else
        takeBookmark();
}

ApiError ImportController::explainPermission(const ApiError &error) const
{
    if (error.kind() != ApiError::Kind::Forbidden)
        return error;
    return ApiError(ApiError::Kind::NeedsEditPermission, error.detail(), error.httpStatus(), error.cfErrors());
}

void ImportController::step(ApiCall *call, const std::function<void(ApiCall *)> &then)
{
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call, then] {
        if (call != m_call)
            return;
        m_call = nullptr;
        if (call->error())
            return finishWith(explainPermission(call->error()), m_cancelRequested);
        then(call);
    });
}

void ImportController::createDatabase()
{
    setState(State::Creating);
    log(LogLevel::Info, tr("Creating the database %1…").arg(m_request.createName));
    step(m_client->createDatabase(m_request.accountId, m_request.createName), [this](ApiCall *call) {
        const std::optional<DatabaseInfo> db = DatabaseInfo::fromJson(call->result());
        if (!db || db->uuid.isEmpty())
            return finishWith(ApiError(ApiError::Kind::BadResponse, tr("the new database's id is missing from the answer")));
        m_result.databaseId = db->uuid;
        m_result.created = true;
        log(LogLevel::Info, tr("Created the database %1 (%2).").arg(db->name, db->uuid));
        if (m_cancelRequested)
            return deleteCreatedThen([this] { finishWith({}, true); });
        startImport();
    });
}

void ImportController::takeBookmark()
{
    setState(State::Bookmarking);
    step(m_client->timeTravelBookmark(m_request.accountId, m_request.databaseId), [this](ApiCall *call) {
        const std::optional<TimeTravelResult> bookmark = TimeTravelResult::fromJson(call->result());
        if (!bookmark)
            return finishWith(ApiError(ApiError::Kind::BadResponse, tr("Time Travel gave no bookmark")));
        m_result.bookmarkBefore = bookmark->bookmark;
        m_result.undoCommand = undoCommandFor(targetName(), bookmark->bookmark);
        log(LogLevel::Info, tr("Time Travel bookmark before the import: %1. To undo the import: %2 (or %3)")
                                .arg(bookmark->bookmark, m_result.undoCommand,
                                     wranglerUndoCommandFor(targetName(), bookmark->bookmark)));
        startImport();
    });
}

void ImportController::startImport()
{
    setState(State::Uploading);
    const ImportPreparation &p = m_preview.preparation;
    log(LogLevel::Info, tr("Importing into %1: %2 bytes to upload.").arg(targetName(), QLocale().toString(p.bytes)));
    m_job->setBookmarkBefore(m_result.bookmarkBefore); // where a lost answer to the ingest is looked for
    m_job->start(m_request.accountId, m_result.databaseId, m_tempPath, p.md5Hex);
}

void ImportController::onImported(const ImportStatus &status)
{
    m_result.finalBookmark = status.finalBookmark;
    m_result.numQueries = status.numQueries;
    m_result.rowsRead = status.rowsRead;
    m_result.rowsWritten = status.rowsWritten;
    m_result.sizeAfter = status.sizeAfter;
    m_result.uploadedBytes = m_job->uploadedBytes();
    log(LogLevel::Info, tr("D1 imported the file: %n quer(y/ies), %1 row(s) written, the database is now %2 bytes.",
                           nullptr, int(qMin<qint64>(status.numQueries, INT_MAX)))
                            .arg(status.rowsWritten)
                            .arg(QLocale().toString(status.sizeAfter)));
    if (!m_request.compareRowCounts || m_result.inputRows.isEmpty())
        return finishWith({});
    countRows();
}

void ImportController::countRows()
{
    setState(State::Counting);
    log(LogLevel::Info, tr("Counting the rows of %n table(s) on D1 (one query; D1 bills the rows it reads)…", nullptr,
                           int(m_result.inputRows.size())));
    m_counter->start(m_request.accountId, m_result.databaseId, m_result.inputRows.keys());
}

void ImportController::onImportFailed(const ApiError &error)
{
    m_result.uploadedBytes = m_job->uploadedBytes();
    const ApiError explained = explainPermission(error);
    const bool ingestSent = m_job->ingestSent();
    // An unconfirmed import's error says itself what is known: not that D1 has the file.
    if (ingestSent && error.kind() != ApiError::Kind::ImportFailed && error.kind() != ApiError::Kind::ImportUnconfirmed)
        log(LogLevel::Warning, tr("D1 has the file and goes on by itself: it completes the import or rolls it back; "
                                  "the database stays blocked until then."));
    // A database made for this import holds nothing of value unless D1 may still be importing into it.
    if (m_result.created && (!ingestSent || error.kind() == ApiError::Kind::ImportFailed))
        return deleteCreatedThen([this, explained] { finishWith(explained); });
    finishWith(explained);
}

void ImportController::deleteCreatedThen(const std::function<void()> &next)
{
    ApiCall *call = m_client->deleteDatabase(m_request.accountId, m_result.databaseId);
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call, next] {
        m_call = nullptr;
        if (call->error())
            log(LogLevel::Warning, tr("The database %1 created for this import could not be deleted again: %2")
                                       .arg(m_request.createName, call->error().toString()));
        else {
            log(LogLevel::Info, tr("Deleted the database %1 created for this import again.").arg(m_request.createName));
            m_result.created = false;
        }
        next();
    });
}

// --- cancel, finish, undo --------------------------------------------------------------------------

void ImportController::cancel()
{
    switch (m_state) {
    case State::Preparing:
    case State::Prepared:
    case State::Bookmarking:
        log(LogLevel::Info, tr("Cancelled; nothing was changed on D1."));
        return finishWith({}, true);
    case State::Creating:
        // The answer is awaited: a database D1 made meanwhile is deleted again.
        m_cancelRequested = true;
        return;
    case State::Uploading:
    case State::Ingesting: {
        const bool ingestSent = m_job->ingestSent();
        m_job->cancel();
        m_result.uploadedBytes = m_job->uploadedBytes();
        if (ingestSent) {
            log(LogLevel::Warning,
                tr("Cancelled after D1 took the file: D1 completes the import or rolls it back on its own, and the "
                   "database stays blocked until then.%1")
                    .arg(m_result.undoCommand.isEmpty()
                             ? QString()
                             : tr(" To go back to the state before it afterwards: %1").arg(m_result.undoCommand)));
            return finishWith({}, true);
        }
        if (m_result.created)
            return deleteCreatedThen([this] { finishWith({}, true); });
        log(LogLevel::Info, tr("Cancelled before D1 took the file; nothing was changed on D1."));
        return finishWith({}, true);
    }
    case State::Counting:
        m_counter->stop();
        log(LogLevel::Info, tr("Row counting cancelled; the import itself is complete."));
        return finishWith({});
    default:
        return;
    }
}

void ImportController::removeTemporaryFile()
{
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
    m_temp.reset();
    m_tempPath.clear();
}

void ImportController::finishWith(const ApiError &error, bool cancelled)
{
    if (QPointer<ApiTask> call = std::exchange(m_call, nullptr))
        call->abort(); // e.g. the look at the target when the file could not be read
    if (m_transform) {
        m_transform->cancel();
        m_transform->deleteLater();
        m_transform = nullptr;
    }
    removeTemporaryFile();
    m_result.error = error;
    m_result.cancelled = cancelled;
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (error)
        log(LogLevel::Error, error.toString());
    setState(cancelled ? State::Cancelled : error ? State::Failed : State::Succeeded);
    emit finished(m_result);
}

void ImportController::undo()
{
    if (m_state != State::Succeeded || m_result.bookmarkBefore.isEmpty())
        return;
    setState(State::Undoing);
    log(LogLevel::Info, tr("Restoring %1 to the bookmark before the import (%2)…").arg(targetName(), m_result.bookmarkBefore));
    ApiCall *call = m_client->timeTravelRestore(m_request.accountId, m_result.databaseId, m_result.bookmarkBefore);
    m_call = call;
    connect(call, &ApiTask::finished, this, [this, call] {
        m_call = nullptr;
        if (call->error()) {
            const ApiError error = explainPermission(call->error());
            log(LogLevel::Error, tr("Undo failed: %1").arg(error.toString()));
            setState(State::Succeeded);
            emit undoFinished(error);
            return;
        }
        const std::optional<TimeTravelResult> restored = TimeTravelResult::fromJson(call->result());
        log(LogLevel::Info, tr("%1 is back at its state before the import.%2")
                                .arg(targetName(), restored && !restored->message.isEmpty()
                                                       ? QLatin1Char(' ') + restored->message
                                                       : QString()));
        setState(State::Undone);
        emit undoFinished({});
    });
}

} // namespace d1x
