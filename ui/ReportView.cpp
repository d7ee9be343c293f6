// ReportView: the proof of an export (or a backup run) in a form a person can read and copy.
#include "ReportView.h"

#include "OutcomeStyle.h"
#include "UiFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace d1x::ui {

namespace {
enum ExportColumn { TableColumn, DumpRowsColumn, LiveRowsColumn, CheckColumn };
enum BackupColumn { DatabaseColumn, ResultColumn, SizeColumn, RowsColumn, ChecksumColumn };

QString hex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}

} // namespace

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel)
    , m_filesGrid(new QGridLayout)
    , m_table(new QTreeWidget)
    , m_notes(new QLabel)
{
    setObjectName(QStringLiteral("reportView"));
    m_headline->setObjectName(QStringLiteral("reportHeadline"));
    m_headline->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_sqlFile = makeFileRow(m_filesGrid, 0, QStringLiteral("sql"));
    m_sqliteFile = makeFileRow(m_filesGrid, 2, QStringLiteral("sqlite"));
    m_sqlFile.copy->setObjectName(QStringLiteral("copyChecksumButton"));
    m_filesGrid->setColumnStretch(1, 1);

    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Report"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setStretchLastSection(true);

    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // The table keeps room for a few rows; in a small window the report scrolls as a whole.
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 8);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    contentLayout->addLayout(m_filesGrid);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_notes);
    contentLayout->addStretch(0);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    clear();
}

void ReportView::clear()
{
    m_backupFolder.clear();
    setHeadline(tr("The report of the next export appears here: the saved files with their SHA-256, and "
                   "the rows of every table when the dump is checked."),
                false);
    m_sqlFile.hide();
    m_sqliteFile.hide();
    m_table->clear();
    m_table->setColumnCount(0);
    m_table->setVisible(false);
    m_notes->clear();
    m_notes->setVisible(false);
}

void ReportView::setHeadline(const QString &text, bool worrying)
{
    m_headline->setText(text);
    OutcomeStyle::setFailing(this, m_headline, worrying);
}

ReportView::FileRow ReportView::makeFileRow(QGridLayout *grid, int row, const QString &name)
{
    FileRow r;
    r.title = new QLabel;
    r.path = new QLabel;
    r.path->setObjectName(name + QStringLiteral("FileLabel"));
    r.path->setWordWrap(true);
    r.path->setTextFormat(Qt::PlainText);
    r.path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    r.checksumTitle = new QLabel(tr("SHA-256:"));
    r.checksum = new QLineEdit;
    r.checksum->setObjectName(name + QStringLiteral("ChecksumEdit"));
    r.checksum->setReadOnly(true);
    r.checksum->setAccessibleName(tr("SHA-256 checksum"));
    r.checksum->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    r.checksumTitle->setBuddy(r.checksum);
    r.copy = new QPushButton(tr("Copy"));
    r.copy->setObjectName(name + QStringLiteral("CopyChecksumButton"));
    r.copy->setToolTip(tr("Copy the SHA-256 checksum to the clipboard"));
    r.copy->setAutoDefault(false);
    QLineEdit *field = r.checksum;
    connect(r.copy, &QPushButton::clicked, this, [field] { QApplication::clipboard()->setText(field->text()); });
    grid->addWidget(r.title, row, 0, Qt::AlignTop);
    grid->addWidget(r.path, row, 1, 1, 2);
    grid->addWidget(r.checksumTitle, row + 1, 0);
    grid->addWidget(r.checksum, row + 1, 1);
    grid->addWidget(r.copy, row + 1, 2);
    return r;
}

void ReportView::FileRow::set(const QString &kind, const QString &file, qint64 bytes, const QByteArray &sha256)
{
    title->setText(kind);
    path->setText(ReportView::tr("%1 (%2)").arg(QDir::toNativeSeparators(file), UiFormat::size(bytes)));
    checksum->setText(hex(sha256));
    checksum->setCursorPosition(0);
    title->setVisible(true);
    path->setVisible(true);
    setChecksumVisible(!sha256.isEmpty());
}

void ReportView::FileRow::setChecksumVisible(bool visible)
{
    checksumTitle->setVisible(visible);
    checksum->setVisible(visible);
    copy->setVisible(visible);
}

void ReportView::FileRow::hide()
{
    title->setVisible(false);
    path->setVisible(false);
    setChecksumVisible(false);
    checksum->clear();
}

