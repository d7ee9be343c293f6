// SourceChooser: two radio buttons in a row.
#include "SourceChooser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>

namespace d1x::ui {

SourceChooser::SourceChooser(QWidget *parent)
    : QWidget(parent)
    , m_account(new QRadioButton(tr("Cloudflare account"), this))
    , m_local(new QRadioButton(tr("Local project (wrangler dev)"), this))
{
    setObjectName(QStringLiteral("sourceChooser"));
    m_account->setObjectName(QStringLiteral("sourceAccount"));
    m_local->setObjectName(QStringLiteral("sourceLocal"));
    m_account->setToolTip(tr("A D1 database on Cloudflare, through your API token."));
    m_local->setToolTip(tr("The local development database that \"wrangler dev\" keeps in a Worker project's "
                           ".wrangler folder. No Cloudflare account is needed."));
    m_account->setChecked(true);
    auto *label = new QLabel(tr("Export from:"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_account);
    layout->addWidget(m_local);
    layout->addStretch(1);
    connect(m_local, &QRadioButton::toggled, this, &SourceChooser::sourceChanged);
}

bool SourceChooser::isLocal() const
{
    return m_local->isChecked();
}

void SourceChooser::setLocal(bool local)
{
    const QSignalBlocker blockLocal(m_local);
    const QSignalBlocker blockAccount(m_account);
    (local ? m_local : m_account)->setChecked(true);
}

} // namespace d1x::ui
