// ImportReportView: what an import did — the database, the Time Travel bookmark taken before it and
// D1's final bookmark (selectable, with the command line that undoes the import), D1's figures
// (queries, rows written, size after) and the rows of every table restored against the file's.
// After Undo Import it says whether the database is back at the bookmark.
#pragma once

#include "ImportController.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace d1x::ui {

class ImportReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportReportView(QWidget *parent = nullptr);

    void clear();
    void showResult(const ImportResult &result);
    // After Undo Import: `error` empty when the database is back at the bookmark taken before the import.
    void showUndone(const ApiError &error);

    QString headline() const;
    QString bookmarkBefore() const;
    QString finalBookmark() const;
    QTreeWidget *table() const { return m_table; }

private:
    void setHeadline(const QString &text, bool worrying);
    QLineEdit *addField(int row, const QString &title, const QString &name, const QString &accessibleName);

    QLabel *m_headline;
    QGridLayout *m_grid;
    QLineEdit *m_database;
    QLineEdit *m_bookmarkBefore;
    QLineEdit *m_finalBookmark;
    QLineEdit *m_undoCommand;
    QLabel *m_figures;
    QTreeWidget *m_table;
    QString m_databaseName;
};

} // namespace d1x::ui
