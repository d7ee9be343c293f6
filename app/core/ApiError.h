// An error as a value a person can act on: what happened, what to do about it, and the
// technical detail (HTTP status, Cloudflare codes and messages) behind it.
#pragma once

#include "CloudflareTypes.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <functional>

namespace d1x {

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        InvalidInput,     // a bad id, URL or option, caught before anything was sent
        Network,          // connection refused, reset, DNS, …
        Timeout,          // no progress within the transfer timeout
        Tls,              // certificate or handshake failure: never ignored
        BadResponse,      // HTML page, garbled or oversized JSON: not an API answer
        Unauthorized,     // unknown, malformed, expired or disabled token/key
        Forbidden,        // valid credentials without the D1 permission for this account
        AccountNotFound,
        DatabaseNotFound,
        NotFound,         // some other 404
        ExportBusy,       // D1 is already running an export of this database
        RateLimited,
        ServerError,      // 5xx from Cloudflare
        BadRequest,       // 4xx not covered above (invalid SQL, bad option)
        ExportFailed,     // the export task ended with status "error"
        UrlExpired,       // the signed download URL is no longer valid
        DownloadFailed,   // the download host refused or broke the transfer
        FileError,        // the output file could not be written
        VerifyFailed,     // the saved dump could not be loaded into SQLite (for an .sqlite output)
        TimeLimit,        // the export did not reach a download link within the time limit
        Cancelled,
        TableNotFound,    // a table asked for is not in the database (the detail names close matches)
        LocalReadFailed,  // a local development database (wrangler dev's SQLite file) could not be read
        ImportBusy,       // D1 is running a long-running import of this database
        ImportFailed,     // the import ended with status "error" (the database is as it was)
        UploadFailed,     // the file could not be uploaded to the import's upload URL
        NeedsEditPermission, // a write (import, create, restore) refused: the token can only read D1
        InputUnusable,    // the file to import cannot be read or turned into SQL that D1 loads
        ImportUnconfirmed, // the answer that would start D1's import was lost and no import is found: D1 may
                           // be importing or not (the detail says how the answer was lost); never retried
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail = {}, int httpStatus = 0, QList<CfMessage> cfErrors = {});

    // Builds the error for an HTTP answer; `cfErrors` come from the envelope when there was one.
    static ApiError fromHttp(int httpStatus, const QList<CfMessage> &cfErrors, const QString &fallbackDetail = {});
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString);

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QList<CfMessage> &cfErrors() const { return m_cfErrors; }
    QString detail() const { return m_detail; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    // A copy with `redact` applied to every text that came from the server (which may echo secrets).
    ApiError redacted(const std::function<QString(const QString &)> &redact) const;

    // Worth trying again after a pause: the same request may well succeed.
    bool isTransient() const;

    QString summary() const;   // what happened, one sentence
    QString advice() const;    // what to do about it, one sentence (may be empty)
    QString technical() const; // "HTTP 403, Cloudflare 10000: Authentication error"
    QString toString() const;  // all three, for a log line or a message box

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_httpStatus = 0;
    QList<CfMessage> m_cfErrors;
    int m_retryAfterSeconds = -1;
};

} // namespace d1x
