// EmulatorFixture: what an end-to-end suite sets up for each test function: the in-process D1
// emulator listening on loopback with one account and one active API token, a network manager,
// and a CloudflareClient signed in with that token whose retries take milliseconds, not seconds.
// Also the two steps every suite takes with an ExportController: make it as quick as the client,
// and run it to its end.
#pragma once

#include "ApiCall.h"
#include "CloudflareEmulator.h"
#include "ExportController.h"

#include <QNetworkAccessManager>

#include <memory>

namespace testsupport {

class EmulatorFixture
{
public:
    // Listens at once; check isListening() before anything else (without it there is no client).
    // The caller adds databases, faults and so on.
    EmulatorFixture(const QString &accountId, const QString &accountName, const QString &token,
                    const d1x::RetryPolicy &retries = fastRetries());
    ~EmulatorFixture();
    EmulatorFixture(const EmulatorFixture &) = delete;
    EmulatorFixture &operator=(const EmulatorFixture &) = delete;

    bool isListening() const { return m_client != nullptr; }
    emu::CloudflareEmulator *emulator() const { return m_emulator.get(); }
    QNetworkAccessManager *networkManager() const { return m_nam.get(); }
    d1x::CloudflareClient *client() const { return m_client.get(); }

    // 10 ms first delay, 50 ms at most, a Retry-After capped to 1 s; the default number of attempts.
    static d1x::RetryPolicy fastRetries();

    // Polls with the client's retry policy, and no sooner than 10 ms apart.
    void speedUp(d1x::ExportController *controller) const;

    // Starts `controller` on `request` and returns its result once it has finished; a Timeout
    // error when it has not finished within `timeoutMs`.
    static d1x::ExportResult run(d1x::ExportController *controller, const d1x::ExportRequest &request,
                                 int timeoutMs = 120000);

private:
    // Destroyed in reverse: the client before the network manager before the emulator.
    std::unique_ptr<emu::CloudflareEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<d1x::CloudflareClient> m_client;
};

} // namespace testsupport
