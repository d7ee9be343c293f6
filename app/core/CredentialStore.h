// Keeps the API token or global API key in the system keychain (Secret Service, Keychain, Windows
// Credential Manager) through QtKeychain — never in settings files. Every operation is an
// asynchronous job; when no keychain is available the caller is told so and keeps the secret for
// the session only.
#pragma once

#include <QObject>
#include <QString>

namespace d1x {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Ok, NotFound, Unavailable, Failed };
    Q_ENUM(Outcome)

    explicit CredentialStore(QObject *parent = nullptr);
    // The keychain service name; tests use their own so they never touch the user's entries.
    void setServiceName(const QString &service) { m_service = service; }
    QString serviceName() const { return m_service; }

    // `key` names the secret, e.g. "api-token" or "global-key:user@example.com".
    void read(const QString &key);
    void write(const QString &key, const QString &secret);
    void remove(const QString &key);

    static QString tokenKey() { return QStringLiteral("api-token"); }
    static QString globalKeyKey(const QString &email) { return QStringLiteral("global-key:") + email; }

signals:
    void readFinished(const QString &key, d1x::CredentialStore::Outcome outcome, const QString &secret,
                      const QString &errorText);
    void writeFinished(const QString &key, d1x::CredentialStore::Outcome outcome, const QString &errorText);
    void removeFinished(const QString &key, d1x::CredentialStore::Outcome outcome, const QString &errorText);

private:
    QString m_service = QStringLiteral("D1 Exporter");
};

} // namespace d1x
