// TablePicker: filterable checkable table list and the content option.
#include "TablePicker.h"

#include "DependencyNote.h"

#include "TableListModel.h"
#include "SearchLineEdit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace d1x::ui {

TablePicker::TablePicker(QWidget *parent)
    : QGroupBox(tr("Tables"), parent)
    , m_filter(new SearchLineEdit(this))
    , m_selectAll(new QPushButton(tr("Select a&ll"), this))
    , m_selectNone(new QPushButton(tr("Select &none"), this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_virtualNote(new QLabel(this))
    , m_dependencies(new DependencyNote(this))
    , m_content(new QComboBox(this))
    , m_model(new TableListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("tablePicker"));

    m_filter->setObjectName(QStringLiteral("tableFilterEdit"));
    m_filter->setPlaceholderText(tr("Table name"));
    m_filter->setAccessibleName(tr("Filter tables"));
    auto *filterLabel = new QLabel(tr("Filter ta&bles:"), this);
    filterLabel->setBuddy(m_filter);

    m_selectAll->setObjectName(QStringLiteral("selectAllButton"));
    m_selectAll->setToolTip(tr("Check every table the filter shows"));
    m_selectAll->setAutoDefault(false);
    m_selectNone->setObjectName(QStringLiteral("selectNoneButton"));
    m_selectNone->setToolTip(tr("Uncheck every table the filter shows"));
    m_selectNone->setAutoDefault(false);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setVisibleChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setVisibleChecked(false); });

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(TableListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(text.trimmed()); });

    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setAccessibleName(tr("Tables to export"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TableListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TableListModel::TypeColumn, QHeaderView::ResizeToContents);
    auto *listLabel = new QLabel(tr("Tables to e&xport:"), this);
    listLabel->setBuddy(m_view);

    m_summary->setObjectName(QStringLiteral("tableSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_summary->setWordWrap(true);
    m_virtualNote->setObjectName(QStringLiteral("virtualTablesNote"));
    m_virtualNote->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_virtualNote->setWordWrap(true);
    m_virtualNote->setText(tr("This database has virtual tables (FTS5 and the like). D1 cannot export them "
                              "itself: D1 Exporter recreates them at the end of the dump."));
    m_virtualNote->setVisible(false);

    m_content->setObjectName(QStringLiteral("contentCombo"));
    m_content->addItem(tr("Schema and data"), int(AppSettings::Content::SchemaAndData));
    m_content->addItem(tr("Schema only"), int(AppSettings::Content::SchemaOnly));
    m_content->addItem(tr("Data only"), int(AppSettings::Content::DataOnly));
    m_content->setAccessibleName(tr("Content to export"));
    m_content->setToolTip(tr("Schema only: CREATE statements without rows. Data only: INSERT statements "
                             "for tables that already exist."));
    auto *contentLabel = new QLabel(tr("&Content:"), this);
    contentLabel->setBuddy(m_content);
    connect(m_content, &QComboBox::currentIndexChanged, this, [this] { emit contentChanged(content()); });

    connect(m_dependencies, &DependencyNote::addRequested, this, &TablePicker::checkTables);
    connect(m_model, &TableListModel::checkedChanged, this, [this] {
        updateSummary();
        emit selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePicker::updateSummary);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);

    // Under the list, as in DB Browser for SQLite's export dialog: the count beside the buttons that change it.
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(m_summary, 1);
    selectRow->addWidget(m_selectAll, 0, Qt::AlignTop);
    selectRow->addWidget(m_selectNone, 0, Qt::AlignTop);

    auto *contentRow = new QHBoxLayout;
    contentRow->addWidget(contentLabel);
    contentRow->addWidget(m_content);
    contentRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(selectRow);
    layout->addWidget(m_virtualNote);
    layout->addWidget(m_dependencies);
    layout->addLayout(contentRow);

    clear(tr("Choose a database to see its tables."));
}

void TablePicker::setLoading(const QString &text)
{
    m_model->clear();
    m_objects.clear();
    m_statusOverride = text;
    m_statusIsError = false;
    updateSummary();
}

void TablePicker::setSchemaObjects(const QList<TableInfo> &objects)
{
    m_statusOverride.clear();
    m_statusIsError = false;
    m_filter->clear();
    m_objects = objects;
    m_model->setSchemaObjects(objects);
    updateSummary();
    emit selectionChanged();
}

void TablePicker::setError(const QString &text)
{
    m_model->clear();
    m_objects.clear();
    m_statusOverride = text;
    m_statusIsError = true;
    updateSummary();
    emit selectionChanged();
}

void TablePicker::clear(const QString &text)
{
    m_model->clear();
    m_objects.clear();
    m_statusOverride = text;
    m_statusIsError = false;
    updateSummary();
    emit selectionChanged();
}

bool TablePicker::hasTables() const
{
    return m_model->rowCount() > 0;
}

int TablePicker::checkedCount() const
{
    return m_model->checkedCount();
}

QStringList TablePicker::tablesForExport() const
{
    return m_model->tablesForExport();
}

AppSettings::Content TablePicker::content() const
{
    return AppSettings::Content(m_content->currentData().toInt());
}

void TablePicker::setContent(AppSettings::Content content)
{
    m_content->setCurrentIndex(qMax(0, m_content->findData(int(content))));
}

ExportOptions TablePicker::exportOptions() const
{
    ExportOptions options;
    options.tables = tablesForExport();
    options.noData = content() == AppSettings::Content::SchemaOnly;
    options.noSchema = content() == AppSettings::Content::DataOnly;
    return options;
}

void TablePicker::setVisibleChecked(bool checked)
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    m_model->setChecked(rows, checked);
}

void TablePicker::checkTables(const QStringList &names)
{
    QList<int> rows;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (names.contains(m_model->index(r, TableListModel::NameColumn).data().toString(), Qt::CaseInsensitive))
            rows.append(r);
    m_model->setChecked(rows, true);
}

void TablePicker::updateSummary()
{
    QPalette pal = palette();
    if (m_statusIsError)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_summary->setPalette(pal);
    m_virtualNote->setVisible(m_model->virtualCount() > 0);
    m_dependencies->refresh(m_objects, exportOptions());
    const bool any = m_model->rowCount() > 0;
    m_selectAll->setEnabled(any);
    m_selectNone->setEnabled(any);
    m_filter->setEnabled(any);
    if (!m_statusOverride.isEmpty()) {
        m_summary->setText(m_statusOverride);
        return;
    }
    const int total = m_model->rowCount();
    const int checked = m_model->checkedCount();
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("This database has no tables."));
    else if (checked == 0)
        m_summary->setText(tr("No table is checked: check at least one to export."));
    else if (checked == total)
        m_summary->setText(tr("Checked: all %n", nullptr, total));
    else
        m_summary->setText(tr("Checked: %1 of %n", nullptr, total).arg(checked));
}

QList<QWidget *> TablePicker::tabOrder() const
{
    return {m_filter, m_view, m_selectAll, m_selectNone, m_content};
}

} // namespace d1x::ui
