// ExportTask: lifecycle of one polling export (see header).
#include "ExportTask.h"

#include <QFile>

#include <algorithm>
#include <iterator>

namespace emu {

namespace {
// D1 uploads a dump to object storage in parts and reports each; the emulator "uploads" per 16 MiB.
constexpr qint64 kPartBytes = 16 * 1024 * 1024;
} // namespace

ExportTask::ExportTask(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
    m_abandonTimer.setSingleShot(true);
    m_abandonTimer.setInterval(m_setup.abandonTimeoutMs);
    connect(&m_abandonTimer, &QTimer::timeout, this, &ExportTask::onAbandoned);
}

ExportTask::~ExportTask()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join(); // short: the writer checks the flag on every row
    if (m_status != Status::Complete)
        QFile::remove(m_setup.outputPath);
}

void ExportTask::start()
{
    m_messages.append(QStringLiteral("Generating %1").arg(m_setup.filename));
    m_abandonTimer.start();
    // The worker owns copies of everything it needs; it talks back only through queued calls on this
    // object, which Qt drops if the task is gone (and the destructor joins before that can happen).
    auto done = std::make_shared<std::promise<void>>();
    m_workerDone = done->get_future();
    m_worker = std::thread([this, done, path = m_setup.sqlitePath, out = m_setup.outputPath, options = m_setup.options] {
        DumpWriter writer(options);
        writer.setCancelFlag(&m_cancel);
        writer.setProgressCallback([this](qint64 bytes) {
            QMetaObject::invokeMethod(this, [this, bytes] { onProgress(bytes); }, Qt::QueuedConnection);
        });
        const bool ok = writer.writeFile(path, out);
        const QString error = writer.errorString();
        const qint64 bytes = writer.bytesWritten();
        m_workerOk = ok;
        m_workerError = error;
        m_workerBytes = bytes;
        done->set_value(); // publishes the three above to a long poll
        QMetaObject::invokeMethod(this, [this, ok, error, bytes] { onGenerated(ok, error, bytes); },
                                  Qt::QueuedConnection);
    });
}

ExportTask::Status ExportTask::poll()
{
    if (m_status != Status::Active)
        return m_status;
    m_abandonTimer.start(); // restarts: the client is still there
    if (!m_generated && m_setup.longPollMs > 0 && m_workerDone.valid()
        && m_workerDone.wait_for(std::chrono::milliseconds(m_setup.longPollMs)) == std::future_status::ready) {
        onGenerated(m_workerOk, m_workerError, m_workerBytes); // the queued call that follows is then a no-op
        if (m_status != Status::Active)
            return m_status;
    }
    if (m_generated) {
        if (m_pollsSinceGenerated >= m_setup.pollsAfterGeneration) {
            m_messages.append(QStringLiteral("Finished uploading %1 in %2 parts.")
                                  .arg(m_setup.filename)
                                  .arg(qMax(1, m_partsReported)));
            end(Status::Complete);
        } else {
            ++m_pollsSinceGenerated;
        }
    }
    return m_status;
}

void ExportTask::fail(const QString &error)
{
    if (m_status == Status::Active)
        end(Status::Error, error);
}

QStringList ExportTask::takeMessages()
{
    // D1 uploads parts in parallel and reports them out of order; the parts finished since the last
    // poll are listed highest first, so clients meet that too.
    QStringList messages = std::exchange(m_messages, {});
    const auto isPart = [](const QString &m) { return m.startsWith(u"Uploaded part "); };
    QStringList parts;
    std::copy_if(messages.cbegin(), messages.cend(), std::back_inserter(parts), isPart);
    std::reverse(parts.begin(), parts.end());
    auto next = parts.cbegin();
    for (QString &m : messages) {
        if (isPart(m))
            m = *next++;
    }
    return messages;
}

void ExportTask::onProgress(qint64 bytes)
{
    if (m_status == Status::Active)
        reportParts(bytes, false);
}

void ExportTask::onGenerated(bool ok, const QString &error, qint64 bytes)
{
    if (m_generated)
        return; // a long poll took the outcome already
    if (m_worker.joinable())
        m_worker.join(); // it has finished: this call was its last act
    if (m_status != Status::Active) { // cancelled or failed meanwhile: the dump is of no use
        QFile::remove(m_setup.outputPath);
        return;
    }
    if (!ok) {
        end(Status::Error, error);
        return;
    }
    m_bytes = bytes;
    reportParts(bytes, true);
    m_generated = true;
}

void ExportTask::onAbandoned()
{
    m_cancel = true;
    end(Status::Error, QStringLiteral("Export cancelled because it was not polled"));
}

void ExportTask::end(Status status, const QString &error)
{
    m_status = status;
    m_error = error;
    m_abandonTimer.stop();
    if (status != Status::Complete) {
        m_cancel = true;
        if (!m_worker.joinable())
            QFile::remove(m_setup.outputPath);
    }
    emit ended();
}

void ExportTask::reportParts(qint64 bytes, bool final)
{
    const qint64 parts = final ? qMax<qint64>(1, (bytes + kPartBytes - 1) / kPartBytes) : bytes / kPartBytes;
    while (m_partsReported < parts)
        m_messages.append(QStringLiteral("Uploaded part %1").arg(++m_partsReported));
}

} // namespace emu
