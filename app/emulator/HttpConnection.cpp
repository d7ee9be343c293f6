// HttpConnection: request parsing and response delivery for one socket (see header).
#include "HttpConnection.h"

#include <QBuffer>
#include <QByteArrayView>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cmath>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>

#include <cerrno>
#include <csignal>
#include <pthread.h>
#endif

namespace emu {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 64 * 1024 * 1024;
// Flow control: top the socket up with kChunkBytes while less than kHighWaterBytes wait in Qt's
// buffer. Big enough for loopback speed, small enough that a slow client never costs much memory.
constexpr qint64 kChunkBytes = 256 * 1024;
constexpr qint64 kHighWaterBytes = 1024 * 1024;
constexpr int kMaxDrainPolls = 2500; // ~5 s for a client that stopped reading
// sendfile(): at most this much per call, and the piece handed to QTcpSocket when the socket is full.
constexpr qint64 kSendFileBytes = 4 * 1024 * 1024;
constexpr qint64 kSocketFullPieceBytes = 64 * 1024;
// Pacing: a paced body goes out in slices of about 2 ms of its rate, within these bounds (below
// ~1.3 MB/s, slices of 50 ms of the rate instead, so slow rates stay smooth).
constexpr qint64 kMinSliceBytes = 64 * 1024;
constexpr qint64 kMaxSliceBytes = 256 * 1024;

enum class RangeResult { Ignore, Satisfiable, Unsatisfiable };

// Parses a single "bytes=" range (RFC 9110 14.1.2). Multiple ranges and malformed values are ignored,
// which the RFC allows: the client then simply gets the whole body with 200.
RangeResult parseRange(const QByteArray &value, qint64 total, qint64 *first, qint64 *last)
{
    const QByteArray spec = value.trimmed();
    if (!spec.startsWith("bytes=") || spec.contains(','))
        return RangeResult::Ignore;
    const QByteArray range = spec.mid(6).trimmed();
    const qsizetype dash = range.indexOf('-');
    if (dash < 0)
        return RangeResult::Ignore;
    const QByteArray a = range.left(dash).trimmed();
    const QByteArray b = range.mid(dash + 1).trimmed();
    bool okA = false;
    bool okB = false;
    if (a.isEmpty()) { // suffix range: the last N bytes
        const qint64 suffix = b.toLongLong(&okB);
        if (!okB || suffix < 0)
            return RangeResult::Ignore;
        if (suffix == 0 || total == 0)
            return RangeResult::Unsatisfiable;
        *first = qMax<qint64>(0, total - suffix);
        *last = total - 1;
        return RangeResult::Satisfiable;
    }
    const qint64 start = a.toLongLong(&okA);
    if (!okA || start < 0)
        return RangeResult::Ignore;
    qint64 end = total - 1;
    if (!b.isEmpty()) {
        end = b.toLongLong(&okB);
        if (!okB || end < start)
            return RangeResult::Ignore;
        end = qMin(end, total - 1);
    }
    if (start >= total)
        return RangeResult::Unsatisfiable;
    *first = start;
    *last = end;
    return RangeResult::Satisfiable;
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, UploadPlanner planner, qint64 *peakBuffered,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_planner(std::move(planner))
    , m_peakBuffered(peakBuffered)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Sending && m_delivery != HttpResponse::Delivery::Slow)
            pump();
        else if (m_state == State::Draining && m_socket->bytesToWrite() == 0)
            waitForKernelThenReset();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::markClosed);
    connect(&m_dripTimer, &QTimer::timeout, this, &HttpConnection::drip);
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may be 5 % late, and so the rate 5 % low
    connect(&m_paceTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Sending)
            pump();
    });
    // Data may already be waiting when the server hands the socket over.
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    abandonUpload();
}

