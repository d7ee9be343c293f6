// ConcurrentDamageScan: runs the scan for values D1 rounded (DamageScan) while the dump is being saved.
//
// attach() taps what the DumpSink is handed: a thread of its own feeds the scan D1's part of the dump as
// it arrives, up to DumpSink::endInputTap(), so the value repair after the download starts with the rows
// to read again already found instead of reading the saved file once more (on a 1.37 GB dump that read
// was about as long as the download). It never holds the download back: a scan that falls more than
// PipeBytes behind (a link faster than the machine can scan beside the download for long) gives up at
// once. Then, and when the data had to start again from byte 0 or the scan failed, take() gives
// nothing and the repair scans the saved file instead.
#pragma once

#include <QObject>

#include <memory>

class QThread;

namespace d1x {

class DamageScan;
class DumpPipe;
class DumpSink;

class ConcurrentDamageScan : public QObject
{
    Q_OBJECT
public:
    // How far the scan may fall behind before it gives up. The scan is about as fast as a loopback
    // download on one core, so it lags in bursts: with 1 MiB it gave up on every loopback export and a
    // 26 MB dump was read again after its download (60 ms of a 0.24 s export); with 8 MiB it kept up
    // through 1.37 GB. What it holds is the sink's own pieces, shared: peak RSS stayed at 23-25 MB.
    static constexpr qint64 PipeBytes = 8 * 1024 * 1024;

    explicit ConcurrentDamageScan(QObject *parent = nullptr);
    ~ConcurrentDamageScan() override; // stops the thread; the scan and its work database go

    // Starts feeding `scan` (opened) with what `sink` is handed from now on. Before the sink's first write.
    void attach(DumpSink *sink, std::unique_ptr<DamageScan> scan);
    // Stops the thread now; no finished() follows.
    void stop();
    bool isDone() const { return m_done; }
    // After finished(): the finished scan of everything the sink was handed up to endInputTap(), or null
    // when it cannot stand for the saved dump (the data started again from byte 0, or the scan failed).
    std::shared_ptr<DamageScan> take();

signals:
    // Once, when the tap has ended and the scan is finished (or given up).
    void finished();

private:
    std::shared_ptr<DumpPipe> m_pipe;
    std::shared_ptr<DamageScan> m_scan;
    std::unique_ptr<QThread> m_thread;
    bool m_done = false;
    bool m_usable = false;
};

} // namespace d1x
