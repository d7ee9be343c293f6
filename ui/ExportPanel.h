// ExportPanel: the "Export" box — the Export and Cancel buttons, a state line, a progress bar
// (busy while D1 prepares the dump; bytes, rate and time left while downloading), the progress log,
// and the outcome with "Open folder" and "Copy path". It renders ExportController's signals.
#pragma once

#include "ExportController.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace d1x::ui {

class LogModel;
class LogView;

class ExportPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ExportPanel(LogModel *log, QWidget *parent = nullptr);

    // Idle: whether Export can run now, and the line saying what is ready or missing.
    void setReadiness(bool canExport, const QString &text);

    void exportStarted(const QString &path);
    void setState(ExportController::State state);
    void setDownloadProgress(qint64 received, qint64 total, double bytesPerSecond);
    void setVerifyProgress(qint64 done, qint64 total);
    void exportFinished(const ExportResult &result);

    bool isRunning() const { return m_running; }
    QString stateText() const;
    QString resultText() const;
    QString savedPath() const { return m_savedPath; }
    LogView *logView() const { return m_logView; }

    QList<QWidget *> tabOrder() const;

signals:
    void exportRequested();
    void cancelRequested();

private:
    void updateElapsed();
    enum class Outcome { Neutral, Good, Warning, Bad };
    void setResult(const QString &text, Outcome kind);

    QPushButton *m_export;
    QPushButton *m_cancel;
    QLabel *m_state;
    QLabel *m_detail;
    QProgressBar *m_progress;
    LogView *m_logView;
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
    bool m_showingOutcome = false;
    QString m_readinessText;
};

} // namespace d1x::ui
