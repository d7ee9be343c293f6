// DatabaseListModel: display, sort and filter roles for DatabaseInfo rows.
#include "DatabaseListModel.h"

#include "UiFormat.h"

#include <QLocale>

namespace d1x::ui {

DatabaseListModel::DatabaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DatabaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_databases.size());
}

int DatabaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatabaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DatabaseInfo &db = m_databases.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return db.name;
        case SizeColumn:
            return db.fileSize >= 0 ? UiFormat::size(db.fileSize) : QString();
        case TablesColumn:
            return db.numTables >= 0 ? QLocale().toString(db.numTables) : QString();
        case CreatedColumn:
            return UiFormat::date(db.createdAt); // the time is in the tooltip
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return db.name.toLower();
        case SizeColumn:
            return db.fileSize;
        case TablesColumn:
            return db.numTables;
        case CreatedColumn:
            return db.createdAt;
        }
        return {};
    case UuidRole:
        return db.uuid;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nID: %2").arg(db.name, db.uuid);
        if (!db.jurisdiction.isEmpty())
            tip += QLatin1Char('\n') + tr("Jurisdiction: %1").arg(db.jurisdiction);
        if (db.createdAt.isValid())
            tip += QLatin1Char('\n') + tr("Created: %1").arg(UiFormat::dateTime(db.createdAt));
        if (!db.version.isEmpty())
            tip += QLatin1Char('\n') + tr("Storage: %1").arg(db.version);
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == TablesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DatabaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return (section == SizeColumn || section == TablesColumn) ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case TablesColumn:
        return tr("Tables");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void DatabaseListModel::setDatabases(const QList<DatabaseInfo> &databases)
{
    beginResetModel();
    m_databases = databases;
    endResetModel();
}

void DatabaseListModel::clear()
{
    setDatabases({});
}

int DatabaseListModel::rowOfUuid(const QString &uuid) const
{
    for (int row = 0; row < m_databases.size(); ++row)
        if (m_databases.at(row).uuid == uuid)
            return row;
    return -1;
}

} // namespace d1x::ui
