// Cloudflare credentials: an API token (Bearer), or an email with the legacy global API key.
// They are attached per request, and only by the API client; they know how to hide themselves
// in any text that is about to be shown or logged.
#pragma once

#include <QString>

class QNetworkRequest;

namespace d1x {

struct Credentials {
    enum class Scheme { ApiToken, GlobalKey };
    Scheme scheme = Scheme::ApiToken;
    QString token;
    QString email;
    QString globalKey;

    static Credentials fromToken(const QString &token);
    static Credentials fromGlobalKey(const QString &email, const QString &key);
    // CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY, as Cloudflare's CLI reads them.
    static Credentials fromEnvironment();

    bool isComplete() const;
    void applyTo(QNetworkRequest &request) const;
    // Replaces every occurrence of a secret in `text` with a placeholder.
    QString redact(QString text) const;
};

} // namespace d1x
