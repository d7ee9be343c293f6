// ExportPanel: progress rendering and the outcome row.
#include "ExportPanel.h"

#include "LogModel.h"
#include "LogView.h"
#include "ReportView.h"
#include "UiFormat.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace d1x::ui {

namespace {
constexpr int ProgressScale = 1000; // permille: QProgressBar's int range cannot hold byte counts
}

ExportPanel::ExportPanel(LogModel *log, QWidget *parent)
    : QGroupBox(tr("Export"), parent)
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_backup(new QPushButton(tr("Back Up…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_state(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_logView(new LogView(this))
    , m_report(new ReportView(this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
    , m_openFolder(new QPushButton(tr("O&pen Folder"), this))
    , m_copyPath(new QPushButton(tr("Cop&y Path"), this))
{
    setObjectName(QStringLiteral("exportPanel"));

    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    // Ctrl+E belongs to the File menu's Export action alone: bound here too, Qt would find it
    // ambiguous and fire neither.
    m_export->setToolTip(tr("Choose where to save, then export (Ctrl+E)"));
    m_export->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Stop the export; no file is written (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape)); // only active while the button is enabled
    m_cancel->setEnabled(false);
    m_cancel->setAutoDefault(false);
    m_backup->setObjectName(QStringLiteral("backupButton"));
    m_backup->setToolTip(tr("Export several databases of this account, or all of them, into one folder with a "
                            "manifest (Ctrl+B)"));
    m_backup->setEnabled(false);
    m_backup->setAutoDefault(false);
    connect(m_export, &QPushButton::clicked, this, &ExportPanel::exportRequested);
    connect(m_backup, &QPushButton::clicked, this, &ExportPanel::backupRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ExportPanel::cancelRequested);

    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_state->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("progressDetailLabel"));
    m_detail->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Its own line under the bar, one line tall even when empty: changing numbers never move the bar.
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing());
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, ProgressScale);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);

    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setAccessibleName(tr("Progress log"));
    m_logView->setLogModel(log);
    m_tabs->setObjectName(QStringLiteral("logReportTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_logView, tr("Log"));
    m_tabs->addTab(m_report, tr("Report"));

    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Room for two lines from the start, so the outcome never pushes the layout around.
    m_result->setMinimumHeight(2 * m_result->fontMetrics().lineSpacing());
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_resultIcon->setFixedSize(iconSize, iconSize);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setToolTip(tr("Show the saved file's folder in the file manager"));
    m_openFolder->setEnabled(false);
    m_openFolder->setAutoDefault(false);
    m_copyPath->setObjectName(QStringLiteral("copyPathButton"));
    m_copyPath->setToolTip(tr("Copy the saved file's full path to the clipboard"));
    m_copyPath->setEnabled(false);
    m_copyPath->setAutoDefault(false);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
    });
    connect(m_copyPath, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_savedPath)); });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ExportPanel::updateElapsed);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_state, 1);
    buttonRow->addWidget(m_backup);
    buttonRow->addWidget(m_cancel);
    buttonRow->addWidget(m_export);


    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultIcon, 0, Qt::AlignVCenter);
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_openFolder);
    resultRow->addWidget(m_copyPath);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttonRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_detail);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(resultRow);

    setReadiness(false, tr("Choose a database to export."));
}

void ExportPanel::setReadiness(bool canExport, const QString &text)
{
    m_canExport = canExport;
    if (m_running)
        return;
    m_export->setEnabled(canExport);
    m_backup->setEnabled(m_canBackUp);
    // Right after an export the state line keeps its outcome until the choices change.
    if (m_showingOutcome && text == m_readinessText)
        return;
    m_showingOutcome = false;
    m_readinessText = text;
    m_state->setText(text);
}

void ExportPanel::setBackupAvailable(bool available)
{
    m_canBackUp = available;
    if (!m_running)
        m_backup->setEnabled(available);
}

void ExportPanel::setRunning(const QString &path, const QString &resultText)
{
    m_running = true;
    m_path = path;
    m_savedPath.clear();
    m_export->setEnabled(false);
    m_backup->setEnabled(false);
    m_cancel->setEnabled(true);
    m_openFolder->setEnabled(false);
    m_copyPath->setEnabled(false);
    setResult(resultText, Outcome::Neutral);
    m_result->setToolTip(QDir::toNativeSeparators(path));
    m_detail->clear();
    m_tabs->setCurrentWidget(m_logView);
    m_clock.start();
    m_tick.start();
    setState(ExportController::State::Starting);
}

void ExportPanel::setFinished(const QString &savedPath)
{
    m_running = false;
    m_statePrefix.clear();
    m_showingOutcome = true;
    m_tick.stop();
    m_cancel->setEnabled(false);
    m_export->setEnabled(m_canExport);
    m_backup->setEnabled(m_canBackUp);
    m_progress->setRange(0, ProgressScale);
    m_progress->setTextVisible(false);
    m_savedPath = savedPath;
    m_openFolder->setEnabled(!savedPath.isEmpty());
    m_copyPath->setEnabled(!savedPath.isEmpty());
}

