// DumpSink: where the bytes of a dump go on their way to disk, off the main thread.
//
// The Downloader (and the exporter, for what it appends) hand over chunks; a writer thread compresses
// them when asked (gzip, zlib) and writes them into a QSaveFile beside the target, and a hasher thread
// takes what was written (the same chunks, shared, not copied) for the SHA-256 of the file's bytes, so
// the checksum matches `sha256sum` of the saved file. SHA-256 costs about as much CPU as the write()
// calls themselves: on one thread the two were what held a fast download back. Memory stays flat:
// once more than highWaterBytes() wait, queuedBytes() says so and the producer stops reading until
// drained() (the hasher's own queue is bounded too, by making the writer wait). reset() empties everything (a download that has to start again from
// byte 0); commit() finishes the stream, flushes it to disk and renames it over the target, then
// reports committed(); cancel() removes the temporary file and leaves the target as it was.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

class QSaveFile;
class QThread;

namespace d1x {

class DumpPipe;

class DumpSink : public QObject
{
    Q_OBJECT
public:
    enum class Compression { None, Gzip };
    struct Options {
        Compression compression = Compression::None;
        int gzipLevel = 6; // zlib's default: a good size at a speed that keeps up with most links
    };

    explicit DumpSink(QObject *parent = nullptr);
    // Cancels what was not committed.
    ~DumpSink() override;

    // Creates the temporary file beside `path` at once (a bad path fails here, before any download).
    bool open(const QString &path, const Options &options);
    // After open(), before the first write(): every byte written to the file (compressed, when it is)
    // is also handed to `tap`, which is finished at commit, restarted by reset() and cut by a cancel.
    void setTap(std::shared_ptr<DumpPipe> tap) { m_tap = std::move(tap); }
    // After open(), before the first write(): every chunk handed to write(), as it is (before any
    // compression), is also handed to `tap` until endInputTap() (or commit); restarted by reset(),
    // cut by a cancel. The scan for values D1 rounded reads D1's part of the dump this way.
    void setInputTap(std::shared_ptr<DumpPipe> tap) { m_inputTap = std::move(tap); }
    // The input tap ends after the chunks written so far (what follows is the exporter's own).
    void endInputTap();
    // Queues a chunk; false once the sink has failed (see errorString()).
    bool write(const QByteArray &chunk);
    // Throws away everything written so far: the data starts again from its first byte.
    void reset();
    // No more data: the writer finishes the file and renames it over the target; committed() follows.
    void commit();
    // Removes the temporary file (waiting for the writer to stop its current slice, a few ms at most);
    // an existing file at the target is left untouched. Safe to call more than once.
    void cancel();

    QString path() const { return m_path; }
    Compression compression() const { return m_options.compression; }
    qint64 queuedBytes() const { return m_queued.load(); }
    // Also the bound of the hasher's queue (and DumpPipe's): together with Qt's read-ahead, the download
    // path holds a few MiB at most, whatever the dump's size.
    static constexpr qint64 highWaterBytes() { return 1024 * 1024; }
    bool hasFailed() const { return m_failed.load(); }
    QString errorString() const;
    bool isCommitted() const { return m_committed; }
    // The rename over the target has happened (possibly while a cancel() was waiting for the writer).
    bool isCommittedOnDisk() const { return m_diskCommitted.load(); }
    // After committed(true): the file as saved.
    QByteArray sha256() const { return m_sha256; }
    qint64 fileSize() const { return m_fileSize; }
    qint64 inputBytes() const { return m_inputBytes; } // bytes handed over since open() or the last reset()

    // Gzip for names ending in ".gz" (any case), otherwise none.
    static Compression compressionForPath(const QString &path);
    // Hands the heap the download's chunks passed through back to the system (glibc keeps freed
    // blocks of one thread's arena otherwise), so the next step starts from a small footprint.
    static void releaseFreedMemory();

signals:
    // The writer caught up after the queue had passed highWaterBytes().
    void drained();
    // Writing failed (disk full, I/O error…); everything after is dropped. Emitted once.
    void failed(const QString &error);
    // The answer to commit().
    void committed(bool ok);

private:
    struct Command {
        enum Type { Write, Reset, Commit, EndInputTap } type;
        QByteArray data;
    };
    void run();              // the writer thread
    bool writeOut(const char *data, qint64 size);
    void startWriteBack();
    bool compressAndWrite(const char *data, qint64 size, bool finish);
    bool doReset();
    bool doCommit();
    void setFailed(const QString &error);
    void stopWriter();
    void enqueue(Command command);

    Options m_options;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QThread> m_thread;
    struct Zlib;
    std::unique_ptr<Zlib> m_zlib;
    struct Hash;
    std::unique_ptr<Hash> m_hash;
    std::shared_ptr<DumpPipe> m_tap;
    std::shared_ptr<DumpPipe> m_inputTap;
    bool m_inputTapEnded = false; // writer thread only

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Command> m_queue;
    bool m_stop = false;
    std::atomic<qint64> m_queued{0};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_aboveHighWater{false};
    std::atomic<bool> m_diskCommitted{false};
    mutable std::mutex m_errorMutex;
    QString m_error;

    // Writer-side counters, read on the main thread only after committed() or in inputBytes().
    qint64 m_written = 0;
    qint64 m_writeBackStarted = 0; // the disk was asked to write the file up to here
    qint64 m_writeBackDone = 0;    // and has written it up to here
    qint64 m_inputBytes = 0;
    bool m_commitQueued = false;
    bool m_committed = false;
    QByteArray m_sha256;
    qint64 m_fileSize = 0;
};

} // namespace d1x
