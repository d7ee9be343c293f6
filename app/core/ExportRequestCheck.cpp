// ExportRequestCheck: what an export request must be, checked before anything is started.
#include "ExportRequestCheck.h"

#include "ExportController.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace d1x {

ExportRequestCheck::Problem ExportRequestCheck::checkContent(const ExportOptions &options, bool loadsDump)
{
    if (options.noData && options.noSchema)
        return Problem::SchemaAndDataExcluded;
    if (options.noSchema && loadsDump)
        return Problem::DataOnlyNotLoadable;
    return Problem::None;
}

ExportRequestCheck::Problem ExportRequestCheck::check(const ExportRequest &request)
{
    if (request.outputPath.isEmpty() && request.sqlitePath.isEmpty())
        return Problem::NoTarget;
    if (!request.outputPath.isEmpty() && !request.sqlitePath.isEmpty()
        && QFileInfo(request.outputPath).absoluteFilePath() == QFileInfo(request.sqlitePath).absoluteFilePath())
        return Problem::SameFile;
    return checkContent(request.options, request.wantsVerification() || request.compareLiveValues);
}

QString ExportRequestCheck::message(Problem problem)
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::NoTarget:
        return tr("no output file was chosen");
    case Problem::SameFile:
        return tr("the SQL file and the SQLite file must differ");
    case Problem::SchemaAndDataExcluded:
        return tr("\"schema only\" and \"data only\" exclude each other");
    case Problem::DataOnlyNotLoadable:
        return tr("a data-only dump cannot be loaded on its own, so it can be neither verified nor saved as an "
                  "SQLite database");
    }
    return {};
}

QString ExportRequestCheck::targetError(const QString &path)
{
    const QFileInfo target(path);
    const QString nativePath = QDir::toNativeSeparators(path);
    if (target.isDir())
        return tr("%1 is a folder").arg(nativePath);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return tr("the folder of %1 does not exist").arg(nativePath);
    if (!folder.isWritable())
        return tr("the folder of %1 is not writable").arg(nativePath);
    // Permission bits do not tell everything (root, /proc, read-only mounts): a file is really made
    // and removed.
    QTemporaryFile probe(QDir(folder.absoluteFilePath()).filePath(QStringLiteral(".d1x-probe-XXXXXX")));
    if (!probe.open())
        return tr("nothing can be saved in the folder of %1 (%2)").arg(nativePath, probe.errorString());
    return {};
}

} // namespace d1x
