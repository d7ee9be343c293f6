// TimeTravel: the emulator's stand-in for D1's point-in-time recovery. Every database has a current
// bookmark (D1's style, "00000001-0000000a-00004f6a-<32 hex>", strictly increasing over the whole
// emulator); a change made through the emulator (an import, a restore) moves the file of the state it
// replaces into a snapshot kept under that state's bookmark, so every bookmark handed out can be
// restored. Changes made to a database file behind the emulator's back are not seen.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace emu {

class TimeTravel
{
public:
    // `snapshotDirectory` is asked each time a snapshot is made (created if missing).
    explicit TimeTravel(std::function<QString()> snapshotDirectory);

    // The database's current bookmark (given one when first asked).
    QString current(const QString &databaseUuid);
    // The bookmark that was current at `msSinceEpoch`; empty when none of this emulator's is that old.
    QString at(const QString &databaseUuid, qint64 msSinceEpoch);
    bool knows(const QString &databaseUuid, const QString &bookmark) const;

    // Puts `replacementPath` in place of `livePath` (renames): the state it replaces is kept as the
    // current bookmark's snapshot, and a new bookmark becomes current. Returns it; empty on failure
    // (`error` says why, and the live file is as it was).
    QString replace(const QString &databaseUuid, const QString &livePath, const QString &replacementPath,
                    QString *error);
    // Copies `bookmark`'s state over `livePath` by way of replace(). Returns the new bookmark.
    QString restore(const QString &databaseUuid, const QString &livePath, const QString &bookmark, QString *error);

    void forget(const QString &databaseUuid); // snapshots removed

private:
    struct Point {
        QString bookmark;
        qint64 sinceMs = 0;
        QString snapshot; // empty for the current state (the live file)
    };
    QString nextBookmark(const QString &databaseUuid);

    std::function<QString()> m_directory;
    QHash<QString, QList<Point>> m_history; // oldest first; the last is current
    quint64 m_sequence = 0;
};

} // namespace emu