void HttpConnection::onReadyRead()
{
    if (m_state != State::ReadingHead && m_state != State::ReadingBody) {
        m_socket->readAll(); // one request per connection: anything after it is ignored
        return;
    }
    if (m_streaming) {
        streamBody(); // reads the socket itself, a piece at a time
        return;
    }
    m_buffer += m_socket->readAll();
    if (m_peakBuffered && m_buffer.size() > *m_peakBuffered)
        *m_peakBuffered = m_buffer.size();

    if (m_state == State::ReadingHead) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHeadBytes)
                failRequest(431);
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        if (!parseHead(head))
            return;
        const UploadPlan plan = m_planner ? m_planner(m_request) : UploadPlan();
        if (plan.reject) {
            m_state = State::Sending;
            respond(*plan.reject);
            return;
        }
        if (plan.mode != UploadPlan::Mode::Memory) {
            m_state = State::ReadingBody;
            if (!startStreaming(plan))
                return;
        } else if (m_contentLength > kMaxBodyBytes) {
            failRequest(413);
            return;
        }
        m_state = State::ReadingBody;
        if ((m_chunked || m_contentLength > m_buffer.size())
            && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }

    if (m_state != State::ReadingBody)
        return;
    if (m_streaming) {
        streamBody();
        return;
    }
    if (m_chunked) {
        if (decodeChunkedBody())
            dispatch();
    } else if (m_buffer.size() >= m_contentLength) {
        // An exact-size copy: left() would share m_buffer's read-ahead allocation, and recorded
        // requests would then keep 16 KiB each alive.
        m_request.body = QByteArray(m_buffer.constData(), m_contentLength);
        m_buffer.clear();
        dispatch();
    }
}

// Decodes a complete "Transfer-Encoding: chunked" body from m_buffer into m_request.body. Returns
// false while more input is needed (or after answering a malformed body). Re-decoding from the start
// on each call is fine for the small request bodies of this API.
bool HttpConnection::decodeChunkedBody()
{
    QByteArray body;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        QByteArray sizeField = m_buffer.mid(pos, lineEnd - pos);
        const qsizetype extension = sizeField.indexOf(';');
        if (extension >= 0)
            sizeField.truncate(extension);
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            failRequest(400);
            return false;
        }
        pos = lineEnd + 2;
        if (size == 0) { // optional trailer lines, then an empty line
            const qsizetype end = m_buffer.mid(pos, 2) == "\r\n" ? pos : m_buffer.indexOf("\r\n\r\n", pos);
            if (end < 0)
                return false;
            body.squeeze();
            m_request.body = body;
            m_buffer.clear();
            return true;
        }
        if (body.size() + size > kMaxBodyBytes) {
            failRequest(413);
            return false;
        }
        if (m_buffer.size() < pos + size + 2)
            return false;
        body.append(m_buffer.constData() + pos, size);
        pos += size + 2;
    }
}

bool HttpConnection::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        failRequest(400);
        return false;
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    const qsizetype q = m_request.target.indexOf('?');
    m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
    m_request.query = q < 0 ? QByteArray() : m_request.target.mid(q + 1);
    m_request.localPort = m_socket->localPort();

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            failRequest(400);
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = m_request.headers.find(name);
        if (it == m_request.headers.end())
            m_request.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }

    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        m_chunked = transferEncoding == "chunked";
        if (!m_chunked) {
            failRequest(501); // no client of the emulator compresses uploads
            return false;
        }
        return true;
    }
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_contentLength < 0) {
        failRequest(400);
        return false;
    }
    return true; // the size is checked once the upload planner has said how the body is taken in
}

// A body streamed as it arrives: Content-Length only (the planner refuses chunked uploads, as S3
// does); the socket's own buffer is bounded so a fast client is held back by TCP, not by memory.
bool HttpConnection::startStreaming(const UploadPlan &plan)
{
    if (m_chunked) {
        failRequest(411);
        return false;
    }
    if (plan.mode == UploadPlan::Mode::File) {
        m_upload = std::make_unique<QFile>(plan.filePath);
        if (!m_upload->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_upload.reset();
            failRequest(500);
            return false;
        }
    }
    m_streaming = true;
    m_cutAfterBytes = plan.cutAfterBytes;
    m_request.uploadTag = plan.tag;
    m_socket->setReadBufferSize(kChunkBytes);
    return true;
}

