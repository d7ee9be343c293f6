// LogView: copy actions and tail-following for the log list.
#include "LogView.h"

#include "LogModel.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QScrollBar>

#include <algorithm>

namespace d1x::ui {

LogView::LogView(QWidget *parent)
    : QListView(parent)
    , m_copy(new QAction(tr("&Copy"), this))
    , m_copyAll(new QAction(tr("Copy &All"), this))
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Lines differ in width: measured one by one (in batches, so thousands stay quick), so the
    // horizontal scroll bar reaches the end of the longest line instead of eliding it.
    setLayoutMode(QListView::Batched);
    setBatchSize(250);
    setWordWrap(false);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_copy->setObjectName(QStringLiteral("logCopyAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copyAll->setObjectName(QStringLiteral("logCopyAllAction"));
    connect(m_copy, &QAction::triggered, this, &LogView::copySelection);
    connect(m_copyAll, &QAction::triggered, this, &LogView::copyAll);
    addAction(m_copy);
    addAction(m_copyAll);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    // Follow the tail only while the user has not scrolled away from it.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_followTail = value >= verticalScrollBar()->maximum();
    });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_followTail)
            verticalScrollBar()->setValue(max);
    });
}

void LogView::setLogModel(LogModel *model)
{
    m_model = model;
    setModel(model);
}

QString LogView::selectedText() const
{
    if (!m_model || !selectionModel())
        return QString();
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : rows)
        lines.append(m_model->lineAt(index.row()));
    return lines.join(QLatin1Char('\n'));
}

void LogView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void LogView::copyAll() const
{
    if (m_model)
        QGuiApplication::clipboard()->setText(m_model->allText());
}

} // namespace d1x::ui
