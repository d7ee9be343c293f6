// AccountCombo: id resolution between listed names and typed ids.
#include "AccountCombo.h"

#include <QLineEdit>

namespace d1x::ui {

AccountCombo::AccountCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    // Typed text is an id, not a new list entry.
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    lineEdit()->setPlaceholderText(tr("Pick an account or paste its ID"));
    lineEdit()->setClearButtonEnabled(true);

    connect(this, &QComboBox::activated, this, [this](int) { confirm(); });
    connect(lineEdit(), &QLineEdit::returnPressed, this, &AccountCombo::confirm);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &AccountCombo::confirm);
}

void AccountCombo::setAccounts(const QList<Account> &accounts)
{
    const QString keep = accountId();
    const QSignalBlocker blocker(this);
    clear();
    for (const Account &account : accounts) {
        addItem(account.name.isEmpty() ? account.id : account.name, account.id);
        setItemData(count() - 1, tr("Account ID: %1").arg(account.id), Qt::ToolTipRole);
    }
    setAccountId(keep);
}

QString AccountCombo::accountId() const
{
    const QString text = currentText().trimmed();
    const int index = currentIndex();
    if (index >= 0 && itemText(index) == currentText())
        return itemData(index).toString();
    // Typed text may be the name of a listed account.
    const int byName = findText(text, Qt::MatchFixedString);
    if (byName >= 0)
        return itemData(byName).toString();
    return text;
}

void AccountCombo::setAccountId(const QString &id)
{
    const QSignalBlocker blocker(this);
    const int index = findData(id);
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(id);
    }
    m_lastConfirmed = accountId();
}

void AccountCombo::confirm()
{
    const QString id = accountId();
    if (id == m_lastConfirmed)
        return;
    m_lastConfirmed = id;
    emit accountChosen(id);
}

} // namespace d1x::ui
