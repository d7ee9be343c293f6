// ConcurrentDamageScan: a DumpPipe from the DumpSink's input to a DamageScan on a thread of its own.
#include "ConcurrentDamageScan.h"

#include "DamageScan.h"
#include "DumpPipe.h"
#include "DumpSink.h"

#include <QThread>

namespace d1x {

namespace {
constexpr qint64 ReadBytes = 256 * 1024;
} // namespace

ConcurrentDamageScan::ConcurrentDamageScan(QObject *parent)
    : QObject(parent)
{
}

ConcurrentDamageScan::~ConcurrentDamageScan()
{
    stop();
}

void ConcurrentDamageScan::attach(DumpSink *sink, std::unique_ptr<DamageScan> scan)
{
    stop();
    m_done = false;
    m_usable = false;
    m_pipe = std::make_shared<DumpPipe>(PipeBytes);
    m_pipe->setDropWhenFull(true); // never holds the download back
    m_scan = std::move(scan);
    sink->setInputTap(m_pipe);
    m_thread.reset(QThread::create([this, pipe = m_pipe, scan = m_scan] {
        QByteArray buffer(ReadBytes, Qt::Uninitialized);
        bool ok = true;
        for (;;) {
            const qint64 n = pipe->read(buffer.data(), buffer.size());
            if (n <= 0) {
                ok = n == 0; // the end; -1: started again from byte 0, or stopped
                break;
            }
            if (!scan->feed(QByteArrayView(buffer.constData(), n))) {
                ok = false;
                pipe->closeReader(); // the download goes on without it
                break;
            }
        }
        ok = ok && scan->finish();
        // Dropped by Qt if this object is gone; its destructor waits for this thread first.
        QMetaObject::invokeMethod(this, [this, ok] {
            if (!m_thread)
                return; // stopped meanwhile
            m_thread->wait(); // it has returned or is about to: the scan is this thread's alone from here
            m_thread.reset();
            m_done = true;
            m_usable = ok && !m_pipe->isAbandoned();
            emit finished();
        }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("d1x-damage-scan"));
    m_thread->start();
}

void ConcurrentDamageScan::stop()
{
    if (m_thread) {
        m_pipe->abort(); // a thread waiting for bytes wakes up
        m_thread->wait();
        m_thread.reset();
    }
    m_scan.reset(); // its work database goes now, not when this object is deleted
    m_usable = false;
}

std::shared_ptr<DamageScan> ConcurrentDamageScan::take()
{
    if (!m_done || !m_usable)
        return nullptr;
    m_usable = false;
    return std::move(m_scan);
}

} // namespace d1x
