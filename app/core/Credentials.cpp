// Credentials: header attachment and redaction.
#include "Credentials.h"

#include <QNetworkRequest>
#include <QProcessEnvironment>

namespace d1x {

Credentials Credentials::fromToken(const QString &token)
{
    Credentials c;
    c.scheme = Scheme::ApiToken;
    c.token = token.trimmed();
    return c;
}

Credentials Credentials::fromGlobalKey(const QString &email, const QString &key)
{
    Credentials c;
    c.scheme = Scheme::GlobalKey;
    c.email = email.trimmed();
    c.globalKey = key.trimmed();
    return c;
}

Credentials Credentials::fromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString token = env.value(QStringLiteral("CLOUDFLARE_API_TOKEN"));
    if (!token.isEmpty())
        return fromToken(token);
    return fromGlobalKey(env.value(QStringLiteral("CLOUDFLARE_EMAIL")), env.value(QStringLiteral("CLOUDFLARE_API_KEY")));
}

bool Credentials::isComplete() const
{
    if (scheme == Scheme::ApiToken)
        return !token.isEmpty();
    return !email.isEmpty() && !globalKey.isEmpty();
}

void Credentials::applyTo(QNetworkRequest &request) const
{
    if (scheme == Scheme::ApiToken) {
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    } else {
        request.setRawHeader("X-Auth-Email", email.toUtf8());
        request.setRawHeader("X-Auth-Key", globalKey.toUtf8());
    }
}

QString Credentials::redact(QString text) const
{
    const QString placeholder = QStringLiteral("[redacted]");
    // Secrets shorter than this would redact ordinary words; real tokens and keys are 37–40 characters.
    constexpr int minimumSecretLength = 8;
    for (const QString &secret : {token, globalKey})
        if (secret.size() >= minimumSecretLength)
            text.replace(secret, placeholder);
    return text;
}

} // namespace d1x
