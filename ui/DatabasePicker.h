// DatabasePicker: the "Database" box — the account, then a searchable list of the account's D1
// databases (every page of them), with a Reload button and a line saying what the list holds.
#pragma once

#include "CloudflareTypes.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace d1x::ui {

class AccountCombo;
class DatabaseFilterModel;
class DatabaseListModel;

class DatabasePicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit DatabasePicker(QWidget *parent = nullptr);

    AccountCombo *accountCombo() const { return m_account; }

    void setAccountsStatus(const QString &text, bool isError);
    void setLoading(const QString &text);
    // Fills the list and selects `preferredUuid` when present (else the only database, if just one).
    void setDatabases(const QList<DatabaseInfo> &databases, const QString &preferredUuid);
    void setError(const QString &text);
    void clear(const QString &text = {});

    std::optional<DatabaseInfo> currentDatabase() const;
    bool selectUuid(const QString &uuid);
    int databaseCount() const;
    // Every database of the listed account, in the server's order.
    QList<DatabaseInfo> databases() const;

    QList<QWidget *> tabOrder() const;

signals:
    void reloadAccountsRequested();
    void reloadRequested();
    // Empty optional: nothing is selected any more.
    void databaseChanged(const std::optional<d1x::DatabaseInfo> &database);
    // Enter or double-click on a database: the user is done here.
    void databaseActivated();

private:
    void updateStatus();
    void checkCurrent();

    AccountCombo *m_account;
    QToolButton *m_reloadAccounts;
    QLabel *m_accountsStatus;
    QLineEdit *m_filter;
    QPushButton *m_reload;
    QTableView *m_view;
    QLabel *m_status;
    DatabaseListModel *m_model;
    DatabaseFilterModel *m_proxy;
    QString m_statusOverride;
    QString m_currentUuid; // the database last announced by databaseChanged
    bool m_statusIsError = false;
};

} // namespace d1x::ui
