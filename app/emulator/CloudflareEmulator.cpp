// CloudflareEmulator: routing, authentication, faults and the export flow (see header and README.md).
#include "CloudflareEmulator.h"

#include "ApiAnswers.h"
#include "ExportTask.h"
#include "HttpServer.h"
#include "ImportService.h"
#include "QueryRunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace emu {

namespace {

const QByteArray kApiPrefix = "/client/v4/";
constexpr int kMaxRecordedRequests = 10000; // bounds memory of a long-running standalone emulator

// ---- Answers in Cloudflare's shapes (ApiAnswers) -------------------------------------------------

HttpResponse apiSuccess(const QJsonValue &result, int status = 200, const QJsonObject &resultInfo = {},
                        const QJsonArray &messages = {})
{
    return answers::success(result, status, resultInfo, messages);
}

HttpResponse apiError(int status, int code, const QString &message, const QJsonArray &errorChain = {})
{
    return answers::error(status, code, message, errorChain);
}

using answers::errorObject;
using answers::xmlError;

HttpResponse badHeaders(int chainCode, const QString &chainMessage)
{
    return apiError(400, 6003, QStringLiteral("Invalid request headers"),
                    QJsonArray{errorObject(chainCode, chainMessage)});
}

HttpResponse badGatewayPage()
{
    return HttpResponse::withBody(502, "text/html",
                                  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                  "<center><h1>502 Bad Gateway</h1></center>\r\n"
                                  "<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n");
}

// One page of `total` items; only the items on the page are built (`item(i)`), so listing every page
// of a long list costs linear time, not quadratic.
HttpResponse paginated(qsizetype total, const std::function<QJsonValue(qsizetype)> &item, const QUrlQuery &query,
                       int defaultPerPage, int minPerPage, int maxPerPage)
{
    bool ok = false;
    int page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 1)
        page = 1;
    int perPage = query.queryItemValue(QStringLiteral("per_page")).toInt(&ok);
    perPage = ok ? qBound(minPerPage, perPage, maxPerPage) : defaultPerPage;

    const qsizetype first = qsizetype(page - 1) * perPage;
    QJsonArray slice;
    for (qsizetype i = first; i < total && i < first + perPage; ++i)
        slice.append(item(i));
    const QJsonObject info{{QStringLiteral("page"), page},
                           {QStringLiteral("per_page"), perPage},
                           {QStringLiteral("count"), slice.size()},
                           {QStringLiteral("total_count"), total},
                           {QStringLiteral("total_pages"), int((total + perPage - 1) / perPage)}};
    return apiSuccess(slice, 200, info);
}

HttpResponse paginated(const QJsonArray &items, const QUrlQuery &query, int defaultPerPage, int minPerPage,
                       int maxPerPage)
{
    return paginated(items.size(), [&](qsizetype i) { return items.at(i); }, query, defaultPerPage, minPerPage,
                     maxPerPage);
}

// ---- Small helpers -----------------------------------------------------------------------------

QString md5Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QStringList pathSegments(const QByteArray &path)
{
    QStringList segments;
    for (const QByteArray &part : path.mid(kApiPrefix.size()).split('/')) {
        if (!part.isEmpty())
            segments.append(QUrl::fromPercentEncoding(part));
    }
    return segments;
}

QUrlQuery urlQuery(const HttpRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.query));
}

bool isFaultApplicable(Fault fault, Step step, bool downloadListener)
{
    switch (fault) {
    case Fault::ExportError:
    case Fault::ExportBusy:
        return step == Step::ExportStart || step == Step::ExportPoll;
    case Fault::ExpiredUrl:
        return downloadListener;
    case Fault::WrongEtag:
        return step == Step::Upload;
    case Fault::ImportError:
        return step == Step::Import;
    case Fault::CorruptJson:
    case Fault::Refused:
    case Fault::Oversized:
        return !downloadListener;
    default:
        return true;
    }
}

QString isoDate(int daysAfterEpoch)
{
    // Fixed dates: a listing looks the same in every run.
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addDays(daysAfterEpoch).toString(Qt::ISODateWithMs);
}

} // namespace

struct CloudflareEmulator::Caller {
    bool globalKey = false;
    QString token;
    Token tokenInfo;
};

// ---- Setup --------------------------------------------------------------------------------------

CloudflareEmulator::CloudflareEmulator(QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<HttpServer>([this](const HttpRequest &r) { return handle(r, false); }))
    , m_download(std::make_unique<HttpServer>([this](const HttpRequest &r) { return handle(r, true); }))
    , m_imports(std::make_unique<ImportService>([this] { return dumpDirectory(); }, [this] { return downloadOrigin(); }))
{
    m_download->setUploadPlanner([this](const HttpRequest &head) { return planUpload(head); });
}

