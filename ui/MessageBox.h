// MessageBox: questions that need an answer before going on (e.g. "cancel the export and close?").
// Like FileDialog it is a seam: a test sets the next answer with setNextAnswer() and nothing is
// shown. The real box is window-modal and opened with open(): no nested event loop.
#pragma once

#include <QMessageBox>
#include <functional>
#include <optional>

namespace d1x::ui {

class MessageBox
{
public:
    using Callback = std::function<void(QMessageBox::StandardButton answer)>;

    // Asks `text` (with optional `informativeText`); `done` gets the button pressed, or the
    // escape button's answer when the box was dismissed.
    static void question(QWidget *parent, const QString &title, const QString &text,
                         const QString &informativeText, QMessageBox::StandardButtons buttons,
                         QMessageBox::StandardButton defaultButton, QObject *context, Callback done);

    // Tests: the next question() answers `answer` at once without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void clearNextAnswer();
    // How many questions were asked since the program started; tests check that one was (or not).
    static int questionsAsked();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_asked;
};

} // namespace d1x::ui
