// SecretLineEdit: the masked field and its toggle.
#include "SecretLineEdit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace d1x::ui {

SecretLineEdit::SecretLineEdit(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_show(new QToolButton(this))
{
    m_edit->setObjectName(name);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    // Tokens are pasted, never predicted: no input method suggestions or history for them.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                                | Qt::ImhSensitiveData);
    setFocusProxy(m_edit);

    m_show->setObjectName(name + QStringLiteral("ShowButton"));
    m_show->setCheckable(true);
    m_show->setText(tr("Show"));
    m_show->setToolTip(tr("Show or hide the secret"));
    m_show->setAccessibleName(tr("Show secret"));
    m_show->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_show->setFocusPolicy(Qt::StrongFocus);
    connect(m_show, &QToolButton::toggled, this, &SecretLineEdit::setRevealed);

    connect(m_edit, &QLineEdit::textEdited, this, &SecretLineEdit::textEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &SecretLineEdit::returnPressed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_show);
}

QString SecretLineEdit::text() const
{
    return m_edit->text();
}

void SecretLineEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_show->setText(revealed ? tr("Hide") : tr("Show"));
    if (m_show->isChecked() != revealed)
        m_show->setChecked(revealed);
}

} // namespace d1x::ui
