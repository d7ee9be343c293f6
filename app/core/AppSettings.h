// The choices D1 Exporter remembers between runs (QSettings). Secrets are never stored here: for
// them there is CredentialStore, and this class only records *whether* the user asked to keep one.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

namespace d1x {

class AppSettings
{
public:
    AppSettings();                             // the application's default QSettings
    explicit AppSettings(const QString &iniPath); // a given file (tests)

    enum class AuthScheme { ApiToken, GlobalKey };
    AuthScheme authScheme() const;
    void setAuthScheme(AuthScheme scheme);
    QString email() const; // the account email of the global-key scheme: an identifier, not a secret
    void setEmail(const QString &email);
    bool rememberSecret() const;
    void setRememberSecret(bool remember);

    QString apiBase() const; // empty: the default
    void setApiBase(const QString &base);
    QString accountId() const;
    void setAccountId(const QString &id);
    QString databaseId() const;
    void setDatabaseId(const QString &id);

    enum class Content { SchemaAndData, SchemaOnly, DataOnly };
    Content content() const;
    void setContent(Content content);

    // The folder remembered for the next save dialog; while none is (or it is gone), the user's
    // Documents folder, or the home folder when there is no Documents folder.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    // The "complete export" options (see ExportRequest); remembered between runs.
    bool includeRelatedObjects() const; // default true
    void setIncludeRelatedObjects(bool on);
    bool verifyAfterExport() const;     // default true: proof that the dump loads is worth the time
    void setVerifyAfterExport(bool on);
    bool compareLiveCounts() const;     // default false: counting is billed by D1
    void setCompareLiveCounts(bool on);
    bool compareLiveValues() const;     // default false: D1 reads (and bills) every row again
    void setCompareLiveValues(bool on);
    bool gzipOutput() const;            // default false
    void setGzipOutput(bool on);
    int timeLimitMinutes() const;       // default 120: see ExportRequest::timeLimitMs
    void setTimeLimitMinutes(int minutes);
    bool saveSqliteCopy() const;        // default false
    void setSaveSqliteCopy(bool on);
    bool keepSqlFile() const;           // default true (false: SQLite instead of SQL)
    void setKeepSqlFile(bool on);
    // Where the tables come from: a Cloudflare account, or a local project's wrangler dev data.
    bool localSource() const;           // default false
    void setLocalSource(bool local);
    QString localProjectFolder() const; // empty until one was chosen
    void setLocalProjectFolder(const QString &folder);
    QString lastBackupFolder() const;   // empty until a backup was made
    void setLastBackupFolder(const QString &folder);
    // Import into D1: the folder the last input file came from (while none is, or it is gone: the
    // export folder, lastFolder()), and "Count rows after the import" (default false: billed by D1).
    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);
    bool importCountRows() const;
    void setImportCountRows(bool on);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString language() const; // empty: follow the system
    void setLanguage(const QString &language);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace d1x
