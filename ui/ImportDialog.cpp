// ImportDialog: the window's half of an import into D1; ImportController does the work.
#include "ImportDialog.h"

#include "AppSettings.h"
#include "FileDialog.h"
#include "ImportReportView.h"
#include "ImportSummaryView.h"
#include "ImportTargetChooser.h"
#include "LogModel.h"
#include "LogView.h"
#include "MessageBox.h"
#include "OutcomeStyle.h"
#include "UiFormat.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace d1x::ui {

namespace {
constexpr int ProgressScale = 1000; // permille: QProgressBar's int range cannot hold byte counts
using State = ImportController::State;

bool isWorking(State state)
{
    switch (state) {
    case State::Preparing:
    case State::Creating:
    case State::Bookmarking:
    case State::Uploading:
    case State::Ingesting:
    case State::Counting:
    case State::Undoing:
        return true;
    default:
        return false;
    }
}
} // namespace

ImportDialog::ImportDialog(CloudflareClient *client, const QString &accountId, const QList<DatabaseInfo> &databases,
                           const QString &preferredDatabaseId, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_accountId(accountId)
    , m_settings(settings)
    , m_log(new LogModel(5000, this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_target(new ImportTargetChooser(this))
    , m_countRows(new QCheckBox(tr("Count &rows after the import"), this))
    , m_stateLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_detail(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new ImportSummaryView(this))
    , m_logView(new LogView(this))
    , m_report(new ImportReportView(this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo Import…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_prepare(new QPushButton(tr("&Prepare"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import into D1"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setAccessibleName(tr("File to import"));
    m_file->setPlaceholderText(tr("A .sql or .sql.gz dump, or an SQLite database (.sqlite, .sqlite3, .db)"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::onInputsEdited);

    m_target->setDatabases(databases, preferredDatabaseId);
    connect(m_target, &ImportTargetChooser::changed, this, &ImportDialog::onInputsEdited);
    auto *intoLabel = new QLabel(tr("Into:"), this);

    m_countRows->setObjectName(QStringLiteral("importCountRowsCheck"));
    m_countRows->setToolTip(tr("After the import, count the rows of every table on D1 with one query and compare "
                               "them with the file."));
    m_countRows->setChecked(m_settings && m_settings->importCountRows());
    connect(m_countRows, &QCheckBox::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setImportCountRows(on);
        onInputsEdited();
    });
    auto *billingNote = new QLabel(tr("Counting reads every row once, and D1 bills rows read."), this);
    billingNote->setWordWrap(true);
    billingNote->setForegroundRole(QPalette::PlaceholderText);

    m_stateLabel->setObjectName(QStringLiteral("importStateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, ProgressScale);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_detail->setObjectName(QStringLiteral("importProgressDetailLabel"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing()); // numbers changing never move the bar
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long line never widens the dialog

    m_logView->setObjectName(QStringLiteral("importLogView"));
    m_logView->setAccessibleName(tr("Import log"));
    m_logView->setLogModel(m_log);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_summary, tr("&Summary"));
    m_tabs->addTab(m_logView, tr("&Log"));
    m_tabs->addTab(m_report, tr("Repor&t"));

    m_result->setObjectName(QStringLiteral("importResultLabel"));
    m_result->setTextFormat(Qt::PlainText); // may quote D1's words: never rendered as markup
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(2 * m_result->fontMetrics().lineSpacing());
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_resultIcon->setFixedSize(iconSize, iconSize);

    m_undo->setObjectName(QStringLiteral("importUndoButton"));
    m_undo->setToolTip(tr("Restore the database to the Time Travel bookmark taken before the import (asks first)"));
    m_undo->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Stop the import. Before D1 starts loading the file nothing changes on D1."));
    m_cancel->setAutoDefault(false);
    m_prepare->setObjectName(QStringLiteral("importPrepareButton"));
    m_prepare->setToolTip(tr("Turn the file into SQL that D1 loads and show what will be imported; nothing is sent "
                             "to D1 yet"));
    m_import->setObjectName(QStringLiteral("importStartButton"));
    m_import->setToolTip(tr("Upload the prepared SQL and let D1 import it"));
    m_close->setObjectName(QStringLiteral("importCloseButton"));
    m_close->setAutoDefault(false);
    connect(m_undo, &QPushButton::clicked, this, &ImportDialog::askUndo);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_prepare, &QPushButton::clicked, this, &ImportDialog::prepare);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ImportDialog::updateElapsed);

    auto *choices = new QGridLayout;
    choices->addWidget(fileLabel, 0, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    choices->addLayout(fileRow, 0, 1);
    // Level with the first choice's text, not with the top of its taller combo box.
    intoLabel->setContentsMargins(0, qMax(0, (m_target->tabOrder().at(1)->sizeHint().height()
                                               - intoLabel->sizeHint().height()) / 2), 0, 0);
    choices->addWidget(intoLabel, 1, 0, Qt::AlignTop);
    choices->addWidget(m_target, 1, 1);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_countRows);
    countRow->addWidget(billingNote, 1);
    choices->addLayout(countRow, 2, 1);
    choices->setColumnStretch(1, 1);

    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultIcon, 0, Qt::AlignVCenter);
    resultRow->addWidget(m_result, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_prepare);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    auto *progressRow = new QHBoxLayout; // one line for the bar and its figures: the tabs get the height
    progressRow->addWidget(m_progress, 2);
    progressRow->addWidget(m_detail, 3);
    layout->addWidget(m_stateLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(resultRow);
    layout->addLayout(buttons);

    QList<QWidget *> order{m_file, m_browse};
    order += m_target->tabOrder();
    order += QList<QWidget *>{m_countRows, m_tabs, m_undo, m_cancel, m_prepare, m_import, m_close};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    resize(720, 580);
    onStateChanged(State::Idle);
    m_file->setFocus(Qt::OtherFocusReason);
}

ImportDialog::~ImportDialog()
{
    dropController();
}

bool ImportDialog::isBusy() const
{
    return isWorking(m_state);
}

QString ImportDialog::stateText() const
{
    return m_stateLabel->text();
}

QString ImportDialog::resultText() const
{
    return m_result->text();
}

void ImportDialog::log(LogLevel level, const QString &text)
{
    m_log->append(level, text);
    emit logMessage(level, text);
}

QString ImportDialog::problem() const
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty())
        return tr("Choose the file to import.");
    const QFileInfo info(path);
    if (!info.isFile())
        return tr("%1 is not a file that exists: choose the file again.").arg(QDir::toNativeSeparators(path));
    if (!info.isReadable())
        return tr("%1 cannot be read: check its permissions.").arg(QDir::toNativeSeparators(path));
    return m_target->problem();
}

void ImportDialog::chooseFile()
{
    const QString current = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString start = !current.isEmpty() && QFileInfo(current).absoluteDir().exists()
        ? QFileInfo(current).absolutePath()
        : (m_settings ? m_settings->lastImportFolder() : QDir::homePath());
    FileDialog::getOpenFileName(this, tr("Choose the File to Import"), start,
                                tr("SQL dumps and SQLite databases (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;All "
                                   "files (*)"),
                                this, [this](const QString &path) {
                                    if (path.isEmpty())
                                        return;
                                    if (m_settings)
                                        m_settings->setLastImportFolder(QFileInfo(path).absolutePath());
                                    m_file->setText(QDir::toNativeSeparators(path));
                                    m_prepare->setFocus(Qt::OtherFocusReason);
                                });
}

void ImportDialog::onInputsEdited()
{
    // A preview holds for the choices it was made for: any change, and it must be prepared again.
    if (!isWorking(m_state) && m_state != State::Idle) {
        if (m_state == State::Prepared) {
            dropController();
            m_summary->clear();
            log(LogLevel::Info, tr("The choices changed: prepare again."));
        }
        onStateChanged(State::Idle);
    } else if (m_state == State::Idle) {
        onStateChanged(State::Idle); // the line saying what is missing
    }
}

void ImportDialog::dropController()
{
    ImportController *controller = std::exchange(m_controller, nullptr);
    if (!controller)
        return;
    controller->disconnect(this);
    // A prepared file is removed by cancel(); a running import is stopped (D1 goes on with an ingest).
    const State state = controller->state();
    if (isWorking(state) || state == State::Prepared)
        controller->cancel();
    controller->deleteLater();
    m_canUndo = false;
}

void ImportDialog::prepare()
{
    if (isWorking(m_state))
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        setResult(why, Outcome::Warning);
        return;
    }
    dropController();
    ImportRequest request;
    request.accountId = m_accountId;
    request.inputPath = QDir::fromNativeSeparators(m_file->text().trimmed());
    request.compareRowCounts = m_countRows->isChecked();
    if (m_target->createsNew()) {
        request.createName = m_target->newName();
        request.databaseName = request.createName;
    } else {
        const std::optional<DatabaseInfo> database = m_target->database();
        request.databaseId = database->uuid;
        request.databaseName = database->name;
    }
    m_preparedTarget = request.databaseName;

    auto *controller = new ImportController(m_client, this);
    m_controller = controller;
    connect(controller, &ImportController::stateChanged, this, &ImportDialog::onStateChanged);
    connect(controller, &ImportController::logMessage, this, &ImportDialog::log);
    connect(controller, &ImportController::prepareProgress, this, &ImportDialog::onPrepareProgress);
    connect(controller, &ImportController::uploadProgress, this, &ImportDialog::onUploadProgress);
    connect(controller, &ImportController::prepared, this, &ImportDialog::onPrepared);
    connect(controller, &ImportController::finished, this, &ImportDialog::onFinished);
    connect(controller, &ImportController::undoFinished, this, &ImportDialog::onUndoFinished);
    emit controllerCreated(controller);

    m_summary->clear();
    m_report->clear();
    setResult(QString(), Outcome::Neutral);
    m_tabs->setCurrentWidget(m_logView);
    log(LogLevel::Info, tr("Preparing %1 for %2…")
                            .arg(QDir::toNativeSeparators(request.inputPath), m_target->description()));
    onStateChanged(State::Preparing);
    controller->prepare(request);
}

void ImportDialog::confirm()
{
    if (!m_controller || m_state != State::Prepared)
        return;
    m_tabs->setCurrentWidget(m_logView);
    m_controller->confirm();
}

void ImportDialog::cancel()
{
    if (m_state == State::Prepared) { // nothing was sent: the prepared file goes, the choices stay
        dropController();
        m_summary->clear();
        log(LogLevel::Info, tr("Not imported: nothing was sent to D1."));
        setResult(tr("You cancelled before importing: nothing changed on D1."), Outcome::Neutral);
        onStateChanged(State::Idle);
        return;
    }
    if (m_controller && isWorking(m_state) && m_state != State::Undoing)
        m_controller->cancel();
}

void ImportDialog::askUndo()
{
    if (!m_controller || !m_canUndo || isWorking(m_state))
        return;
    const QString name = m_preparedTarget;
    MessageBox::question(this, tr("Undo the Import?"),
                         tr("Restore %1 to the Time Travel bookmark taken before the import?").arg(name),
                         tr("Everything written to %1 since that bookmark is undone: the import, and anything "
                            "else written to it meanwhile. D1 keeps a bookmark of the state before the restore.")
                             .arg(name),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                         [this](QMessageBox::StandardButton answer) {
                             if (answer != QMessageBox::Yes || !m_controller || !m_canUndo || isWorking(m_state))
                                 return;
                             m_canUndo = false;
                             m_tabs->setCurrentWidget(m_logView);
                             m_controller->undo();
                         });
}

void ImportDialog::reject()
{
    if (!isWorking(m_state)) {
        dropController(); // a prepared file is removed
        QDialog::reject();
        return;
    }
    if (m_closeQuestionOpen)
        return;
    m_closeQuestionOpen = true;
    const bool ingesting = m_state == State::Ingesting || m_state == State::Counting || m_state == State::Undoing;
    MessageBox::question(this, tr("Import Running"),
                         ingesting ? tr("D1 is working on %1.").arg(m_preparedTarget)
                                   : tr("The import has not reached D1 yet."),
                         ingesting ? tr("Close anyway? D1 goes on on its own and either completes or rolls back; "
                                        "the database stays blocked until then.")
                                   : tr("Cancel it and close? Nothing changes on D1."),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                         [this](QMessageBox::StandardButton answer) {
                             m_closeQuestionOpen = false;
                             if (answer != QMessageBox::Yes)
                                 return;
                             dropController();
                             QDialog::reject();
                         });
}

// ---------------------------------------------------------------------------------------------
// The controller's signals

void ImportDialog::onStateChanged(State state)
{
    m_state = state;
    if (isWorking(state) || state == State::Prepared)
        m_lastWorkingState = state;
    const QString target = m_preparedTarget;
    QString text;
    switch (state) {
    case State::Idle: {
        const QString why = problem();
        text = why.isEmpty() ? tr("Ready: Prepare turns the file into SQL that D1 loads. Nothing is sent yet.") : why;
        break;
    }
    case State::Preparing:
        text = tr("Preparing the file…");
        break;
    case State::Prepared:
        text = tr("Prepared: check the summary, then Import.");
        break;
    case State::Creating:
        text = tr("Creating the database %1…").arg(target);
        break;
    case State::Bookmarking:
        text = tr("Taking a Time Travel bookmark of %1…").arg(target);
        break;
    case State::Uploading:
        text = tr("Uploading the SQL for %1…").arg(target);
        break;
    case State::Ingesting:
        text = tr("D1 is importing into %1; the database is blocked until it is done…").arg(target);
        break;
    case State::Counting:
        text = tr("Counting the rows of %1 on D1…").arg(target);
        break;
    case State::Succeeded:
        text = tr("Import finished");
        break;
    case State::Failed:
        text = tr("Import failed");
        break;
    case State::Cancelled:
        text = tr("Import cancelled");
        break;
    case State::Undoing:
        text = tr("Restoring %1 to the bookmark taken before the import…").arg(target);
        break;
    case State::Undone:
        text = tr("Import undone");
        break;
    }
    m_stateLabel->setText(text);

    switch (state) {
    case State::Preparing:
    case State::Uploading:
        m_progress->setRange(0, ProgressScale);
        m_progress->setValue(0);
        m_progress->setTextVisible(true);
        m_detail->clear();
        m_clock.start();
        m_tick.start();
        break;
    case State::Creating:
    case State::Bookmarking:
    case State::Ingesting:
    case State::Counting:
    case State::Undoing:
        m_progress->setRange(0, 0); // busy: D1 gives no percentage for these
        m_progress->setTextVisible(false);
        m_clock.start();
        m_tick.start();
        updateElapsed();
        break;
    default:
        m_tick.stop();
        m_progress->setRange(0, ProgressScale);
        m_progress->setTextVisible(false);
        m_progress->setValue(state == State::Succeeded || state == State::Undone || state == State::Prepared
                                 ? ProgressScale
                                 : 0);
        m_detail->clear();
        break;
    }
    updateButtons();
}

void ImportDialog::onPrepareProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setValue(int(qBound(qint64(0), done * ProgressScale / total, qint64(ProgressScale))));
    m_detail->setText(tr("Read %1 of %2").arg(UiFormat::size(done), UiFormat::size(total)));
}

void ImportDialog::onUploadProgress(qint64 sent, qint64 total, double bytesPerSecond)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, ProgressScale);
    m_progress->setValue(int(qBound(qint64(0), sent * ProgressScale / total, qint64(ProgressScale))));
    const QString done = UiFormat::size(sent);
    const QString all = UiFormat::size(total);
    if (bytesPerSecond <= 0) {
        m_detail->setText(tr("Uploaded %1 of %2").arg(done, all));
    } else if (sent >= total) {
        m_detail->setText(tr("Uploaded %1 of %2 · %3").arg(done, all, UiFormat::rate(bytesPerSecond)));
    } else {
        const qint64 leftMs = qint64(double(total - sent) / bytesPerSecond * 1000.0);
        m_detail->setText(tr("Uploaded %1 of %2 · %3 · %4 left")
                              .arg(done, all, UiFormat::rate(bytesPerSecond), UiFormat::timeLeft(leftMs)));
    }
}

