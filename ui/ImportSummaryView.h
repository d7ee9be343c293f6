// ImportSummaryView: what the user confirms before an import starts — the input file, the SQL that
// will be uploaded (size, statements), tables and rows, rows written in pieces, what was left out,
// and, when the target already holds tables, a clear warning that the import runs on top of them and
// that a Time Travel bookmark is taken first. Also says that D1 blocks the database while it imports.
#pragma once

#include "ImportController.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace d1x::ui {

class ImportSummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportSummaryView(QWidget *parent = nullptr);

    void clear();
    // `inputPath` is the file the user chose; `targetName` the database's name (new or existing).
    void showPreview(const ImportPreview &preview, const QString &inputPath, const QString &targetName);

    QString figuresText() const;
    QString warningText() const; // empty when the target holds no tables
    QTreeWidget *table() const { return m_table; }

private:
    QLabel *m_headline;
    QLabel *m_figures;
    QTreeWidget *m_table;
    QLabel *m_warningIcon;
    QLabel *m_warning;
    QLabel *m_note;
};

} // namespace d1x::ui