void ExportPanel::exportStarted(const QString &path)
{
    m_report->clear();
    setRunning(path, tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
}

void ExportPanel::setState(ExportController::State state)
{
    m_stateValue = state;
    m_state->setText(m_statePrefix.isEmpty() ? ExportController::stateText(state)
                                             : tr("%1: %2").arg(m_statePrefix, ExportController::stateText(state)));
    switch (state) {
    case ExportController::State::Starting:
    case ExportController::State::Exporting:
        m_progress->setRange(0, 0); // busy: D1 gives no percentage while it prepares the dump
        m_progress->setTextVisible(false);
        updateElapsed();
        break;
    case ExportController::State::Downloading:
    case ExportController::State::Repairing:
    case ExportController::State::Verifying:
        m_progress->setRange(0, ProgressScale);
        m_progress->setValue(0);
        m_progress->setTextVisible(true);
        if (state == ExportController::State::Verifying)
            m_detail->setText(tr("Loading the saved dump into SQLite to check it…"));
        else if (state == ExportController::State::Repairing)
            m_detail->setText(tr("Reading the saved dump for values D1 rounded…"));
        break;
    default:
        break;
    }
}

void ExportPanel::setDownloadProgress(qint64 received, qint64 total, double bytesPerSecond)
{
    if (total > 0) {
        m_progress->setRange(0, ProgressScale);
        m_progress->setValue(int(qBound(qint64(0), received * ProgressScale / total, qint64(ProgressScale))));
        m_progress->setTextVisible(true);
        const QString done = UiFormat::size(received);
        const QString all = UiFormat::size(total);
        if (bytesPerSecond <= 0) {
            m_detail->setText(tr("%1 of %2").arg(done, all));
        } else if (received >= total) {
            m_detail->setText(tr("%1 of %2 · %3").arg(done, all, UiFormat::rate(bytesPerSecond)));
        } else {
            const qint64 leftMs = qint64(double(total - received) / bytesPerSecond * 1000.0);
            m_detail->setText(tr("%1 of %2 · %3 · %4 left")
                                  .arg(done, all, UiFormat::rate(bytesPerSecond), UiFormat::timeLeft(leftMs)));
        }
    } else {
        m_progress->setRange(0, 0); // the size is unknown: keep showing activity
        m_detail->setText(bytesPerSecond > 0 ? tr("%1 · %2").arg(UiFormat::size(received), UiFormat::rate(bytesPerSecond))
                                             : UiFormat::size(received));
    }
}

void ExportPanel::setVerifyProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setValue(int(qBound(qint64(0), done * ProgressScale / total, qint64(ProgressScale))));
    m_detail->setText(tr("Checked %1 of %2").arg(UiFormat::size(done), UiFormat::size(total)));
}

void ExportPanel::setRateLimitWait(int secondsLeft)
{
    m_detail->setText(secondsLeft > 0 ? tr("Cloudflare's rate limit: going on in %n s", nullptr, secondsLeft)
                                      : QString());
}

void ExportPanel::exportFinished(const ExportResult &result)
{
    // An SQLite-only export has no SQL file: its folder and path are the .sqlite file's.
    const QString saved = result.path.isEmpty() ? result.verification.sqlitePath : result.path;
    setFinished(result.ok() ? saved : QString());
    m_report->showExport(result);
    if (result.ok()) {
        m_tabs->setCurrentWidget(m_report);
        m_progress->setValue(ProgressScale);
        m_state->setText(ExportController::stateText(ExportController::State::Succeeded));
        const qint64 savedBytes = result.path.isEmpty() ? result.verification.sqliteBytes
            : result.fileBytes > 0                      ? result.fileBytes
                                                        : result.bytes;
        m_detail->setText(result.compressed
                              ? tr("%1 compressed to %2, in %3")
                                    .arg(UiFormat::size(result.bytes), UiFormat::size(savedBytes),
                                         UiFormat::duration(result.elapsedMs))
                              : tr("%1 in %2").arg(UiFormat::size(savedBytes), UiFormat::duration(result.elapsedMs)));
        QString text = tr("Saved %1: %2 in %3.")
                           .arg(QFileInfo(m_savedPath).fileName(), UiFormat::size(savedBytes),
                                UiFormat::duration(result.elapsedMs));
        // The check's verdict in a few words (the whole report is in the log and the tooltip): a dump
        // that does not load, or would not load back into D1, is saved but not good news.
        const VerifyReport &check = result.verification;
        const QLocale locale;
        bool worrying = false;
        switch (check.status) {
        case VerifyReport::Status::NotRun:
        case VerifyReport::Status::Cancelled:
            break;
        case VerifyReport::Status::Verified:
            if (check.longStatements > 0) {
                worrying = true;
                text += QLatin1Char(' ')
                    + tr("It loads into SQLite, but %n statement(s) are too long to load back into D1.", nullptr,
                         int(qMin<qint64>(check.longStatements, INT_MAX)));
            } else {
                text += QLatin1Char(' ') + tr("Checked: it loads into SQLite (%1 rows).").arg(locale.toString(check.rows));
            }
            break;
        case VerifyReport::Status::Differences:
            worrying = true;
            text += QLatin1Char(' ')
                + tr("%n row count(s) differ from D1: see the report.", nullptr, int(check.differences.size()));
            break;
        case VerifyReport::Status::LoadFailed:
            worrying = true;
            text += QLatin1Char(' ') + tr("But it does not load into SQLite: see the report.");
            break;
        }
        setResult(text, worrying ? Outcome::Warning : Outcome::Good);
        m_result->setToolTip(QDir::toNativeSeparators(m_savedPath));
        if (check.status != VerifyReport::Status::NotRun)
            m_result->setToolTip(QDir::toNativeSeparators(m_savedPath) + QLatin1Char('\n') + check.summary());
    } else if (result.error.kind() == ApiError::Kind::Cancelled) {
        m_progress->setValue(0);
        m_state->setText(ExportController::stateText(ExportController::State::Cancelled));
        m_detail->clear();
        setResult(tr("You cancelled the export. No file was written; an existing file with that name "
                     "was left as it was."),
                  Outcome::Neutral);
    } else {
        m_progress->setValue(0);
        m_state->setText(ExportController::stateText(ExportController::State::Failed));
        m_detail->clear();
        QString text = result.error.summary();
        const QString advice = result.error.advice();
        if (!advice.isEmpty())
            text += QLatin1Char(' ') + advice;
        setResult(text, Outcome::Bad);
    }
}