void ImportDialog::updateElapsed()
{
    switch (m_state) {
    case State::Ingesting:
        m_detail->setText(tr("D1 has been importing for %1").arg(UiFormat::clock(m_clock.elapsed())));
        break;
    case State::Creating:
    case State::Bookmarking:
    case State::Counting:
    case State::Undoing:
        m_detail->setText(tr("%1 elapsed").arg(UiFormat::clock(m_clock.elapsed())));
        break;
    default:
        break;
    }
}

void ImportDialog::onPrepared(const ImportPreview &preview)
{
    m_summary->showPreview(preview, QDir::fromNativeSeparators(m_file->text().trimmed()), m_preparedTarget);
    m_tabs->setCurrentWidget(m_summary);
    if (m_state != State::Prepared)
        onStateChanged(State::Prepared);
    setResult(preview.existingTables > 0
                  ? tr("%1 already holds tables: read the warning before you import.").arg(m_preparedTarget)
                  : QString(),
              preview.existingTables > 0 ? Outcome::Warning : Outcome::Neutral);
    m_import->setFocus(Qt::OtherFocusReason);
}

void ImportDialog::onFinished(const ImportResult &result)
{
    const State reached = m_lastWorkingState;
    const QString name = result.databaseName.isEmpty() ? m_preparedTarget : result.databaseName;
    const QLocale locale;
    if (result.ok()) {
        m_canUndo = !result.bookmarkBefore.isEmpty();
        m_report->showResult(result);
        m_tabs->setCurrentWidget(m_report);
        QString text = tr("Imported into %1: %2 rows written in %3.")
                           .arg(name, locale.toString(result.rowsWritten), UiFormat::duration(result.elapsedMs));
        if (m_canUndo)
            text += QLatin1Char(' ') + tr("Undo Import restores the bookmark taken before it.");
        setResult(text, Outcome::Good);
    } else if (result.cancelled) {
        m_canUndo = false;
        QString text;
        if (reached == State::Ingesting) {
            text = tr("You stopped following the import, but D1 had already started loading it: D1 either "
                      "completes the import or rolls it back on its own, and %1 stays blocked until then.")
                       .arg(name);
        } else if (reached == State::Counting) {
            text = tr("The import into %1 completed; only the row count was cancelled.").arg(name);
        } else {
            text = tr("You cancelled the import before D1 started loading it: nothing changed in %1.").arg(name);
            if (result.created) // it is deleted again; still set when that failed
                text = tr("You cancelled the import before D1 started loading it. The new database %1 could not "
                          "be deleted again and is empty: see the log.")
                           .arg(name);
        }
        if (reached != State::Preparing && reached != State::Prepared)
            m_report->showResult(result);
        setResult(text, reached == State::Ingesting ? Outcome::Warning : Outcome::Neutral);
    } else {
        m_canUndo = false;
        const ApiError &error = result.error;
        QString text = error.summary();
        // D1's own words, when the summary does not quote them already.
        if (!error.detail().isEmpty() && !text.contains(error.detail()))
            text += QLatin1Char(' ') + error.detail();
        if (!error.advice().isEmpty())
            text += QLatin1Char(' ') + error.advice();
        if (reached != State::Preparing)
            m_report->showResult(result);
        setResult(text, Outcome::Bad);
    }
    updateButtons();
    emit importFinished(result);
}

