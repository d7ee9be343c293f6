// ImportController: one import into D1 as the window and the command line run it (issue 12).
// prepare(): the input file becomes D1-loadable SQL in an owner-only temporary file (ImportTransform)
// while the target is looked at (its tables, or for a new database whether the name is free), then
// prepared() with what the user confirms. confirm(): create the database (--create) or take a Time
// Travel bookmark of the existing one, run the ImportJob, optionally count the rows (one /query),
// then finished(). cancel() before ingest leaves D1 as it was (a database created for this import is
// deleted again); after ingest, D1 completes or rolls back on its own and the log says so. undo()
// restores the bookmark taken before. The temporary file is removed in every outcome.
#pragma once

#include "ApiError.h"
#include "CloudflareClient.h"
#include "ImportTransform.h"
#include "LogLevel.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryFile;

namespace d1x {

class ImportJob;
class LiveCountJob;

struct ImportRequest {
    QString accountId;
    QString databaseId;          // the target; empty when createName is set
    QString databaseName;        // for messages
    QString createName;          // non-empty: create this database and import into it
    QString inputPath;
    bool compareRowCounts = false; // after the import, one /query counting each table's rows (billed)
};

struct ImportPreview {          // prepared(): what the user confirms
    ImportPreparation preparation;
    int existingTables = -1;    // tables the target holds now; -1 for a new database
    QStringList existingTableNames;
};

struct ImportResult {
    ApiError error;             // empty on success
    bool cancelled = false;
    QString databaseId, databaseName;
    bool created = false;
    QString bookmarkBefore;     // Time Travel bookmark taken before touching an existing database
    QString finalBookmark;
    qint64 numQueries = 0, rowsRead = 0, rowsWritten = 0, sizeAfter = 0, uploadedBytes = 0, elapsedMs = 0;
    QMap<QString, qint64> inputRows;    // = preparation.rowsPerTable
    QMap<QString, qint64> restoredRows; // when compareRowCounts
    QString undoCommand;        // the CLI line that restores bookmarkBefore
    bool ok() const { return !error.isError() && !cancelled; }
};

class ImportController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Prepared, Creating, Bookmarking, Uploading, Ingesting, Counting,
                       Succeeded, Failed, Cancelled, Undoing, Undone };
    Q_ENUM(State)

    explicit ImportController(CloudflareClient *client, QObject *parent = nullptr);
    ~ImportController() override;

    void prepare(const ImportRequest &request); // transform + look at the target → prepared() or finished(error)
    void confirm();                              // after prepared(): the import → finished()
    void cancel();                               // any time; before ingest nothing on D1 changed
    void undo();                                 // after a successful import with bookmarkBefore → undoFinished()
    State state() const { return m_state; }
    const ImportResult &result() const { return m_result; }
    const ImportPreview &preview() const { return m_preview; }

    // The command line that restores `bookmark` (ours), and the same with wrangler.
    static QString undoCommandFor(const QString &database, const QString &bookmark);
    static QString wranglerUndoCommandFor(const QString &database, const QString &bookmark);
    // Tests: the import job's timing and retry caps.
    ImportJob *job() const { return m_job; }

signals:
    void stateChanged(d1x::ImportController::State state);
    void logMessage(d1x::LogLevel level, const QString &text);
    void prepareProgress(qint64 done, qint64 total);
    void uploadProgress(qint64 sent, qint64 total, double bytesPerSecond);
    void prepared(const d1x::ImportPreview &preview);
    void finished(const d1x::ImportResult &result);   // once per confirm() (or per prepare() that failed)
    void undoFinished(const d1x::ApiError &error);

private:
    void setState(State state);
    void log(LogLevel level, const QString &text);
    void onTransformed(const ImportPreparation &preparation);
    void lookAtTarget();
    void onTargetLooked(ApiCall *call);
    void onNameChecked(PagedCall *call);
    void maybePrepared();
    // `call` as the current step: an error ends the import (a refused write explained), an answer goes on to `then`.
    void step(ApiCall *call, const std::function<void(ApiCall *)> &then);
    void createDatabase();
    void takeBookmark();
    void startImport();
    void onImported(const ImportStatus &status);
    void onImportFailed(const ApiError &error);
    void countRows();
    void deleteCreatedThen(const std::function<void()> &next);
    void finishWith(const ApiError &error, bool cancelled = false);
    void removeTemporaryFile();
    ApiError explainPermission(const ApiError &error) const;
    QString targetName() const;

    CloudflareClient *m_client;
    ImportRequest m_request;
    ImportPreview m_preview;
    ImportResult m_result;
    State m_state = State::Idle;
    ImportTransform *m_transform = nullptr;
    ImportJob *m_job = nullptr;
    LiveCountJob *m_counter = nullptr;
    QPointer<ApiTask> m_call;
    std::unique_ptr<QTemporaryFile> m_temp;
    QString m_tempPath;
    bool m_transformDone = false;
    bool m_targetDone = false;
    ApiError m_targetError;
    bool m_cancelRequested = false;
    QElapsedTimer m_clock;
};

} // namespace d1x
