// LocalExportSource: the event-loop pump between LocalDumpWriter and DumpSink.
#include "LocalExportSource.h"

#include "DumpSink.h"

#include <QTimer>

namespace d1x {

namespace {
// One slice: big enough for throughput, small enough to keep the event loop lively (a few ms).
constexpr qsizetype SliceBytes = 1024 * 1024;
} // namespace

LocalExportSource::LocalExportSource(QObject *parent)
    : QObject(parent)
{
}

LocalExportSource::~LocalExportSource() = default;

bool LocalExportSource::open(const QString &path, QString *error)
{
    m_path = path;
    if (!m_writer.open(path)) {
        *error = m_writer.errorString();
        return false;
    }
    return true;
}

void LocalExportSource::start(const LocalDumpWriter::Options &options, DumpSink *sink)
{
    m_sink = sink;
    m_bytes = 0;
    m_done = false;
    m_writer.start(options);
    connect(sink, &DumpSink::drained, this, &LocalExportSource::pump);
    m_scheduled = true;
    QTimer::singleShot(0, this, &LocalExportSource::pump);
}

void LocalExportSource::pump()
{
    m_scheduled = false;
    if (m_done || !m_sink)
        return;
    if (m_sink->hasFailed()) {
        m_done = true;
        emit finished(ApiError(ApiError::Kind::FileError, m_sink->errorString()));
        return;
    }
    if (m_sink->queuedBytes() >= DumpSink::highWaterBytes())
        return; // drained() brings us back
    QByteArray chunk;
    chunk.reserve(SliceBytes + 64 * 1024);
    if (!m_writer.next(chunk, SliceBytes)) {
        m_done = true;
        emit finished(ApiError(ApiError::Kind::LocalReadFailed, m_writer.errorString()));
        return;
    }
    if (!chunk.isEmpty()) {
        m_bytes += chunk.size();
        if (!m_sink->write(chunk)) {
            m_done = true;
            emit finished(ApiError(ApiError::Kind::FileError, m_sink->errorString()));
            return;
        }
        emit progress(m_bytes);
    }
    if (m_writer.atEnd()) {
        m_done = true;
        emit finished(ApiError());
        return;
    }
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &LocalExportSource::pump);
    }
}

} // namespace d1x
