// HttpResponse: what a handler answers. The body is either held in memory or streamed from a file
// (so multi-GB dumps never sit in memory), and `delivery` lets tests ask for broken transports.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace emu {

struct HttpResponse {
    enum class Delivery {
        Normal,    // the whole body, then close
        Reset,     // faultBytes of the body, then a TCP reset (connection cut)
        ShortBody, // Content-Length of the whole body, faultBytes of it, then an orderly close
        Slow,      // the whole body, slowChunkBytes every slowDelayMs
        NoAnswer,  // read the request, then say nothing and keep the socket open
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length and Connection are added by the server
    QByteArray body;
    QString bodyFile;      // when set, streamed instead of `body`
    bool rangeable = false; // honour "Range: bytes=..." on bodyFile (206 / 416)

    Delivery delivery = Delivery::Normal;
    qint64 faultBytes = 0; // Reset/ShortBody: body bytes sent (never all of them)
    int slowDelayMs = 50;
    int slowChunkBytes = 256;
    qint64 bytesPerSecond = 0; // Normal/Reset/ShortBody: pace the body to this average rate; 0: unpaced

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse withBody(int status, const QByteArray &contentType, const QByteArray &body);
    static QByteArray reasonPhrase(int status);
};

} // namespace emu
