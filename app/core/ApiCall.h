// One Cloudflare API request as a job: sends it, applies a transfer timeout, retries what is worth
// retrying (429 after Retry-After, 5xx, HTML pages, timeouts, dropped connections) with capped
// exponential backoff and jitter, parses the envelope, and finishes exactly once with a result or
// an ApiError. PagedCall chains ApiCalls over every page of a list.
#pragma once

#include "ApiEnvelope.h"
#include "ApiError.h"
#include "RequestBudget.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace d1x {



struct RetryPolicy {
    int maxAttempts = 6;            // including the first
    int baseDelayMs = 500;          // doubled each time, ± 25 % jitter
    int maxDelayMs = 20000;
    int maxRetryAfterSeconds = 300; // a longer Retry-After is capped to this (Cloudflare blocks up to 5 min)
    bool retryRateLimited = true;   // false: a 429 finishes the call, for a caller that waits it out itself
    int transferTimeoutMs = 60000;  // no bytes for this long: give up on the attempt
};

// Base of every API job, so callers can abort and wait for any of them the same way.
class ApiTask : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void abort() = 0;
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    // Applied to the error's server-supplied texts before anyone sees them: a server may echo secrets.
    void setRedactor(std::function<QString(const QString &)> redactor) { m_redactor = std::move(redactor); }

signals:
    void finished();
    // A transient failure that will be retried after `delayMs`; for the progress log.
    void retrying(const d1x::ApiError &reason, int attempt, int delayMs);

protected:
    void finish(const ApiError &error);
    void announceRetry(const ApiError &reason, int attempt, int delayMs);

private:
    bool m_finished = false;
    ApiError m_error;
    std::function<QString(const QString &)> m_redactor;
};

class ApiCall : public ApiTask
{
    Q_OBJECT
public:
    ApiCall(QNetworkAccessManager *nam, const QNetworkRequest &request, QByteArray verb, QByteArray body,
            RetryPolicy policy, QObject *parent = nullptr);
    ~ApiCall() override;

    void start() override;
    void abort() override;
    // Before start(): replaces the policy the call was created with.
    void setRetryPolicy(const RetryPolicy &policy);
    // Every attempt first takes a token from `budget` (waiting for one when it is spent).
    void setRequestBudget(RequestBudget *budget) { m_budget = budget; }
    // A poll of a running export: it may use the budget's reserve (see RequestBudget).
    void setUsesBudgetReserve(bool reserve) { m_usesBudgetReserve = reserve; }
    // The request cannot be built (e.g. an unsafe id): start() finishes with `error`, sending nothing.
    void failBeforeSending(const ApiError &error) { m_preflightError = error; }

    const ApiEnvelope &envelope() const { return m_envelope; }
    QJsonValue result() const { return m_envelope.result; }
    int httpStatus() const { return m_httpStatus; }
    int attempts() const { return m_attempt; }

private:
    void sendAttempt();
    void onReplyFinished();
    void retryOrFail(const ApiError &error);
    int backoffDelayMs() const;
    void returnBudgetToken();

    QNetworkAccessManager *m_nam;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QPointer<RequestBudget> m_budget;
    qint64 m_budgetToken = -1; // of the attempt in flight
    bool m_usesBudgetReserve = false;
    QTimer m_retryTimer;
    ApiEnvelope m_envelope;
    ApiError m_preflightError;
    int m_httpStatus = 0;
    int m_attempt = 0;
    bool m_tooLarge = false; // the current reply was aborted for its size
};

// Fetches every page of a paginated list (`page`, `per_page`, result_info) and collects the items.
class PagedCall : public ApiTask
{
    Q_OBJECT
public:
    // Builds the call for one page; returns nullptr when the request cannot be built.
    using PageFactory = std::function<ApiCall *(int page, int perPage)>;
    PagedCall(PageFactory factory, int perPage, QObject *parent = nullptr);

    void start() override;
    void abort() override;
    const QJsonArray &items() const { return m_items; }

    static constexpr int MaxPages = 1000; // a server that never stops paging is not followed forever

private:
    void requestPage(int page);

    PageFactory m_factory;
    int m_perPage;
    QPointer<ApiCall> m_current;
    QJsonArray m_items;
};

} // namespace d1x
