// SignedUrlRequest: the request for a presigned object-storage URL (a dump's download, an import's
// upload). Built from nothing, so it carries no Cloudflare credentials and no cookies; it follows no
// redirect by itself (the caller decides, and never sends credentials on); it gives up after
// `transferTimeoutMs` without progress.
#pragma once

#include <QNetworkRequest>

namespace d1x {

class SignedUrlRequest
{
public:
    static QNetworkRequest make(const QUrl &url, int transferTimeoutMs);
};

} // namespace d1x