void HttpConnection::streamBody()
{
    const auto notePeak = [this](qint64 held) {
        if (m_peakBuffered && held > *m_peakBuffered)
            *m_peakBuffered = held;
    };
    const auto take = [this](const char *data, qint64 size) {
        if (m_upload && m_upload->write(data, size) != size)
            return false;
        m_uploadMd5.addData(QByteArrayView(data, size));
        m_received += size;
        return true;
    };
    // What came with the head first, then the socket, a piece at a time.
    notePeak(m_buffer.size() + m_socket->bytesAvailable());
    qint64 wanted = m_contentLength - m_received;
    if (m_cutAfterBytes >= 0)
        wanted = qMin(wanted, m_cutAfterBytes - m_received);
    if (!m_buffer.isEmpty()) {
        const qint64 n = qMin<qint64>(wanted, m_buffer.size());
        if (!take(m_buffer.constData(), n))
            return failUpload();
        wanted -= n;
        m_buffer.clear();
    }
    while (wanted > 0 && m_socket->bytesAvailable() > 0) {
        m_chunk.resize(qMin(kChunkBytes, wanted));
        const qint64 got = m_socket->read(m_chunk.data(), m_chunk.size());
        if (got <= 0)
            break;
        if (!take(m_chunk.constData(), got))
            return failUpload();
        wanted -= got;
    }
    if (m_cutAfterBytes >= 0 && m_received >= m_cutAfterBytes && m_received < m_contentLength) {
        abandonUpload();
        resetConnection(); // the cut: the client's upload breaks off
        return;
    }
    if (m_received < m_contentLength)
        return;
    m_socket->readAll(); // nothing may follow the body on a one-request connection
    m_socket->setReadBufferSize(0);
    if (m_upload) {
        m_upload->close();
        m_request.bodyFile = m_upload->fileName();
        m_upload.reset(); // handed over: the handler owns the file now
    }
    m_request.bodyBytes = m_received;
    m_request.bodyMd5Hex = m_uploadMd5.result().toHex();
    m_streaming = false;
    dispatch();
}

void HttpConnection::failUpload() // the disk refused a write
{
    abandonUpload();
    m_streaming = false;
    m_socket->setReadBufferSize(0);
    failRequest(500);
}

void HttpConnection::abandonUpload()
{
    if (!m_upload)
        return;
    m_upload->close();
    m_upload->remove();
    m_upload.reset();
}

void HttpConnection::dispatch()
{
    m_state = State::Sending;
    respond(m_handler(m_request));
}

void HttpConnection::failRequest(int status)
{
    m_state = State::Sending;
    respond(HttpResponse::withBody(status, "text/plain", HttpResponse::reasonPhrase(status) + '\n'));
}

void HttpConnection::respond(HttpResponse response)
{
    m_delivery = response.delivery;
    if (m_delivery == HttpResponse::Delivery::NoAnswer) {
        m_state = State::Holding; // the socket stays open until the client gives up
        return;
    }

    // Pick the body source and, for files, apply a Range request.
    qint64 offset = 0;
    qint64 length = response.body.size();
    if (!response.bodyFile.isEmpty()) {
        auto file = std::make_unique<QFile>(response.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            response = HttpResponse::withBody(500, "text/plain", "cannot open body file\n");
            length = response.body.size();
        } else {
            const qint64 total = file->size();
            length = total;
            if (response.rangeable)
                response.setHeader("Accept-Ranges", "bytes");
            const QByteArray range = m_request.header("range");
            qint64 first = 0;
            qint64 last = 0;
            // If-Range (RFC 9110 13.1.5): the range only when the client's ETag is still the object's.
            const QByteArray ifRange = m_request.header("if-range");
            const bool sameObject = ifRange.isEmpty() || ifRange == response.header("ETag");
            const RangeResult rr = (response.rangeable && response.status == 200 && !range.isEmpty() && sameObject)
                                       ? parseRange(range, total, &first, &last)
                                       : RangeResult::Ignore;
            if (rr == RangeResult::Satisfiable) {
                response.status = 206;
                response.setHeader("Content-Range",
                                   "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                                       + QByteArray::number(total));
                offset = first;
                length = last - first + 1;
            } else if (rr == RangeResult::Unsatisfiable) {
                response.status = 416;
                response.setHeader("Content-Range", "bytes */" + QByteArray::number(total));
                length = 0;
            }
            if (length > 0)
                file->seek(offset);
            m_fileOffset = offset;
            m_source = std::move(file);
        }
    }
    if (!m_source) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(response.body);
        buffer->open(QIODevice::ReadOnly);
        m_source = std::move(buffer);
    }

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + HttpResponse::reasonPhrase(response.status) + "\r\n";
    head += "Date: " + httpDate() + "\r\nServer: d1-emulator\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
    m_socket->write(head);

    m_remaining = m_request.isHead() ? 0 : length;
    // A broken delivery must really be broken: at least the last byte is always withheld.
    if ((m_delivery == HttpResponse::Delivery::Reset || m_delivery == HttpResponse::Delivery::ShortBody)
        && m_remaining > 0)
        m_remaining = qBound<qint64>(0, response.faultBytes, m_remaining - 1);

    if (m_delivery == HttpResponse::Delivery::Slow && m_remaining > 0) {
        m_dripChunk = qMax(1, response.slowChunkBytes);
        m_dripTimer.start(qMax(1, response.slowDelayMs));
        return;
    }
    if (response.bytesPerSecond > 0 && m_remaining > 0)
        startPacing(response.bytesPerSecond);
    pump();
}

