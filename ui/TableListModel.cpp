// TableListModel: check states and the export selection.
#include "TableListModel.h"

#include "ExportPlan.h"

#include <algorithm>

namespace d1x::ui {

TableListModel::TableListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? row.info.name : typeText(row);
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        return row.checked ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return toolTip(row);
    case VirtualRole:
        return row.content != NotVirtual;
    default:
        return {};
    }
}

QString TableListModel::typeText(const Row &row) const
{
    if (row.content == NotVirtual)
        return tr("table");
    if (row.content == int(VirtualTable::Content::Contentless))
        return tr("virtual, %1 (recreated empty)").arg(row.module);
    return tr("virtual, %1 (recreated)").arg(row.module);
}

QString TableListModel::toolTip(const Row &row) const
{
    if (row.content == NotVirtual)
        return row.info.sql;
    const QString lead = tr("D1 cannot export virtual tables itself: D1 Exporter leaves %1 out of D1's dump and "
                            "appends its CREATE VIRTUAL TABLE statement at the end.")
                             .arg(row.info.name);
    switch (VirtualTable::Content(row.content)) {
    case VirtualTable::Content::External:
        return lead + QLatin1Char(' ')
            + tr("Its index is rebuilt from %1 after the import, so export that table too.").arg(row.contentTable);
    case VirtualTable::Content::Contentless:
        return lead + QLatin1Char(' ') + tr("It keeps no readable rows, so it is recreated empty.");
    case VirtualTable::Content::Standalone:
    case VirtualTable::Content::Other:
        break;
    }
    return lead + QLatin1Char(' ') + tr("Its rows are read through the API and written after it.");
}

bool TableListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != NameColumn)
        return false;
    Row &row = m_rows[index.row()];
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (row.checked == checked)
        return true;
    row.checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags TableListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Table") : tr("Type");
}

void TableListModel::setSchemaObjects(const QList<TableInfo> &objects)
{
    // The core's plan knows which tables are shadows of a virtual table (FTS5's _data, _idx…).
    m_shadow = ExportPlan::make(objects, ExportOptions(), true).shadowTables;
    beginResetModel();
    m_rows.clear();
    for (const TableInfo &info : objects) {
        if (!info.isTable() || m_shadow.contains(info.name))
            continue;
        Row row{info, {}, NotVirtual, {}, true};
        if (info.isVirtual()) {
            const VirtualTable vt = ExportPlan::parseVirtualTable(info.name, info.sql);
            row.module = vt.module;
            row.content = int(vt.content);
            row.contentTable = vt.contentTable;
        }
        m_rows.append(row);
    }
    endResetModel();
    emit checkedChanged();
}

void TableListModel::clear()
{
    setSchemaObjects({});
}

void TableListModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = -1;
    int last = -1;
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size() || m_rows.at(r).checked == checked)
            continue;
        m_rows[r].checked = checked;
        first = first < 0 ? r : qMin(first, r);
        last = qMax(last, r);
    }
    if (first < 0)
        return;
    emit dataChanged(index(first, NameColumn), index(last, NameColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

int TableListModel::checkedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.checked; }));
}

int TableListModel::virtualCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.content != NotVirtual; }));
}

QStringList TableListModel::checkedTables() const
{
    QStringList names;
    for (const Row &row : m_rows)
        if (row.checked)
            names.append(row.info.name);
    return names;
}

QStringList TableListModel::tablesForExport() const
{
    const QStringList tables = checkedTables();
    return tables.size() == m_rows.size() ? QStringList() : tables;
}

} // namespace d1x::ui
