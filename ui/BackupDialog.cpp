// BackupDialog: choosing the databases, the folder and the options of a backup run.
#include "BackupDialog.h"

#include "AppSettings.h"
#include "FileDialog.h"
#include "SearchLineEdit.h"
#include "UiFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace d1x::ui {

namespace {
constexpr int UuidRole = Qt::UserRole + 1;
}

BackupDialog::BackupDialog(const QList<DatabaseInfo> &databases, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_filter(new SearchLineEdit(this))
    , m_all(new QCheckBox(tr("Back up &all databases of the account, also ones created later"), this))
    , m_list(new QListWidget(this))
    , m_selectAll(new QPushButton(tr("Select a&ll"), this))
    , m_selectNone(new QPushButton(tr("Select &none"), this))
    , m_count(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_gzip(new QCheckBox(tr("Compress with &gzip (.sql.gz)"), this))
    , m_sqlite(new QCheckBox(tr("Also save each as an S&QLite database"), this))
    , m_verify(new QCheckBox(tr("Chec&k each dump after saving"), this))
    , m_liveCounts(new QCheckBox(tr("Compare row counts with &D1"), this))
    , m_liveValues(new QCheckBox(tr("Compare &values with D1"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back Up Databases"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    m_filter->setObjectName(QStringLiteral("backupFilterEdit"));
    m_filter->setPlaceholderText(tr("Database name"));
    m_filter->setAccessibleName(tr("Filter databases"));
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });

    m_all->setObjectName(QStringLiteral("backupAllCheck"));
    m_list->setObjectName(QStringLiteral("backupDatabaseList"));
    m_list->setAccessibleName(tr("Databases to back up"));
    m_list->setUniformItemSizes(true);
    for (const DatabaseInfo &db : databases) {
        auto *item = new QListWidgetItem(db.name, m_list);
        item->setData(UuidRole, db.uuid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(db.fileSize > 0 ? tr("%1 · %2").arg(db.uuid, UiFormat::size(db.fileSize)) : db.uuid);
    }
    auto *listLabel = new QLabel(tr("Databases to back &up:"), this);
    listLabel->setBuddy(m_list);
    m_selectAll->setObjectName(QStringLiteral("backupSelectAllButton"));
    m_selectAll->setAutoDefault(false);
    m_selectNone->setObjectName(QStringLiteral("backupSelectNoneButton"));
    m_selectNone->setAutoDefault(false);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setVisibleChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setVisibleChecked(false); });
    connect(m_list, &QListWidget::itemChanged, this, &BackupDialog::updateState);
    connect(m_all, &QCheckBox::toggled, this, &BackupDialog::updateState);

    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_folder->setPlaceholderText(tr("Folder for the dumps and manifest.json"));
    QString folder = m_settings ? m_settings->lastBackupFolder() : QString();
    if (folder.isEmpty())
        folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                     .filePath(tr("D1 backups"));
    m_folder->setText(QDir::toNativeSeparators(folder));
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_browse->setObjectName(QStringLiteral("backupBrowseButton"));
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupDialog::updateState);

    m_gzip->setObjectName(QStringLiteral("backupGzipCheck"));
    m_sqlite->setObjectName(QStringLiteral("backupSqliteCheck"));
    m_verify->setObjectName(QStringLiteral("backupVerifyCheck"));
    m_verify->setToolTip(tr("Load each saved dump into a temporary SQLite database: row counts per table, and "
                            "statements too long to load back into D1."));
    m_liveCounts->setObjectName(QStringLiteral("backupLiveCountsCheck"));
    m_liveCounts->setToolTip(tr("Before each export, count the rows of every table on D1 with one query and "
                                "compare them with the dump."));
    m_liveValues->setObjectName(QStringLiteral("backupLiveValuesCheck"));
    m_liveValues->setToolTip(tr("After saving, load each dump once more and compare every table's values with D1's "
                                "by fingerprints (the same SQL on both sides)."));
    if (m_settings) {
        m_gzip->setChecked(m_settings->gzipOutput());
        m_sqlite->setChecked(m_settings->saveSqliteCopy());
        m_verify->setChecked(m_settings->verifyAfterExport());
        m_liveCounts->setChecked(m_settings->compareLiveCounts());
        m_liveValues->setChecked(m_settings->compareLiveValues());
    } else {
        m_verify->setChecked(true);
    }
    connect(m_sqlite, &QCheckBox::toggled, this, &BackupDialog::updateState);
    connect(m_liveCounts, &QCheckBox::toggled, this, &BackupDialog::updateState);
    auto *billingNote = new QLabel(tr("Counting reads every row once, comparing values once more, and D1 bills "
                                      "rows read."), this);
    billingNote->setWordWrap(true);
    billingNote->setForegroundRole(QPalette::PlaceholderText);

    m_problem->setObjectName(QStringLiteral("backupProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_problem->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Back Up"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("backupStartButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupDialog::acceptChoices);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(m_count, 1);
    selectRow->addWidget(m_selectAll);
    selectRow->addWidget(m_selectNone);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_all);
    layout->addLayout(filterRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(selectRow);
    layout->addLayout(folderRow);
    layout->addWidget(m_gzip);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_verify);
    layout->addWidget(m_liveCounts);
    layout->addWidget(m_liveValues);
    layout->addWidget(billingNote);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, 560);
    updateState();
}

QStringList BackupDialog::checkedDatabases() const
{
    QStringList uuids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            uuids << m_list->item(i)->data(UuidRole).toString();
    }
    return uuids;
}

