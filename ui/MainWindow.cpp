// MainWindow: layout, the flow from credentials to saved file, settings, and the keychain's wiring.
#include "MainWindow.h"

#include "LocalProjectPicker.h"
#include "SourceChooser.h"

#include "AccountCombo.h"
#include "ApiEndpoint.h"
#include "BackupDialog.h"
#include "CloudflareClient.h"
#include "CredentialsPanel.h"
#include "DatabasePicker.h"
#include "DemoLauncher.h"
#include "ExportOptionsBox.h"
#include "ExportPanel.h"
#include "ExportReadiness.h"
#include "ExportRequestCheck.h"
#include "FileDialog.h"
#include "FileNames.h"
#include "ImportDialog.h"
#include "LogView.h"
#include "MessageBox.h"
#include "NoticeBar.h"
#include "SaveTargets.h"
#include "SignInStatus.h"
#include "TablePicker.h"
#include "UiFormat.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace d1x::ui {

MainWindow::MainWindow(QNetworkAccessManager *nam, AppSettings *settings, CredentialStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_secrets(new SavedSecrets(store, this))
    , m_log(new LogModel(5000, this))
    , m_session(new ConnectionSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("D1 Exporter"));
    buildUi();
    buildMenus();
    setUpTabOrder();

    connect(m_secrets, &SavedSecrets::secretLoaded, this, &MainWindow::onSecretLoaded);
    m_secretLoadDelay = new QTimer(this);
    m_secretLoadDelay->setSingleShot(true);
    m_secretLoadDelay->setInterval(400);
    connect(m_secretLoadDelay, &QTimer::timeout, this, &MainWindow::loadRememberedSecret);
    connect(m_secrets, &SavedSecrets::info, this, [this](const QString &text) { log(LogModel::Level::Info, text); });
    connect(m_secrets, &SavedSecrets::problem, this, [this](const QString &reason, const QString &notice) {
        log(LogModel::Level::Warning, tr("System keychain: %1").arg(reason));
        if (!notice.isEmpty())
            m_notice->showMessage(NoticeBar::Level::Warning, notice);
    });

    connect(m_session, &ConnectionSession::verificationFinished, this, &MainWindow::onVerified);
    connect(m_session, &ConnectionSession::accountsListed, this, &MainWindow::onAccountsListed);
    connect(m_session, &ConnectionSession::databasesListed, this,
            [this](const QString &, const QList<DatabaseInfo> &list, const ApiError &error) {
                onDatabasesListed(list, error);
            });
    connect(m_session, &ConnectionSession::tablesListed, this, &MainWindow::onTablesListed);
    connect(m_session, &ConnectionSession::retrying, this, &MainWindow::onRetrying);
    connect(m_session, &ConnectionSession::busyChanged, this, &MainWindow::updateReadiness);

    restoreSettings();
}

MainWindow::~MainWindow()
{
    saveSettings();
    abortRequests(false);
    if (m_controller && m_controller->isRunning())
        m_controller->cancel(); // leaves no partial file behind
    if (m_backup && m_backup->isRunning())
        m_backup->cancel();
}

