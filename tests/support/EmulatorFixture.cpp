// EmulatorFixture: the emulator, network manager and client of the end-to-end suites.
#include "EmulatorFixture.h"

#include "ApiEndpoint.h"
#include "CloudflareClient.h"
#include "Credentials.h"

#include <QSignalSpy>

namespace testsupport {

EmulatorFixture::EmulatorFixture(const QString &accountId, const QString &accountName, const QString &token,
                                 const d1x::RetryPolicy &retries)
    : m_emulator(std::make_unique<emu::CloudflareEmulator>())
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_emulator->addApiToken(token);
    m_emulator->addAccount(accountId, accountName);
    if (!m_emulator->listen())
        return;
    // Never a fallback to the default (real) API base: without the emulator there is no client.
    const auto endpoint = d1x::ApiEndpoint::fromString(m_emulator->apiBase().toString());
    if (!endpoint)
        return;
    m_client = std::make_unique<d1x::CloudflareClient>(m_nam.get(), *endpoint, d1x::Credentials::fromToken(token));
    m_client->setRetryPolicy(retries);
}

EmulatorFixture::~EmulatorFixture() = default;

d1x::RetryPolicy EmulatorFixture::fastRetries()
{
    d1x::RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    fast.maxRetryAfterSeconds = 1;
    return fast;
}

void EmulatorFixture::speedUp(d1x::ExportController *controller) const
{
    controller->setPollRetryPolicy(m_client->retryPolicy());
    controller->setMinimumPollIntervalMs(10);
}

d1x::ExportResult EmulatorFixture::run(d1x::ExportController *controller, const d1x::ExportRequest &request,
                                       int timeoutMs)
{
    QSignalSpy finished(controller, &d1x::ExportController::finished);
    controller->start(request);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return d1x::ExportResult{d1x::ApiError(d1x::ApiError::Kind::Timeout, QStringLiteral("test timed out"))};
    return controller->result();
}

} // namespace testsupport
