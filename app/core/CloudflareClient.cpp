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

void CloudflareClient::setPageSize(int accounts, int databases)
{
    m_accountsPerPage = accounts;
    m_databasesPerPage = databases;
}

ApiCall *CloudflareClient::adopt(ApiCall *call)
{
    guard(call);
    connect(call, &ApiTask::finished, call, &QObject::deleteLater);
    // Started from the event loop so a caller always has the chance to connect first.
    QTimer::singleShot(0, call, &ApiCall::start);
    return call;
}

void CloudflareClient::guard(ApiTask *task) const
{
    // Reads the credentials at the time of use, so later setCredentials() calls are honoured too.
    task->setRedactor([this](const QString &text) { return m_credentials.redact(text); });
}

ApiCall *CloudflareClient::invalid(const QString &why)
{
    auto *job = new ApiCall(m_nam, QNetworkRequest(), QByteArrayLiteral("GET"), {}, m_policy, this);
    job->failBeforeSending(ApiError(ApiError::Kind::InvalidInput, why));
    return adopt(job);
}

ApiCall *CloudflareClient::call(const QStringList &segments, const QByteArray &verb, const QByteArray &body,
                                const QUrlQuery &query)
{
    const std::optional<QUrl> url = m_endpoint.url(segments, query);
    if (!url)
        return invalid(tr("an id contains characters that are not allowed"));
    QNetworkRequest request(*url);
    m_credentials.applyTo(request);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("d1-exporter/" D1X_VERSION));
    return adopt(new ApiCall(m_nam, request, verb, body, m_policy, this));
}

ApiCall *CloudflareClient::verifyToken(const QString &accountId)
{
    if (accountId.isEmpty())
        return call({QStringLiteral("user"), QStringLiteral("tokens"), QStringLiteral("verify")}, "GET");
    return call({QStringLiteral("accounts"), accountId, QStringLiteral("tokens"), QStringLiteral("verify")}, "GET");
}

PagedCall *CloudflareClient::listAccounts()
{
    auto *paged = new PagedCall(
        [this](int page, int perPage) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
            ApiCall *c = call({QStringLiteral("accounts")}, "GET", {}, q);
            c->disconnect(c, &ApiTask::finished, c, &QObject::deleteLater); // the PagedCall owns it
            return c;
        },
        m_accountsPerPage, this);
    guard(paged);
    connect(paged, &ApiTask::finished, paged, &QObject::deleteLater);
    QTimer::singleShot(0, paged, &PagedCall::start);
    return paged;
}

PagedCall *CloudflareClient::listDatabases(const QString &accountId, const QString &nameFilter)
{
    auto *paged = new PagedCall(
        [this, accountId, nameFilter](int page, int perPage) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
            if (!nameFilter.isEmpty())
                q.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(nameFilter)));
            ApiCall *c = call({QStringLiteral("accounts"), accountId, QStringLiteral("d1"), QStringLiteral("database")},
                              "GET", {}, q);
            c->disconnect(c, &ApiTask::finished, c, &QObject::deleteLater);
            return c;
        },
        m_databasesPerPage, this);
    guard(paged);
    connect(paged, &ApiTask::finished, paged, &QObject::deleteLater);
    QTimer::singleShot(0, paged, &PagedCall::start);
    return paged;
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
                 QStringLiteral("SELECT name, type, tbl_name, sql FROM sqlite_schema "
                                "WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY rowid"));
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

} // namespace d1x
