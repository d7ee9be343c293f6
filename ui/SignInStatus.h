// SignInStatus: how the window words the outcome of a sign-in check, for the credentials panel's
// status line and for the log.
#pragma once

#include "ConnectionSession.h"
#include "LogModel.h"

#include <QCoreApplication>

namespace d1x::ui {

class SignInStatus
{
    Q_DECLARE_TR_FUNCTIONS(d1x::ui::SignInStatus)
public:
    // "what happened. What to do." for a status line.
    static QString describe(const ApiError &error);
    // The credentials panel's line: what Cloudflare said and what to do about it.
    static QString statusLine(const SignInResult &result);
    static LogModel::Level logLevel(const SignInResult &result);
    static QString logLine(const SignInResult &result);
};

} // namespace d1x::ui