void HttpConnection::startPacing(qint64 bytesPerSecond)
{
    m_rate = bytesPerSecond;
    m_sliceBytes = qBound(qMin(kMinSliceBytes, qMax<qint64>(1, m_rate / 20)), m_rate / 500, kMaxSliceBytes);
    // The bucket holds ~20 ms of the rate: a timer that fires late on a busy machine is made up for
    // with a bigger send instead of lowering the rate. The average still never exceeds the rate.
    m_bucketBytes = qMax(2 * m_sliceBytes, m_rate / 50);
    m_tokens = double(m_sliceBytes); // the first slice goes at once
    m_refilledAtNs = 0;
    m_paceClock.start();
}

// How many body bytes may go now: all of them when unpaced; when paced, the tokens gathered, or 0
// (and the pace timer armed for when a whole slice will have gathered) while that is less than a slice.
qint64 HttpConnection::paceBudget()
{
    if (m_rate <= 0)
        return std::numeric_limits<qint64>::max();
    const qint64 now = m_paceClock.nsecsElapsed();
    m_tokens = qMin(double(m_bucketBytes), m_tokens + double(now - m_refilledAtNs) * double(m_rate) / 1e9);
    m_refilledAtNs = now;
    const qint64 slice = qMin(m_sliceBytes, m_remaining);
    if (m_tokens >= double(slice))
        return qint64(m_tokens);
    if (!m_paceTimer.isActive()) {
        const double waitMs = (double(slice) - m_tokens) * 1000.0 / double(m_rate);
        m_paceTimer.start(qMax(1, int(std::ceil(waitMs))));
    }
    return 0;
}

void HttpConnection::spend(qint64 bytes)
{
    if (m_rate > 0)
        m_tokens -= double(bytes);
}

void HttpConnection::pump()
{
#ifdef Q_OS_LINUX
    // Not under TLS: sendfile() would put the file's plain bytes on the wire beside the encrypted stream.
    if (m_delivery == HttpResponse::Delivery::Normal && qobject_cast<QFile *>(m_source.get())
        && !qobject_cast<QSslSocket *>(m_socket)) {
        pumpFile();
        return;
    }
#endif
    while (m_remaining > 0 && m_socket->bytesToWrite() < kHighWaterBytes) {
        const qint64 allowed = paceBudget();
        if (allowed == 0)
            return; // the pace timer brings us back
        const qint64 want = std::min({kChunkBytes, m_remaining, allowed});
        m_chunk.resize(want);
        const qint64 got = m_source->read(m_chunk.data(), want);
        if (got <= 0) { // the file shrank under us: nothing sensible left to do but cut
            resetConnection();
            return;
        }
        m_socket->write(m_chunk.constData(), got);
        m_remaining -= got;
        spend(got);
    }
    if (m_remaining == 0)
        finishBody();
}

