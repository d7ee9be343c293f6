// SecretLineEdit: a masked line edit for API tokens and keys, with a "Show" toggle beside it.
// The text is never copied out while masked (QLineEdit's Password mode already refuses copy).
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace d1x::ui {

class SecretLineEdit : public QWidget
{
    Q_OBJECT
public:
    // `name` becomes the object name of the line edit, `name + "ShowButton"` that of the toggle.
    explicit SecretLineEdit(const QString &name, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *showButton() const { return m_show; }
    QString text() const;
    void setText(const QString &text);
    void setRevealed(bool revealed);

signals:
    void textEdited(const QString &text);
    void returnPressed();

private:
    QLineEdit *m_edit;
    QToolButton *m_show;
};

} // namespace d1x::ui