void ReportView::showExport(const ExportResult &result)
{
    clear();
    if (!result.ok()) {
        setHeadline(result.error.kind() == ApiError::Kind::Cancelled
                        ? tr("The export was cancelled; nothing was saved.")
                        : tr("Nothing was saved: %1").arg(result.error.summary()),
                    result.error.kind() != ApiError::Kind::Cancelled);
        return;
    }
    const VerifyReport &check = result.verification;
    if (check.status == VerifyReport::Status::NotRun)
        setHeadline(tr("Saved, not checked: turn on \"Check the dump after saving\" to prove that it loads."), false);
    else
        setHeadline(check.summary(), !check.ok()); // statements too long for D1 are a caveat, not a failure
    const ValueRepairReport &exact = result.repair;
    const bool exactFailed = exact.status == ValueRepairReport::Status::Changed
        || exact.status == ValueRepairReport::Status::Failed;
    if (exactFailed) // values left as D1 rounded them outweigh the rest
        setHeadline(exact.summary(), true);
    const LiveValueReport &values = result.liveValues;
    if (values.status != LiveValueReport::Status::NotRun && !values.ok() && !exactFailed)
        setHeadline(values.summary(), true);

    if (!result.path.isEmpty())
        m_sqlFile.set(result.compressed ? tr("Compressed SQL dump:") : tr("SQL dump:"), result.path,
                      result.fileBytes > 0 ? result.fileBytes : result.bytes, result.sha256);
    if (!check.sqlitePath.isEmpty())
        m_sqliteFile.set(tr("SQLite database:"), check.sqlitePath, check.sqliteBytes, check.sqliteSha256);

    if (!check.tables.isEmpty()) {
        const QLocale locale;
        m_table->setColumnCount(check.comparedWithLive ? 4 : 2);
        QStringList headers{tr("Table"), tr("Rows in the dump")};
        if (check.comparedWithLive)
            headers << tr("Rows on D1") << tr("Check");
        m_table->setHeaderLabels(headers);
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (const TableCount &count : check.tables) {
            auto *item = new QTreeWidgetItem(m_table);
            item->setText(TableColumn, count.table);
            item->setText(DumpRowsColumn, count.dumpRows < 0 ? tr("missing") : locale.toString(count.dumpRows));
            item->setTextAlignment(DumpRowsColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (!check.comparedWithLive)
                continue;
            item->setText(LiveRowsColumn, count.liveRows < 0 ? tr("not counted") : locale.toString(count.liveRows));
            item->setTextAlignment(LiveRowsColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (count.liveRows >= 0 && count.dumpRows != count.liveRows) {
                item->setText(CheckColumn, count.dumpRows < 0 ? tr("missing from the dump")
                                                              : tr("differs by %1").arg(locale.toString(
                                                                    count.dumpRows - count.liveRows)));
                item->setIcon(CheckColumn, warning);
            } else if (count.liveRows >= 0) {
                item->setText(CheckColumn, tr("matches"));
            }
        }
        m_table->header()->setSectionResizeMode(TableColumn, QHeaderView::Stretch);
        for (int c = 1; c < m_table->columnCount(); ++c)
            m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        m_table->setVisible(true);
    }

    QStringList notes;
    // How many values D1 had rounded or broken (64-bit integers, infinities), and that they were restored.
    if (exact.status == ValueRepairReport::Status::Repaired || exactFailed) {
        notes << exact.summary();
        for (const QString &example : exact.changedExamples)
            notes << example;
    }
    if (values.status != LiveValueReport::Status::NotRun) {
        notes << values.summary();
        notes << values.examples;
    }
    if (!result.virtualTables.isEmpty())
        notes << tr("Virtual tables D1 cannot export, recreated at the end of the dump: %1.")
                     .arg(result.virtualTables.join(QLatin1String(", ")));
    if (!result.addedRelatedObjects.isEmpty())
        notes << tr("Indexes and triggers of the chosen tables, added to D1's table filter: %1.")
                     .arg(result.addedRelatedObjects.join(QLatin1String(", ")));
    if (check.longStatements > 0) {
        QStringList examples;
        const QLocale locale;
        for (const LongStatement &s : check.longExamples)
            examples << (s.table.isEmpty() ? tr("statement %1 (%2)").arg(locale.toString(s.number), UiFormat::size(s.bytes))
                                           : tr("statement %1 (%2, table %3)")
                                                 .arg(locale.toString(s.number), UiFormat::size(s.bytes), s.table));
        notes << tr("Statements over D1's 100 KB limit, which would not load back into D1 as they are: %1.")
                     .arg(examples.join(QLatin1String("; ")));
    }
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void ReportView::beginBackup(const QString &folder)
{
    clear();
    m_backupFolder = folder;
    setHeadline(tr("Backing up into %1…").arg(QDir::toNativeSeparators(folder)), false);
    m_table->setColumnCount(5);
    m_table->setHeaderLabels({tr("Database"), tr("Result"), tr("Size"), tr("Rows"), tr("SHA-256")});
    m_table->header()->setSectionResizeMode(DatabaseColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(ChecksumColumn, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    m_table->setVisible(true);
}

void ReportView::setBackupDatabases(const QList<DatabaseInfo> &databases)
{
    m_table->clear();
    for (const DatabaseInfo &db : databases) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(DatabaseColumn, db.name);
        item->setText(ResultColumn, tr("Waiting"));
        item->setToolTip(DatabaseColumn, db.uuid);
    }
}

void ReportView::setBackupRunning(int index)
{
    if (QTreeWidgetItem *item = m_table->topLevelItem(index)) {
        item->setText(ResultColumn, tr("Exporting…"));
        m_table->scrollToItem(item);
    }
}

void ReportView::setBackupEntry(int index, const BackupEntry &entry)
{
    QTreeWidgetItem *item = m_table->topLevelItem(index);
    if (!item)
        item = new QTreeWidgetItem(m_table);
    const ExportResult &r = entry.result;
    const VerifyReport &check = r.verification;
    item->setText(DatabaseColumn, entry.database);
    if (!entry.uuid.isEmpty())
        item->setToolTip(DatabaseColumn, entry.uuid);
    QString result;
    if (!r.ok())
        result = r.error.summary();
    else if (r.repair.status == ValueRepairReport::Status::Changed || r.repair.status == ValueRepairReport::Status::Failed)
        result = r.repair.summary();
    else if (r.liveValues.status != LiveValueReport::Status::NotRun && !r.liveValues.ok())
        result = r.liveValues.summary();
    else if (check.status == VerifyReport::Status::NotRun)
        result = tr("Saved");
    else if (check.ok() && check.longStatements == 0)
        result = tr("Saved and verified");
    else if (check.ok())
        result = tr("Saved and verified; %n statement(s) too long to load back into D1", nullptr,
                    int(qMin<qint64>(check.longStatements, INT_MAX)));
    else
        result = check.summary();
    item->setText(ResultColumn, result);
    item->setToolTip(ResultColumn, result);
    const QStyle::StandardPixmap icon = !r.ok() ? QStyle::SP_MessageBoxCritical
        : entry.ok()                            ? QStyle::SP_DialogApplyButton
                                                : QStyle::SP_MessageBoxWarning;
    item->setIcon(ResultColumn, style()->standardIcon(icon));
    const QLocale locale;
    item->setText(SizeColumn, r.ok() ? UiFormat::size(r.fileBytes > 0 ? r.fileBytes : r.bytes) : QString());
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(RowsColumn, check.status == VerifyReport::Status::NotRun || check.tables.isEmpty()
                                  ? QString()
                                  : locale.toString(check.rows));
    item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(ChecksumColumn, hex(r.sha256));
    if (!entry.file.isEmpty())
        item->setToolTip(ChecksumColumn, entry.file);
}

void ReportView::showBackup(const BackupSummary &summary)
{
    const QString folder = QDir::toNativeSeparators(m_backupFolder);
    if (summary.error) {
        setHeadline(tr("The backup could not start: %1").arg(summary.error.summary()), true);
    } else {
        m_table->clear();
        for (int i = 0; i < summary.entries.size(); ++i)
            setBackupEntry(i, summary.entries.at(i));
        const int count = int(summary.entries.size());
        QString text = tr("Backed up %1 of %n database(s) into %2.", nullptr, count)
                           .arg(summary.succeeded())
                           .arg(folder);
        if (summary.failed() > 0)
            text += QLatin1Char(' ') + tr("%n did not succeed: see the Result column.", nullptr, summary.failed());
        if (summary.cancelled)
            text += QLatin1Char(' ') + tr("You cancelled the rest.");
        setHeadline(text, !summary.ok());
    }
    if (!summary.manifestPath.isEmpty() && summary.manifestError.isEmpty()) {
        const QFileInfo manifest(summary.manifestPath);
        m_sqlFile.set(tr("Manifest:"), summary.manifestPath, manifest.size(), {});
    }
    if (!summary.manifestError.isEmpty()) {
        m_notes->setText(tr("The manifest could not be written: %1").arg(summary.manifestError));
        m_notes->setVisible(true);
    }
}

QString ReportView::headline() const
{
    return m_headline->text();
}

QString ReportView::details() const
{
    QStringList lines;
    for (const FileRow *row : {&m_sqlFile, &m_sqliteFile}) {
        if (!row->path->isVisibleTo(this))
            continue;
        lines << row->title->text() + QLatin1Char(' ') + row->path->text();
        if (!row->checksum->text().isEmpty())
            lines << row->checksumTitle->text() + QLatin1Char(' ') + row->checksum->text();
    }
    lines << m_notes->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace d1x::ui
