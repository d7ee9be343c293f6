// DatabaseListModel: the D1 databases of an account as a table (name, size, tables, created).
// Thousands of rows stay fast: a plain table model behind DatabaseFilterModel, which searches and
// sorts the raw values rather than the formatted text (SortRole gives them to anyone else).
#pragma once

#include "CloudflareTypes.h"

#include <QAbstractTableModel>

namespace d1x::ui {

class DatabaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, TablesColumn, CreatedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, UuidRole };

    explicit DatabaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDatabases(const QList<DatabaseInfo> &databases);
    void clear();
    const DatabaseInfo &databaseAt(int row) const { return m_databases.at(row); }
    const QList<DatabaseInfo> &databases() const { return m_databases; }
    int rowOfUuid(const QString &uuid) const; // -1 when absent

private:
    QList<DatabaseInfo> m_databases;
};

} // namespace d1x::ui
