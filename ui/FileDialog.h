// FileDialog: the one way the window asks for a file name. It is a seam: a test sets the next
// answer with setNextFileName() and no dialog appears. The real dialog is opened window-modal with
// open() and answers through a callback, so no nested event loop runs.
#pragma once

#include <QString>
#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace d1x::ui {

class FileDialog
{
public:
    // Called with the chosen path, or with an empty string when the user cancelled.
    using Callback = std::function<void(const QString &path)>;

    // Asks where to save. `suggestedPath` pre-selects a folder and a file name; `defaultSuffix` is
    // appended when the user types a name without one. `done` runs in the context of `context`
    // (never after it is gone), always from the event loop.
    static void getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QString &filter, const QString &defaultSuffix, QObject *context,
                                Callback done);

    // Asks for a folder (e.g. where backups go), starting in `startFolder`; like getSaveFileName().
    static void getExistingDirectory(QWidget *parent, const QString &caption, const QString &startFolder,
                                     QObject *context, Callback done);

    // Asks for an existing file to read (e.g. a dump to import), starting in `startFolder`, showing
    // the files `filter` names; like getSaveFileName().
    static void getOpenFileName(QWidget *parent, const QString &caption, const QString &startFolder,
                                const QString &filter, QObject *context, Callback done);

    // Tests: the next getSaveFileName(), getOpenFileName() or getExistingDirectory() answers `path` at once without showing anything
    // (an empty path answers "cancelled").
    static void setNextFileName(const QString &path);
    static void clearNextFileName();
    // The suggestedPath of the last question asked (tests check the proposed name and folder).
    static QString lastSuggestedPath();
    // How many questions were asked since the program started (tests: did a shortcut open the dialog?).
    static int questionCount();

private:
    // Answers from setNextFileName() when a test set one.
    static bool answerFromTest(const QString &suggestedPath, QObject *context, const Callback &done);

    static std::optional<QString> s_nextFileName;
    static QString s_lastSuggestedPath;
    static int s_questionCount;
};

} // namespace d1x::ui