CloudflareEmulator::~CloudflareEmulator()
{
    // Servers first (no handler may run against half-destroyed state), then the tasks, which join
    // their workers and delete unfinished dumps; finished dumps belong to the emulator too.
    m_api.reset();
    m_download.reset();
    m_imports.reset(); // joins import workers; uploads and snapshots go
    for (ExportTask *task : std::as_const(m_tasks)) {
        const QString output = task->setup().outputPath;
        delete task;
        QFile::remove(output);
    }
}

bool CloudflareEmulator::listen(quint16 apiPort, quint16 downloadPort)
{
    if (!m_api->listen(QHostAddress::LocalHost, apiPort)) {
        qWarning("d1-emulator: cannot listen on port %u: %s", apiPort, qPrintable(m_api->errorString()));
        return false;
    }
    if (!m_download->listen(QHostAddress::LocalHost, downloadPort)) {
        qWarning("d1-emulator: cannot listen on port %u: %s", downloadPort,
                 qPrintable(m_download->errorString()));
        return false;
    }
    return true;
}

QUrl CloudflareEmulator::apiBase() const
{
    return QUrl(QStringLiteral("%1://%2:%3/client/v4")
                    .arg(m_api->isTls() ? QLatin1String("https") : QLatin1String("http"), m_hostName)
                    .arg(m_api->serverPort()));
}

QUrl CloudflareEmulator::downloadOrigin() const
{
    return QUrl(QStringLiteral("%1://%2:%3")
                    .arg(m_download->isTls() ? QLatin1String("https") : QLatin1String("http"), m_hostName)
                    .arg(m_download->serverPort()));
}

void CloudflareEmulator::setTls(const QSslCertificate &certificate, const QSslKey &key, bool downloadsToo)
{
    m_api->setTls(certificate, key);
    if (downloadsToo)
        m_download->setTls(certificate, key);
}

void CloudflareEmulator::addApiToken(const QString &token, TokenStatus status, bool canListAccounts,
                                     bool hasD1Permission, bool canEditD1)
{
    m_tokens.insert(token, {status, canListAccounts, hasD1Permission, canEditD1});
}

void CloudflareEmulator::addGlobalKey(const QString &email, const QString &key)
{
    m_globalKeys.insert(email, key);
}

void CloudflareEmulator::addAccount(const QString &id, const QString &name)
{
    m_accounts.append({id, name});
}

QString CloudflareEmulator::addDatabase(const QString &accountId, const QString &name, const QString &sqlitePath,
                                        const QString &uuid)
{
    static const QUuid kNamespace(QStringLiteral("7d3c2a1e-5b8f-4c6d-9e0a-d1e0d1e0d1e0"));
    const QString id = !uuid.isEmpty()
                           ? uuid
                           : QUuid::createUuidV5(kNamespace, accountId + u'/' + name).toString(QUuid::WithoutBraces);
    m_databases.append({id, accountId, name, QFileInfo(sqlitePath).absoluteFilePath(),
                        isoDate(int(m_databases.size()))});
    return id;
}

void CloudflareEmulator::setPollsBeforeComplete(int n)
{
    m_pollsBeforeComplete = qMax(0, n);
    m_imports->setPollsAfterIngest(m_pollsBeforeComplete);
}
void CloudflareEmulator::setLongPollMs(int ms)
{
    m_longPollMs = qMax(0, ms);
    m_imports->setLongPollMs(m_longPollMs);
}
void CloudflareEmulator::setAbandonTimeoutMs(int ms) { m_abandonTimeoutMs = qMax(1, ms); }
void CloudflareEmulator::setSignedUrlLifetimeMs(qint64 ms)
{
    m_signedUrlLifetimeMs = ms;
    m_imports->setSignedUrlLifetimeMs(ms);
}
void CloudflareEmulator::setDumpDirectory(const QString &dir) { m_dumpDirectory = dir; }
void CloudflareEmulator::setDownloadRate(qint64 bytesPerSecond)
{
    m_downloadRate = qMax<qint64>(0, bytesPerSecond);
}
void CloudflareEmulator::addFault(const FaultSpec &fault) { m_faults.append(fault); }
void CloudflareEmulator::clearFaults() { m_faults.clear(); }
QList<RecordedRequest> CloudflareEmulator::requests() const { return m_requests; }
void CloudflareEmulator::clearRequests() { m_requests.clear(); }

void CloudflareEmulator::setRateLimit(int limit, qint64 windowMs)
{
    m_rateLimit = qMax(0, limit);
    m_rateWindowMs = qMax<qint64>(1, windowMs);
    m_apiArrivals.clear();
    m_rateClock.start();
}

int CloudflareEmulator::activeExports() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                             [](const ExportTask *t) { return t->status() == ExportTask::Status::Active; }));
}

bool CloudflareEmulator::isImporting(const QString &databaseUuid) const
{
    return m_imports->isImporting(databaseUuid);
}

qint64 CloudflareEmulator::peakUploadBufferedBytes() const
{
    return m_download->peakBufferedBodyBytes();
}

