// FileDialog: window-modal, asynchronous file dialogs, with a test seam.
#include "FileDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace d1x::ui {

std::optional<QString> FileDialog::s_nextFileName;
QString FileDialog::s_lastSuggestedPath;
int FileDialog::s_questionCount = 0;

QString FileDialog::lastSuggestedPath()
{
    return s_lastSuggestedPath;
}

int FileDialog::questionCount()
{
    return s_questionCount;
}

void FileDialog::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

void FileDialog::clearNextFileName()
{
    s_nextFileName.reset();
}

namespace {
// "*.sql.gz" in a name filter → "sql.gz".
const QRegularExpression &filterPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9.]+)"));
    return pattern;
}

// Exactly one answer per question: either something was selected or the dialog was dismissed.
void answerOnce(QFileDialog *dialog, QObject *context, FileDialog::Callback done)
{
    auto answered = std::make_shared<bool>(false);
    QObject::connect(dialog, &QFileDialog::fileSelected, context, [done, answered](const QString &file) {
        *answered = true;
        done(file);
    });
    QObject::connect(dialog, &QDialog::finished, context, [done, answered](int) {
        if (!*answered) {
            *answered = true;
            done(QString());
        }
    });
    dialog->open();
}
} // namespace

bool FileDialog::answerFromTest(const QString &suggestedPath, QObject *context, const Callback &done)
{
    s_lastSuggestedPath = suggestedPath;
    ++s_questionCount;
    if (!s_nextFileName)
        return false;
    const QString answer = *s_nextFileName;
    s_nextFileName.reset();
    // Delivered later, like a real dialog's answer, so callers cannot come to rely on re-entrancy.
    QTimer::singleShot(0, context, [done, answer] { done(answer); });
    return true;
}

void FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &startFolder,
                                      QObject *context, Callback done)
{
    if (answerFromTest(startFolder, context, done))
        return;
    auto *dialog = new QFileDialog(parent, caption, startFolder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    answerOnce(dialog, context, std::move(done));
}

void FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &startFolder,
                                 const QString &filter, QObject *context, Callback done)
{
    if (answerFromTest(startFolder, context, done))
        return;
    auto *dialog = new QFileDialog(parent, caption, startFolder, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    answerOnce(dialog, context, std::move(done));
}

void FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter, const QString &defaultSuffix, QObject *context,
                                 Callback done)
{
    if (answerFromTest(suggestedPath, context, done))
        return;

    auto *dialog = new QFileDialog(parent, caption);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(filter);
    dialog->setDefaultSuffix(defaultSuffix);
    const QFileInfo suggested(suggestedPath);
    dialog->setDirectory(suggested.absolutePath());
    dialog->selectFile(suggested.fileName());
    // A name typed without an extension gets the one of the chosen filter ("*.sql.gz" → ".sql.gz").
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, defaultSuffix](const QString &filter) {
        const QRegularExpressionMatch match = filterPattern().match(filter);
        dialog->setDefaultSuffix(match.hasMatch() ? match.captured(1) : defaultSuffix);
    });
    // The filter whose pattern the suggested name has (e.g. "*.sqlite") is the one shown, so the list
    // shows such files and a name typed without an extension gets that one.
    [&] {
        for (const QString &f : filter.split(QStringLiteral(";;"))) {
            for (auto it = filterPattern().globalMatch(f); it.hasNext();) {
                const QString suffix = it.next().captured(1);
                if (suggested.fileName().endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive)) {
                    dialog->selectNameFilter(f);
                    dialog->setDefaultSuffix(suffix);
                    return;
                }
            }
        }
    }();
    answerOnce(dialog, context, std::move(done));
}

} // namespace d1x::ui
