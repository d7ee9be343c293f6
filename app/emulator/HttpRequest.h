// HttpRequest: one parsed HTTP/1.1 request as HttpServer hands it to its handler.
#pragma once

#include <QByteArray>
#include <QMap>

namespace emu {

struct HttpRequest {
    QByteArray method;                      // as sent, e.g. "GET"
    QByteArray target;                      // path + query exactly as received
    QByteArray path;                        // target up to '?', still percent-encoded
    QByteArray query;                       // after '?', still percent-encoded; empty if none
    QMap<QByteArray, QByteArray> headers;   // names lower-cased; repeated headers joined with ", "
    QByteArray body;
    quint16 localPort = 0;                  // which listener received it

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    bool isHead() const { return method == "HEAD"; }
};

} // namespace emu
