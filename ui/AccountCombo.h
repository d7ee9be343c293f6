// AccountCombo: an editable combo of Cloudflare accounts. Filled from the API when the credentials
// may list accounts; otherwise (account-owned tokens) the user types or pastes the account id.
// Items show the account name; the id is the item data and the tooltip.
#pragma once

#include "CloudflareTypes.h"

#include <QComboBox>

namespace d1x::ui {

class AccountCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit AccountCombo(QWidget *parent = nullptr);

    // Keeps what the user typed or chose when it is still meaningful.
    void setAccounts(const QList<Account> &accounts);
    // The chosen item's id, else the typed text (trimmed).
    QString accountId() const;
    // Selects the account with this id, or shows the id as typed text when it is not in the list.
    void setAccountId(const QString &id);

signals:
    // The user picked an item or confirmed typed text (Enter, or leaving the field).
    void accountChosen(const QString &accountId);

private:
    void confirm();
    QString m_lastConfirmed;
};

} // namespace d1x::ui
