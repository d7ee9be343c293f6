// SearchLineEdit: Escape clears.
#include "SearchLineEdit.h"

#include <QKeyEvent>

namespace d1x::ui {

SearchLineEdit::SearchLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
}

void SearchLineEdit::keyPressEvent(QKeyEvent *event)
{
    // Only when there is something to clear: otherwise Escape goes on to the window as usual.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace d1x::ui
