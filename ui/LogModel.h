// LogModel: the progress log of the window — every step and every server message, timestamped.
// Bounded (oldest lines dropped first) so a long session cannot grow memory without limit; a list
// model so the view only lays out the lines on screen (after qBittorrent's log model).
#pragma once

#include "LogLevel.h"

#include <QAbstractListModel>
#include <QContiguousCache>
#include <QDateTime>

namespace d1x::ui {

class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using Level = d1x::LogLevel; // the core's levels, shown with a colour and icon each
    enum Role { LevelRole = Qt::UserRole + 1, MessageRole, TimeRole };

    explicit LogModel(int maxLines = 5000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void append(Level level, const QString &text);
    void clear();
    int maxLines() const { return m_lines.capacity(); }

    // "12:34:56  text" — what Copy puts on the clipboard.
    QString lineAt(int row) const;
    QString allText() const;

private:
    struct Line {
        QDateTime time;
        Level level;
        QString text;
    };
    const Line &at(int row) const { return m_lines.at(m_lines.firstIndex() + row); }

    QContiguousCache<Line> m_lines;
};

} // namespace d1x::ui
