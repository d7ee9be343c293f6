// ApiCall / PagedCall: request jobs with timeouts, retries and strict parsing.
#include "ApiCall.h"

#include "RequestBudget.h"
#include "RetryAfter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QLocale>
#include <QRandomGenerator>

namespace d1x {

void ApiTask::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = m_redactor ? error.redacted(m_redactor) : error;
    emit finished();
}

void ApiTask::announceRetry(const ApiError &reason, int attempt, int delayMs)
{
    emit retrying(m_redactor ? reason.redacted(m_redactor) : reason, attempt, delayMs);
}

ApiCall::ApiCall(QNetworkAccessManager *nam, const QNetworkRequest &request, QByteArray verb, QByteArray body,
                 RetryPolicy policy, QObject *parent)
    : ApiTask(parent)
    , m_nam(nam)
    , m_request(request)
    , m_verb(std::move(verb))
    , m_body(std::move(body))
    , m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    // Credentials must never follow a redirect, and the API never redirects: a 3xx is an error.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_request.setTransferTimeout(m_policy.transferTimeoutMs);
    if (!m_body.isEmpty())
        m_request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_request.setRawHeader("Accept", "application/json");
}

ApiCall::~ApiCall()
{
    returnBudgetToken();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_request.setTransferTimeout(policy.transferTimeoutMs);
}

void ApiCall::start()
{
    if (m_attempt != 0 || isFinished())
        return;
    if (m_preflightError)
        return finish(m_preflightError);
    sendAttempt();
}

void ApiCall::returnBudgetToken()
{
    if (m_budget && m_budgetToken >= 0)
        m_budget->answered(m_budgetToken);
    m_budgetToken = -1;
}

void ApiCall::abort()
{
    m_retryTimer.stop();
    returnBudgetToken();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(ApiError(ApiError::Kind::Cancelled));
}

void ApiCall::sendAttempt()
{
    if (m_budget) {
        const qint64 waitMs = m_budget->take(&m_budgetToken, m_usesBudgetReserve);
        if (waitMs > 0) {
            // A wait the user would otherwise see as a hang (up to a whole window): said as the rate
            // limit it is, the budget's share of it reached.
            if (waitMs >= 1000)
                announceRetry(ApiError(ApiError::Kind::RateLimited), m_attempt, int(qMin<qint64>(waitMs, INT_MAX)));
            return m_retryTimer.start(int(qMin<qint64>(waitMs, INT_MAX))); // asks again then
        }
    }
    ++m_attempt;
    m_tooLarge = false;
    m_reply = m_nam->sendCustomRequest(m_request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Refuse oversized answers while they arrive rather than after buffering them.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > ApiEnvelope::MaxBodyBytes && m_reply) {
            m_tooLarge = true; // abort() empties the reply: remember why it was cut
            m_reply->abort();
        }
    });
}

