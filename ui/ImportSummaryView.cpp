// ImportSummaryView: the prepared import in figures, and the warnings that go with it.
#include "ImportSummaryView.h"

#include "UiFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace d1x::ui {

namespace {
enum Column { TableColumn, RowsColumn };

// "a, b, c and 4 more": a long list of names stays one readable line.
QString someNames(const QStringList &names, int shown = 6)
{
    if (names.size() <= shown)
        return names.join(QLatin1String(", "));
    return ImportSummaryView::tr("%1 and %n more", nullptr, int(names.size() - shown))
        .arg(names.mid(0, shown).join(QLatin1String(", ")));
}

QLabel *plainLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // file and table names are the user's: never rendered as markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ImportSummaryView::ImportSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_headline(plainLabel(QStringLiteral("importSummaryHeadline")))
    , m_figures(plainLabel(QStringLiteral("importSummaryFigures")))
    , m_table(new QTreeWidget)
    , m_warningIcon(new QLabel)
    , m_warning(plainLabel(QStringLiteral("importSummaryWarning")))
    , m_note(plainLabel(QStringLiteral("importSummaryNote")))
{
    setObjectName(QStringLiteral("importSummaryView"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_table->setObjectName(QStringLiteral("importSummaryTable"));
    m_table->setAccessibleName(tr("Tables and rows in the file"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Table"), tr("Rows")});
    m_table->header()->setSectionResizeMode(TableColumn, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 5);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_warningIcon->setAlignment(Qt::AlignTop);
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xa0, 0x3c, 0x00));
    m_warning->setPalette(warningPalette);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);

    // Figures left, tables right: the dialog's width is there to use, its height is not.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_figures);
    left->addLayout(warningRow);
    left->addWidget(m_note);
    left->addStretch(1);
    columns->addLayout(left, 3);
    columns->addWidget(m_table, 2);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    contentLayout->addLayout(columns, 1);
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

void ImportSummaryView::clear()
{
    m_headline->setText(tr("Choose the file and where it goes, then Prepare. Nothing is sent to D1 before you "
                           "confirm: the file is first turned into SQL that D1 loads, and its figures appear "
                           "here."));
    m_figures->clear();
    m_figures->setVisible(false);
    m_table->clear();
    m_table->setVisible(false);
    m_warning->clear();
    m_warning->setToolTip(QString());
    m_warning->setVisible(false);
    m_warningIcon->setVisible(false);
    m_note->clear();
    m_note->setVisible(false);
}

void ImportSummaryView::showPreview(const ImportPreview &preview, const QString &inputPath, const QString &targetName)
{
    clear();
    const ImportPreparation &prep = preview.preparation;
    const QLocale locale;
    qint64 rows = 0;
    for (auto it = prep.rowsPerTable.cbegin(); it != prep.rowsPerTable.cend(); ++it)
        rows += it.value();

    m_headline->setText(preview.existingTables < 0
                            ? tr("Ready to create %1 and import into it. Check the figures, then Import.").arg(targetName)
                            : tr("Ready to import into %1. Check the figures, then Import.").arg(targetName));

    QStringList lines;
    lines << tr("File: %1 (%2)").arg(QFileInfo(inputPath).fileName(), UiFormat::size(QFileInfo(inputPath).size()));
    m_figures->setToolTip(QDir::toNativeSeparators(inputPath));
    lines << tr("To upload: %1 of SQL in %2 statements").arg(UiFormat::size(prep.bytes), locale.toString(prep.statements));
    lines << tr("Tables: %1, with %2 rows").arg(locale.toString(prep.tables.size()), locale.toString(rows));
    if (!prep.virtualTables.isEmpty())
        lines << tr("Virtual tables recreated: %1").arg(someNames(prep.virtualTables));
    lines << (prep.splitRows > 0 ? tr("Rows longer than D1's 100 KB statement limit, written in pieces that D1 "
                                      "joins again: %1")
                                       .arg(locale.toString(prep.splitRows))
                                 : tr("Rows written in pieces: none"));
    if (prep.skipped.isEmpty()) {
        lines << tr("Left out: nothing");
    } else {
        lines << tr("Left out:");
        for (const QString &why : prep.skipped)
            lines << QStringLiteral("  • ") + why;
    }
    m_figures->setText(lines.join(QLatin1Char('\n')));
    m_figures->setVisible(true);

    for (const QString &table : prep.tables) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(TableColumn, prep.virtualTables.contains(table) ? tr("%1 (virtual)").arg(table) : table);
        item->setText(RowsColumn, locale.toString(prep.rowsPerTable.value(table)));
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->setVisible(!prep.tables.isEmpty());

    if (preview.existingTables > 0) {
        QStringList both;
        for (const QString &table : prep.tables) {
            if (preview.existingTableNames.contains(table, Qt::CaseInsensitive))
                both << table;
        }
        QString warning = tr("%1 already holds %n table(s). The import runs on top of them: it adds rows, and can "
                             "change or overwrite what is there.",
                             nullptr, preview.existingTables)
                              .arg(targetName);
        if (!both.isEmpty())
            warning += QLatin1Char(' ') + tr("In the file too: %1.").arg(someNames(both, 4));
        warning += QLatin1Char(' ')
            + tr("A Time Travel bookmark of %1 is taken first: Undo Import goes back to it.").arg(targetName);
        m_warning->setToolTip(tr("Tables %1 holds now: %2").arg(targetName, preview.existingTableNames.join(QLatin1String(", "))));
        m_warning->setText(warning);
        m_warning->setVisible(true);
        m_warningIcon->setVisible(true);
    }

    QStringList notes;
    if (preview.existingTables < 0)
        notes << tr("%1 is created first, then the file is imported into it.").arg(targetName);
    else if (preview.existingTables == 0)
        notes << tr("%1 holds no tables yet.").arg(targetName);
    notes << tr("While D1 imports, it blocks the database: queries and exports of it wait until the import "
                "completes. D1 imports all or nothing: if the import fails, the database stays as it was.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(true);
}

QString ImportSummaryView::figuresText() const
{
    return m_figures->text();
}

QString ImportSummaryView::warningText() const
{
    return m_warning->text(); // cleared whenever it is hidden
}

} // namespace d1x::ui
