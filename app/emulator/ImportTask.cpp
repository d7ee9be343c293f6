// ImportTask: lifecycle of one polling import (see header).
#include "ImportTask.h"

#include <QFile>

namespace emu {

ImportTask::ImportTask(Setup setup, Commit commit, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_commit(std::move(commit))
{
}

ImportTask::~ImportTask()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join(); // short: the importer checks the flag before every statement
    QFile::remove(m_setup.importer.workPath); // still there only if it was never put in place
}

void ImportTask::start()
{
    m_messages.append(QStringLiteral("Importing %1").arg(m_setup.filename));
    auto done = std::make_shared<std::promise<void>>();
    m_workerDone = done->get_future();
    m_worker = std::thread([this, done, importer = m_setup.importer] {
        const SqlImporter::Outcome outcome = SqlImporter::run(importer, &m_cancel);
        m_workerOutcome = outcome;
        done->set_value(); // publishes the outcome to a long poll
        QMetaObject::invokeMethod(this, [this, outcome] { onFinished(outcome); }, Qt::QueuedConnection);
    });
}

ImportTask::Status ImportTask::poll()
{
    if (m_status != Status::Active)
        return m_status;
    if (!m_finished && m_setup.longPollMs > 0 && m_workerDone.valid()
        && m_workerDone.wait_for(std::chrono::milliseconds(m_setup.longPollMs)) == std::future_status::ready) {
        onFinished(m_workerOutcome); // the queued call that follows is then a no-op
        if (m_status != Status::Active)
            return m_status;
    }
    if (m_finished) {
        if (m_pollsSinceFinished >= m_setup.pollsAfterIngest) {
            m_status = Status::Complete;
            m_messages.append(QStringLiteral("Import complete: %1 queries executed").arg(m_outcome.numQueries));
            emit ended();
        } else {
            ++m_pollsSinceFinished;
        }
    }
    return m_status;
}

QStringList ImportTask::takeMessages()
{
    return std::exchange(m_messages, {});
}

void ImportTask::onFinished(const SqlImporter::Outcome &outcome)
{
    if (m_finished)
        return;
    if (m_worker.joinable())
        m_worker.join();
    m_finished = true;
    m_outcome = outcome;
    if (outcome.ok) {
        QString error;
        m_finalBookmark = m_commit(m_setup.importer.workPath, &error);
        if (m_finalBookmark.isEmpty()) {
            m_outcome.ok = false;
            m_outcome.error = QStringLiteral("D1_ERROR: %1").arg(error);
        }
    }
    if (!m_outcome.ok) {
        QFile::remove(m_setup.importer.workPath);
        m_status = Status::Error;
        m_error = m_outcome.error;
        m_messages.append(QStringLiteral("Import failed; the database is as it was before"));
        emit ended();
        return;
    }
    m_messages.append(QStringLiteral("Executed %1 queries").arg(m_outcome.numQueries));
}

} // namespace emu