qint64 CloudflareEmulator::peakIngestBufferedBytes() const
{
    return m_imports->peakIngestBufferedBytes();
}

// ---- Dispatch, faults ---------------------------------------------------------------------------

// An upload's fault is taken when its head arrives, so a CutConnection can break the body off.
UploadPlan CloudflareEmulator::planUpload(const HttpRequest &head)
{
    if (head.method != "PUT")
        return {};
    const QByteArray tag = QByteArray::number(++m_uploadCounter);
    qint64 cut = -1;
    if (const std::optional<FaultSpec> fault = takeFault(Step::Upload, true, {})) {
        m_uploadFaults.insert(tag, *fault);
        if (fault->fault == Fault::CutConnection)
            cut = qMax<qint64>(0, fault->cutAfterBytes);
    }
    return m_imports->planUpload(head, cut, tag);
}

HttpResponse CloudflareEmulator::handle(const HttpRequest &request, bool downloadListener)
{
    const RecordedRequest recorded{downloadListener, request.method, request.target, request.headers, request.body};
    m_requests.append(recorded);
    if (m_requests.size() > kMaxRecordedRequests)
        m_requests.removeFirst();
    emit requestReceived(recorded);

    if (!downloadListener && m_rateLimit > 0) {
        const qint64 now = m_rateClock.elapsed();
        while (!m_apiArrivals.isEmpty() && m_apiArrivals.first() + m_rateWindowMs <= now)
            m_apiArrivals.removeFirst();
        if (m_apiArrivals.size() >= m_rateLimit) {
            HttpResponse limited =
                apiError(429, 971, QStringLiteral("Please wait and consider throttling your request speed"));
            const qint64 waitMs = m_apiArrivals.first() + m_rateWindowMs - now;
            limited.setHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
            emit rateLimited(++m_rateLimited);
            return limited;
        }
        m_apiArrivals.append(now);
    }

    const Step step = classify(request, downloadListener);
    std::optional<FaultSpec> fault;
    if (!request.uploadTag.isEmpty()) { // taken with the head (planUpload)
        const auto it = m_uploadFaults.constFind(request.uploadTag);
        if (it != m_uploadFaults.cend())
            fault = *it;
        m_uploadFaults.remove(request.uploadTag);
    } else {
        fault = takeFault(step, downloadListener, request.body);
    }
    // An upload the answer below does not keep leaves nothing behind.
    const auto dropUpload = qScopeGuard([&request] {
        if (!request.bodyFile.isEmpty())
            QFile::remove(request.bodyFile);
    });

    // Faults of the "edge" kind answer instead of the API; the others change the real answer below.
    if (fault) {
        switch (fault->fault) {
        case Fault::NoAnswer: {
            HttpResponse silence;
            silence.delivery = HttpResponse::Delivery::NoAnswer;
            return silence;
        }
        case Fault::Http500:
            if (downloadListener)
                return xmlError(500, "InternalError", "We encountered an internal error. Please try again.");
            return apiError(500, 7500, QStringLiteral("Internal error"));
        case Fault::Html502:
            return badGatewayPage();
        case Fault::Refused:
            return apiError(403, 7403, QStringLiteral("The given account is not valid or is not authorized to access this service"));
        case Fault::RateLimited: {
            HttpResponse limited =
                downloadListener
                    ? xmlError(429, "SlowDown", "Please reduce your request rate.")
                    : apiError(429, 971, QStringLiteral("Please wait and consider throttling your request speed"));
            limited.setHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
            return limited;
        }
        default:
            break;
        }
    }

    HttpResponse response = downloadListener ? handleDownload(request, fault) : handleApi(request, step, fault);

    if (fault) {
        switch (fault->fault) {
        case Fault::CorruptJson:
            response.status = 200;
            response.body.truncate(response.body.size() / 2); // valid start, no valid end
            break;
        case Fault::CutConnection:
            response.delivery = HttpResponse::Delivery::Reset;
            response.faultBytes = fault->cutAfterBytes;
            break;
        case Fault::ShortBody:
            response.delivery = HttpResponse::Delivery::ShortBody;
            response.faultBytes = fault->cutAfterBytes;
            break;
        case Fault::SlowBody:
            response.delivery = HttpResponse::Delivery::Slow;
            response.slowDelayMs = fault->slowDelayMs;
            break;
        case Fault::Oversized: // still valid JSON: only its size is wrong
            response.body.prepend(QByteArray(64 * 1024 * 1024 + qMax<qint64>(1, fault->cutAfterBytes), ' '));
            break;
        default:
            break;
        }
    }
    return response;
}

