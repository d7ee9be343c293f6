// DumpPipe: hands the bytes a DumpSink writes to a reader on another thread while the download goes on.
//
// The dump check (DumpVerifier) reads the dump as it is being saved instead of after it: the sink's
// writer thread puts each piece of the file it wrote here (implicitly shared, not copied), the verifier's
// thread takes them. The pipe holds at most capacityBytes(): a writer that finds it full waits, so a
// slow check paces the download through the sink's own back-pressure and memory stays flat. A reader
// that stops early (the dump failed to load) closes its end and the writer's pieces are dropped from
// then on, so a finished check never holds the download back. restart() says the data starts again
// from byte 0 (a download resumed from scratch): what was read is void, the pipe is abandoned and the
// owner checks the saved file afterwards instead.
#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace d1x {

class DumpPipe
{
public:
    static constexpr qint64 DefaultCapacityBytes = 1024 * 1024;

    explicit DumpPipe(qint64 capacityBytes = DefaultCapacityBytes);
    qint64 capacityBytes() const { return m_capacity; }

    // A reader that may not hold the writer back: a write that finds the pipe full abandons it instead
    // of waiting (as restart() does), and the owner falls back to reading the saved file afterwards.
    // For work that only saves time when it keeps up (the scan for rounded values): on a link slower than
    // the reader it runs alongside for free; where the machine is the limit it gives up at once.
    void setDropWhenFull(bool drop) { m_dropWhenFull = drop; }

    // Writer side (the sink's writer thread).
    void write(const QByteArray &bytes);
    void finish();  // no more bytes: the reader gets the end of the stream
    void restart(); // the data starts again from byte 0: the pipe is abandoned
    // The writer stops before the end (a failed or cancelled save): like abort() unless finish() came first.
    void cut();
    // Either side: stops both at once (a cancelled export); reads return -1, writes are dropped.
    void abort();

    // Reader side. Blocks until bytes, the end (0) or an abandoned/aborted pipe (-1).
    qint64 read(char *into, qint64 maxBytes);
    void closeReader(); // nothing more will be read: writes are dropped from now on

    bool isAbandoned() const;
    qint64 bytesWritten() const;
    qint64 bytesRead() const;
    // How many bytes the reader had taken when finish() was called (-1 before): above 0, the reader
    // was working while the data still arrived.
    qint64 bytesReadBeforeFinish() const;

private:
    void stop(bool unlessFinished);

    const qint64 m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_data; // for the reader
    std::condition_variable m_room; // for the writer
    std::deque<QByteArray> m_queue;
    qsizetype m_frontOffset = 0; // bytes of m_queue.front() already read
    qint64 m_queued = 0;
    qint64 m_written = 0;
    qint64 m_read = 0;
    qint64 m_readBeforeFinish = -1;
    bool m_finished = false;
    bool m_abandoned = false;
    bool m_aborted = false;
    bool m_readerClosed = false;
    bool m_dropWhenFull = false; // set before the first write
};

} // namespace d1x