// ---------------------------------------------------------------------------------------------
// Layout

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_notice = new NoticeBar(central);
    m_source = new SourceChooser(central);
    m_local = new LocalProjectPicker(m_settings, central);
    m_local->hide();
    m_credentials = new CredentialsPanel(central);
    m_databases = new DatabasePicker(central);
    m_tables = new TablePicker(central);
    m_options = new ExportOptionsBox(m_settings, central);
    m_export = new ExportPanel(m_log, central);

    // Two columns: connect, pick the database, set how to export | choose tables, export and watch it.
    // The options sit under the database list, which has room to give; the log and report get the
    // right column's height.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_source);
    leftLayout->addWidget(m_credentials);
    leftLayout->addWidget(m_databases, 1);
    leftLayout->addWidget(m_local, 1);
    leftLayout->addWidget(m_options);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tables, 2);
    rightLayout->addWidget(m_export, 4);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);

    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_source, &SourceChooser::sourceChanged, this, &MainWindow::onSourceChanged);
    connect(m_local, &LocalProjectPicker::databaseChanged, this, &MainWindow::loadTables);
    connect(m_credentials, &CredentialsPanel::verifyRequested, this, &MainWindow::verify);
    connect(m_credentials, &CredentialsPanel::credentialsEdited, this, &MainWindow::onCredentialsEdited);
    connect(m_credentials, &CredentialsPanel::rememberToggled, this, &MainWindow::onRememberToggled);
    connect(m_credentials, &CredentialsPanel::schemeChanged, this, [this](Credentials::Scheme scheme) {
        m_settings->setAuthScheme(scheme == Credentials::Scheme::GlobalKey ? AppSettings::AuthScheme::GlobalKey
                                                                           : AppSettings::AuthScheme::ApiToken);
    });
    connect(m_credentials, &CredentialsPanel::emailEditingFinished, this,
            [this] { m_settings->setEmail(m_credentials->email()); });

    connect(m_databases->accountCombo(), &AccountCombo::accountChosen, this, [this] { loadDatabases(false); });
    connect(m_databases, &DatabasePicker::reloadAccountsRequested, this, &MainWindow::loadAccounts);
    connect(m_databases, &DatabasePicker::reloadRequested, this, [this] { loadDatabases(true); });
    connect(m_databases, &DatabasePicker::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_databases, &DatabasePicker::databaseActivated, this,
            [this] { m_tables->tabOrder().constFirst()->setFocus(Qt::OtherFocusReason); });

    connect(m_tables, &TablePicker::selectionChanged, this, [this] {
        m_options->setPartialSelection(!m_tables->tablesForExport().isEmpty());
        updateReadiness();
    });
    connect(m_tables, &TablePicker::contentChanged, this, [this](AppSettings::Content content) {
        m_settings->setContent(content);
        m_options->setContent(content);
    });

    connect(m_export, &ExportPanel::exportRequested, this, &MainWindow::startExport);
    connect(m_export, &ExportPanel::backupRequested, this, &MainWindow::startBackup);
    connect(m_export, &ExportPanel::cancelRequested, this, [this] {
        if (m_controller)
            m_controller->cancel();
        if (m_backup)
            m_backup->cancel();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::startExport);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    m_backupAction = file->addAction(tr("&Back Up Databases…"), this, &MainWindow::startBackup);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupAction->setEnabled(false);
    m_importAction = file->addAction(tr("&Import into D1…"), this, &MainWindow::startImport);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About D1 Exporter"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setUpTabOrder()
{
    QList<QWidget *> order = m_credentials->tabOrder();
    order += m_databases->tabOrder();
    order += m_options->tabOrder();
    order += m_tables->tabOrder();
    order += m_export->tabOrder();
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

// ---------------------------------------------------------------------------------------------
// Settings

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1120, 860);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(m_settings->windowState());

    const bool globalKey = m_settings->authScheme() == AppSettings::AuthScheme::GlobalKey;
    m_credentials->setScheme(globalKey ? Credentials::Scheme::GlobalKey : Credentials::Scheme::ApiToken);
    m_credentials->setEmail(m_settings->email());
    m_credentials->setRememberSecret(m_settings->rememberSecret());

    const QString environmentBase = qEnvironmentVariable("CLOUDFLARE_API_BASE_URL");
    if (!environmentBase.isEmpty()) {
        m_credentials->setApiBase(environmentBase);
        m_apiBaseFromOutside = true;
    } else {
        m_credentials->setApiBase(m_settings->apiBase());
    }

    m_databases->accountCombo()->setAccountId(m_settings->accountId());
    m_preferredDatabaseId = m_settings->databaseId();
    m_tables->setContent(m_settings->content());
    m_options->setContent(m_settings->content());
    if (!m_settings->localProjectFolder().isEmpty())
        m_local->setFolder(m_settings->localProjectFolder());
    if (m_settings->localSource()) {
        m_source->setLocal(true);
        onSourceChanged(true);
    }

    // Once the caller has said which API base (--api-base) and whether this is the demo.
    if (m_settings->rememberSecret())
        QMetaObject::invokeMethod(this, &MainWindow::loadRememberedSecret, Qt::QueuedConnection);
    updateReadiness();
    m_credentials->tabOrder().constFirst()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::saveSettings()
{
    if (m_settingsSaved)
        return;
    m_settingsSaved = true;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    if (!m_demoSession) {
        m_settings->setEmail(m_credentials->email());
        if (m_credentials->isApiBaseEdited() || !m_apiBaseFromOutside) {
            const QString base = m_credentials->apiBase();
            m_settings->setApiBase(base == ApiEndpoint::defaultBase() ? QString() : base);
        }
    }
    m_settings->sync();
}

void MainWindow::setApiBaseOverride(const QString &base)
{
    if (base.isEmpty())
        return;
    m_credentials->setApiBase(base);
    m_apiBaseFromOutside = true;
}

void MainWindow::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
    if (m_client)
        m_client->setRetryPolicy(policy);
}

// ---------------------------------------------------------------------------------------------
// Demo