Step CloudflareEmulator::classify(const HttpRequest &request, bool downloadListener) const
{
    if (downloadListener)
        return request.method == "PUT" ? Step::Upload : Step::Download;
    if (!request.path.startsWith(kApiPrefix))
        return Step::Any;
    const QStringList s = pathSegments(request.path);
    if (s == QStringList{QStringLiteral("user"), QStringLiteral("tokens"), QStringLiteral("verify")}
        || (s.size() == 4 && s[0] == u"accounts" && s[2] == u"tokens" && s[3] == u"verify"))
        return Step::VerifyToken;
    if (s == QStringList{QStringLiteral("accounts")} || s == QStringList{QStringLiteral("memberships")})
        return Step::ListAccounts;
    if (s.size() < 4 || s[0] != u"accounts" || s[2] != u"d1" || s[3] != u"database")
        return Step::Any;
    if (s.size() == 4)
        return Step::ListDatabases;
    if (s.size() == 5)
        return Step::GetDatabase;
    if (s.size() == 6 && (s[5] == u"query" || s[5] == u"raw"))
        return Step::Query;
    if (s.size() == 6 && s[5] == u"export") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        return body.value(QStringLiteral("current_bookmark")).toString().isEmpty() ? Step::ExportStart
                                                                                   : Step::ExportPoll;
    }
    if (s.size() == 6 && s[5] == u"import")
        return Step::Import;
    return Step::Any;
}

std::optional<FaultSpec> CloudflareEmulator::takeFault(Step step, bool downloadListener, const QByteArray &body)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultSpec &spec = m_faults[i];
        if (spec.step != Step::Any && spec.step != step)
            continue;
        if (!spec.bodyContains.isEmpty() && !body.contains(spec.bodyContains))
            continue;
        if (!isFaultApplicable(spec.fault, step, downloadListener))
            continue;
        if (spec.fault == Fault::ImportError // only the call that starts an ingest
            && QJsonDocument::fromJson(body).object().value(QStringLiteral("action")).toString() != u"ingest")
            continue;
        if (spec.forMs > 0) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (spec.startedAtMs < 0)
                spec.startedAtMs = now;
            if (now - spec.startedAtMs >= spec.forMs) {
                m_faults.removeAt(i--);
                continue;
            }
            return spec;
        }
        const FaultSpec taken = spec;
        if (--spec.times <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

// ---- The API ------------------------------------------------------------------------------------

std::optional<HttpResponse> CloudflareEmulator::authenticate(const HttpRequest &request, bool verifyRoute,
                                                             Caller *caller) const
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray email = request.header("x-auth-email");
    const QByteArray key = request.header("x-auth-key");

    if (!authorization.isEmpty()) {
        const QByteArray token = authorization.mid(7).trimmed();
        if (!authorization.startsWith("Bearer ") || token.isEmpty())
            return badHeaders(6111, QStringLiteral("Invalid format for Authorization header"));
        const auto it = m_tokens.constFind(QString::fromUtf8(token));
        if (it == m_tokens.cend()) {
            return verifyRoute ? apiError(401, 1000, QStringLiteral("Invalid API Token"))
                               : apiError(403, 9109, QStringLiteral("Invalid access token"));
        }
        if (it->status != TokenStatus::Active && !verifyRoute)
            return apiError(401, 1000, QStringLiteral("Invalid API Token"));
        caller->token = it.key();
        caller->tokenInfo = *it;
        return std::nullopt;
    }
    if (!email.isEmpty() || !key.isEmpty()) {
        if (email.isEmpty())
            return badHeaders(6102, QStringLiteral("Invalid format for X-Auth-Email header"));
        if (key.isEmpty())
            return badHeaders(6103, QStringLiteral("Invalid format for X-Auth-Key header"));
        const auto it = m_globalKeys.constFind(QString::fromUtf8(email));
        if (it == m_globalKeys.cend() || it->toUtf8() != key)
            return apiError(403, 9103, QStringLiteral("Unknown X-Auth-Key or X-Auth-Email"));
        if (verifyRoute) // the verify endpoints are about API tokens only
            return badHeaders(6111, QStringLiteral("Invalid format for Authorization header"));
        caller->globalKey = true;
        return std::nullopt;
    }
    return apiError(400, 9106, QStringLiteral("Missing X-Auth-Key, X-Auth-Email or Authorization headers"));
}

