// Maps HTTP statuses, Cloudflare error codes and network errors to plain sentences.
#include "ApiError.h"

#include <utility>

namespace d1x {

ApiError::ApiError(Kind kind, QString detail, int httpStatus, QList<CfMessage> cfErrors)
    : m_kind(kind)
    , m_detail(std::move(detail))
    , m_httpStatus(httpStatus)
    , m_cfErrors(std::move(cfErrors))
{
}

namespace {
bool mentions(const QList<CfMessage> &errors, QLatin1String text)
{
    for (const CfMessage &m : errors)
        if (m.message.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}
bool hasCode(const QList<CfMessage> &errors, std::initializer_list<int> codes)
{
    for (const CfMessage &m : errors)
        for (int c : codes)
            if (m.code == c)
                return true;
    return false;
}
} // namespace

ApiError ApiError::fromHttp(int status, const QList<CfMessage> &cfErrors, const QString &fallbackDetail)
{
    Kind kind;
    if (mentions(cfErrors, QLatin1String("long-running export")))
        kind = Kind::ExportBusy;
    else if (mentions(cfErrors, QLatin1String("long-running import")))
        kind = Kind::ImportBusy;
    else if (status == 429 || hasCode(cfErrors, {971}))
        kind = Kind::RateLimited;
    else if (hasCode(cfErrors, {7003, 7403}))
        kind = Kind::AccountNotFound;
    else if (hasCode(cfErrors, {7404}))
        kind = Kind::DatabaseNotFound;
    else if (hasCode(cfErrors, {10000}))
        kind = Kind::Forbidden;
    else if (hasCode(cfErrors, {1000, 6003, 6111, 9103, 9106, 9109}) || status == 401)
        kind = Kind::Unauthorized;
    else if (status == 403)
        kind = Kind::Forbidden;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status >= 500)
        kind = Kind::ServerError;
    else
        kind = Kind::BadRequest;
    QString detail = fallbackDetail;
    if (!cfErrors.isEmpty())
        detail = cfErrors.first().message;
    return ApiError(kind, detail, status, cfErrors);
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        return ApiError(Kind::Cancelled, errorString);
    case QNetworkReply::TimeoutError:
        return ApiError(Kind::Timeout, errorString);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(Kind::Tls, errorString);
    default:
        return ApiError(Kind::Network, errorString);
    }
}

ApiError ApiError::redacted(const std::function<QString(const QString &)> &redact) const
{
    ApiError copy = *this;
    copy.m_detail = redact(m_detail);
    for (CfMessage &m : copy.m_cfErrors)
        m.message = redact(m.message);
    return copy;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::BadResponse:
    case Kind::RateLimited:
    case Kind::ServerError:
        return true;
    default:
        return false;
    }
}

QString ApiError::summary() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("No error.");
    case Kind::InvalidInput:
        return tr("The request was not sent: %1").arg(m_detail);
    case Kind::Network:
        return tr("Could not reach the server: %1.").arg(m_detail);
    case Kind::Timeout:
        return tr("The server stopped answering.");
    case Kind::Tls:
        return tr("The secure connection could not be established: %1.").arg(m_detail);
    case Kind::BadResponse:
        return tr("The server sent an answer that is not a Cloudflare API response.");
    case Kind::Unauthorized:
        return tr("Cloudflare did not accept the credentials.");
    case Kind::Forbidden:
        return tr("The credentials are not allowed to do this.");
    case Kind::AccountNotFound:
        return tr("The account was not found or is not available to these credentials.");
    case Kind::DatabaseNotFound:
        return tr("The database was not found in this account.");
    case Kind::NotFound:
        return tr("The server does not know this address.");
    case Kind::ExportBusy:
        return tr("D1 is already exporting this database.");
    case Kind::RateLimited:
        return tr("Cloudflare's rate limit was reached.");
    case Kind::ServerError:
        return tr("Cloudflare reported an internal error.");
    case Kind::BadRequest:
        return tr("Cloudflare refused the request.");
    case Kind::ExportFailed:
        return tr("D1 could not export the database: %1").arg(m_detail);
    case Kind::UrlExpired:
        return tr("The download link has expired.");
    case Kind::DownloadFailed:
        return tr("The download failed: %1").arg(m_detail);
    case Kind::FileError:
        return tr("The file could not be saved: %1").arg(m_detail);
    case Kind::VerifyFailed:
        return tr("The dump could not be loaded into SQLite: %1").arg(m_detail);
    case Kind::TimeLimit:
        return tr("The export did not finish within the time limit: %1.").arg(m_detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::TableNotFound:
        return tr("Not in the database: %1").arg(m_detail);
    case Kind::LocalReadFailed:
        return tr("The local database could not be read: %1").arg(m_detail);
    case Kind::ImportBusy:
        return tr("D1 is importing into this database right now.");
    case Kind::ImportFailed:
        return tr("D1 could not import the file: %1").arg(m_detail);
    case Kind::UploadFailed:
        return tr("The upload failed: %1").arg(m_detail);
    case Kind::InputUnusable:
        return tr("The file cannot be imported: %1").arg(m_detail);
    case Kind::ImportUnconfirmed:
        return tr("D1's answer to the import request was lost, and D1 shows no import under the bookmark from "
                  "before it: whether D1 is importing the file is not known.");
    case Kind::NeedsEditPermission:
        return tr("Importing (and creating or restoring a database) needs an API token with the D1 Edit permission; "
                  "these credentials may only read D1.");
    }
    return {};
}

