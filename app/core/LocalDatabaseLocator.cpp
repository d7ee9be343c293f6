// LocalDatabaseLocator: miniflare's persistence layout and file naming.
#include "LocalDatabaseLocator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

namespace d1x {

namespace {
const char ObjectFolder[] = "miniflare-D1DatabaseObject";
}

QString LocalDatabaseLocator::persistFolder(const WranglerConfig &config, const QString &persistTo,
                                            const QString &workingFolder)
{
    if (!persistTo.isEmpty())
        return QDir::cleanPath(QDir(workingFolder).absoluteFilePath(persistTo));
    return QDir(config.folder()).filePath(QStringLiteral(".wrangler/state"));
}

QString LocalDatabaseLocator::fileNameFor(const QString &localId)
{
    const QByteArray key = QCryptographicHash::hash(ObjectFolder, QCryptographicHash::Sha256);
    const QByteArray nameMac = QMessageAuthenticationCode::hash(localId.toUtf8(), key, QCryptographicHash::Sha256).left(16);
    const QByteArray check = QMessageAuthenticationCode::hash(nameMac, key, QCryptographicHash::Sha256).left(16);
    return QString::fromLatin1((nameMac + check).toHex()) + QLatin1String(".sqlite");
}

QString LocalDatabaseLocator::databasePath(const QString &persistFolder, const D1Binding &binding)
{
    return QDir(persistFolder).filePath(QStringLiteral("v3/d1/%1/%2")
                                            .arg(QLatin1String(ObjectFolder), fileNameFor(binding.localId())));
}

QString LocalDatabaseLocator::locate(const WranglerConfig &config, const D1Binding &binding, const QString &persistTo,
                                     const QString &workingFolder, QString *error)
{
    const QString folder = persistFolder(config, persistTo, workingFolder);
    const QString path = databasePath(folder, binding);
    if (QFileInfo(path).isFile())
        return path;
    const QString name = binding.binding.isEmpty() ? binding.databaseName : binding.binding;
    if (!QFileInfo(folder).isDir())
        *error = QCoreApplication::translate(
                     "d1x::LocalDatabaseLocator",
                     "There is no local development data yet: %1 does not exist. Create the local database first, "
                     "e.g. with \"wrangler d1 migrations apply %2 --local\" or \"wrangler dev\" in %3%4.")
                     .arg(QDir::toNativeSeparators(folder), name, QDir::toNativeSeparators(config.folder()),
                          persistTo.isEmpty() ? QString()
                                              : QCoreApplication::translate("d1x::LocalDatabaseLocator",
                                                                            " with the same --persist-to"));
    else
        *error = QCoreApplication::translate(
                     "d1x::LocalDatabaseLocator",
                     "The local database of %1 has not been created yet (no %2). Run \"wrangler d1 migrations apply "
                     "%1 --local\" or \"wrangler d1 execute %1 --local --command …\" first, or start \"wrangler dev\" "
                     "and use the database once.")
                     .arg(name, QDir::toNativeSeparators(path));
    return {};
}

} // namespace d1x