HttpResponse CloudflareEmulator::handleApi(const HttpRequest &request, Step step,
                                           const std::optional<FaultSpec> &fault)
{
    const auto noRoute = [] { return apiError(404, 7000, QStringLiteral("No route for that URI")); };
    const auto badMethod = [] { return apiError(405, 7001, QStringLiteral("Method not allowed for this endpoint")); };
    if (!request.path.startsWith(kApiPrefix))
        return noRoute();

    Caller caller;
    if (std::optional<HttpResponse> failure = authenticate(request, step == Step::VerifyToken, &caller))
        return *failure;

    const QStringList s = pathSegments(request.path);
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    const bool mayEdit = caller.globalKey || caller.tokenInfo.canEditD1;
    const auto notAllowed = [] { return apiError(403, 10000, QStringLiteral("Authentication error")); };

    if (step == Step::VerifyToken)
        return get ? verifyToken(caller) : badMethod();
    if (s == QStringList{QStringLiteral("accounts")} || s == QStringList{QStringLiteral("memberships")})
        return get ? listAccounts(request, caller, s[0] == u"memberships") : badMethod();
    if (s.isEmpty() || s[0] != u"accounts" || s.size() < 2)
        return noRoute();

    const bool d1Route = s.size() >= 4 && s[2] == u"d1" && s[3] == u"database";
    if (d1Route && !caller.globalKey && !caller.tokenInfo.hasD1Permission)
        return apiError(403, 10000, QStringLiteral("Authentication error"));

    const Account *account = findAccount(s[1]);
    if (!account) {
        static const QRegularExpression accountIdPattern(QStringLiteral("^[0-9a-f]{32}$"));
        if (accountIdPattern.match(s[1]).hasMatch())
            return apiError(
                403, 7403,
                QStringLiteral("The given account is not valid or is not authorized to access this service"));
        return apiError(404, 7003,
                        QStringLiteral("Could not route to %1, perhaps your object identifier is invalid?")
                            .arg(QString::fromUtf8(request.path)));
    }
    if (s.size() == 2)
        return get ? getAccount(*account) : badMethod();
    if (!d1Route)
        return noRoute();
    if (s.size() == 4) {
        if (post)
            return mayEdit ? createDatabase(request, account->id) : notAllowed();
        return get ? listDatabases(request, account->id) : badMethod();
    }

    const Database *database = findDatabase(account->id, s[4]);
    if (!database)
        return apiError(404, 7404, QStringLiteral("The database %1 could not be found").arg(s[4]));
    const QString busy = busyWith(database->uuid);
    if (s.size() == 5) {
        if (request.method == "DELETE") {
            if (!mayEdit)
                return notAllowed();
            return busy.isEmpty() ? deleteDatabase(*database) : apiError(503, 7500, busy);
        }
        return get ? getDatabase(request, *database) : badMethod();
    }
    if (s.size() == 6 && (s[5] == u"query" || s[5] == u"raw"))
        return post ? query(request, *database, s[5] == u"raw") : badMethod();
    if (s.size() == 6 && s[5] == u"export")
        return post ? exportDatabase(request, *database, fault) : badMethod();
    const ImportService::Target target{database->uuid, database->name, database->path};
    if (s.size() == 6 && s[5] == u"import")
        return post ? m_imports->import(request, target, mayEdit, busy, fault ? &*fault : nullptr) : badMethod();
    if (s.size() == 7 && s[5] == u"time_travel" && s[6] == u"bookmark")
        return get ? m_imports->bookmark(request, target) : badMethod();
    if (s.size() == 7 && s[5] == u"time_travel" && s[6] == u"restore") {
        if (!post)
            return badMethod();
        if (!mayEdit)
            return notAllowed();
        return busy.isEmpty() ? m_imports->restore(request, target) : apiError(503, 7500, busy);
    }
    return noRoute();
}

HttpResponse CloudflareEmulator::verifyToken(const Caller &caller) const
{
    QJsonObject result{{QStringLiteral("id"), md5Hex(QStringLiteral("token:") + caller.token)}};
    QJsonArray messages;
    switch (caller.tokenInfo.status) {
    case TokenStatus::Active:
        result.insert(QStringLiteral("status"), QStringLiteral("active"));
        messages.append(QJsonObject{{QStringLiteral("code"), 10000},
                                    {QStringLiteral("message"), QStringLiteral("This API Token is valid and active")},
                                    {QStringLiteral("type"), QJsonValue(QJsonValue::Null)}});
        break;
    case TokenStatus::Disabled:
        result.insert(QStringLiteral("status"), QStringLiteral("disabled"));
        break;
    case TokenStatus::Expired:
        result.insert(QStringLiteral("status"), QStringLiteral("expired"));
        result.insert(QStringLiteral("expires_on"), QStringLiteral("2024-01-01T00:00:00Z"));
        break;
    }
    return apiSuccess(result, 200, {}, messages);
}

HttpResponse CloudflareEmulator::listAccounts(const HttpRequest &request, const Caller &caller, bool memberships) const
{
    QJsonArray items;
    // An account-owned token cannot see the account list: it gets an empty one.
    if (caller.globalKey || caller.tokenInfo.canListAccounts) {
        for (const Account &account : m_accounts) {
            const QJsonObject accountObject{{QStringLiteral("id"), account.id}, {QStringLiteral("name"), account.name}};
            if (memberships) {
                items.append(QJsonObject{{QStringLiteral("id"), md5Hex(QStringLiteral("membership:") + account.id)},
                                         {QStringLiteral("account"), accountObject},
                                         {QStringLiteral("status"), QStringLiteral("accepted")},
                                         {QStringLiteral("roles"), QJsonArray{QStringLiteral("Administrator")}}});
            } else {
                QJsonObject full = accountObject;
                full.insert(QStringLiteral("type"), QStringLiteral("standard"));
                full.insert(QStringLiteral("created_on"), isoDate(0));
                full.insert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("enforce_twofactor"), false}});
                items.append(full);
            }
        }
    }
    return paginated(items, urlQuery(request), 20, 5, 50);
}

