// DumpPipe: a bounded, blocking queue of shared byte arrays between two threads.
#include "DumpPipe.h"

#include <cstring>

namespace d1x {

DumpPipe::DumpPipe(qint64 capacityBytes)
    : m_capacity(qMax<qint64>(1, capacityBytes))
{
}

void DumpPipe::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    std::unique_lock lock(m_mutex);
    if (m_dropWhenFull && m_queued > 0 && m_queued + bytes.size() > m_capacity && !m_abandoned) {
        m_abandoned = true; // the reader fell behind: it is not waited for
        m_queue.clear();
        m_queued = 0;
        lock.unlock();
        m_data.notify_all();
        return;
    }
    m_room.wait(lock, [this] { return m_aborted || m_abandoned || m_readerClosed || m_queued < m_capacity; });
    if (m_aborted || m_abandoned || m_readerClosed || m_finished)
        return;
    m_queue.push_back(bytes);
    m_queued += bytes.size();
    m_written += bytes.size();
    lock.unlock();
    m_data.notify_one();
}

void DumpPipe::finish()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_finished)
            return;
        m_finished = true;
        m_readBeforeFinish = m_read;
    }
    m_data.notify_all();
}

void DumpPipe::restart()
{
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_queue.clear();
        m_queued = 0;
    }
    m_data.notify_all();
    m_room.notify_all();
}

void DumpPipe::cut()
{
    stop(true);
}

void DumpPipe::abort()
{
    stop(false);
}

void DumpPipe::stop(bool unlessFinished)
{
    {
        // One lock: a finish() cannot slip in between the look at m_finished and the abort.
        std::lock_guard lock(m_mutex);
        if (unlessFinished && m_finished)
            return;
        m_aborted = true;
        m_queue.clear();
        m_queued = 0;
    }
    m_data.notify_all();
    m_room.notify_all();
}

qint64 DumpPipe::read(char *into, qint64 maxBytes)
{
    std::unique_lock lock(m_mutex);
    m_data.wait(lock, [this] { return m_aborted || m_abandoned || m_finished || !m_queue.empty(); });
    if (m_aborted || m_abandoned || m_readerClosed)
        return -1;
    qint64 copied = 0;
    while (copied < maxBytes && !m_queue.empty()) {
        const QByteArray &front = m_queue.front();
        const qint64 n = qMin<qint64>(maxBytes - copied, front.size() - m_frontOffset);
        std::memcpy(into + copied, front.constData() + m_frontOffset, size_t(n));
        copied += n;
        m_frontOffset += n;
        if (m_frontOffset == front.size()) {
            m_queued -= front.size();
            m_queue.pop_front(); // the writer's piece is released here, before it is told there is room
            m_frontOffset = 0;
        }
    }
    m_read += copied;
    lock.unlock();
    m_room.notify_one();
    return copied; // 0 only at the end: the wait above returns with an empty queue only when finished
}

void DumpPipe::closeReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_readerClosed = true;
        m_queue.clear();
        m_queued = 0;
    }
    m_room.notify_all();
}

bool DumpPipe::isAbandoned() const
{
    std::lock_guard lock(m_mutex);
    return m_abandoned;
}

qint64 DumpPipe::bytesWritten() const
{
    std::lock_guard lock(m_mutex);
    return m_written;
}

qint64 DumpPipe::bytesRead() const
{
    std::lock_guard lock(m_mutex);
    return m_read;
}

qint64 DumpPipe::bytesReadBeforeFinish() const
{
    std::lock_guard lock(m_mutex);
    return m_readBeforeFinish;
}

} // namespace d1x