void ExportPanel::backupStarted(const QString &folder)
{
    m_report->beginBackup(folder);
    setRunning(folder, tr("Backing up into %1…").arg(QDir::toNativeSeparators(folder)));
    m_state->setText(tr("Listing the databases…"));
}

void ExportPanel::setBackupDatabases(const QList<DatabaseInfo> &databases)
{
    m_report->setBackupDatabases(databases);
}

void ExportPanel::backupDatabaseStarted(int index, int count, const DatabaseInfo &database)
{
    m_statePrefix = tr("%1 of %2, %3").arg(index + 1).arg(count).arg(database.name);
    m_report->setBackupRunning(index);
    m_detail->clear();
    m_clock.start();
}

void ExportPanel::backupDatabaseFinished(int index, const BackupEntry &entry)
{
    m_report->setBackupEntry(index, entry);
}

void ExportPanel::backupFinished(const BackupSummary &summary)
{
    setFinished(summary.manifestPath);
    m_report->showBackup(summary);
    m_tabs->setCurrentWidget(m_report);
    m_detail->clear();
    const int count = int(summary.entries.size());
    if (summary.error) {
        m_progress->setValue(0);
        m_state->setText(ExportController::stateText(ExportController::State::Failed));
        QString text = summary.error.summary();
        if (!summary.error.advice().isEmpty())
            text += QLatin1Char(' ') + summary.error.advice();
        setResult(text, Outcome::Bad);
        return;
    }
    m_progress->setValue(ProgressScale);
    if (summary.cancelled) {
        m_state->setText(ExportController::stateText(ExportController::State::Cancelled));
        setResult(tr("You cancelled the backup after %n database(s); what was saved is in the manifest.", nullptr,
                     summary.succeeded()),
                  Outcome::Neutral);
        return;
    }
    m_state->setText(summary.ok() ? tr("Backup finished") : tr("Backup finished with problems"));
    QString text = tr("Backed up %1 of %n database(s).", nullptr, count).arg(summary.succeeded());
    if (summary.failed() > 0)
        text += QLatin1Char(' ') + tr("%n did not succeed: see the report.", nullptr, summary.failed());
    if (!summary.manifestError.isEmpty())
        text += QLatin1Char(' ') + tr("The manifest could not be written: %1").arg(summary.manifestError);
    setResult(text, summary.ok() ? Outcome::Good : Outcome::Warning);
}

QString ExportPanel::stateText() const
{
    return m_state->text();
}

QString ExportPanel::resultText() const
{
    return m_result->text();
}

void ExportPanel::updateElapsed()
{
    if (!m_running)
        return;
    if (m_stateValue == ExportController::State::Starting || m_stateValue == ExportController::State::Exporting)
        m_detail->setText(tr("%1 elapsed").arg(UiFormat::clock(m_clock.elapsed())));
}

void ExportPanel::setResult(const QString &text, Outcome kind)
{
    OutcomeStyle::apply(this, m_resultIcon, m_result, text, kind);
}

QList<QWidget *> ExportPanel::tabOrder() const
{
    return {m_backup, m_cancel, m_export, m_tabs, m_openFolder, m_copyPath};
}

} // namespace d1x::ui