HttpResponse CloudflareEmulator::getAccount(const Account &account) const
{
    return apiSuccess(QJsonObject{{QStringLiteral("id"), account.id},
                                  {QStringLiteral("name"), account.name},
                                  {QStringLiteral("type"), QStringLiteral("standard")},
                                  {QStringLiteral("created_on"), isoDate(0)}});
}

namespace {

QJsonObject databaseObject(const QString &uuid, const QString &name, const QString &createdAt, const QString &path)
{
    const QueryRunner::Outcome tables = QueryRunner::run(
        path,
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"),
        {}, QueryRunner::Format::Raw);
    const qint64 numTables =
        tables.ok ? tables.results.at(0)[QStringLiteral("results")][QStringLiteral("rows")][0][0].toInteger() : 0;
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("name"), name},
            {QStringLiteral("version"), QStringLiteral("production")},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("file_size"), QFileInfo(path).size()},
            {QStringLiteral("num_tables"), numTables}};
}

} // namespace

HttpResponse CloudflareEmulator::listDatabases(const HttpRequest &request, const QString &accountId) const
{
    const QUrlQuery query = urlQuery(request);
    const QString nameFilter = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    QList<const Database *> matches;
    for (const Database &db : m_databases) {
        if (db.accountId == accountId && db.name.contains(nameFilter, Qt::CaseInsensitive))
            matches.append(&db);
    }
    // Each object opens its database (num_tables): build only the requested page.
    return paginated(
        matches.size(),
        [&](qsizetype i) {
            const Database &db = *matches.at(i);
            return QJsonValue(databaseObject(db.uuid, db.name, db.createdAt, db.path));
        },
        query, 1000, 10, 10000);
}

HttpResponse CloudflareEmulator::getDatabase(const HttpRequest &request, const Database &database) const
{
    QJsonObject object = databaseObject(database.uuid, database.name, database.createdAt, database.path);
    object.insert(QStringLiteral("read_replication"),
                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("disabled")}});
    const QString fields = urlQuery(request).queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded);
    if (!fields.isEmpty()) { // ?fields=uuid,name: only those keys
        const QStringList wanted = fields.split(u',', Qt::SkipEmptyParts);
        for (const QString &key : object.keys()) {
            if (!wanted.contains(key))
                object.remove(key);
        }
    }
    return apiSuccess(object);
}

HttpResponse CloudflareEmulator::query(const HttpRequest &request, const Database &database, bool raw) const
{
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (!body.isObject() || !body.object().value(QStringLiteral("sql")).isString())
        return apiError(400, 7400,
                        QStringLiteral("The request is malformed: expected {\"sql\": ..., \"params\": [...]}"));
    if (const QString busy = busyWith(database.uuid); !busy.isEmpty())
        return apiError(503, 7500, busy);

    const QJsonObject object = body.object();
    const QueryRunner::Outcome outcome =
        QueryRunner::run(database.path, object.value(QStringLiteral("sql")).toString(),
                         object.value(QStringLiteral("params")).toArray(),
                         raw ? QueryRunner::Format::Raw : QueryRunner::Format::Objects, m_exactNumbers);
    if (!outcome.ok)
        return apiError(400, 7500, outcome.error);
    return apiSuccess(outcome.results);
}

// ---- Create and delete --------------------------------------------------------------------------

