// ImportReportView: an import's outcome in a form a person can read and copy.
#include "ImportReportView.h"

#include "OutcomeStyle.h"
#include "UiFormat.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace d1x::ui {

namespace {
enum Column { TableColumn, InputColumn, RestoredColumn, CheckColumn };
enum FieldRow { DatabaseRow, BookmarkBeforeRow, FinalBookmarkRow, UndoCommandRow };
} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel)
    , m_grid(new QGridLayout)
    , m_figures(new QLabel)
    , m_table(new QTreeWidget)
{
    setObjectName(QStringLiteral("importReportView"));
    m_headline->setObjectName(QStringLiteral("importReportHeadline"));
    m_headline->setTextFormat(Qt::PlainText); // may quote D1's words: never rendered as markup
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_database = addField(DatabaseRow, tr("Database:"), QStringLiteral("importReportDatabaseEdit"), tr("Database"));
    m_bookmarkBefore = addField(BookmarkBeforeRow, tr("Bookmark before:"), QStringLiteral("importReportBookmarkBeforeEdit"),
                                tr("Time Travel bookmark taken before the import"));
    m_finalBookmark = addField(FinalBookmarkRow, tr("Final bookmark:"), QStringLiteral("importReportFinalBookmarkEdit"),
                               tr("Time Travel bookmark after the import"));
    m_undoCommand = addField(UndoCommandRow, tr("Undo from the command line:"),
                             QStringLiteral("importReportUndoCommandEdit"), tr("Command line that undoes the import"));
    m_grid->setColumnStretch(1, 1);

    m_figures->setObjectName(QStringLiteral("importReportFigures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_table->setObjectName(QStringLiteral("importReportTable"));
    m_table->setAccessibleName(tr("Rows per table"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnCount(4);
    m_table->setHeaderLabels({tr("Table"), tr("Rows in the file"), tr("Rows on D1"), tr("Check")});
    m_table->header()->setSectionResizeMode(TableColumn, QHeaderView::Stretch);
    for (int c = InputColumn; c <= CheckColumn; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 6);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    contentLayout->addLayout(m_grid);
    contentLayout->addWidget(m_figures);
    contentLayout->addWidget(m_table, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    clear();
}

QLineEdit *ImportReportView::addField(int row, const QString &title, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(title);
    auto *field = new QLineEdit;
    field->setObjectName(name);
    field->setReadOnly(true); // selectable and copyable, never wrapped mid-bookmark
    field->setAccessibleName(accessibleName);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setBuddy(field);
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(field, row, 1);
    return field;
}

void ImportReportView::clear()
{
    m_databaseName.clear();
    setHeadline(tr("The report of the import appears here: the bookmarks before and after it, and the rows of "
                   "every table."),
                false);
    for (int row = DatabaseRow; row <= UndoCommandRow; ++row) {
        for (int column = 0; column < 2; ++column) {
            if (QLayoutItem *item = m_grid->itemAtPosition(row, column); item && item->widget())
                item->widget()->setVisible(false);
        }
    }
    for (QLineEdit *field : {m_database, m_bookmarkBefore, m_finalBookmark, m_undoCommand})
        field->clear();
    m_figures->clear();
    m_figures->setVisible(false);
    m_table->clear();
    m_table->setVisible(false);
}

void ImportReportView::setHeadline(const QString &text, bool worrying)
{
    m_headline->setText(text);
    OutcomeStyle::setFailing(this, m_headline, worrying);
}

void ImportReportView::showResult(const ImportResult &result)
{
    clear();
    m_databaseName = result.databaseName;
    const QLocale locale;
    if (result.ok()) {
        setHeadline(tr("Imported into %1: %2 rows written by %3 queries.")
                        .arg(result.databaseName, locale.toString(result.rowsWritten), locale.toString(result.numQueries)),
                    false);
    } else if (result.cancelled) {
        setHeadline(tr("The import into %1 was cancelled.").arg(result.databaseName), false);
    } else {
        setHeadline(tr("The import into %1 failed: %2").arg(result.databaseName, result.error.summary()), true);
    }
    const auto show = [this](int row, QLineEdit *field, const QString &text) {
        if (text.isEmpty())
            return;
        field->setText(text);
        field->setCursorPosition(0);
        for (int column = 0; column < 2; ++column)
            m_grid->itemAtPosition(row, column)->widget()->setVisible(true);
    };
    if (!result.databaseName.isEmpty() || !result.databaseId.isEmpty())
        show(DatabaseRow, m_database,
             result.created ? tr("%1 (%2), created for this import").arg(result.databaseName, result.databaseId)
                            : tr("%1 (%2)").arg(result.databaseName, result.databaseId));
    show(BookmarkBeforeRow, m_bookmarkBefore, result.bookmarkBefore);
    show(FinalBookmarkRow, m_finalBookmark, result.finalBookmark);
    if (result.ok())
        show(UndoCommandRow, m_undoCommand, result.undoCommand);

    if (result.ok()) {
        QStringList figures;
        figures << tr("Uploaded %1; D1 ran %2 queries, read %3 rows and wrote %4 in %5.")
                       .arg(UiFormat::size(result.uploadedBytes), locale.toString(result.numQueries),
                            locale.toString(result.rowsRead), locale.toString(result.rowsWritten),
                            UiFormat::duration(result.elapsedMs));
        if (result.sizeAfter > 0)
            figures << tr("The database is now %1.").arg(UiFormat::size(result.sizeAfter));
        if (result.restoredRows.isEmpty())
            figures << tr("Rows on D1 were not counted: turn on \"Count rows after the import\" to compare them "
                          "with the file.");
        m_figures->setText(figures.join(QLatin1Char(' ')));
        m_figures->setVisible(true);
    }

    if (result.inputRows.isEmpty())
        return;
    const bool counted = !result.restoredRows.isEmpty();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int differing = 0;
    for (auto it = result.inputRows.cbegin(); it != result.inputRows.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(TableColumn, it.key());
        item->setText(InputColumn, locale.toString(it.value()));
        item->setTextAlignment(InputColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(RestoredColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!counted || !result.ok()) {
            item->setText(RestoredColumn, tr("not counted"));
            continue;
        }
        const auto restored = result.restoredRows.constFind(it.key());
        if (restored == result.restoredRows.cend()) {
            item->setText(RestoredColumn, tr("missing"));
            item->setText(CheckColumn, tr("not on D1"));
            item->setIcon(CheckColumn, warning);
            ++differing;
        } else if (restored.value() != it.value()) {
            item->setText(RestoredColumn, locale.toString(restored.value()));
            item->setText(CheckColumn, tr("differs by %1").arg(locale.toString(restored.value() - it.value())));
            item->setIcon(CheckColumn, warning);
            ++differing;
        } else {
            item->setText(RestoredColumn, locale.toString(restored.value()));
            item->setText(CheckColumn, tr("matches"));
        }
    }
    m_table->setVisible(true);
    if (differing > 0)
        setHeadline(tr("Imported into %1, but %n table(s) hold another number of rows than the file: see below. A "
                       "database that held rows before the import keeps them.",
                       nullptr, differing)
                        .arg(result.databaseName),
                    true);
}

void ImportReportView::showUndone(const ApiError &error)
{
    if (error)
        setHeadline(tr("Undo failed: %1 %2 is as the import left it.").arg(error.summary(), m_databaseName), true);
    else
        setHeadline(tr("Undone: %1 is back at the bookmark taken before the import.").arg(m_databaseName), false);
}

QString ImportReportView::headline() const
{
    return m_headline->text();
}

QString ImportReportView::bookmarkBefore() const
{
    return m_bookmarkBefore->text();
}

QString ImportReportView::finalBookmark() const
{
    return m_finalBookmark->text();
}

} // namespace d1x::ui
