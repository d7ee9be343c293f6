// ExportPanel: the "Export" box — the Export, Back Up and Cancel buttons, a state line, a progress bar
// (busy while D1 prepares the dump; bytes, rate and time left while downloading), the progress log and
// the report in two tabs, and the outcome with "Open folder" and "Copy path". It renders the signals
// of ExportController (one export) and BackupRunner (several databases, one after another).
#pragma once

#include "BackupRunner.h"
#include "ExportController.h"
#include "OutcomeStyle.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace d1x::ui {

class LogModel;
class LogView;
class ReportView;

class ExportPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ExportPanel(LogModel *log, QWidget *parent = nullptr);

    // Idle: whether Export can run now, and the line saying what is ready or missing.
    void setReadiness(bool canExport, const QString &text);
    // Whether "Back Up Databases…" can run now (signed in, the account's databases listed).
    void setBackupAvailable(bool available);

    void exportStarted(const QString &path);
    void setState(ExportController::State state);
    void setDownloadProgress(qint64 received, qint64 total, double bytesPerSecond);
    void setVerifyProgress(qint64 done, qint64 total);
    // Waiting out Cloudflare's rate limit: a countdown in the progress line (0: the wait is over).
    void setRateLimitWait(int secondsLeft);
    void exportFinished(const ExportResult &result);

    void backupStarted(const QString &folder);
    void setBackupDatabases(const QList<DatabaseInfo> &databases);
    void backupDatabaseStarted(int index, int count, const DatabaseInfo &database);
    void backupDatabaseFinished(int index, const BackupEntry &entry);
    void backupFinished(const BackupSummary &summary);

    bool isRunning() const { return m_running; }
    QString stateText() const;
    QString resultText() const;
    QString savedPath() const { return m_savedPath; }
    LogView *logView() const { return m_logView; }

    QList<QWidget *> tabOrder() const;

signals:
    void exportRequested();
    void backupRequested();
    void cancelRequested();

private:
    void updateElapsed();
    using Outcome = OutcomeStyle::Kind;
    void setResult(const QString &text, Outcome kind);
    void setRunning(const QString &path, const QString &resultText);
    void setFinished(const QString &savedPath);

    QPushButton *m_export;
    QPushButton *m_backup;
    QPushButton *m_cancel;
    QLabel *m_state;
    QLabel *m_detail;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    LogView *m_logView;
    ReportView *m_report;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QPushButton *m_openFolder;
    QPushButton *m_copyPath;
    QTimer m_tick;
    QElapsedTimer m_clock;
    ExportController::State m_stateValue = ExportController::State::Idle;
    QString m_path;
    QString m_savedPath;
    bool m_running = false;
    bool m_canExport = false;
    bool m_canBackUp = false;
    QString m_statePrefix; // "Backing up 2 of 5: shop" while a backup runs
    bool m_showingOutcome = false;
    QString m_readinessText;
};

} // namespace d1x::ui