HttpResponse CloudflareEmulator::createDatabase(const HttpRequest &request, const QString &accountId)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return apiError(400, 7400, QStringLiteral("The request is malformed: a database needs a \"name\""));
    for (const Database &db : std::as_const(m_databases)) {
        if (db.accountId == accountId && db.name == name)
            return apiError(400, 7502, QStringLiteral("A database with that name already exists"));
    }
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString dir = QDir(dumpDirectory()).filePath(QStringLiteral("databases"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(uuid + QStringLiteral(".sqlite"));
    sqlite3 *db = nullptr; // an empty database, written out (a page of schema), as D1 makes one
    const bool made = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                      nullptr) == SQLITE_OK
                      && sqlite3_exec(db, "CREATE TABLE d1_emulator_init(x); DROP TABLE d1_emulator_init;", nullptr,
                                      nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    if (!made) {
        QFile::remove(path);
        return apiError(500, 7500, QStringLiteral("Internal error: cannot create the database file"));
    }
    const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_databases.append({uuid, accountId, name, path, createdAt, true});
    return apiSuccess(databaseObject(uuid, name, createdAt, path));
}

HttpResponse CloudflareEmulator::deleteDatabase(const Database &database)
{
    const QString uuid = database.uuid;
    const auto it = std::find_if(m_databases.begin(), m_databases.end(), [&](const Database &d) { return d.uuid == uuid; });
    if (it->created)
        QFile::remove(it->path);
    m_databases.erase(it);
    m_imports->forget(uuid);
    return apiSuccess(QJsonValue(QJsonValue::Null));
}

// ---- Export -------------------------------------------------------------------------------------

HttpResponse CloudflareEmulator::exportDatabase(const HttpRequest &request, const Database &database,
                                                const std::optional<FaultSpec> &fault)
{
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (!body.isObject())
        return apiError(400, 7400, QStringLiteral("The request is malformed: the body must be a JSON object"));
    const QJsonObject object = body.object();
    if (object.value(QStringLiteral("output_format")).toString() != u"polling")
        return apiError(400, 7400, QStringLiteral("The request is malformed: output_format must be \"polling\""));

    const auto answer = [](int httpStatus, const QString &bookmark, const QString &status, const QStringList &messages,
                           const QString &error = {}, const QJsonObject &result = {}) {
        QJsonObject r{{QStringLiteral("success"), true},
                      {QStringLiteral("type"), QStringLiteral("export")},
                      {QStringLiteral("at_bookmark"), bookmark},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("messages"), QJsonArray::fromStringList(messages)}};
        if (!error.isEmpty())
            r.insert(QStringLiteral("error"), error);
        if (!result.isEmpty())
            r.insert(QStringLiteral("result"), result);
        return apiSuccess(r, httpStatus);
    };
    const QString busy = QStringLiteral("Currently processing a long-running export");
    const QString simulated =
        fault && !fault->message.isEmpty() ? fault->message : QStringLiteral("Simulated export failure");
    const bool simulateFailure = fault && fault->fault == Fault::ExportError;
    const bool simulateBusy = fault && fault->fault == Fault::ExportBusy;

    const QString currentBookmark = object.value(QStringLiteral("current_bookmark")).toString();
    if (currentBookmark.isEmpty()) {
        ++m_exportCounter;
        const QString bookmark = QStringLiteral("%1-%2-%3-%4")
                                     .arg(m_exportCounter, 8, 16, QLatin1Char('0'))
                                     .arg(quint32(m_exportCounter * 7 + 1), 8, 16, QLatin1Char('0'))
                                     .arg(quint32(QDateTime::currentSecsSinceEpoch()), 8, 16, QLatin1Char('0'))
                                     .arg(QString::fromLatin1(randomHex(16)));
        if (simulateFailure)
            return answer(200, bookmark, QStringLiteral("error"), {}, simulated);
        if (simulateBusy || isExporting(database.uuid))
            return answer(200, bookmark, QStringLiteral("error"), {}, busy);
        if (m_imports->isImporting(database.uuid))
            return answer(200, bookmark, QStringLiteral("error"), {}, busyWith(database.uuid));

        const QJsonObject dumpOptions = object.value(QStringLiteral("dump_options")).toObject();
        ExportTask::Setup setup;
        setup.bookmark = bookmark;
        setup.databaseUuid = database.uuid;
        setup.sqlitePath = database.path;
        setup.filename = database.name + u'-' + bookmark + QStringLiteral(".sql");
        setup.outputPath = QDir(dumpDirectory()).filePath(setup.filename);
        setup.options.noData = dumpOptions.value(QStringLiteral("no_data")).toBool();
        setup.options.noSchema = dumpOptions.value(QStringLiteral("no_schema")).toBool();
        setup.options.exactNumbers = m_exactNumbers;
        for (const QJsonValue &table : dumpOptions.value(QStringLiteral("tables")).toArray())
            setup.options.tables.append(table.toString());
        setup.pollsAfterGeneration = m_pollsBeforeComplete;
        setup.abandonTimeoutMs = m_abandonTimeoutMs;
        setup.longPollMs = m_longPollMs;

        auto *task = new ExportTask(std::move(setup), this);
        m_tasks.append(task);
        task->start();
        return answer(202, bookmark, QStringLiteral("active"), task->takeMessages());
    }

    const auto it = std::find_if(m_tasks.cbegin(), m_tasks.cend(), [&](const ExportTask *t) {
        return t->setup().bookmark == currentBookmark && t->setup().databaseUuid == database.uuid;
    });
    if (it == m_tasks.cend()) { // the shape wrangler calls PollingFailure
        return apiSuccess(QJsonObject{{QStringLiteral("success"), false},
                                      {QStringLiteral("error"),
                                       QStringLiteral("No export is known for bookmark %1").arg(currentBookmark)}});
    }
    ExportTask *task = *it;
    if (simulateFailure)
        task->fail(simulated);
    else if (simulateBusy)
        task->fail(busy);

    const ExportTask::Status status = task->poll();
    const QStringList messages = task->takeMessages();
    switch (status) {
    case ExportTask::Status::Active:
        return answer(202, currentBookmark, QStringLiteral("active"), messages);
    case ExportTask::Status::Error:
        return answer(200, currentBookmark, QStringLiteral("error"), messages, task->error());
    case ExportTask::Status::Complete:
        break;
    }
    // Every poll of a finished export hands out a fresh URL with a fresh expiry.
    return answer(200, currentBookmark, QStringLiteral("complete"), messages, {},
                  QJsonObject{{QStringLiteral("filename"), task->setup().filename},
                              {QStringLiteral("signed_url"), signUrl(task->setup().outputPath)}});
}

