// ImportDialog: File → Import into D1… — choose a dump or SQLite file and the database it goes into
// (one of the account's, or a new one), Prepare (the file becomes SQL that D1 loads; nothing is sent
// yet), confirm the summary, then watch the upload and D1's ingest with a progress bar and the log,
// read the Report, and Undo the import if it was a mistake. The work is ImportController's; this
// dialog gathers the choices and renders its signals. Window-modal, opened with open().
#pragma once

#include "ImportController.h"
#include "OutcomeStyle.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace d1x {
class AppSettings;
class CloudflareClient;
} // namespace d1x

namespace d1x::ui {

class ImportReportView;
class ImportSummaryView;
class ImportTargetChooser;
class LogModel;
class LogView;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `client` (not owned) must outlive the dialog; `databases` are the account's (the window's list),
    // `preferredDatabaseId` the one chosen in the window. `settings` (not owned) gives and keeps the
    // last input folder and the "count rows" choice.
    ImportDialog(CloudflareClient *client, const QString &accountId, const QList<DatabaseInfo> &databases,
                 const QString &preferredDatabaseId, AppSettings *settings, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Working: preparing, importing or undoing (Close asks first).
    bool isBusy() const;
    ImportController::State state() const { return m_state; }
    QString stateText() const;
    QString resultText() const;
    LogModel *logModel() const { return m_log; }

signals:
    void logMessage(d1x::LogLevel level, const QString &text);
    // An import ended (also failed or cancelled), or an undo did: the account's databases changed.
    void importFinished(const d1x::ImportResult &result);
    void undoFinished(const d1x::ApiError &error);
    // Tests and the screenshot tour: each controller as it is made, before it starts.
    void controllerCreated(d1x::ImportController *controller);

public slots:
    void reject() override;

private:
    void chooseFile();
    void onInputsEdited();
    void prepare();
    void confirm();
    void cancel();
    void askUndo();
    void dropController();
    void log(LogLevel level, const QString &text);

    void onStateChanged(ImportController::State state);
    void onPrepareProgress(qint64 done, qint64 total);
    void onUploadProgress(qint64 sent, qint64 total, double bytesPerSecond);
    void onPrepared(const ImportPreview &preview);
    void onFinished(const ImportResult &result);
    void onUndoFinished(const ApiError &error);
    void updateElapsed();
    void updateButtons();
    using Outcome = OutcomeStyle::Kind;
    void setResult(const QString &text, Outcome kind);
    QString problem() const;

    CloudflareClient *m_client;
    QString m_accountId;
    AppSettings *m_settings;
    LogModel *m_log;

    QLineEdit *m_file;
    QPushButton *m_browse;
    ImportTargetChooser *m_target;
    QCheckBox *m_countRows;
    QLabel *m_stateLabel;
    QProgressBar *m_progress;
    QLabel *m_detail;
    QTabWidget *m_tabs;
    ImportSummaryView *m_summary;
    LogView *m_logView;
    ImportReportView *m_report;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QPushButton *m_undo;
    QPushButton *m_cancel;
    QPushButton *m_prepare;
    QPushButton *m_import;
    QPushButton *m_close;

    QPointer<ImportController> m_controller;
    ImportController::State m_state = ImportController::State::Idle;
    ImportController::State m_lastWorkingState = ImportController::State::Idle; // before Cancelled/Failed
    QString m_preparedTarget; // the target's name when the preview was made
    bool m_canUndo = false;
    bool m_closeQuestionOpen = false;
    QTimer m_tick;
    QElapsedTimer m_clock;
};

} // namespace d1x::ui
