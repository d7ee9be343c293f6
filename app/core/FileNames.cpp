// FileNames: database names made safe for file names.
#include "FileNames.h"

#include <QRegularExpression>

namespace d1x {

QString FileNames::safeBaseName(const QString &name, Charset charset)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    static const QRegularExpression notAscii(QStringLiteral("[^A-Za-z0-9._-]"));
    QString result = name.trimmed();
    result.replace(unsafe, QStringLiteral("_"));
    if (charset == Charset::Ascii)
        result.replace(notAscii, QStringLiteral("_"));
    while (result.startsWith(QLatin1Char('.')))
        result.remove(0, 1); // never hidden, never ".."
    return result.isEmpty() ? QStringLiteral("database") : result.left(120);
}

} // namespace d1x
