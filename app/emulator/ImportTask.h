// ImportTask: one D1 import as the polling API sees it (the counterpart of ExportTask). SqlImporter
// runs the uploaded SQL on a copy of the database on a worker thread; when it succeeds the copy is
// put in place at once (TimeTravel keeps the state it replaces), and the task then answers "active"
// for a configured number of further polls before it is "complete". The database counts as busy
// while the task is active. An import is not cancelled when nobody polls (D1 finishes it on its own).
#pragma once

#include "SqlImporter.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <future>
#include <thread>

namespace emu {

class ImportTask : public QObject
{
    Q_OBJECT
public:
    enum class Status { Active, Complete, Error };

    struct Setup {
        QString atBookmark;   // the database's bookmark when the import started
        QString databaseUuid;
        QString filename;     // the uploaded object's name
        SqlImporter::Setup importer;
        int pollsAfterIngest = 2;
        int longPollMs = 0;   // a poll waits up to this long for the worker to finish
    };
    // Puts the finished copy in place; returns the new bookmark, or empty and an error.
    using Commit = std::function<QString(const QString &workPath, QString *error)>;

    ImportTask(Setup setup, Commit commit, QObject *parent = nullptr);
    ~ImportTask() override; // cancels the worker, waits for it, removes an unused copy

    void start();
    Status poll();
    Status status() const { return m_status; }
    QString error() const { return m_error; }
    QStringList takeMessages();
    const Setup &setup() const { return m_setup; }
    const SqlImporter::Outcome &outcome() const { return m_outcome; }
    QString finalBookmark() const { return m_finalBookmark; }

signals:
    void ended();

private:
    void onFinished(const SqlImporter::Outcome &outcome);

    Setup m_setup;
    Commit m_commit;
    Status m_status = Status::Active;
    QString m_error;
    QStringList m_messages;
    bool m_finished = false;
    int m_pollsSinceFinished = 0;
    SqlImporter::Outcome m_outcome;
    QString m_finalBookmark;
    std::atomic<bool> m_cancel{false};
    std::thread m_worker;
    std::future<void> m_workerDone;
    SqlImporter::Outcome m_workerOutcome;
};

} // namespace emu
