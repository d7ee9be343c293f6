// TableListModel: the tables of the chosen database as a checkable list (name, type). Only tables
// are rows; the indexes and triggers are kept so that a partial selection can take them along.
// Virtual tables are listed but cannot be checked: D1 refuses to export them.
#pragma once

#include "CloudflareTypes.h"

#include <QAbstractTableModel>
#include <QSet>

namespace d1x::ui {

class TableListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ColumnCount };
    enum Role { VirtualRole = Qt::UserRole + 1 };

    explicit TableListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every schema object of the database (as listSchemaObjects gives them); all tables start checked.
    void setSchemaObjects(const QList<TableInfo> &objects);
    void clear();

    void setChecked(const QList<int> &rows, bool checked);
    int checkedCount() const;
    int exportableCount() const; // tables that can be checked (not virtual)
    int virtualCount() const;
    QStringList checkedTables() const;

    // The `tables` of ExportOptions: empty when everything D1 can export is checked (the whole
    // database), else the checked tables plus their own indexes and triggers, which D1 would
    // otherwise silently drop from a filtered dump.
    QStringList tablesForExport() const;

signals:
    void checkedChanged();

private:
    struct Row {
        TableInfo info;
        bool checked = true;
    };
    QList<Row> m_rows;
    QList<TableInfo> m_others; // indexes, triggers, views
};

} // namespace d1x::ui
