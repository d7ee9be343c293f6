// RetryAfter: delta-seconds or an HTTP date, clamped.
#include "RetryAfter.h"

#include <QLocale>

#include <climits>

namespace d1x {

int RetryAfter::parse(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, INT_MAX));
    // HTTP dates ("Sun, 06 Nov 1994 08:49:37 GMT") are always in English and GMT.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    if (!when.isValid() || !now.isValid())
        return -1;
    return int(qBound(qint64(0), now.secsTo(when), qint64(INT_MAX)));
}

} // namespace d1x