QString ApiError::advice() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return tr("Check the internet connection and try again.");
    case Kind::Tls:
        return tr("Check the system clock and any proxy that intercepts HTTPS, then try again.");
    case Kind::BadResponse:
        return tr("A proxy or Cloudflare's edge may be having trouble; try again in a few minutes.");
    case Kind::Unauthorized:
        return tr("Check the API token (or the email and global API key); it may be mistyped, expired or revoked.");
    case Kind::Forbidden:
        return tr("Give the API token the \"D1\" permission (read or edit) for this account, or use another token.");
    case Kind::AccountNotFound:
        return tr("Check the account ID (32 hexadecimal characters, shown in the Cloudflare dashboard).");
    case Kind::DatabaseNotFound:
        return tr("Check the database name or ID, and that it belongs to the chosen account.");
    case Kind::ExportBusy:
        return tr("Wait for the running export to finish (or to be cancelled by D1 after a while), then try again.");
    case Kind::RateLimited:
        return tr("Wait a few minutes before trying again.");
    case Kind::ServerError:
        return tr("Try again in a few minutes; if it keeps happening, check Cloudflare's status page.");
    case Kind::ExportFailed:
        return tr("Check the message from D1 above, then try again.");
    case Kind::UrlExpired:
        return tr("Start the export again to get a fresh link.");
    case Kind::DownloadFailed:
        return tr("Try the export again.");
    case Kind::FileError:
        return tr("Choose another location, or free some disk space, and try again.");
    case Kind::VerifyFailed:
        return tr("Export again; if it keeps happening, keep the SQL file and report the statement named above.");
    case Kind::TableNotFound:
        return tr("Check the table names (the \"tables\" command lists them); nothing was exported.");
    case Kind::LocalReadFailed:
        return tr("Check that wrangler has created the local database, then try again.");
    case Kind::TimeLimit:
        return tr("Try again later, or allow more time (--timeout on the command line, Options in the window).");
    case Kind::ImportBusy:
        return tr("Wait until the running import has finished (D1 blocks the database until then), then try again.");
    case Kind::ImportFailed:
        return tr("D1 rolled the import back: the database is as it was. Fix the statement named above and import again.");
    case Kind::UploadFailed:
        return tr("Check the connection and import again; nothing was changed on D1.");
    case Kind::InputUnusable:
        return tr("Choose a .sql or .sql.gz dump (ours, wrangler's or sqlite3's .dump) or an SQLite database file; "
                  "nothing was sent to D1.");
    case Kind::ImportUnconfirmed:
        return tr("Wait until the database answers queries again, look whether the rows are there, and import "
                  "again only if they are not.");
    case Kind::NeedsEditPermission:
        return tr("Give the token Account → D1 → Edit (Cloudflare dashboard, My Profile → API Tokens), or use another "
                  "token. Nothing was uploaded.");
    default:
        return {};
    }
}

QString ApiError::technical() const
{
    QStringList parts;
    if (m_httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(m_httpStatus);
    for (const CfMessage &m : m_cfErrors)
        parts << (m.code ? QStringLiteral("%1: %2").arg(m.code).arg(m.message) : m.message);
    if (m_cfErrors.isEmpty() && !m_detail.isEmpty() && m_kind != Kind::ExportFailed && m_kind != Kind::FileError
        && m_kind != Kind::VerifyFailed && m_kind != Kind::DownloadFailed && m_kind != Kind::InvalidInput && m_kind != Kind::Network
        && m_kind != Kind::Tls && m_kind != Kind::TableNotFound && m_kind != Kind::LocalReadFailed
        && m_kind != Kind::TimeLimit && m_kind != Kind::ImportFailed && m_kind != Kind::UploadFailed
        && m_kind != Kind::InputUnusable)
        parts << m_detail;
    return parts.join(QLatin1String(", "));
}

QString ApiError::toString() const
{
    QString text = summary();
    const QString more = advice();
    if (!more.isEmpty())
        text += QLatin1Char(' ') + more;
    const QString tech = technical();
    if (!tech.isEmpty())
        text += QLatin1String(" (") + tech + QLatin1Char(')');
    return text;
}

} // namespace d1x
