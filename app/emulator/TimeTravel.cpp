// TimeTravel: bookmarks and snapshots of the emulator's databases (see header).
#include "TimeTravel.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace emu {

TimeTravel::TimeTravel(std::function<QString()> snapshotDirectory)
    : m_directory(std::move(snapshotDirectory))
{
}

QString TimeTravel::nextBookmark(const QString &databaseUuid)
{
    ++m_sequence;
    const QByteArray tail =
        QCryptographicHash::hash((databaseUuid + u'/' + QString::number(m_sequence)).toUtf8(), QCryptographicHash::Md5)
            .toHex();
    return QStringLiteral("00000001-%1-%2-%3")
        .arg(quint32(m_sequence >> 32), 8, 16, QLatin1Char('0'))
        .arg(quint32(m_sequence & 0xffffffffu), 8, 16, QLatin1Char('0'))
        .arg(QString::fromLatin1(tail));
}

QString TimeTravel::current(const QString &databaseUuid)
{
    QList<Point> &points = m_history[databaseUuid];
    if (points.isEmpty())
        points.append({nextBookmark(databaseUuid), 0, {}}); // the state it had when the emulator got it
    return points.last().bookmark;
}

QString TimeTravel::at(const QString &databaseUuid, qint64 msSinceEpoch)
{
    current(databaseUuid);
    const QList<Point> &points = m_history[databaseUuid];
    for (qsizetype i = points.size() - 1; i >= 0; --i) {
        if (points.at(i).sinceMs <= msSinceEpoch)
            return points.at(i).bookmark;
    }
    return {};
}

bool TimeTravel::knows(const QString &databaseUuid, const QString &bookmark) const
{
    for (const Point &p : m_history.value(databaseUuid)) {
        if (p.bookmark == bookmark)
            return true;
    }
    return false;
}

QString TimeTravel::replace(const QString &databaseUuid, const QString &livePath, const QString &replacementPath,
                            QString *error)
{
    current(databaseUuid);
    QList<Point> &points = m_history[databaseUuid];
    const QString directory = m_directory();
    QDir().mkpath(directory);
    const QString snapshot = QDir(directory).filePath(databaseUuid + u'-' + points.last().bookmark + QStringLiteral(".sqlite"));
    QFile::remove(snapshot);
    if (!QFile::rename(livePath, snapshot)) {
        *error = QStringLiteral("cannot keep the database's state for Time Travel");
        return {};
    }
    if (!QFile::rename(replacementPath, livePath)) {
        QFile::rename(snapshot, livePath);
        *error = QStringLiteral("cannot put the new state in place");
        return {};
    }
    points.last().snapshot = snapshot;
    const QString bookmark = nextBookmark(databaseUuid);
    points.append({bookmark, QDateTime::currentMSecsSinceEpoch(), {}});
    return bookmark;
}

QString TimeTravel::restore(const QString &databaseUuid, const QString &livePath, const QString &bookmark,
                            QString *error)
{
    current(databaseUuid);
    QString source;
    for (const Point &p : std::as_const(m_history[databaseUuid])) {
        if (p.bookmark == bookmark)
            source = p.snapshot.isEmpty() ? livePath : p.snapshot;
    }
    if (source.isEmpty()) {
        *error = QStringLiteral("unknown bookmark");
        return {};
    }
    const QString staged = livePath + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(source, staged)) {
        *error = QStringLiteral("cannot copy the state of bookmark %1").arg(bookmark);
        return {};
    }
    const QString next = replace(databaseUuid, livePath, staged, error);
    if (next.isEmpty())
        QFile::remove(staged);
    return next;
}

void TimeTravel::forget(const QString &databaseUuid)
{
    for (const Point &p : m_history.take(databaseUuid)) {
        if (!p.snapshot.isEmpty())
            QFile::remove(p.snapshot);
    }
}

} // namespace emu
