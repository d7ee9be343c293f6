// ExportTask: one D1 export as the polling API sees it. The dump is generated on a worker thread;
// the task then answers "active" for a configured number of further polls before it is "complete",
// and is cancelled if the client stops polling for longer than the abandon timeout.
#pragma once

#include "DumpWriter.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <future>
#include <thread>

namespace emu {

class ExportTask : public QObject
{
    Q_OBJECT
public:
    enum class Status { Active, Complete, Error };

    struct Setup {
        QString bookmark;
        QString databaseUuid;
        QString sqlitePath;
        QString outputPath;
        QString filename;
        DumpWriter::Options options;
        int pollsAfterGeneration = 2;
        int abandonTimeoutMs = 10000;
        // A poll that arrives while the dump is still being generated waits up to this long for it,
        // as D1 holds a poll until it has news; 0: answers at once.
        int longPollMs = 0;
    };

    explicit ExportTask(Setup setup, QObject *parent = nullptr);
    ~ExportTask() override; // cancels the worker and waits for it

    void start();
    // One poll from the client: keeps the task alive and may move it to Complete.
    Status poll();
    // Ends an active task with an error (a simulated failure, for example).
    void fail(const QString &error);

    Status status() const { return m_status; }
    QString error() const { return m_error; }
    QStringList takeMessages(); // the log lines since the previous call
    const Setup &setup() const { return m_setup; }
    qint64 dumpBytes() const { return m_bytes; }

signals:
    void ended(); // left Active: complete, failed or cancelled

private:
    void onProgress(qint64 bytes);
    void onGenerated(bool ok, const QString &error, qint64 bytes);
    void onAbandoned();
    void end(Status status, const QString &error = {});
    void reportParts(qint64 bytes, bool final);

    Setup m_setup;
    Status m_status = Status::Active;
    QString m_error;
    QStringList m_messages;
    bool m_generated = false;
    int m_pollsSinceGenerated = 0;
    int m_partsReported = 0;
    qint64 m_bytes = 0;
    QTimer m_abandonTimer;
    std::atomic<bool> m_cancel{false};
    std::thread m_worker;
    std::future<void> m_workerDone; // ready when the worker has stored its outcome below
    bool m_workerOk = false;
    QString m_workerError;
    qint64 m_workerBytes = 0;
};

} // namespace emu