void ImportDialog::onUndoFinished(const ApiError &error)
{
    m_report->showUndone(error);
    m_tabs->setCurrentWidget(m_report);
    if (error) {
        m_canUndo = true; // it can be tried again
        setResult(tr("Undo failed: %1 %2").arg(error.summary(), error.advice()).trimmed(), Outcome::Bad);
    } else {
        setResult(tr("Undone: %1 is back at the bookmark taken before the import.").arg(m_preparedTarget),
                  Outcome::Good);
    }
    updateButtons();
    emit undoFinished(error);
}

// ---------------------------------------------------------------------------------------------

void ImportDialog::updateButtons()
{
    const bool working = isWorking(m_state);
    // Disabled, not hidden: the choices stay readable while the import runs.
    m_file->setEnabled(!working);
    m_browse->setEnabled(!working);
    m_target->setEnabled(!working);
    m_countRows->setEnabled(!working);
    m_cancel->setEnabled((working && m_state != State::Undoing) || m_state == State::Prepared);
    m_prepare->setEnabled(!working && m_state != State::Prepared && problem().isEmpty());
    m_import->setEnabled(m_state == State::Prepared);
    m_undo->setEnabled(!working && m_canUndo);
    m_prepare->setDefault(m_prepare->isEnabled());
    m_import->setDefault(m_import->isEnabled());
}

void ImportDialog::setResult(const QString &text, Outcome kind)
{
    OutcomeStyle::apply(this, m_resultIcon, m_result, text, kind);
}

} // namespace d1x::ui