void MainWindow::startDemo(const QString &emulatorProgram)
{
    m_demoSession = true;
    m_secrets->setDemoMode(true); // nothing real may reach the demo, not even a read already under way
    m_credentials->setRememberSecret(false);
    m_credentials->setRememberAvailable(false, tr("The demo token is used for this session only."));
    m_notice->showMessage(NoticeBar::Level::Information, tr("Starting the offline demo…"));
    log(LogModel::Level::Info, tr("Starting the local D1 emulator for the offline demo."));
    auto *launcher = new DemoLauncher(this);
    m_demo = launcher;
    connect(launcher, &DemoLauncher::ready, this, &MainWindow::useDemoSession);
    connect(launcher, &DemoLauncher::failed, this, [this](const QString &reason) {
        m_notice->showMessage(NoticeBar::Level::Error,
                              tr("The offline demo stopped: %1. Start D1 Exporter again with --demo, or sign in "
                                 "to Cloudflare instead.")
                                  .arg(reason));
        log(LogModel::Level::Error, tr("The offline demo stopped: %1").arg(reason));
    });
    launcher->start(emulatorProgram);
}

void MainWindow::useDemoSession(const QString &apiBase, const QString &accountId, const QString &token)
{
    m_demoSession = true;
    m_secrets->setDemoMode(true); // a stored secret must not replace the demo token
    m_preferredDatabaseId.clear();
    m_credentials->setScheme(Credentials::Scheme::ApiToken);
    m_credentials->setRememberSecret(false);
    m_credentials->setRememberAvailable(false, tr("The demo token is used for this session only."));
    m_credentials->setApiBase(apiBase);
    m_credentials->setSecret(token);
    m_databases->accountCombo()->setAccountId(accountId);
    m_notice->showMessage(NoticeBar::Level::Information,
                          tr("Offline demo: D1 Exporter is talking to a local emulator at %1 that serves a sample "
                             "database. Nothing leaves this computer.")
                              .arg(apiBase));
    log(LogModel::Level::Info, tr("The offline demo is ready at %1.").arg(apiBase));
    verify();
}

// ---------------------------------------------------------------------------------------------
// Talking to the API

void MainWindow::log(LogModel::Level level, const QString &text)
{
    // Every line goes through the credentials' redaction: a secret never reaches the log.
    m_log->append(level, m_credentials->credentials().redact(text));
}

CloudflareClient *MainWindow::client(QString *why)
{
    const QString base = m_credentials->apiBase().isEmpty() ? ApiEndpoint::defaultBase() : m_credentials->apiBase();
    if (!m_client || m_clientBase != base) {
        const std::optional<ApiEndpoint> endpoint = ApiEndpoint::fromString(base, why);
        if (!endpoint)
            return nullptr;
        abortRequests();
        if (m_client && !(m_controller && m_controller->isRunning()))
            m_client->deleteLater();
        m_client = new CloudflareClient(m_nam, *endpoint, m_credentials->credentials(), this);
        m_client->setRetryPolicy(m_retryPolicy);
        m_clientBase = base;
        m_session->setClient(m_client);
    }
    m_client->setCredentials(m_credentials->credentials());
    return m_client;
}

void MainWindow::abortRequests(bool resetStatus)
{
    using Step = ConnectionSession::Step;
    const bool verifying = m_session->isBusy(Step::Verify);
    const bool listingAccounts = m_session->isBusy(Step::Accounts);
    const bool listingDatabases = m_session->isBusy(Step::Databases);
    const bool readingTables = m_session->isBusy(Step::Tables);
    m_session->abortAll();
    if (!resetStatus)
        return;
    // No status line may keep saying "Loading…" for a request that is gone.
    if (verifying)
        m_credentials->setStatus(CredentialsPanel::Status::Unknown, tr("Not verified yet."));
    if (listingAccounts)
        m_databases->setAccountsStatus({}, false);
    if (listingDatabases) {
        m_loadedAccountId.clear();
        m_databases->clear(tr("Choose an account to see its databases."));
    }
    if (readingTables) {
        m_tables->clear(tr("Choose a database to see its tables."));
        updateReadiness();
    }
}

void MainWindow::onRetrying(ConnectionSession::Step step, const ApiError &why, int attempt, int delayMs)
{
    // Told in the log and on the waiting step's status line, so a slow network never looks like a hang.
    const QString text = tr("%1 Trying again in %2 s (attempt %3)…")
                             .arg(why.summary())
                             .arg(qMax(1, (delayMs + 999) / 1000))
                             .arg(attempt + 1);
    log(LogModel::Level::Warning, text);
    switch (step) {
    case ConnectionSession::Step::Accounts:
        if (!m_session->isBusy(ConnectionSession::Step::Verify)) {
            m_databases->setAccountsStatus(text, false);
            break;
        }
        [[fallthrough]]; // the list is the sign-in check of a global key
    case ConnectionSession::Step::Verify:
        m_credentials->setStatus(CredentialsPanel::Status::Busy, text);
        break;
    case ConnectionSession::Step::Databases:
        m_databases->setLoading(text);
        break;
    case ConnectionSession::Step::Tables:
        m_tables->setLoading(text);
        break;
    }
}

