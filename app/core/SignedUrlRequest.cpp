// SignedUrlRequest: a credential-free request for a presigned URL (see header).
#include "SignedUrlRequest.h"

namespace d1x {

QNetworkRequest SignedUrlRequest::make(const QUrl &url, int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("d1-exporter/" D1X_VERSION));
    return request;
}

} // namespace d1x
