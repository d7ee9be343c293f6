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

    QString lastFolder() const;
    void setLastFolder(const QString &folder);
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
