// DumpSink: the writer thread, gzip compression and the running SHA-256 of the saved file.
#include "DumpSink.h"

#include "DumpPipe.h"
#include "PrivateFiles.h"

#include "Sha256.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <cerrno>
#include <optional>
#include <utility>
#include <zlib.h>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#endif

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace d1x {

namespace {
// zlib's input is an unsigned int, and a cancelled writer should stop soon: work in slices.
constexpr qint64 SliceBytes = 1024 * 1024;
constexpr int DeflateOutBytes = 256 * 1024;
// The file goes to disk a window at a time while the download runs (see startWriteBack()).
constexpr qint64 WriteBackBytes = 8 * 1024 * 1024;
} // namespace

struct DumpSink::Zlib {
    z_stream stream{};
    QByteArray out;
    bool initialised = false;
    ~Zlib()
    {
        if (initialised)
            deflateEnd(&stream);
    }
};

// The SHA-256 of what the writer wrote, computed on a thread of its own. The writer hands over
// the very chunks it wrote (implicitly shared: no copy); at most HashQueueBytes (plus one chunk) wait,
// beyond that add() makes the writer wait, so the back-pressure reaches the producer as before.
struct DumpSink::Hash {
    static constexpr qint64 HashQueueBytes = DumpSink::highWaterBytes();

    struct Item {
        enum Type { Data, Reset, Finish } type;
        QByteArray data;
    };

    Hash()
        : thread(QThread::create([this] { run(); }))
    {
        thread->setObjectName(QStringLiteral("d1x-dump-hasher"));
        thread->start();
    }
    ~Hash()
    {
        stop();
        thread->wait();
    }

    // False once stopped.
    bool add(QByteArray data)
    {
        const qint64 size = data.size();
        std::unique_lock lock(mutex);
        room.wait(lock, [this] { return stopped || queued < HashQueueBytes; });
        if (stopped)
            return false;
        queued += size;
        queue.push_back({Item::Data, std::move(data)});
        lock.unlock();
        wake.notify_one();
        return true;
    }
    void reset() { push(Item::Reset); }
    // No more data; result() waits for the digest (nullopt when stopped first).
    void finish() { push(Item::Finish); }
    std::optional<QByteArray> result()
    {
        std::unique_lock lock(mutex);
        room.wait(lock, [this] { return stopped || digest.has_value(); });
        return digest;
    }
    void stop()
    {
        {
            std::lock_guard lock(mutex);
            stopped = true;
            queue.clear();
        }
        wake.notify_one();
        room.notify_all();
    }

private:
    void push(Item::Type type)
    {
        {
            std::lock_guard lock(mutex);
            queue.push_back({type, {}});
        }
        wake.notify_one();
    }
    void run()
    {
        for (;;) {
            Item item;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopped || !queue.empty(); });
                if (stopped)
                    return;
                item = std::move(queue.front());
                queue.pop_front();
            }
            switch (item.type) {
            case Item::Data:
                sha.addData(item.data);
                break;
            case Item::Reset:
                sha.reset();
                break;
            case Item::Finish: {
                QByteArray sum = sha.result();
                std::lock_guard lock(mutex);
                digest = std::move(sum);
                room.notify_all();
                return;
            }
            }
            const qint64 size = item.data.size();
            item.data = QByteArray(); // freed before the writer is told there is room
            {
                std::lock_guard lock(mutex);
                queued -= size;
            }
            room.notify_all();
        }
    }

    Sha256 sha;
    std::mutex mutex;
    std::condition_variable wake; // work for the hasher
    std::condition_variable room; // for the writer: room in the queue, or the digest
    std::deque<Item> queue;
    qint64 queued = 0;
    bool stopped = false;
    std::optional<QByteArray> digest;
    std::unique_ptr<QThread> thread;
};

DumpSink::DumpSink(QObject *parent)
    : QObject(parent)
{
}

DumpSink::~DumpSink()
{
    cancel();
}

DumpSink::Compression DumpSink::compressionForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) ? Compression::Gzip : Compression::None;
}

void DumpSink::releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

QString DumpSink::errorString() const
{
    std::lock_guard lock(m_errorMutex);
    return m_error;
}

