// SearchLineEdit: the filter field of the database and table lists — a clear button, and Escape
// empties it, as in most search fields.
#pragma once

#include <QLineEdit>

namespace d1x::ui {

class SearchLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchLineEdit(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace d1x::ui
