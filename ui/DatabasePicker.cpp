// DatabasePicker: account row, filter, sortable database table.
#include "DatabasePicker.h"

#include "AccountCombo.h"
#include "DatabaseFilterModel.h"
#include "DatabaseListModel.h"
#include "OutcomeStyle.h"
#include "SearchLineEdit.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace d1x::ui {

DatabasePicker::DatabasePicker(QWidget *parent)
    : QGroupBox(tr("Database"), parent)
    , m_account(new AccountCombo(this))
    , m_reloadAccounts(new QToolButton(this))
    , m_accountsStatus(new QLabel(this))
    , m_filter(new SearchLineEdit(this))
    , m_reload(new QPushButton(tr("Rel&oad"), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_model(new DatabaseListModel(this))
    , m_proxy(new DatabaseFilterModel(m_model, this))
{
    setObjectName(QStringLiteral("databasePicker"));

    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_account->setAccessibleName(tr("Cloudflare account"));
    m_account->setToolTip(tr("The account that owns the database. Account-owned tokens cannot list "
                             "accounts: paste the account ID from the dashboard instead."));
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);

    m_reloadAccounts->setObjectName(QStringLiteral("reloadAccountsButton"));
    m_reloadAccounts->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reloadAccounts->setToolTip(tr("Reload the list of accounts"));
    m_reloadAccounts->setAccessibleName(tr("Reload accounts"));
    connect(m_reloadAccounts, &QToolButton::clicked, this, &DatabasePicker::reloadAccountsRequested);

    m_accountsStatus->setObjectName(QStringLiteral("accountsStatusLabel"));
    m_accountsStatus->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_accountsStatus->setWordWrap(true);
    m_accountsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setObjectName(QStringLiteral("databaseFilterEdit"));
    m_filter->setPlaceholderText(tr("Name or ID"));
    m_filter->setAccessibleName(tr("Search databases"));
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);

    m_reload->setObjectName(QStringLiteral("reloadDatabasesButton"));
    m_reload->setToolTip(tr("Load the list of databases again"));
    m_reload->setAutoDefault(false);
    connect(m_reload, &QPushButton::clicked, this, &DatabasePicker::reloadRequested);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateStatus();
    });
    // Enter in the search field takes the first match.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
            m_view->setFocus(Qt::OtherFocusReason);
        }
    });

    m_view->setObjectName(QStringLiteral("databaseView"));
    m_view->setAccessibleName(tr("Databases"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DatabaseListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list, as in every other field
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view need not measure hundreds of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(DatabaseListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DatabaseListModel::SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DatabaseListModel::TablesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DatabaseListModel::CreatedColumn, QHeaderView::ResizeToContents);
    header->setHighlightSections(false);
    // Size the contents columns by the rows in view, not by up to 1,000 rows after every keystroke in
    // the search field: with thousands of databases that measuring is most of a keystroke's time.
    header->setResizeContentsPrecision(0);
    // A mouse click moves the current index before it selects the row: listen to both, and tell
    // only real changes.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DatabasePicker::checkCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DatabasePicker::checkCurrent);
    connect(m_view, &QTableView::activated, this, &DatabasePicker::databaseActivated);

    m_status->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_status->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    grid->addWidget(accountLabel, 0, 0);
    grid->addWidget(m_account, 0, 1);
    grid->addWidget(m_reloadAccounts, 0, 2);
    grid->addWidget(m_accountsStatus, 1, 1, 1, 2);
    grid->addWidget(filterLabel, 2, 0);
    grid->addWidget(m_filter, 2, 1);
    grid->addWidget(m_reload, 2, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    setAccountsStatus({}, false);
    clear(tr("Choose an account to see its databases."));
}

void DatabasePicker::setAccountsStatus(const QString &text, bool isError)
{
    m_accountsStatus->setText(text);
    m_accountsStatus->setVisible(!text.isEmpty());
    OutcomeStyle::setFailing(this, m_accountsStatus, isError);
}

void DatabasePicker::setLoading(const QString &text)
{
    m_statusOverride = text;
    m_statusIsError = false;
    m_reload->setEnabled(false);
    updateStatus();
}

void DatabasePicker::setDatabases(const QList<DatabaseInfo> &databases, const QString &preferredUuid)
{
    QSignalBlocker blocker(m_view->selectionModel());
    m_model->setDatabases(databases);
    // Columns the API left empty for every database are hidden rather than shown blank.
    const auto allUnknown = [&](auto member) {
        return std::all_of(databases.cbegin(), databases.cend(), [&](const DatabaseInfo &d) { return member(d); });
    };
    m_view->setColumnHidden(DatabaseListModel::SizeColumn,
                            !databases.isEmpty() && allUnknown([](const DatabaseInfo &d) { return d.fileSize < 0; }));
    m_view->setColumnHidden(DatabaseListModel::TablesColumn,
                            !databases.isEmpty() && allUnknown([](const DatabaseInfo &d) { return d.numTables < 0; }));
    m_view->setColumnHidden(DatabaseListModel::CreatedColumn,
                            !databases.isEmpty() && allUnknown([](const DatabaseInfo &d) { return !d.createdAt.isValid(); }));
    m_statusOverride.clear();
    m_statusIsError = false;
    m_reload->setEnabled(true);
    updateStatus();
    const bool selected = !preferredUuid.isEmpty() && selectUuid(preferredUuid);
    if (!selected && databases.size() == 1)
        selectUuid(databases.first().uuid);
    blocker.unblock();
    checkCurrent();
}

void DatabasePicker::setError(const QString &text)
{
    m_model->clear();
    m_statusOverride = text;
    m_statusIsError = true;
    m_reload->setEnabled(true);
    updateStatus();
    checkCurrent();
}

void DatabasePicker::clear(const QString &text)
{
    m_model->clear();
    m_statusOverride = text;
    m_statusIsError = false;
    updateStatus();
    checkCurrent();
}

void DatabasePicker::checkCurrent()
{
    const std::optional<DatabaseInfo> current = currentDatabase();
    const QString uuid = current ? current->uuid : QString();
    if (uuid == m_currentUuid)
        return;
    m_currentUuid = uuid;
    emit databaseChanged(current);
}

std::optional<DatabaseInfo> DatabasePicker::currentDatabase() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return std::nullopt;
    return m_model->databaseAt(source.row());
}

bool DatabasePicker::selectUuid(const QString &uuid)
{
    const int row = m_model->rowOfUuid(uuid);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // hidden by the search filter
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

int DatabasePicker::databaseCount() const
{
    return m_model->rowCount();
}

QList<DatabaseInfo> DatabasePicker::databases() const
{
    return m_model->databases();
}

void DatabasePicker::updateStatus()
{
    OutcomeStyle::setFailing(this, m_status, m_statusIsError);
    if (!m_statusOverride.isEmpty()) {
        m_status->setText(m_statusOverride);
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0)
        m_status->setText(tr("This account has no D1 databases."));
    else if (shown == total)
        m_status->setText(tr("Databases: %n", nullptr, total));
    else
        m_status->setText(tr("Databases: %1 of %n match the search", nullptr, total).arg(shown));
}

QList<QWidget *> DatabasePicker::tabOrder() const
{
    return {m_account, m_reloadAccounts, m_filter, m_reload, m_view};
}

} // namespace d1x::ui
