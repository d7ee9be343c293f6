// ConnectionSession: the sign-in check and the account, database and table lists, parsed into values.
#include "ConnectionSession.h"

#include "ApiCall.h"
#include "ApiEndpoint.h"
#include "CloudflareClient.h"

#include <QJsonObject>

namespace d1x {

namespace {
// Aborts a job without its answer being taken for a real one (the handlers compare pointers).
bool abortTask(QPointer<ApiTask> &task)
{
    ApiTask *t = task.data();
    task = nullptr;
    if (t)
        t->abort();
    return t != nullptr;
}
} // namespace

ConnectionSession::ConnectionSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<d1x::SignInResult>();
}

ConnectionSession::~ConnectionSession()
{
    // No signals from a half-destroyed session.
    blockSignals(true);
    abortAll();
}

void ConnectionSession::setClient(CloudflareClient *client)
{
    if (client == m_client)
        return;
    abortAll();
    m_client = client;
}

QPointer<ApiTask> &ConnectionSession::slot(Step step)
{
    switch (step) {
    case Step::Verify:
        return m_verifyCall;
    case Step::Accounts:
        return m_accountsCall;
    case Step::Databases:
        return m_databasesCall;
    case Step::Tables:
        break;
    }
    return m_tablesCall;
}

bool ConnectionSession::isBusy(Step step) const
{
    return !const_cast<ConnectionSession *>(this)->slot(step).isNull();
}

bool ConnectionSession::abort(Step step)
{
    ApiTask *task = slot(step).data();
    if (!task)
        return false;
    // The accounts list that doubles as the sign-in check is both requests.
    if (m_verifyCall == task)
        m_verifyCall = nullptr;
    if (m_accountsCall == task)
        m_accountsCall = nullptr;
    slot(step) = nullptr;
    task->abort();
    emit busyChanged();
    return true;
}

void ConnectionSession::abortAll()
{
    bool any = false;
    for (Step step : {Step::Verify, Step::Accounts, Step::Databases, Step::Tables}) {
        if (ApiTask *task = slot(step).data()) {
            // Every pointer first: an abort may report at once, and must find nobody waiting.
            m_verifyCall = m_verifyCall == task ? nullptr : m_verifyCall.data();
            m_accountsCall = m_accountsCall == task ? nullptr : m_accountsCall.data();
            slot(step) = nullptr;
            task->abort();
            any = true;
        }
    }
    if (any)
        emit busyChanged();
}

bool ConnectionSession::forgetVerification()
{
    const bool any = m_verified || m_verifyCall;
    if (m_verifyCall && m_verifyCall == m_accountsCall)
        m_accountsCall = nullptr;
    abortTask(m_verifyCall);
    m_verified = false;
    if (any)
        emit busyChanged();
    return any;
}

void ConnectionSession::track(Step step, ApiTask *task)
{
    slot(step) = task;
    connect(task, &ApiTask::retrying, this, [this, step](const ApiError &why, int attempt, int delayMs) {
        emit retrying(step, why, attempt, delayMs);
    });
    emit busyChanged();
}

void ConnectionSession::finishVerification(const SignInResult &result)
{
    m_verified = result.ok();
    emit verificationFinished(result);
    emit busyChanged();
}

// ---------------------------------------------------------------------------------------------
// Sign-in

void ConnectionSession::verify(const QString &accountId)
{
    forgetVerification();
    SignInResult result;
    if (!m_client) {
        result.error = ApiError(ApiError::Kind::InvalidInput, tr("no API endpoint to ask"));
        return finishVerification(result);
    }
    const Credentials &credentials = m_client->credentials();
    result.scheme = credentials.scheme;
    if (!credentials.isComplete()) {
        result.outcome = SignInResult::Outcome::Incomplete;
        return finishVerification(result);
    }
    if (credentials.scheme == Credentials::Scheme::GlobalKey)
        return listAccountsAsVerification(); // a global key has no status of its own
    verifyToken(accountId, false);
}