void MainWindow::onCredentialsEdited()
{
    const QString origin = SavedSecrets::originOf(apiBaseUrl());
    if (origin != m_secretOrigin) {
        // A secret saved for one API origin is never sent to another one without the user typing it.
        // The field it was loaded into, whichever sign-in method is shown now.
        if (!m_loadedSecret.isEmpty() && m_credentials->secretFor(m_loadedScheme) == m_loadedSecret) {
            m_credentials->setSecretFor(m_loadedScheme, QString());
            log(LogModel::Level::Info, tr("The saved secret belongs to %1, so it was taken out of the form for this "
                                          "API base. Enter the secret for this one.")
                                           .arg(m_secretOrigin));
        }
        m_loadedSecret.clear();
        m_secretOrigin = origin;
        m_secrets->cancelLoad(); // an answer for the base before is no longer wanted
        m_secretLoadDelay->start(); // not a keychain read for every character typed
    }
    if (m_session->forgetVerification())
        m_credentials->setStatus(CredentialsPanel::Status::Unknown, tr("Changed: verify again."));
}

void MainWindow::verify()
{
    const Credentials credentials = m_credentials->credentials();
    if (!credentials.isComplete()) {
        SignInResult incomplete;
        incomplete.outcome = SignInResult::Outcome::Incomplete;
        incomplete.scheme = credentials.scheme;
        return onVerified(incomplete);
    }
    QString why;
    if (!client(&why)) {
        m_credentials->setStatus(CredentialsPanel::Status::Bad, tr("The API base URL cannot be used: %1").arg(why));
        m_credentials->setAdvancedVisible(true);
        emit verificationFinished(false);
        return;
    }
    m_credentials->setStatus(CredentialsPanel::Status::Busy, tr("Checking with Cloudflare…"));
    if (credentials.scheme == Credentials::Scheme::GlobalKey)
        m_databases->setAccountsStatus(tr("Loading accounts…"), false); // the list is the check
    m_session->verify(m_databases->accountCombo()->accountId());
}

void MainWindow::onVerified(const SignInResult &result)
{
    m_credentials->setStatus(result.ok() ? CredentialsPanel::Status::Good : CredentialsPanel::Status::Bad,
                             SignInStatus::statusLine(result));
    if (const QString line = SignInStatus::logLine(result); !line.isEmpty())
        log(SignInStatus::logLevel(result), line);
    if (!result.ok()) {
        if (result.scheme == Credentials::Scheme::GlobalKey && result.outcome != SignInResult::Outcome::Incomplete)
            m_databases->setAccountsStatus({}, false);
        emit verificationFinished(false);
        return;
    }
    rememberSecretIfAsked();
    emit verificationFinished(true);
    if (result.scheme == Credentials::Scheme::ApiToken)
        loadAccounts(); // a global key's check listed them already
}

void MainWindow::loadAccounts()
{
    QString why;
    CloudflareClient *api = client(&why);
    if (!api || !m_credentials->credentials().isComplete()) {
        m_databases->setAccountsStatus(api ? tr("Enter your credentials first.")
                                           : tr("The API base URL cannot be used: %1").arg(why),
                                       true);
        return;
    }
    m_databases->setAccountsStatus(tr("Loading accounts…"), false);
    m_session->listAccounts();
}

void MainWindow::onAccountsListed(const QList<Account> &accounts, const ApiError &error)
{
    AccountCombo *combo = m_databases->accountCombo();
    if (error) {
        // Account-owned tokens may not list accounts; the id can still be typed.
        m_databases->setAccountsStatus(tr("The accounts could not be listed (%1) Paste the account ID from the "
                                          "Cloudflare dashboard instead.")
                                           .arg(error.summary()),
                                       false);
        log(LogModel::Level::Warning, tr("Listing accounts failed: %1").arg(error.toString()));
        emit accountsLoaded(0);
        if (!combo->accountId().isEmpty())
            loadDatabases(false);
        return;
    }
    combo->setAccounts(accounts);
    if (combo->accountId().isEmpty() && accounts.size() >= 1) {
        const QString remembered = m_settings->accountId();
        const bool known = std::any_of(accounts.cbegin(), accounts.cend(),
                                       [&](const Account &a) { return a.id == remembered; });
        combo->setAccountId(known ? remembered : accounts.first().id);
    }
    if (accounts.isEmpty())
        m_databases->setAccountsStatus(tr("These credentials see no accounts. Paste the account ID instead."), false);
    else
        m_databases->setAccountsStatus({}, false);
    log(LogModel::Level::Info, tr("Accounts found: %n", nullptr, int(accounts.size())));
    emit accountsLoaded(int(accounts.size()));
    if (!combo->accountId().isEmpty())
        loadDatabases(false);
}

