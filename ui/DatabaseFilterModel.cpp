// DatabaseFilterModel: filters and sorts DatabaseListModel rows on their raw values.
#include "DatabaseFilterModel.h"

#include "DatabaseListModel.h"

namespace d1x::ui {

DatabaseFilterModel::DatabaseFilterModel(DatabaseListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void DatabaseFilterModel::setSearchText(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

bool DatabaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent.isValid())
        return true;
    const DatabaseInfo &db = m_source->databaseAt(sourceRow);
    return db.name.contains(m_needle, Qt::CaseInsensitive) || db.uuid.contains(m_needle, Qt::CaseInsensitive);
}

bool DatabaseFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const DatabaseInfo &a = m_source->databaseAt(left.row());
    const DatabaseInfo &b = m_source->databaseAt(right.row());
    switch (left.column()) {
    case DatabaseListModel::SizeColumn:
        return a.fileSize < b.fileSize;
    case DatabaseListModel::TablesColumn:
        return a.numTables < b.numTables;
    case DatabaseListModel::CreatedColumn:
        return a.createdAt < b.createdAt;
    default:
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    }
}

} // namespace d1x::ui
