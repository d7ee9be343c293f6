// HttpRequest: one parsed HTTP/1.1 request as HttpServer hands it to its handler.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace emu {

struct HttpRequest {
    QByteArray method;                      // as sent, e.g. "GET"
    QByteArray target;                      // path + query exactly as received
    QByteArray path;                        // target up to '?', still percent-encoded
    QByteArray query;                       // after '?', still percent-encoded; empty if none
    QMap<QByteArray, QByteArray> headers;   // names lower-cased; repeated headers joined with ", "
    QByteArray body;                        // empty when the body was streamed to `bodyFile`
    quint16 localPort = 0;                  // which listener received it

    // A body the server's upload planner had streamed to disk (see UploadPlan): the file (the handler
    // owns it from then on: move or remove it), how many bytes arrived and their md5, lower-case hex.
    QString bodyFile;
    qint64 bodyBytes = 0;
    QByteArray bodyMd5Hex;
    QByteArray uploadTag;                   // UploadPlan::tag, handed through

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    bool isHead() const { return method == "HEAD"; }
};

} // namespace emu
