// TableListModel: the tables of the chosen database as a checkable list (name, type). Only tables
// are rows. Virtual tables (FTS5…) are listed and marked: D1 cannot export them itself, the core
// recreates them after D1's dump; their shadow tables are an implementation detail and not listed.
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
    static constexpr int NotVirtual = -1;

    explicit TableListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every schema object of the database (as listSchemaObjects gives them); all tables start checked.
    void setSchemaObjects(const QList<TableInfo> &objects);
    QStringList shadowTables() const { return m_shadow; }
    void clear();

    void setChecked(const QList<int> &rows, bool checked);
    int checkedCount() const;
    int virtualCount() const;
    QStringList checkedTables() const;

    // The `tables` of ExportOptions: empty when every table is checked (the whole database), else
    // the checked tables. Their indexes and triggers are added by the core (ExportPlan).
    QStringList tablesForExport() const;

signals:
    void checkedChanged();

private:
    struct Row {
        TableInfo info;
        QString module;             // virtual tables: fts5, rtree…
        int content = NotVirtual;   // virtual tables: VirtualTable::Content
        QString contentTable;       // external-content FTS: the table it indexes
        bool checked = true;
    };
    QString typeText(const Row &row) const;
    QString toolTip(const Row &row) const;

    QList<Row> m_rows;
    QStringList m_shadow;
};

} // namespace d1x::ui
