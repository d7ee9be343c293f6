// MessageBox: window-modal, asynchronous questions, with a test seam.
#include "MessageBox.h"

#include <QTimer>

namespace d1x::ui {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
int MessageBox::s_asked = 0;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBox::clearNextAnswer()
{
    s_nextAnswer.reset();
}

int MessageBox::questionsAsked()
{
    return s_asked;
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                          const QString &informativeText, QMessageBox::StandardButtons buttons,
                          QMessageBox::StandardButton defaultButton, QObject *context, Callback done)
{
    ++s_asked;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        QTimer::singleShot(0, context, [done = std::move(done), answer] { done(answer); });
        return;
    }

    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informativeText);
    box->setDefaultButton(defaultButton);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QDialog::finished, context, [box, done](int) {
        QAbstractButton *clicked = box->clickedButton();
        QMessageBox::StandardButton answer = clicked ? box->standardButton(clicked) : QMessageBox::NoButton;
        if (answer == QMessageBox::NoButton && box->escapeButton())
            answer = box->standardButton(box->escapeButton());
        done(answer);
    });
    box->open();
}

} // namespace d1x::ui
