// LogModel: a ring buffer of log lines exposed as a list model.
#include "LogModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace d1x::ui {

LogModel::LogModel(int maxLines, QObject *parent)
    : QAbstractListModel(parent)
    , m_lines(qMax(1, maxLines))
{
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.count());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Line &line = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return lineAt(index.row());
    case Qt::ToolTipRole:
        return line.text.size() > 80 ? line.text : QVariant();
    case Qt::ForegroundRole:
        // Colour repeats what the words already say (warnings and errors name themselves).
        if (line.level == Level::Error)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (line.level == Level::Warning)
            return QBrush(QColor(0x9c, 0x5d, 0x00));
        if (line.level == Level::Server)
            return QBrush(QGuiApplication::palette().color(QPalette::Link));
        return {};
    case LevelRole:
        return QVariant::fromValue(line.level);
    case MessageRole:
        return line.text;
    case TimeRole:
        return line.time;
    default:
        return {};
    }
}

void LogModel::append(Level level, const QString &text)
{
    // One model row per line: multi-line messages (e.g. a server error body) are split.
    const QStringList parts = text.split(QLatin1Char('\n'));
    const QDateTime now = QDateTime::currentDateTime();
    for (const QString &part : parts) {
        if (m_lines.isFull()) {
            beginRemoveRows({}, 0, 0);
            m_lines.removeFirst();
            endRemoveRows();
        }
        const int row = int(m_lines.count());
        beginInsertRows({}, row, row);
        m_lines.append(Line{now, level, part});
        endInsertRows();
    }
    // QContiguousCache indices only grow; start again before they could overflow.
    if (m_lines.areIndexesValid() == false)
        m_lines.normalizeIndexes();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

QString LogModel::lineAt(int row) const
{
    const Line &line = at(row);
    QString prefix;
    if (line.level == Level::Warning)
        prefix = tr("Warning: ");
    else if (line.level == Level::Error)
        prefix = tr("Error: ");
    else if (line.level == Level::Server)
        prefix = tr("D1: ");
    return line.time.toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ") + prefix + line.text;
}

QString LogModel::allText() const
{
    QStringList lines;
    lines.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        lines.append(lineAt(row));
    return lines.join(QLatin1Char('\n'));
}

} // namespace d1x::ui
