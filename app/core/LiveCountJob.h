// LiveCountJob: counts the rows of the exported tables on D1 just before the export (one /query,
// the tables in UNION ALL parts of at most 400, several statements in one request), so that the
// dump's counts can be compared with D1's. D1 bills every row this reads, so it runs only when asked.
// A refused count that leaves the export possible (anything but cancellation, credentials or a
// missing account/database) is only a warning: the export goes on without the comparison.
#pragma once

#include "ApiError.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace d1x {

class ApiCall;
class CloudflareClient;

class LiveCountJob : public QObject
{
    Q_OBJECT
public:
    explicit LiveCountJob(CloudflareClient *client, QObject *parent = nullptr);
    ~LiveCountJob() override;

    // Counts `tables` (as named in sqlite_schema) of the database; finished() follows, also at once.
    void start(const QString &accountId, const QString &databaseId, const QStringList &tables);
    // Aborts the request in flight; finished() does not follow.
    void stop();
    bool isRunning() const { return m_running; }

    // After a finished() without error: table → rows on D1; empty when the counting was refused
    // and the export may go on without it (a warning said so).
    const QMap<QString, qint64> &counts() const { return m_counts; }

signals:
    void logMessage(bool warning, const QString &text);
    // `error` is empty unless the export cannot go on (see the top of this file).
    void finished(const d1x::ApiError &error);

private:
    void onCounts(ApiCall *call);
    void finish(const ApiError &error);

    CloudflareClient *m_client;
    QStringList m_tables;
    QMap<QString, qint64> m_counts;
    QPointer<ApiCall> m_call;
    bool m_running = false;
};

} // namespace d1x
