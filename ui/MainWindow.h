// MainWindow: D1 Exporter's window. It arranges the four steps (connection, database, tables,
// export), calls d1core for everything that talks to Cloudflare or writes files, and renders the
// answers. Its dependencies are injected so tests and the app choose the network access manager,
// the settings file and the keychain service.
#pragma once

#include "ApiCall.h"
#include "AppSettings.h"
#include "BackupRunner.h"
#include "ConnectionSession.h"
#include "CredentialStore.h"
#include "ExportController.h"
#include "SavedSecrets.h"
#include "LogModel.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QNetworkAccessManager;
class QSplitter;
class QTimer;

namespace d1x {
class CloudflareClient;
}

namespace d1x::ui {

class CredentialsPanel;
class DatabasePicker;
class DemoLauncher;
class ExportOptionsBox;
class ExportPanel;
class LocalProjectPicker;
class NoticeBar;
class SourceChooser;
class TablePicker;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // None of the three is owned; all must outlive the window.
    MainWindow(QNetworkAccessManager *nam, AppSettings *settings, CredentialStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // --api-base (or CLOUDFLARE_API_BASE_URL): shown instead of the remembered base, saved only if edited.
    void setApiBaseOverride(const QString &base);
    // --demo: starts the bundled emulator and fills in its address and token once it is ready.
    void startDemo(const QString &emulatorProgram = {});
    // Uses a local emulator session: its base, account and token (kept for this session only).
    void useDemoSession(const QString &apiBase, const QString &accountId, const QString &token);
    // Tests shorten the client's retry pauses with this.
    void setRetryPolicy(const RetryPolicy &policy);

    bool isExportRunning() const;
    LogModel *logModel() const { return m_log; }

signals:
    // For tests and the screenshot tour: the steps of the flow as they complete.
    void verificationFinished(bool ok);
    void accountsLoaded(int count);
    void databasesLoaded(int count);
    void tablesLoaded(int count);
    void exportStateChanged(d1x::ExportController::State state);
    void exportFinished(const d1x::ExportResult &result);
    void backupFinished(const d1x::BackupSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void setUpTabOrder();
    void restoreSettings();
    void saveSettings();

    void log(LogModel::Level level, const QString &text);
    // The client for the current API base and credentials; nullptr (with `why`) if the base is unusable.
    CloudflareClient *client(QString *why = nullptr);
    // Stops every list or check in flight; with `resetStatus`, their "Loading…" lines go too.
    void abortRequests(bool resetStatus = true);
    void onRetrying(ConnectionSession::Step step, const ApiError &why, int attempt, int delayMs);

    void verify();
    void onVerified(const SignInResult &result);
    void loadAccounts();
    void onAccountsListed(const QList<Account> &accounts, const ApiError &error);
    void loadDatabases(bool force);
    void onDatabasesListed(const QList<DatabaseInfo> &list, const ApiError &error);
    void onDatabaseChanged(const std::optional<DatabaseInfo> &database);
    void loadTables();
    void onTablesListed(const QList<TableInfo> &objects, const ApiError &error);
    void updateReadiness();
    // The local-project source: which boxes show, its tables, and the database to export.
    void onSourceChanged(bool local);
    void loadLocalTables();
    std::optional<DatabaseInfo> chosenDatabase() const;

    void startExport();
    void onSaveFileChosen(const QString &path);
    void runExport(const ExportRequest &request);
    void onExportFinished(const ExportResult &result);
    void startBackup();
    void runBackup(BackupRequest request);
    void onBackupFinished(const BackupSummary &summary);
    // File → Import into D1…: the dialog, with this session's client, account and database list.
    void startImport();
    // After an export or a backup: the window is the user's again.
    void endRun();
    void setInputsLocked(bool locked);

    void onCredentialsEdited();
    void onRememberToggled(bool remember);
    void rememberSecretIfAsked();
    // The keychain entry is chosen by the API base's origin (see SavedSecrets).
    void loadRememberedSecret();
    void onSecretLoaded(const QString &origin, const QString &secret);
    QString secretKey() const;
    QUrl apiBaseUrl() const;

    void showAbout();

    QNetworkAccessManager *m_nam;
    AppSettings *m_settings;
    SavedSecrets *m_secrets;
    RetryPolicy m_retryPolicy;

    LogModel *m_log;
    ConnectionSession *m_session;
    NoticeBar *m_notice = nullptr;
    SourceChooser *m_source = nullptr;
    LocalProjectPicker *m_local = nullptr;
    CredentialsPanel *m_credentials = nullptr;
    DatabasePicker *m_databases = nullptr;
    TablePicker *m_tables = nullptr;
    ExportOptionsBox *m_options = nullptr;
    ExportPanel *m_export = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_importAction = nullptr;

    CloudflareClient *m_client = nullptr;
    QString m_clientBase;
    QPointer<ExportController> m_controller;
    QPointer<BackupRunner> m_backup;
    QPointer<DemoLauncher> m_demo;

    QString m_loadedAccountId;     // the account whose databases are listed
    QString m_preferredDatabaseId; // remembered selection, applied when the list arrives
    QString m_secretOrigin; // the API origin whose saved secret the form may hold
    QString m_loadedSecret; // the secret the keychain gave for it, while the form still holds it
    Credentials::Scheme m_loadedScheme = Credentials::Scheme::ApiToken; // the field it was put in
    QTimer *m_secretLoadDelay = nullptr; // the API base being typed: read the keychain once typing pauses
    QString m_loadingKey;   // the entry asked for (scheme and email), so an answer for another is dropped
    bool m_tablesFailed = false;
    bool m_demoSession = false;
    bool m_apiBaseFromOutside = false;
    bool m_closeQuestionOpen = false;
    bool m_settingsSaved = false;
};

} // namespace d1x::ui
