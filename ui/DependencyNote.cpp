// DependencyNote: names the tables a filtered export needs, and adds them on request.
#include "DependencyNote.h"

#include "ExportPlan.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace d1x::ui {

DependencyNote::DependencyNote(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("dependencyNote"));
    m_text->setObjectName(QStringLiteral("dependencyNoteText"));
    m_text->setTextFormat(Qt::PlainText); // names come from the database
    m_text->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addDependenciesButton"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] { emit addRequested(m_missing); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_add, 0, Qt::AlignTop);
    setVisible(false);
}

void DependencyNote::refresh(const QList<TableInfo> &objects, const ExportOptions &options)
{
    // Related objects on, as by default: a trigger of a chosen table goes with it.
    const QList<MissingDependency> missing =
        options.tables.isEmpty() ? QList<MissingDependency>() : ExportPlan::make(objects, options, true).missingDependencies;
    m_missing = ExportDependencies::tables(missing);
    setVisible(!m_missing.isEmpty());
    if (m_missing.isEmpty())
        return;
    m_text->setText(ExportDependencies::describe(missing));
    m_add->setText(tr("Add %n Table(s)", nullptr, int(m_missing.size())));
    m_add->setToolTip(tr("Export %1 too").arg(m_missing.join(QLatin1String(", "))));
}

} // namespace d1x::ui
