// NoticeBar: a non-modal message strip at the top of the window (like KMessageWidget) for things
// the user should know but need not answer: the keychain is unavailable, the offline demo is on.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace d1x::ui {

class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    QString text() const;
    Level level() const { return m_level; }

signals:
    void dismissed();

private:
    void applyLevel();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Level m_level = Level::Information;
};

} // namespace d1x::ui
