// TableListModel: check states and the export selection.
#include "TableListModel.h"

#include <QApplication>
#include <QPalette>

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
    const bool isVirtual = row.info.isVirtual();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return row.info.name;
        return isVirtual ? tr("virtual (not exportable)") : tr("table");
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        return (row.checked && !isVirtual) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (isVirtual)
            return tr("%1 is a virtual table (for example FTS5). D1 refuses to export virtual tables; "
                      "recreate it after importing the dump.")
                .arg(row.info.name);
        return row.info.sql;
    case Qt::ForegroundRole:
        if (isVirtual)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case VirtualRole:
        return isVirtual;
    default:
        return {};
    }
}

bool TableListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != NameColumn)
        return false;
    Row &row = m_rows[index.row()];
    if (row.info.isVirtual())
        return false;
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
    if (index.column() == NameColumn && !m_rows.at(index.row()).info.isVirtual())
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
    beginResetModel();
    m_rows.clear();
    m_others.clear();
    for (const TableInfo &info : objects) {
        if (info.isTable())
            m_rows.append(Row{info, !info.isVirtual()});
        else
            m_others.append(info);
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
        if (r < 0 || r >= m_rows.size() || m_rows.at(r).info.isVirtual() || m_rows.at(r).checked == checked)
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
    int n = 0;
    for (const Row &row : m_rows)
        n += (row.checked && !row.info.isVirtual()) ? 1 : 0;
    return n;
}

int TableListModel::exportableCount() const
{
    return int(m_rows.size()) - virtualCount();
}

int TableListModel::virtualCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.info.isVirtual() ? 1 : 0;
    return n;
}

QStringList TableListModel::checkedTables() const
{
    QStringList names;
    for (const Row &row : m_rows)
        if (row.checked && !row.info.isVirtual())
            names.append(row.info.name);
    return names;
}

QStringList TableListModel::tablesForExport() const
{
    const QStringList tables = checkedTables();
    if (virtualCount() == 0 && tables.size() == m_rows.size())
        return {};
    QStringList names = tables;
    const QSet<QString> chosen(tables.cbegin(), tables.cend());
    for (const TableInfo &other : m_others) {
        const bool belongs = other.type == QLatin1String("index") || other.type == QLatin1String("trigger");
        if (belongs && chosen.contains(other.tableName))
            names.append(other.name);
    }
    return names;
}

} // namespace d1x::ui
