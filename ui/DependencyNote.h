// DependencyNote: the line under the Tables list that names what the chosen tables need but leave
// out (a trigger writing to another table, a view reading one, a foreign key to one; see
// ExportDependencies), with a button that adds those tables. Hidden while nothing is missing.
#pragma once

#include "CloudflareTypes.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace d1x::ui {

class DependencyNote : public QWidget
{
    Q_OBJECT
public:
    explicit DependencyNote(QWidget *parent = nullptr);

    // Recomputes the note for the database's schema and the export as chosen.
    void refresh(const QList<TableInfo> &objects, const ExportOptions &options);

signals:
    void addRequested(const QStringList &tables);

private:
    QLabel *m_text;
    QPushButton *m_add;
    QStringList m_missing;
};

} // namespace d1x::ui
