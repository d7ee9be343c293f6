// The Cloudflare D1 REST API client. Every call returns a job (ApiCall or PagedCall) owned by the
// client; connect to its finished() signal with a context object, read its result or error, and it
// deletes itself afterwards. The client is the only place that attaches credentials, and only to
// requests for its own API endpoint.
#pragma once

#include "ApiCall.h"
#include "ApiEndpoint.h"
#include "CloudflareTypes.h"
#include "Credentials.h"

#include <QObject>

class QNetworkAccessManager;

namespace d1x {

class CloudflareClient : public QObject
{
    Q_OBJECT
public:
    CloudflareClient(QNetworkAccessManager *nam, ApiEndpoint endpoint, Credentials credentials,
                     QObject *parent = nullptr);

    const ApiEndpoint &endpoint() const { return m_endpoint; }
    const Credentials &credentials() const { return m_credentials; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Requests made from now on share this budget (nullptr: none); the caller owns it.
    void setRequestBudget(RequestBudget *budget) { m_budget = budget; }

    // Result: {id, status}. With an account id, the account-owned token form is used.
    ApiCall *verifyToken(const QString &accountId = {});
    // items(): the raw account objects of every page; see Account::listFromJson.
    PagedCall *listAccounts();
    // items(): database objects of every page; `nameFilter` is the API's `name` parameter.
    PagedCall *listDatabases(const QString &accountId, const QString &nameFilter = {});
    ApiCall *getDatabase(const QString &accountId, const QString &databaseId);
    // Read-only SQL through /query; result() as the API gives it (see TableInfo::listFromQueryResult).
    ApiCall *query(const QString &accountId, const QString &databaseId, const QString &sql,
                   const QJsonArray &params = {});
    // The same through /raw: result() is [{results: {columns, rows}}], which keeps the column order.
    ApiCall *rawQuery(const QString &accountId, const QString &databaseId, const QString &sql,
                      const QJsonArray &params = {});
    // Tables, indexes, views and triggers from sqlite_schema, in creation order.
    ApiCall *listSchemaObjects(const QString &accountId, const QString &databaseId);
    // The SQL condition on sqlite_schema's `name` that leaves out SQLite's own objects (sqlite_*) and D1's (_cf_*).
    static QString userObjectCondition();
    // Every row of sqlite_schema, in creation order, including sqlite_sequence, sqlite_stat*, the
    // shadow tables of virtual tables and D1's _cf_* tables: what an ExportPlan is made from.
    ApiCall *listAllSchemaObjects(const QString &accountId, const QString &databaseId);
    // One POST of the polling export: omit `bookmark` to start, pass at_bookmark to poll.
    ApiCall *exportDatabase(const QString &accountId, const QString &databaseId, const ExportOptions &options,
                            const QString &bookmark = {});

    // One POST of an import: `body` is {"action": "init"|"ingest"|"poll", …}; see ImportJob.
    ApiCall *importDatabase(const QString &accountId, const QString &databaseId, const QJsonObject &body);
    // Result: the new database object (DatabaseInfo::fromJson).
    ApiCall *createDatabase(const QString &accountId, const QString &name);
    ApiCall *deleteDatabase(const QString &accountId, const QString &databaseId);
    // Time Travel (TimeTravelResult::fromJson): the bookmark of now, and a restore in place.
    ApiCall *timeTravelBookmark(const QString &accountId, const QString &databaseId);
    ApiCall *timeTravelRestore(const QString &accountId, const QString &databaseId, const QString &bookmark);

    static QByteArray exportRequestBody(const ExportOptions &options, const QString &bookmark);

private:
    // A guarded job, not yet started or owned by anyone but the client (an unsafe id fails at start()).
    ApiCall *build(const QStringList &segments, const QByteArray &verb, const QByteArray &body = {},
                   const QUrlQuery &query = {});
    // build() + delete itself when finished + start from the event loop.
    ApiCall *call(const QStringList &segments, const QByteArray &verb, const QByteArray &body = {},
                  const QUrlQuery &query = {});
    // Every page of a list; `filter` holds the list's own query items (page and per_page are added).
    PagedCall *paged(const QStringList &segments, const QUrlQuery &filter, int perPage);
    void guard(ApiTask *task) const;

    QNetworkAccessManager *m_nam;
    ApiEndpoint m_endpoint;
    Credentials m_credentials;
    RetryPolicy m_policy;
    QPointer<RequestBudget> m_budget;
    static constexpr int AccountsPerPage = 50;
    static constexpr int DatabasesPerPage = 100;
};

} // namespace d1x
