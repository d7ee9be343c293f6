// API base validation and safe URL construction.
#include "ApiEndpoint.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace d1x {

ApiEndpoint::ApiEndpoint()
    : m_base(defaultBase())
{
}

ApiEndpoint::ApiEndpoint(QUrl base)
    : m_base(std::move(base))
{
}

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

std::optional<ApiEndpoint> ApiEndpoint::fromString(const QString &text, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<ApiEndpoint> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a valid URL.").arg(text));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(tr("The API base URL must not contain a user name, query or fragment."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopback(url.host()))
            return fail(tr("Plain http is only allowed for a server on this computer; use https for %1.")
                            .arg(url.host()));
    } else if (scheme != QLatin1String("https")) {
        return fail(tr("The API base URL must start with https://."));
    }
    return ApiEndpoint(url);
}

std::optional<ApiEndpoint> ApiEndpoint::fromEnvironment(const QString &override, QString *why)
{
    if (!override.isEmpty())
        return fromString(override, why);
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CLOUDFLARE_API_BASE_URL"));
    if (!env.isEmpty())
        return fromString(env, why);
    return ApiEndpoint();
}

bool ApiEndpoint::isDefault() const
{
    return m_base == QUrl(defaultBase());
}

bool ApiEndpoint::isSameOrigin(const QUrl &url) const
{
    return url.scheme().compare(m_base.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0
        && url.port(m_base.scheme() == QLatin1String("https") ? 443 : 80)
               == m_base.port(m_base.scheme() == QLatin1String("https") ? 443 : 80);
}

bool ApiEndpoint::isSafeSegment(const QString &segment)
{
    if (segment.isEmpty() || segment.size() > 255 || segment == QLatin1String(".") || segment == QLatin1String(".."))
        return false;
    for (QChar c : segment)
        if (c.category() == QChar::Other_Control || c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return false;
    return true;
}

bool ApiEndpoint::looksLikeUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

std::optional<QUrl> ApiEndpoint::url(const QStringList &segments, const QUrlQuery &query) const
{
    QByteArray path = m_base.path(QUrl::FullyEncoded).toUtf8();
    for (const QString &s : segments) {
        if (!isSafeSegment(s))
            return std::nullopt;
        // Encode everything outside the unreserved set, so "?", "#", "%" and ";" stay inside the segment.
        path += '/' + QUrl::toPercentEncoding(s);
    }
    QUrl url = m_base;
    url.setPath(QString::fromUtf8(path), QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

} // namespace d1x
