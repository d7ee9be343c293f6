// ConnectionSession: signing in and browsing, for the window and the command line alike. It checks the
// credentials (an API token through its status, or an email + global API key by listing the accounts),
// lists accounts, databases and tables, and answers with typed values: no caller parses the API's JSON.
// One request of each kind at a time; a new one replaces the one in flight.
#pragma once

#include "ApiError.h"
#include "CloudflareClient.h"
#include "CloudflareTypes.h"
#include "Credentials.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace d1x {

class ApiTask;

// What a sign-in check found.
struct SignInResult {
    enum class Outcome {
        Accepted,      // the credentials work
        Rejected,      // Cloudflare does not know the token, or the email and key do not match
        Expired,       // a token past its end date
        Disabled,      // a token switched off
        UnknownStatus, // a token status this program does not know (`status` holds it)
        Failed,        // no answer that says either way (`error` tells why)
        Incomplete,    // nothing asked: the credentials lack a part
    };
    Outcome outcome = Outcome::Failed;
    Credentials::Scheme scheme = Credentials::Scheme::ApiToken;
    QString status;    // the token status as Cloudflare spelled it
    QDateTime expires; // when the token ends, if it does
    ApiError error;    // for Rejected and Failed
    bool ok() const { return outcome == Outcome::Accepted; }
};

class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    enum class Step { Verify, Accounts, Databases, Tables };
    Q_ENUM(Step)

    explicit ConnectionSession(QObject *parent = nullptr);
    ~ConnectionSession() override;

    // The client the requests go through (not owned). Changing it stops every request in flight.
    void setClient(CloudflareClient *client);
    CloudflareClient *client() const { return m_client; }

    // Checks the client's credentials; verificationFinished() follows. An account-owned token is only
    // known to its account's verify endpoint: with `accountId`, that form is tried when the plain one
    // says "unknown token". For an email + global key, the accounts list is the check, and
    // accountsListed() follows a successful one.
    void verify(const QString &accountId = {});
    void listAccounts();
    // `nameFilter` is the API's name parameter (a substring match).
    void listDatabases(const QString &accountId, const QString &nameFilter = {});
    void listTables(const QString &accountId, const QString &databaseId);

    // Stops that request; true if one was in flight (its answer never arrives).
    bool abort(Step step);
    void abortAll();
    bool isBusy(Step step) const;

    bool isVerified() const { return m_verified; }
    // The credentials changed: not verified any more, and a check in flight is dropped. True if there
    // was anything to forget.
    bool forgetVerification();

    // The database objects of the last databasesListed() as the API sent them (the CLI's --json).
    const QJsonArray &lastDatabaseItems() const { return m_databaseItems; }

signals:
    void verificationFinished(const d1x::SignInResult &result);
    // `error` set: the list could not be read (account-owned tokens may not list accounts).
    void accountsListed(const QList<d1x::Account> &accounts, const d1x::ApiError &error);
    void databasesListed(const QString &accountId, const QList<d1x::DatabaseInfo> &databases,
                         const d1x::ApiError &error);
    void tablesListed(const QList<d1x::TableInfo> &objects, const d1x::ApiError &error);
    // A request failed for now and is tried again after `delayMs`.
    void retrying(d1x::ConnectionSession::Step step, const d1x::ApiError &why, int attempt, int delayMs);
    // A request started or ended: what depends on isBusy() or isVerified() may have changed.
    void busyChanged();

private:
    QPointer<ApiTask> &slot(Step step);
    void track(Step step, ApiTask *task);
    void verifyToken(const QString &accountId, bool accountForm);
    void listAccountsAsVerification();
    void finishVerification(const SignInResult &result);

    QPointer<CloudflareClient> m_client;
    QPointer<ApiTask> m_verifyCall;
    QPointer<ApiTask> m_accountsCall;
    QPointer<ApiTask> m_databasesCall;
    QPointer<ApiTask> m_tablesCall;
    QJsonArray m_databaseItems;
    bool m_verified = false;
};

} // namespace d1x

Q_DECLARE_METATYPE(d1x::SignInResult)
