// CloudflareClient: builds and starts the API jobs.
#include "CloudflareClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace d1x {

CloudflareClient::CloudflareClient(QNetworkAccessManager *nam, ApiEndpoint endpoint, Credentials credentials,
                                   QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
{
}

void CloudflareClient::guard(ApiTask *task) const
{
    // Reads the credentials at the time of use, so later setCredentials() calls are honoured too.
    task->setRedactor([this](const QString &text) { return m_credentials.redact(text); });
}

ApiCall *CloudflareClient::build(const QStringList &segments, const QByteArray &verb, const QByteArray &body,
                                 const QUrlQuery &query)
{
    const std::optional<QUrl> url = m_endpoint.url(segments, query);
    QNetworkRequest request(url.value_or(QUrl()));
    if (url) {
        m_credentials.applyTo(request);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("d1-exporter/" D1X_VERSION));
    }
    auto *job = new ApiCall(m_nam, request, verb, body, m_policy, this);
    job->setRequestBudget(m_budget);
    if (!url) // still delivered asynchronously, like every other result, without touching the network
        job->failBeforeSending(
            ApiError(ApiError::Kind::InvalidInput, tr("an id contains characters that are not allowed")));
    guard(job);
    return job;
}

ApiCall *CloudflareClient::call(const QStringList &segments, const QByteArray &verb, const QByteArray &body,
                                const QUrlQuery &query)
{
    ApiCall *job = build(segments, verb, body, query);
    connect(job, &ApiTask::finished, job, &QObject::deleteLater);
    // Started from the event loop so a caller always has the chance to connect first.
    QTimer::singleShot(0, job, &ApiCall::start);
    return job;
}

ApiCall *CloudflareClient::verifyToken(const QString &accountId)
{
    if (accountId.isEmpty())
        return call({QStringLiteral("user"), QStringLiteral("tokens"), QStringLiteral("verify")}, "GET");
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("tokens"), QStringLiteral("verify")}, "GET");
}

PagedCall *CloudflareClient::paged(const QStringList &segments, const QUrlQuery &filter, int perPage)
{
    auto *job = new PagedCall(
        [this, segments, filter](int page, int pageSize) {
            QUrlQuery q = filter;
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            q.addQueryItem(QStringLiteral("per_page"), QString::number(pageSize));
            return build(segments, "GET", {}, q); // owned and started by the PagedCall
        },
        perPage, this);
    guard(job);
    connect(job, &ApiTask::finished, job, &QObject::deleteLater);
    QTimer::singleShot(0, job, &PagedCall::start);
    return job;
}

PagedCall *CloudflareClient::listAccounts()
{
    return paged({QStringLiteral("accounts")}, {}, AccountsPerPage);
}

PagedCall *CloudflareClient::listDatabases(const QString &accountId, const QString &nameFilter)
{
    QUrlQuery filter;
    if (!nameFilter.isEmpty())
        filter.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(nameFilter)));
    return paged({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database")}, filter,
                 DatabasesPerPage);
}

ApiCall *CloudflareClient::getDatabase(const QString &accountId, const QString &databaseId)
{
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database"), databaseId},
                "GET");
}

ApiCall *CloudflareClient::query(const QString &accountId, const QString &databaseId, const QString &sql,
                                 const QJsonArray &params)
{
    QJsonObject body;
    body.insert(QLatin1String("sql"), sql);
    body.insert(QLatin1String("params"), params);
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database"), databaseId,
                 QStringLiteral("query")},
                "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *CloudflareClient::rawQuery(const QString &accountId, const QString &databaseId, const QString &sql,
                                    const QJsonArray &params)
{
    QJsonObject body;
    body.insert(QLatin1String("sql"), sql);
    body.insert(QLatin1String("params"), params);
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database"), databaseId,
                 QStringLiteral("raw")},
                "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *CloudflareClient::listAllSchemaObjects(const QString &accountId, const QString &databaseId)
{
    return query(accountId, databaseId,
                 QStringLiteral("SELECT name, type, tbl_name, sql FROM sqlite_schema ORDER BY rowid"));
}

ApiCall *CloudflareClient::listSchemaObjects(const QString &accountId, const QString &databaseId)
{
    return query(accountId, databaseId,
                 QStringLiteral("SELECT name, type, tbl_name, sql FROM sqlite_schema WHERE %1 ORDER BY rowid")
                     .arg(userObjectCondition()));
}

QString CloudflareClient::userObjectCondition()
{
    // "_" is LIKE's any-character: escaped, so that a table such as "scfg" or "sqlite3_notes" is the user's.
    return QStringLiteral("name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'");
}

QByteArray CloudflareClient::exportRequestBody(const ExportOptions &options, const QString &bookmark)
{
    QJsonObject body;
    body.insert(QLatin1String("output_format"), QLatin1String("polling"));
    if (!bookmark.isEmpty())
        body.insert(QLatin1String("current_bookmark"), bookmark);
    body.insert(QLatin1String("dump_options"), options.toDumpOptionsJson());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiCall *CloudflareClient::exportDatabase(const QString &accountId, const QString &databaseId,
                                          const ExportOptions &options, const QString &bookmark)
{
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database"), databaseId,
                 QStringLiteral("export")},
                "POST", exportRequestBody(options, bookmark));
}

ApiCall *CloudflareClient::importDatabase(const QString &accountId, const QString &databaseId, const QJsonObject &body)
{
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database"), databaseId,
                 QStringLiteral("import")},
                "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *CloudflareClient::createDatabase(const QString &accountId, const QString &name)
{
    QJsonObject body;
    body.insert(QLatin1String("name"), name);
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database")}, "POST",
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *CloudflareClient::deleteDatabase(const QString &accountId, const QString &databaseId)
{
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database"), databaseId},
                "DELETE");
}

ApiCall *CloudflareClient::timeTravelBookmark(const QString &accountId, const QString &databaseId)
{
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database"), databaseId,
                 QStringLiteral("time_travel"), QStringLiteral("bookmark")},
                "GET");
}

ApiCall *CloudflareClient::timeTravelRestore(const QString &accountId, const QString &databaseId,
                                             const QString &bookmark)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bookmark"), QString::fromLatin1(QUrl::toPercentEncoding(bookmark)));
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database"), databaseId,
                 QStringLiteral("time_travel"), QStringLiteral("restore")},
                "POST", {}, query);
}

} // namespace d1x