#ifdef Q_OS_LINUX
// A file body goes out with sendfile(): the kernel hands the file's pages to the socket itself,
// where read() + QTcpSocket::write() cost two copies through user space (on a 2-core machine, a
// third of a core taken from the client being measured, curl or ours alike). While QTcpSocket still
// holds bytes (the head, or the piece below) it sends them first. When the socket is full, one
// small piece goes through QTcpSocket, whose bytesWritten() then says when there is room again.
// A paced body goes the same way, as much per round as the pace allows; the pace timer starts the next.
void HttpConnection::pumpFile()
{
    if (m_socket->bytesToWrite() > 0)
        return; // bytesWritten() brings us back
    const int out = int(m_socket->socketDescriptor());
    const int in = static_cast<QFile *>(m_source.get())->handle();
    // A client that went away makes sendfile() raise SIGPIPE (it has no MSG_NOSIGNAL): hold it back
    // and swallow it, as QTcpSocket's own send() does.
    sigset_t pipe;
    sigset_t previous;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, &previous);
    int error = 0;
    qint64 allowed = 0;
    while (m_remaining > 0) {
        allowed = paceBudget();
        if (allowed == 0)
            break;
        off_t at = off_t(m_fileOffset);
        const size_t count = size_t(std::min({m_remaining, kSendFileBytes, allowed}));
        const ssize_t sent = ::sendfile(out, in, &at, count);
        if (sent > 0) {
            m_fileOffset += sent;
            m_remaining -= sent;
            spend(sent);
            continue;
        }
        error = sent == 0 ? ENODATA : errno; // 0: the file shrank under us
        if (error != EINTR)
            break;
        error = 0;
    }
    if (error == EPIPE) {
        const timespec now = {0, 0};
        sigtimedwait(&pipe, nullptr, &now);
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);

    if (m_remaining == 0)
        return finishBody();
    if (allowed == 0)
        return; // paced: the pace timer brings us back
    if (error == EAGAIN || error == EWOULDBLOCK) {
        m_chunk.resize(std::min({kSocketFullPieceBytes, m_remaining, allowed}));
        const ssize_t got = ::pread(in, m_chunk.data(), size_t(m_chunk.size()), off_t(m_fileOffset));
        if (got > 0) {
            m_socket->write(m_chunk.constData(), got);
            m_fileOffset += got;
            m_remaining -= got;
            spend(got);
            if (m_remaining == 0)
                finishBody();
            return;
        }
    }
    resetConnection(); // the client is gone, or the file shrank: nothing sensible left but to cut
}
#endif

void HttpConnection::drip()
{
    const qint64 want = qMin<qint64>(m_dripChunk, m_remaining);
    const QByteArray piece = m_source->read(want);
    if (piece.isEmpty()) {
        resetConnection();
        return;
    }
    m_socket->write(piece);
    m_remaining -= piece.size();
    if (m_remaining == 0) {
        m_dripTimer.stop();
        finishBody();
    }
}

void HttpConnection::finishBody()
{
    m_paceTimer.stop();
    m_source.reset();
    if (m_delivery == HttpResponse::Delivery::Reset) {
        // Let the bytes we promised reach the kernel first, then cut.
        m_state = State::Draining;
        if (m_socket->bytesToWrite() == 0)
            waitForKernelThenReset();
        return;
    }
    m_state = State::Closing;
    m_socket->disconnectFromHost(); // flushes what is pending, then closes
}

void HttpConnection::waitForKernelThenReset()
{
    // A reset discards whatever still sits in the kernel's send queue. The promise is "cutAfterBytes
    // bytes, then the cut", so wait (polling, bounded) until the peer has acknowledged them all.
#ifdef Q_OS_LINUX
    int unacknowledged = 0;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0 && ::ioctl(int(fd), SIOCOUTQ, &unacknowledged) == 0 && unacknowledged > 0
        && m_drainPolls++ < kMaxDrainPolls) {
        QTimer::singleShot(2, this, [this] {
            if (m_state == State::Draining)
                waitForKernelThenReset();
        });
        return;
    }
#endif
    resetConnection();
}

void HttpConnection::resetConnection()
{
    m_state = State::Closing;
    m_dripTimer.stop();
    m_paceTimer.stop();
#ifdef Q_OS_UNIX
    // A zero linger time turns close() into a TCP reset: the client sees the connection cut.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        const struct linger hard = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#endif
    m_socket->abort();
    markClosed(); // abort() does not promise a disconnected() signal in every state
}

void HttpConnection::markClosed()
{
    abandonUpload(); // an upload that did not complete leaves no file behind
    m_streaming = false;
    m_state = State::Closing;
    m_dripTimer.stop();
    m_paceTimer.stop();
    if (!m_closedReported) {
        m_closedReported = true;
        emit closed();
    }
}

} // namespace emu
