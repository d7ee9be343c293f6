// SignInStatus: the words for each sign-in outcome, per credential scheme.
#include "SignInStatus.h"

#include "UiFormat.h"

namespace d1x::ui {

using Outcome = SignInResult::Outcome;

QString SignInStatus::describe(const ApiError &error)
{
    QString text = error.summary();
    const QString advice = error.advice();
    if (!advice.isEmpty())
        text += QLatin1Char(' ') + advice;
    return text;
}

QString SignInStatus::statusLine(const SignInResult &result)
{
    const bool token = result.scheme == Credentials::Scheme::ApiToken;
    switch (result.outcome) {
    case Outcome::Accepted: {
        if (!token)
            return tr("Accepted: Cloudflare accepts this email and global API key.");
        QString text = tr("Active: Cloudflare accepts this token.");
        if (result.expires.isValid())
            text += QLatin1Char(' ') + tr("It expires on %1.").arg(UiFormat::dateTime(result.expires));
        return text;
    }
    case Outcome::Rejected:
        return token ? tr("Wrong: Cloudflare does not recognise this token. Check that you pasted all of it, "
                          "or create a new one.")
                     : tr("Wrong: Cloudflare does not accept this email and global API key.");
    case Outcome::Expired:
        return tr("Expired: this token is no longer valid. Create a new one in the Cloudflare "
                  "dashboard (My Profile → API Tokens).");
    case Outcome::Disabled:
        return tr("Disabled: this token has been switched off. Enable it again in the Cloudflare "
                  "dashboard, or use another one.");
    case Outcome::UnknownStatus:
        return tr("Cloudflare answered with a token status this program does not know (\"%1\").").arg(result.status);
    case Outcome::Failed:
        return describe(result.error);
    case Outcome::Incomplete:
        break;
    }
    return token ? tr("Enter an API token first.") : tr("Enter the account email and the global API key first.");
}

LogModel::Level SignInStatus::logLevel(const SignInResult &result)
{
    switch (result.outcome) {
    case Outcome::Accepted:
        return LogModel::Level::Info;
    case Outcome::Rejected:
    case Outcome::Failed:
        return LogModel::Level::Error;
    default:
        return LogModel::Level::Warning;
    }
}

// Empty when there is nothing to log (the panel alone tells of missing input).
QString SignInStatus::logLine(const SignInResult &result)
{
    const bool token = result.scheme == Credentials::Scheme::ApiToken;
    switch (result.outcome) {
    case Outcome::Accepted:
        return token ? tr("The API token is active.") : tr("The email and global API key were accepted.");
    case Outcome::Rejected:
    case Outcome::Failed:
        return token ? tr("Token check failed: %1").arg(result.error.toString())
                     : tr("Sign-in failed: %1").arg(result.error.toString());
    case Outcome::Expired:
    case Outcome::Disabled:
    case Outcome::UnknownStatus:
        return tr("The API token is not usable (status \"%1\").").arg(result.status);
    case Outcome::Incomplete:
        break;
    }
    return {};
}

} // namespace d1x::ui
