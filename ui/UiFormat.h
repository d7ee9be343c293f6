// UiFormat: how sizes, rates, durations and dates look in the window, in one place so every
// panel says them the same way (and translators see each pattern once).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace d1x::ui {

class UiFormat
{
    Q_DECLARE_TR_FUNCTIONS(UiFormat)
public:
    static QString size(qint64 bytes);                // "12.3 MiB"
    static QString rate(double bytesPerSecond);        // "2.1 MiB/s"
    static QString duration(qint64 milliseconds);      // "850 ms", "4.2 s", "3 min 12 s", "1 h 05 min"
    static QString timeLeft(qint64 milliseconds);      // "about 3 s", "about 2 min 10 s"
    static QString clock(qint64 milliseconds);         // "0:07", "12:34", "1:02:03"
    static QString dateTime(const QDateTime &when);    // locale short format, local time
    static QString date(const QDateTime &when);        // locale short date, local time
};

} // namespace d1x::ui