bool DumpSink::open(const QString &path, const Options &options)
{
    m_options = options;
    m_path = path;
    // QSaveFile writes through a symbolic link to the file it points to: one planted at a predictable
    // name (a backup's) would redirect the dump onto another of the user's files.
    if (PrivateFiles::isSymlink(path)) {
        m_error = PrivateFiles::symlinkRefused(path);
        m_failed = true;
        return false;
    }
    const bool existed = QFileInfo::exists(path);
    m_file = std::make_unique<QSaveFile>(path);
    // Without this, a QSaveFile in an unwritable folder falls back to writing in place, which could
    // leave a partial file where the user's dump was.
    m_file->setDirectWriteFallback(false);
    // Unbuffered: chunks are already large, and a second copy through QFileDevice's buffer costs throughput.
    // A new file is the user's alone (a replaced one keeps its permissions), before its first byte.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered) || (!existed && !PrivateFiles::restrict(*m_file))) {
        m_error = QStringLiteral("%1: %2").arg(path, m_file->errorString());
        m_file.reset();
        m_failed = true;
        return false;
    }
    if (options.compression == Compression::Gzip) {
        m_zlib = std::make_unique<Zlib>();
        // windowBits 15 + 16: a gzip wrapper (header and CRC), readable by gunzip and zcat.
        if (deflateInit2(&m_zlib->stream, qBound(1, options.gzipLevel, 9), Z_DEFLATED, 15 + 16, 8,
                         Z_DEFAULT_STRATEGY)
            != Z_OK) {
            m_error = tr("the compressor could not be started");
            m_file->cancelWriting();
            m_file.reset();
            m_failed = true;
            return false;
        }
        m_zlib->initialised = true;
        m_zlib->out.resize(DeflateOutBytes);
    }
    m_hash = std::make_unique<Hash>();
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("d1x-dump-writer"));
    m_thread->start();
    return true;
}

void DumpSink::enqueue(Command command)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(command));
    }
    m_wake.notify_one();
}

bool DumpSink::write(const QByteArray &chunk)
{
    if (!m_thread || m_failed || m_commitQueued)
        return false;
    if (chunk.isEmpty())
        return true;
    m_inputBytes += chunk.size();
    // Counted before the writer can see the chunk, so the writer's count can never go below zero.
    if (m_queued.fetch_add(chunk.size()) + chunk.size() >= highWaterBytes())
        m_aboveHighWater = true;
    enqueue({Command::Write, chunk});
    return true;
}

void DumpSink::reset()
{
    if (!m_thread || m_commitQueued)
        return;
    m_inputBytes = 0;
    enqueue({Command::Reset, {}});
}

void DumpSink::endInputTap()
{
    if (!m_thread || m_commitQueued || !m_inputTap)
        return;
    enqueue({Command::EndInputTap, {}});
}

void DumpSink::commit()
{
    if (!m_thread || m_commitQueued)
        return;
    m_commitQueued = true;
    enqueue({Command::Commit, {}});
}

void DumpSink::stopWriter()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_one();
    if (m_hash)
        m_hash->stop(); // the writer may be waiting for room in the hasher's queue
    if (m_tap)
        m_tap->cut(); // or in the tap's
    if (m_inputTap)
        m_inputTap->cut();
    m_thread->wait(); // the writer checks m_stop between slices: this is short
    m_thread.reset();
    m_hash.reset();
}

void DumpSink::cancel()
{
    stopWriter();
    if (m_file) {
        m_file->cancelWriting(); // the temporary file is removed; an existing file at the path is untouched
        m_file.reset();
    }
}