void ConnectionSession::verifyToken(const QString &accountId, bool accountForm)
{
    ApiCall *call = m_client->verifyToken(accountForm ? accountId : QString());
    track(Step::Verify, call);
    connect(call, &ApiTask::finished, this, [this, call, accountId, accountForm] {
        if (call != m_verifyCall)
            return;
        m_verifyCall = nullptr;
        SignInResult result;
        result.scheme = Credentials::Scheme::ApiToken;
        if (const ApiError &error = call->error()) {
            // Account-owned tokens are only known to /accounts/{id}/tokens/verify.
            if (!accountForm && error.kind() == ApiError::Kind::Unauthorized && !accountId.isEmpty()
                && ApiEndpoint::isSafeSegment(accountId) && m_client)
                return verifyToken(accountId, true);
            result.outcome = error.kind() == ApiError::Kind::Unauthorized ? SignInResult::Outcome::Rejected
                                                                          : SignInResult::Outcome::Failed;
            result.error = error;
            return finishVerification(result);
        }
        const QJsonObject answer = call->result().toObject();
        result.status = answer.value(QLatin1String("status")).toString();
        result.expires = QDateTime::fromString(answer.value(QLatin1String("expires_on")).toString(), Qt::ISODate);
        switch (tokenStatusFromString(result.status)) {
        case TokenStatus::Active:
            result.outcome = SignInResult::Outcome::Accepted;
            break;
        case TokenStatus::Expired:
            result.outcome = SignInResult::Outcome::Expired;
            break;
        case TokenStatus::Disabled:
            result.outcome = SignInResult::Outcome::Disabled;
            break;
        case TokenStatus::Unknown:
            result.outcome = SignInResult::Outcome::UnknownStatus;
            break;
        }
        finishVerification(result);
    });
}

void ConnectionSession::listAccountsAsVerification()
{
    abortTask(m_accountsCall);
    PagedCall *call = m_client->listAccounts();
    track(Step::Accounts, call);
    m_verifyCall = call;
    connect(call, &ApiTask::finished, this, [this, call] {
        if (call != m_verifyCall || call != m_accountsCall)
            return;
        m_verifyCall = nullptr;
        m_accountsCall = nullptr;
        SignInResult result;
        result.scheme = Credentials::Scheme::GlobalKey;
        if (const ApiError &error = call->error()) {
            result.outcome = error.kind() == ApiError::Kind::Unauthorized ? SignInResult::Outcome::Rejected
                                                                          : SignInResult::Outcome::Failed;
            result.error = error;
            return finishVerification(result);
        }
        result.outcome = SignInResult::Outcome::Accepted;
        const QList<Account> accounts = Account::listFromJson(call->items());
        finishVerification(result);
        emit accountsListed(accounts, ApiError());
    });
}

// ---------------------------------------------------------------------------------------------
// Browsing

void ConnectionSession::listAccounts()
{
    if (!m_client)
        return emit accountsListed({}, ApiError(ApiError::Kind::InvalidInput, tr("no API endpoint to ask")));
    if (m_verifyCall && m_verifyCall == m_accountsCall)
        return listAccountsAsVerification(); // a reload while the list doubles as the sign-in check
    abortTask(m_accountsCall);
    PagedCall *call = m_client->listAccounts();
    track(Step::Accounts, call);
    connect(call, &ApiTask::finished, this, [this, call] {
        if (call != m_accountsCall)
            return;
        m_accountsCall = nullptr;
        emit accountsListed(call->error() ? QList<Account>() : Account::listFromJson(call->items()), call->error());
        emit busyChanged();
    });
}

void ConnectionSession::listDatabases(const QString &accountId, const QString &nameFilter)
{
    abortTask(m_databasesCall);
    if (!m_client)
        return emit databasesListed(accountId, {}, ApiError(ApiError::Kind::InvalidInput, tr("no API endpoint to ask")));
    PagedCall *call = m_client->listDatabases(accountId, nameFilter);
    track(Step::Databases, call);
    connect(call, &ApiTask::finished, this, [this, call, accountId] {
        if (call != m_databasesCall)
            return;
        m_databasesCall = nullptr;
        m_databaseItems = call->error() ? QJsonArray() : call->items();
        emit databasesListed(accountId, DatabaseInfo::listFromJson(m_databaseItems), call->error());
        emit busyChanged();
    });
}

void ConnectionSession::listTables(const QString &accountId, const QString &databaseId)
{
    abortTask(m_tablesCall);
    if (!m_client)
        return emit tablesListed({}, ApiError(ApiError::Kind::InvalidInput, tr("no API endpoint to ask")));
    ApiCall *call = m_client->listSchemaObjects(accountId, databaseId);
    track(Step::Tables, call);
    connect(call, &ApiTask::finished, this, [this, call] {
        if (call != m_tablesCall)
            return;
        m_tablesCall = nullptr;
        emit tablesListed(call->error() ? QList<TableInfo>() : TableInfo::listFromQueryResult(call->result()),
                          call->error());
        emit busyChanged();
    });
}

} // namespace d1x