void ApiCall::onReplyFinished()
{
    returnBudgetToken(); // the server has seen the request
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    // Checked first: the headers (and a status) have arrived, but abort() emptied the body. The same
    // request would get the same answer, so it is not retried.
    if (m_tooLarge)
        return finish(ApiError(ApiError::Kind::BadResponse,
                               tr("the answer was larger than %1 MB and was cut off; no API answer is that large")
                                   .arg(ApiEnvelope::MaxBodyBytes / (1024 * 1024))));

    if (m_httpStatus == 0) {
        // No HTTP answer at all: connection refused, reset, timeout or TLS failure.
        ApiError error = ApiError::fromNetwork(netError, reply->errorString());
        if (netError == QNetworkReply::OperationCanceledError)
            error = ApiError(ApiError::Kind::Timeout, reply->errorString()); // transfer timeout aborts this way
        return retryOrFail(error);
    }

    if (m_httpStatus >= 300 && m_httpStatus < 400) {
        // The API never redirects; following one could hand the credentials to another host.
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        return finish(ApiError(ApiError::Kind::BadResponse,
                               tr("the server redirected the request to %1, which is not followed")
                                   .arg(m_request.url().resolved(target).host()),
                               m_httpStatus));
    }
    QString why;
    const std::optional<ApiEnvelope> envelope = ApiEnvelope::parse(body, &why);
    const bool httpOk = m_httpStatus >= 200 && m_httpStatus < 300;
    if (!envelope) {
        ApiError error(ApiError::Kind::BadResponse, why, m_httpStatus);
        if (m_httpStatus == 429)
            error = ApiError(ApiError::Kind::RateLimited, why, m_httpStatus);
        else if (m_httpStatus >= 400 && m_httpStatus < 500 && m_httpStatus != 408 && m_httpStatus != 403)
            error = ApiError::fromHttp(m_httpStatus, {}, why); // e.g. a wrong API base: retrying won't help
        // A 403 page without an envelope is a proxy or WAF challenge (cf-mitigated), not a credentials verdict.
        error.setRetryAfterSeconds(RetryAfter::parse(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()));
        return retryOrFail(error);
    }
    if (!httpOk || !envelope->success) {
        ApiError error = ApiError::fromHttp(m_httpStatus, envelope->errors);
        error.setRetryAfterSeconds(RetryAfter::parse(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()));
        return retryOrFail(error);
    }
    m_envelope = *envelope;
    finish(ApiError());
}

int ApiCall::backoffDelayMs() const
{
    const int exponent = qMin(m_attempt - 1, 16);
    const qint64 raw = qint64(m_policy.baseDelayMs) << exponent;
    const double capped = double(qMin<qint64>(raw, m_policy.maxDelayMs));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(capped * jitter);
}

void ApiCall::retryOrFail(const ApiError &error)
{
    if (!error.isTransient() || m_attempt >= m_policy.maxAttempts
        || (error.kind() == ApiError::Kind::RateLimited && !m_policy.retryRateLimited))
        return finish(error);
    int delay = backoffDelayMs();
    if (error.retryAfterSeconds() >= 0)
        delay = qMin(error.retryAfterSeconds(), m_policy.maxRetryAfterSeconds) * 1000;
    announceRetry(error, m_attempt, delay);
    m_retryTimer.start(delay);
}

PagedCall::PagedCall(PageFactory factory, int perPage, QObject *parent)
    : ApiTask(parent)
    , m_factory(std::move(factory))
    , m_perPage(perPage)
{
}

void PagedCall::start()
{
    requestPage(1);
}

void PagedCall::abort()
{
    if (m_current)
        m_current->abort();
    finish(ApiError(ApiError::Kind::Cancelled));
}

void PagedCall::requestPage(int page)
{
    ApiCall *call = m_factory(page, m_perPage);
    if (!call)
        return finish(ApiError(ApiError::Kind::InvalidInput, tr("an id contains characters that are not allowed")));
    m_current = call;
    call->setParent(this);
    connect(call, &ApiTask::retrying, this, [this](const ApiError &reason, int attempt, int delayMs) {
        announceRetry(reason, attempt, delayMs);
    });
    connect(call, &ApiTask::finished, this, [this, call, page] {
        call->deleteLater();
        if (call->error())
            return finish(call->error());
        const QJsonArray items = call->result().toArray();
        for (const QJsonValue &v : items)
            m_items.append(v);
        const std::optional<ResultInfo> &info = call->envelope().resultInfo;
        bool more;
        if (info && info->totalPages > 0)
            more = page < info->totalPages;
        else if (info && info->totalCount >= 0)
            more = qint64(page) * (info->perPage > 0 ? info->perPage : m_perPage) < info->totalCount;
        else
            more = items.size() >= m_perPage; // no result_info: a full page means there may be more
        if (more && !items.isEmpty() && page < MaxPages)
            return requestPage(page + 1);
        finish(ApiError());
    });
    call->start();
}

} // namespace d1x
