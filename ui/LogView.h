// LogView: the list view of the progress log. Lines are selectable; Ctrl+C and the context menu's
// "Copy" put the selected lines on the clipboard, "Copy all" the whole log. It follows new lines
// while the user is at the bottom, and stays put while they scroll back to read.
#pragma once

#include <QListView>

class QAction;

namespace d1x::ui {

class LogModel;

class LogView : public QListView
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    void setLogModel(LogModel *model);
    QAction *copyAllAction() const { return m_copyAll; }

    QString selectedText() const;
    void copySelection() const;
    void copyAll() const;

private:
    LogModel *m_model = nullptr;
    QAction *m_copy;
    QAction *m_copyAll;
    bool m_followTail = true;
};

} // namespace d1x::ui
