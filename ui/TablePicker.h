// TablePicker: the "Tables" box — a checkable list of the database's tables with a filter,
// Select all / Select none (acting on the rows the filter shows), a count of what is checked,
// and the content choice (schema and data, schema only, data only).
#pragma once

#include "AppSettings.h"
#include "CloudflareTypes.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace d1x::ui {

class DependencyNote;
class TableListModel;

class TablePicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit TablePicker(QWidget *parent = nullptr);

    void setLoading(const QString &text);
    void setSchemaObjects(const QList<TableInfo> &objects);
    void setError(const QString &text);
    void clear(const QString &text);

    TableListModel *model() const { return m_model; }
    bool hasTables() const;
    int checkedCount() const;
    QStringList tablesForExport() const;

    AppSettings::Content content() const;
    void setContent(AppSettings::Content content);
    ExportOptions exportOptions() const;

    QList<QWidget *> tabOrder() const;

signals:
    void selectionChanged();
    void contentChanged(d1x::AppSettings::Content content);

private:
    void setVisibleChecked(bool checked);
    void updateSummary();
    void checkTables(const QStringList &names);

    QLineEdit *m_filter;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_virtualNote;
    DependencyNote *m_dependencies;
    QList<TableInfo> m_objects; // the database's schema, for the dependency note
    QComboBox *m_content;
    TableListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_statusOverride;
    bool m_statusIsError = false;
};

} // namespace d1x::ui
