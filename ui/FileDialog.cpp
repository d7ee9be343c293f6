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

QString FileDialog::lastSuggestedPath()
{
    return s_lastSuggestedPath;
}

void FileDialog::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

void FileDialog::clearNextFileName()
{
    s_nextFileName.reset();
}

void FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter, const QString &defaultSuffix, QObject *context,
                                 Callback done)
{
    s_lastSuggestedPath = suggestedPath;
    if (s_nextFileName) {
        const QString answer = *s_nextFileName;
        s_nextFileName.reset();
        // Delivered later, like a real dialog's answer, so callers cannot come to rely on re-entrancy.
        QTimer::singleShot(0, context, [done = std::move(done), answer] { done(answer); });
        return;
    }

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
        static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9.]+)"));
        const QRegularExpressionMatch match = pattern.match(filter);
        dialog->setDefaultSuffix(match.hasMatch() ? match.captured(1) : defaultSuffix);
    });

    // Exactly one answer per question: either a file was selected or the dialog was dismissed.
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

} // namespace d1x::ui