BackupRequest BackupDialog::request() const
{
    BackupRequest request;
    request.allDatabases = m_all->isChecked();
    if (!request.allDatabases)
        request.databases = checkedDatabases();
    request.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    request.gzip = m_gzip->isChecked();
    request.sqliteCopy = m_sqlite->isChecked();
    request.exportTemplate.compareLiveCounts = m_liveCounts->isChecked();
    request.exportTemplate.compareLiveValues = m_liveValues->isChecked();
    // Shown checked (and locked) whenever the SQLite copy or the live counts need it.
    request.exportTemplate.verify = m_verify->isChecked();
    if (m_settings) // the Options box's time limit, per database
        request.exportTemplate.timeLimitMs = qint64(m_settings->timeLimitMinutes()) * 60 * 1000;
    return request;
}

void BackupDialog::setVisibleChecked(bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->isHidden())
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void BackupDialog::updateState()
{
    const bool all = m_all->isChecked();
    m_list->setEnabled(!all);
    m_filter->setEnabled(!all);
    m_selectAll->setEnabled(!all && m_list->count() > 0);
    m_selectNone->setEnabled(!all && m_list->count() > 0);
    const int checked = int(checkedDatabases().size());
    if (all)
        m_count->setText(tr("Every database the account has when the backup starts."));
    else
        m_count->setText(tr("Checked: %1 of %n", nullptr, int(m_list->count())).arg(checked));
    // The SQLite copy and the live counts are found by loading the dump: the check is implied.
    const bool implied = m_sqlite->isChecked() || m_liveCounts->isChecked();
    m_verify->setEnabled(!implied);
    if (implied)
        m_verify->setChecked(true);

    QString problem;
    if (!all && checked == 0)
        problem = tr("Check at least one database, or back up all of them.");
    else if (m_folder->text().trimmed().isEmpty())
        problem = tr("Choose the folder the backups go into.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void BackupDialog::chooseFolder()
{
    FileDialog::getExistingDirectory(this, tr("Folder for the Backups"),
                                     QDir::fromNativeSeparators(m_folder->text().trimmed()), this,
                                     [this](const QString &folder) {
                                         if (!folder.isEmpty())
                                             m_folder->setText(QDir::toNativeSeparators(folder));
                                     });
}

void BackupDialog::acceptChoices()
{
    const BackupRequest choices = request();
    if (m_settings) {
        m_settings->setLastBackupFolder(choices.folder);
        m_settings->setGzipOutput(choices.gzip);
        // The check, the SQLite copy and the live comparisons start from the single export's options and
        // are not written back: a choice made for one backup run does not change the Options box.
    }
    emit backupRequested(choices);
    accept();
}

} // namespace d1x::ui