void MainWindow::loadDatabases(bool force)
{
    const QString accountId = m_databases->accountCombo()->accountId();
    if (accountId.isEmpty()) {
        m_session->abort(ConnectionSession::Step::Databases);
        m_loadedAccountId.clear();
        m_databases->clear(tr("Choose an account to see its databases."));
        return;
    }
    if (!force && accountId == m_loadedAccountId && m_databases->databaseCount() > 0)
        return;
    if (!ApiEndpoint::isSafeSegment(accountId)) {
        m_databases->setError(tr("\"%1\" cannot be an account ID: it contains spaces, slashes or other characters "
                                 "IDs never have.")
                                  .arg(accountId));
        return;
    }
    if (!m_demoSession)
        m_settings->setAccountId(accountId);
    QString why;
    CloudflareClient *api = client(&why);
    if (!api || !m_credentials->credentials().isComplete()) {
        m_databases->setError(api ? tr("Enter your credentials first.")
                                  : tr("The API base URL cannot be used: %1").arg(why));
        return;
    }
    // Keep the current choice selected across a reload.
    if (const std::optional<DatabaseInfo> current = m_databases->currentDatabase())
        m_preferredDatabaseId = current->uuid;
    m_session->abort(ConnectionSession::Step::Databases);
    if (accountId != m_loadedAccountId)
        m_databases->clear(); // never offer another account's databases while this one's load
    m_loadedAccountId = accountId;
    m_databases->setLoading(tr("Loading databases…"));
    m_session->listDatabases(accountId);
}

void MainWindow::onDatabasesListed(const QList<DatabaseInfo> &list, const ApiError &error)
{
    if (error) {
        m_loadedAccountId.clear();
        m_databases->setError(SignInStatus::describe(error));
        log(LogModel::Level::Error, tr("Listing databases failed: %1").arg(error.toString()));
        updateReadiness();
        emit databasesLoaded(-1);
        return;
    }
    log(LogModel::Level::Info, tr("Databases found: %n", nullptr, int(list.size())));
    m_databases->setDatabases(list, m_preferredDatabaseId);
    updateReadiness(); // the database list is also what a backup chooses from
    emit databasesLoaded(int(list.size()));
}

void MainWindow::onDatabaseChanged(const std::optional<DatabaseInfo> &database)
{
    if (database) {
        m_preferredDatabaseId = database->uuid;
        if (!m_demoSession)
            m_settings->setDatabaseId(database->uuid);
    }
    loadTables();
}

void MainWindow::onSourceChanged(bool local)
{
    m_settings->setLocalSource(local);
    m_credentials->setVisible(!local);
    m_databases->setVisible(!local);
    m_local->setVisible(local);
    loadTables();
}

void MainWindow::loadLocalTables()
{
    QString error;
    const std::optional<QList<TableInfo>> objects = m_local->readSchema(&error);
    onTablesListed(objects.value_or(QList<TableInfo>()),
                   objects ? ApiError() : ApiError(ApiError::Kind::LocalReadFailed, error));
}

std::optional<DatabaseInfo> MainWindow::chosenDatabase() const
{
    return m_source->isLocal() ? m_local->database() : m_databases->currentDatabase();
}

void MainWindow::loadTables()
{
    m_session->abort(ConnectionSession::Step::Tables);
    m_tablesFailed = false;
    if (m_source->isLocal())
        return loadLocalTables();
    const std::optional<DatabaseInfo> database = m_databases->currentDatabase();
    const QString accountId = m_databases->accountCombo()->accountId();
    if (!database || accountId.isEmpty()) {
        m_tables->clear(tr("Choose a database to see its tables."));
        updateReadiness();
        return;
    }
    if (!client())
        return;
    m_tables->setLoading(tr("Reading the tables of %1…").arg(database->name));
    m_session->listTables(accountId, database->uuid);
}

void MainWindow::onTablesListed(const QList<TableInfo> &objects, const ApiError &error)
{
    if (error && error.kind() == ApiError::Kind::LocalReadFailed) {
        m_tables->clear(error.detail()); // the local schema reader's own words
        updateReadiness();
        emit tablesLoaded(-1);
        return;
    }
    if (error) {
        m_tablesFailed = true;
        m_tables->setError(tr("The tables could not be read: %1 The whole database can still be exported.")
                               .arg(SignInStatus::describe(error)));
        log(LogModel::Level::Warning, tr("Reading the tables failed: %1").arg(error.toString()));
        updateReadiness();
        emit tablesLoaded(-1);
        return;
    }
    m_tables->setSchemaObjects(objects);
    updateReadiness();
    emit tablesLoaded(int(std::count_if(objects.cbegin(), objects.cend(), [](const TableInfo &t) { return t.isTable(); })));
}

