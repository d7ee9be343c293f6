// UiFormat: locale-aware formatting helpers.
#include "UiFormat.h"

#include <QLocale>

namespace d1x::ui {

QString UiFormat::size(qint64 bytes)
{
    if (bytes < 0)
        return QString();
    // The IEC units (KiB, MiB) the core's log lines use too, so both parts of the window agree.
    return QLocale().formattedDataSize(bytes, 1);
}

QString UiFormat::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(size(qint64(bytesPerSecond)));
}

QString UiFormat::duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
    const qint64 totalSeconds = ms / 1000;
    if (totalSeconds < 3600)
        return tr("%1 min %2 s").arg(totalSeconds / 60).arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(totalSeconds / 3600).arg((totalSeconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString UiFormat::timeLeft(qint64 ms)
{
    // Whole seconds, rounded up: "about 0 s" and "about 988 ms" both read oddly for an estimate.
    const qint64 seconds = qMax<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return tr("about %n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("about %1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("about %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString UiFormat::clock(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString UiFormat::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString UiFormat::date(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace d1x::ui
