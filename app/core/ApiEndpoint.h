// Where the Cloudflare API lives, and how request URLs are built from it. Path segments are
// validated and percent-encoded here, so no id or name can change the shape of a request path.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace d1x {

class ApiEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ApiEndpoint)
public:
    static QString defaultBase() { return QStringLiteral("https://api.cloudflare.com/client/v4"); }

    ApiEndpoint(); // the default base
    // Accepts https anywhere and plain http only for loopback hosts. nullopt (with `why`) otherwise.
    static std::optional<ApiEndpoint> fromString(const QString &base, QString *why = nullptr);
    // The base from --api-base, else CLOUDFLARE_API_BASE_URL, else the default.
    static std::optional<ApiEndpoint> fromEnvironment(const QString &override, QString *why = nullptr);

    QUrl base() const { return m_base; }
    bool isDefault() const;
    // True when `url` is on the API's own origin (scheme, host and port): credentials go only there.
    bool isSameOrigin(const QUrl &url) const;
    // base + "/" + each segment percent-encoded. Empty segments are refused (nullopt).
    std::optional<QUrl> url(const QStringList &segments, const QUrlQuery &query = {}) const;

    // Account ids, database UUIDs and names: printable, no slashes, no control characters, ≤ 255 chars.
    static bool isSafeSegment(const QString &segment);
    static bool looksLikeUuid(const QString &text);

private:
    explicit ApiEndpoint(QUrl base);
    QUrl m_base;
};

} // namespace d1x