QString CloudflareEmulator::signUrl(const QString &file)
{
    const QString object = QString::fromLatin1(randomHex(16)) + QStringLiteral(".sql");
    const QByteArray signature = randomHex(32);
    m_objects.insert(object, {file, signature, QDateTime::currentMSecsSinceEpoch() + m_signedUrlLifetimeMs});

    QUrl url = downloadOrigin();
    url.setPath(QStringLiteral("/dumps/") + object);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("X-Amz-Algorithm"), QStringLiteral("AWS4-HMAC-SHA256"));
    query.addQueryItem(QStringLiteral("X-Amz-Date"),
                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'hhmmss'Z'")));
    const qint64 lifetimeSeconds = qMax<qint64>(1, (m_signedUrlLifetimeMs + 999) / 1000);
    query.addQueryItem(QStringLiteral("X-Amz-Expires"), QString::number(lifetimeSeconds));
    query.addQueryItem(QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("host"));
    query.addQueryItem(QStringLiteral("X-Amz-Signature"), QString::fromLatin1(signature));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

// ---- The object store ---------------------------------------------------------------------------

HttpResponse CloudflareEmulator::handleDownload(const HttpRequest &request, const std::optional<FaultSpec> &fault)
{
    if (request.method == "PUT")
        return m_imports->receiveUpload(request, fault && fault->fault == Fault::ExpiredUrl,
                                        fault && fault->fault == Fault::WrongEtag);
    if (fault && fault->fault == Fault::ExpiredUrl)
        return xmlError(403, "AccessDenied", "Request has expired");
    if (request.method != "GET" && request.method != "HEAD")
        return xmlError(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");

    static const QByteArray prefix = "/dumps/";
    const QString objectName = request.path.startsWith(prefix)
                                   ? QUrl::fromPercentEncoding(request.path.mid(prefix.size()))
                                   : QString();
    const auto it = m_objects.constFind(objectName);
    const QByteArray signature =
        urlQuery(request).queryItemValue(QStringLiteral("X-Amz-Signature")).toLatin1();
    if (it == m_objects.cend() || it->signature != signature)
        return xmlError(403, "AccessDenied", "Access Denied");
    if (QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs)
        return xmlError(403, "AccessDenied", "Request has expired");
    if (!QFileInfo::exists(it->file))
        return xmlError(404, "NoSuchKey", "The specified key does not exist.");

    HttpResponse response;
    response.bodyFile = it->file;
    response.rangeable = true;
    response.bytesPerSecond = m_downloadRate;
    response.setHeader("Content-Type", "application/sql");
    response.setHeader("ETag",
                       '"' + QCryptographicHash::hash(it->file.toUtf8(), QCryptographicHash::Md5).toHex() + '"');
    return response;
}

// ---- Lookups ------------------------------------------------------------------------------------

const CloudflareEmulator::Account *CloudflareEmulator::findAccount(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

const CloudflareEmulator::Database *CloudflareEmulator::findDatabase(const QString &accountId,
                                                                     const QString &uuidOrName) const
{
    // Cloudflare's CLI passes a name where the API documents an id; both resolve.
    for (const Database &db : m_databases) {
        if (db.accountId == accountId && (db.uuid == uuidOrName || db.name == uuidOrName))
            return &db;
    }
    return nullptr;
}

QString CloudflareEmulator::busyWith(const QString &databaseUuid) const
{
    if (m_imports->isImporting(databaseUuid))
        return QStringLiteral("Currently processing a long-running import");
    if (isExporting(databaseUuid))
        return QStringLiteral("Currently processing a long-running export");
    return {};
}

bool CloudflareEmulator::isExporting(const QString &databaseUuid) const
{
    return std::any_of(m_tasks.cbegin(), m_tasks.cend(), [&](const ExportTask *t) {
        return t->status() == ExportTask::Status::Active && t->setup().databaseUuid == databaseUuid;
    });
}

QString CloudflareEmulator::dumpDirectory()
{
    if (!m_dumpDirectory.isEmpty()) {
        QDir().mkpath(m_dumpDirectory);
        return m_dumpDirectory;
    }
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("d1-emulator-XXXXXX")));
    return m_tempDir->path();
}

} // namespace emu