void MainWindow::updateReadiness()
{
    const std::optional<DatabaseInfo> database = chosenDatabase();
    ExportReadiness state;
    state.localSource = m_source->isLocal();
    state.credentialsComplete = m_credentials->credentials().isComplete();
    state.accountChosen = !m_databases->accountCombo()->accountId().isEmpty();
    state.databaseChosen = database.has_value();
    state.databaseName = database ? database->name : QString();
    state.tablesLoading = m_session->isBusy(ConnectionSession::Step::Tables);
    state.tablesFailed = m_tablesFailed;
    state.hasTables = m_tables->hasTables();
    state.checkedTables = m_tables->checkedCount();
    state.signedIn = m_session->isVerified();
    state.databaseCount = m_databases->databaseCount();
    const ExportReadiness::Verdict verdict = state.evaluate();
    m_export->setReadiness(verdict.canExport, verdict.text);
    m_exportAction->setEnabled(verdict.canExport && !isExportRunning());
    m_export->setBackupAvailable(verdict.canBackUp);
    m_backupAction->setEnabled(verdict.canBackUp && !isExportRunning());
    m_importAction->setEnabled(!state.localSource && state.signedIn && state.accountChosen && !isExportRunning());
}

// ---------------------------------------------------------------------------------------------
// Export

bool MainWindow::isExportRunning() const
{
    return (m_controller && m_controller->isRunning()) || (m_backup && m_backup->isRunning());
}

void MainWindow::startExport()
{
    if (isExportRunning())
        return;
    const std::optional<DatabaseInfo> database = chosenDatabase();
    if (!database)
        return;
    // The kind of file saved last time is suggested again.
    const QLatin1String suffix = !m_settings->keepSqlFile() ? QLatin1String(".sqlite")
        : m_settings->gzipOutput()                          ? QLatin1String(".sql.gz")
                                                            : QLatin1String(".sql");
    const QString name = FileNames::safeBaseName(database->name) + QLatin1Char('-')
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + suffix;
    const QString suggested = QDir(m_settings->lastFolder()).filePath(name);
    // A name ending in .gz is compressed while it downloads (the core's Compression::Auto); one ending
    // in .sqlite or .db is an SQLite database loaded from the dump, with no SQL file kept.
    FileDialog::getSaveFileName(this, tr("Export %1").arg(database->name), suggested,
                                tr("SQL dump (*.sql);;Compressed SQL dump (*.sql.gz);;SQLite database (*.sqlite "
                                   "*.sqlite3 *.db);;All files (*)"),
                                QStringLiteral("sql"), this,
                                [this](const QString &path) { onSaveFileChosen(path); });
}

void MainWindow::onSaveFileChosen(const QString &path)
{
    if (path.isEmpty() || isExportRunning())
        return; // the user changed their mind
    const std::optional<DatabaseInfo> database = chosenDatabase();
    if (!database)
        return;
    m_settings->setLastFolder(QFileInfo(path).absolutePath());

    ExportRequest request;
    request.accountId = m_databases->accountCombo()->accountId();
    request.databaseId = database->uuid;
    request.databaseName = database->name;
    request.options = m_tables->exportOptions();
    m_options->applyTo(request);
    if (m_source->isLocal()) {
        request.accountId.clear();
        request.localDatabasePath = m_local->databasePath();
        request.compareLiveCounts = false; // nothing on D1 to compare a local database with
        request.compareLiveValues = false;
    }

    const SaveTargets targets = SaveTargets::forChosenFile(path, m_options->saveSqliteCopy());
    request.outputPath = targets.outputPath;
    request.sqlitePath = targets.sqlitePath; // the file dialog already asked before replacing `path`
    if (ExportRequestCheck::check(request) == ExportRequestCheck::Problem::DataOnlyNotLoadable) {
        m_notice->showMessage(NoticeBar::Level::Warning,
                              tr("A data-only dump cannot become an SQLite database: it has no tables to "
                                 "hold the rows. Choose \"Schema and data\", or save it as SQL."));
        return;
    }
    if (!targets.sqliteOnly())
        m_settings->setGzipOutput(path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive));
    m_settings->setKeepSqlFile(!targets.sqliteOnly());
    // The SQLite copy goes beside the dump under a name the file dialog did not ask about.
    if (!targets.sqliteIsExtraFile() || !QFileInfo::exists(request.sqlitePath)) {
        runExport(request);
        return;
    }
    MessageBox::question(this, tr("Replace SQLite Database?"),
                         tr("%1 already exists.").arg(QFileInfo(request.sqlitePath).fileName()),
                         tr("The export also saves the database as SQLite under that name. Replace it? It is "
                            "replaced only once the new one is complete."),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                         [this, request](QMessageBox::StandardButton answer) {
                             if (answer == QMessageBox::Yes && !isExportRunning())
                                 runExport(request);
                             else
                                 log(LogModel::Level::Info, tr("Export not started: %1 was kept.")
                                                                .arg(QDir::toNativeSeparators(request.sqlitePath)));
                         });
}