void DumpSink::setFailed(const QString &error)
{
    {
        std::lock_guard lock(m_errorMutex);
        m_error = error;
    }
    if (!m_failed.exchange(true))
        QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

bool DumpSink::writeOut(const char *data, qint64 size)
{
    if (size <= 0)
        return true;
    if (m_file->write(data, size) != size) {
        const int code = errno; // QFileDevice only says "Unknown error" for ENOSPC and friends
        setFailed(code ? qt_error_string(code) : m_file->errorString());
        return false;
    }
    m_written += size;
    if (m_written - m_writeBackStarted >= WriteBackBytes)
        startWriteBack();
    return true;
}

void DumpSink::startWriteBack()
{
    // Left alone, the kernel keeps a whole dump of a few GB in memory as dirty pages and writes it only
    // at the fsync before "Saved", which then takes about as long again as the download (what `curl -o`
    // followed by fsync does). Instead each window written is handed to the disk at once and the one
    // before it is waited for: the disk works while the data arrives, the final sync has a window or two
    // left, and a disk slower than the link paces the download through the sink's back-pressure instead
    // of filling memory. Only a hint: the sync at commit() is what makes the file durable and reports
    // any write error, so errors here (a file system without it) are ignored.
#if defined(Q_OS_LINUX)
    const int fd = m_file->handle();
    if (fd >= 0) {
        if (m_writeBackStarted > m_writeBackDone)
            ::sync_file_range(fd, m_writeBackDone, m_writeBackStarted - m_writeBackDone,
                              SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
        ::sync_file_range(fd, m_writeBackStarted, m_written - m_writeBackStarted, SYNC_FILE_RANGE_WRITE);
    }
#endif
    m_writeBackDone = m_writeBackStarted;
    m_writeBackStarted = m_written;
}

bool DumpSink::compressAndWrite(const char *data, qint64 size, bool finish)
{
    z_stream &z = m_zlib->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(m_zlib->out.data());
        z.avail_out = uInt(m_zlib->out.size());
        const int rc = deflate(&z, finish ? Z_FINISH : Z_NO_FLUSH);
        if (rc == Z_STREAM_ERROR) {
            setFailed(tr("the compressor failed"));
            return false;
        }
        const qint64 produced = m_zlib->out.size() - qint64(z.avail_out);
        if (!writeOut(m_zlib->out.constData(), produced))
            return false;
        // A copy for the hasher (and the tap): the output buffer is reused, and this is small next to
        // deflate's work.
        if (produced > 0) {
            const QByteArray piece(m_zlib->out.constData(), produced);
            if (!m_hash->add(piece))
                return false;
            if (m_tap)
                m_tap->write(piece);
        }
        if (finish ? rc == Z_STREAM_END : (z.avail_in == 0 && z.avail_out != 0))
            return true;
    }
}

bool DumpSink::doReset()
{
    if (m_failed)
        return false;
    if (!m_file->seek(0) || !m_file->resize(0)) {
        setFailed(m_file->errorString());
        return false;
    }
    m_hash->reset();
    if (m_tap)
        m_tap->restart();
    if (m_inputTap)
        m_inputTap->restart();
    m_written = 0;
    m_writeBackStarted = m_writeBackDone = 0;
    if (m_zlib)
        deflateReset(&m_zlib->stream);
    return true;
}

bool DumpSink::doCommit()
{
    if (m_failed)
        return false;
    if (m_zlib && !compressAndWrite(nullptr, 0, true))
        return false;
    m_hash->finish(); // the hasher ends its queue while the file is synced
    if (m_tap)
        m_tap->finish();
    if (m_inputTap && !std::exchange(m_inputTapEnded, true))
        m_inputTap->finish();
    if (!m_file->commit()) { // flushes to disk (fdatasync) and renames over the target
        setFailed(m_file->errorString());
        return false;
    }
    m_diskCommitted = true;
    const std::optional<QByteArray> digest = m_hash->result();
    if (!digest)
        return false; // cancelled meanwhile: nobody waits for the answer
    m_sha256 = *digest;
    m_fileSize = m_written;
    return true;
}

void DumpSink::run()
{
    for (;;) {
        Command command;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            command = std::move(m_queue.front());
            m_queue.pop_front();
        }
        switch (command.type) {
        case Command::Write: {
            const qint64 size = command.data.size();
            for (qint64 at = 0; at < size && !m_failed; at += SliceBytes) {
                {
                    std::lock_guard lock(m_mutex);
                    if (m_stop)
                        return;
                }
                const qint64 n = qMin(SliceBytes, size - at);
                const char *p = command.data.constData() + at;
                if (m_zlib ? !compressAndWrite(p, n, false) : !writeOut(p, n))
                    break;
            }
            if (!m_zlib && !m_failed && !m_hash->add(command.data))
                return; // stopped
            if (!m_zlib && !m_failed && m_tap)
                m_tap->write(command.data);
            if (!m_failed && m_inputTap && !m_inputTapEnded)
                m_inputTap->write(command.data);
            command.data = QByteArray(); // released before the producer is told there is room
            const qint64 left = m_queued.fetch_sub(size) - size;
            if (left <= highWaterBytes() / 2 && m_aboveHighWater.exchange(false))
                QMetaObject::invokeMethod(this, [this] { emit drained(); }, Qt::QueuedConnection);
            break;
        }
        case Command::Reset:
            doReset();
            break;
        case Command::EndInputTap:
            if (!std::exchange(m_inputTapEnded, true))
                m_inputTap->finish();
            break;
        case Command::Commit: {
            const bool ok = doCommit();
            QMetaObject::invokeMethod(
                this,
                [this, ok] {
                    m_committed = ok;
                    if (ok)
                        m_file.reset();
                    emit committed(ok);
                },
                Qt::QueuedConnection);
            return;
        }
        }
    }
}

} // namespace d1x