void MainWindow::runExport(const ExportRequest &request)
{
    CloudflareClient *api = client();
    if (!api)
        return;
    auto *controller = new ExportController(api, this);
    m_controller = controller;
    const QString name = request.databaseName;
    // The title tells how far it got, for a window that is minimised or behind others.
    connect(controller, &ExportController::stateChanged, this, [this, name](ExportController::State state) {
        m_export->setState(state);
        if (state == ExportController::State::Starting || state == ExportController::State::Exporting)
            setWindowTitle(tr("Exporting %1…").arg(name));
        else if (state == ExportController::State::Verifying)
            setWindowTitle(tr("Checking the dump of %1…").arg(name));
        emit exportStateChanged(state);
    });
    connect(controller, &ExportController::downloadProgress, this, [this, name](qint64 received, qint64 total) {
        if (total > 0)
            setWindowTitle(tr("Downloading %1 (%2 %)").arg(name).arg(received * 100 / total));
    });
    connect(controller, &ExportController::logMessage, this, &MainWindow::log);
    connect(controller, &ExportController::downloadProgress, m_export, &ExportPanel::setDownloadProgress);
    connect(controller, &ExportController::verifyProgress, m_export, &ExportPanel::setVerifyProgress);
    connect(controller, &ExportController::rateLimitWait, m_export, &ExportPanel::setRateLimitWait);
    connect(controller, &ExportController::finished, this, &MainWindow::onExportFinished);

    setInputsLocked(true);
    m_export->exportStarted(request.outputPath.isEmpty() ? request.sqlitePath : request.outputPath);
    controller->start(request);
}

void MainWindow::onExportFinished(const ExportResult &result)
{
    // Deleted later: this runs inside the controller's own finished() signal.
    if (ExportController *controller = std::exchange(m_controller, nullptr))
        controller->deleteLater();
    m_export->exportFinished(result);
    endRun();
    emit exportFinished(result);
}

void MainWindow::endRun()
{
    setWindowTitle(tr("D1 Exporter"));
    setInputsLocked(false);
    updateReadiness();
}

void MainWindow::startBackup()
{
    if (isExportRunning() || !m_session->isVerified() || m_databases->databaseCount() == 0)
        return;
    auto *dialog = new BackupDialog(m_databases->databases(), m_settings, this);
    connect(dialog, &BackupDialog::backupRequested, this, &MainWindow::runBackup);
    dialog->open();
}

void MainWindow::runBackup(BackupRequest request)
{
    CloudflareClient *api = client();
    if (!api || isExportRunning())
        return;
    request.accountId = m_databases->accountCombo()->accountId();

    auto *runner = new BackupRunner(api, this);
    m_backup = runner;
    connect(runner, &BackupRunner::logMessage, this, &MainWindow::log);
    connect(runner, &BackupRunner::stateChanged, m_export, &ExportPanel::setState);
    connect(runner, &BackupRunner::downloadProgress, m_export, &ExportPanel::setDownloadProgress);
    connect(runner, &BackupRunner::verifyProgress, m_export, &ExportPanel::setVerifyProgress);
    connect(runner, &BackupRunner::rateLimitWait, m_export, &ExportPanel::setRateLimitWait);
    connect(runner, &BackupRunner::databasesResolved, m_export, &ExportPanel::setBackupDatabases);
    connect(runner, &BackupRunner::databaseStarted, this,
            [this](int index, int count, const DatabaseInfo &database) {
                m_export->backupDatabaseStarted(index, count, database);
                setWindowTitle(tr("Backing up %1 (%2 of %3)…").arg(database.name).arg(index + 1).arg(count));
            });
    connect(runner, &BackupRunner::databaseFinished, m_export, &ExportPanel::backupDatabaseFinished);
    connect(runner, &BackupRunner::finished, this, &MainWindow::onBackupFinished);

    setInputsLocked(true);
    m_export->backupStarted(request.folder);
    runner->start(request);
}

void MainWindow::onBackupFinished(const BackupSummary &summary)
{
    if (BackupRunner *runner = std::exchange(m_backup, nullptr))
        runner->deleteLater();
    m_export->backupFinished(summary);
    endRun();
    emit backupFinished(summary);
}

void MainWindow::startImport()
{
    CloudflareClient *api = client();
    const QString accountId = m_databases->accountCombo()->accountId();
    if (!api || isExportRunning() || !m_session->isVerified() || accountId.isEmpty() || m_source->isLocal())
        return;
    const std::optional<DatabaseInfo> current = m_databases->currentDatabase();
    auto *dialog = new ImportDialog(api, accountId, m_databases->databases(), current ? current->uuid : QString(),
                                    m_settings, this);
    connect(dialog, &ImportDialog::logMessage, this, &MainWindow::log);
    // A new database, or other tables and sizes: the list is read again.
    connect(dialog, &ImportDialog::importFinished, this, [this] { loadDatabases(true); });
    connect(dialog, &ImportDialog::undoFinished, this, [this] { loadDatabases(true); });
    dialog->open();
}

void MainWindow::setInputsLocked(bool locked)
{
    // Disabled, not hidden: the choices stay readable while the export runs.
    m_credentials->setEnabled(!locked);
    m_databases->setEnabled(!locked);
    m_source->setEnabled(!locked);
    m_local->setEnabled(!locked);
    m_tables->setEnabled(!locked);
    m_options->setEnabled(!locked);
    m_exportAction->setEnabled(!locked);
    m_backupAction->setEnabled(!locked);
    m_importAction->setEnabled(!locked);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isExportRunning()) {
        saveSettings();
        event->accept();
        return;
    }
    event->ignore();
    if (m_closeQuestionOpen)
        return;
    m_closeQuestionOpen = true;
    MessageBox::question(this, tr("Export Running"), tr("An export is still running."),
                         tr("Cancel it and close D1 Exporter? No file will be written."),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                         [this](QMessageBox::StandardButton answer) {
                             m_closeQuestionOpen = false;
                             if (answer != QMessageBox::Yes)
                                 return;
                             if (m_controller)
                                 m_controller->cancel();
                             if (m_backup)
                                 m_backup->cancel();
                             close();
                         });
}

// ---------------------------------------------------------------------------------------------
// Keychain

QString MainWindow::secretKey() const
{
    return m_credentials->scheme() == Credentials::Scheme::GlobalKey
        ? CredentialStore::globalKeyKey(m_credentials->email())
        : CredentialStore::tokenKey();
}

QUrl MainWindow::apiBaseUrl() const
{
    const QString base = m_credentials->apiBase();
    return QUrl(base.isEmpty() ? ApiEndpoint::defaultBase() : base);
}

void MainWindow::loadRememberedSecret()
{
    m_secretOrigin = SavedSecrets::originOf(apiBaseUrl());
    if (m_demoSession || !m_credentials->rememberSecret() || !m_credentials->secret().isEmpty())
        return;
    m_loadingKey = secretKey();
    m_secrets->load(apiBaseUrl(), m_loadingKey);
}

void MainWindow::onSecretLoaded(const QString &origin, const QString &secret)
{
    if (m_demoSession || origin != SavedSecrets::originOf(apiBaseUrl()) || secretKey() != m_loadingKey
        || !m_credentials->secret().isEmpty())
        return; // the demo, another API base or sign-in method, or the user typed something: theirs wins
    m_loadedSecret = secret;
    m_loadedScheme = m_credentials->scheme();
    m_credentials->setSecret(secret);
    updateReadiness();
    verify();
}

void MainWindow::rememberSecretIfAsked()
{
    if (m_demoSession || !m_credentials->rememberSecret())
        return;
    m_secrets->save(apiBaseUrl(), secretKey(), m_credentials->secret());
}

void MainWindow::onRememberToggled(bool remember)
{
    if (m_demoSession)
        return;
    m_settings->setRememberSecret(remember);
    if (remember) {
        if (m_session->isVerified())
            rememberSecretIfAsked();
        else
            log(LogModel::Level::Info, tr("The secret will be saved in the system keychain once it is verified."));
    } else {
        m_secrets->forget(apiBaseUrl(), secretKey());
    }
}

// ---------------------------------------------------------------------------------------------

void MainWindow::showAbout()
{
    // Non-modal and self-deleting: QMessageBox::about() would run a nested event loop.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About D1 Exporter"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>D1 Exporter %1</h3><p>Exports Cloudflare D1 databases as SQL files.</p>"
                    "<p>Built with Qt %2.</p>")
                     .arg(QStringLiteral(D1X_VERSION), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace d1x::ui
