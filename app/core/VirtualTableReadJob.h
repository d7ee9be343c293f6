// VirtualTableReadJob: writes what a dump needs to recreate the virtual tables (FTS5, rtree…) that D1's
// export refuses: for each table in turn its CREATE VIRTUAL TABLE statement and then, unless the dump is
// schema only, its contents: an FTS `rebuild` for a table indexing another one, or its rows read
// through /raw as quote() text (exact 64-bit integers and infinities, which D1's JSON would round),
// a page at a time in rowid order, written as INSERT statements. A table whose rows cannot come back
// is recreated empty. Every statement is appended to the device given, after a newline (as D1's own
// dumps separate them). A failed read fails the job: a dump without those rows would be incomplete.
#pragma once

#include "ApiError.h"
#include "ExportPlan.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QIODevice;

namespace d1x {

class ApiCall;
class CloudflareClient;

class VirtualTableReadJob : public QObject
{
    Q_OBJECT
public:
    struct Job {
        QString accountId;
        QString databaseId;
        QList<VirtualTable> tables; // in creation order
        bool noSchema = false;      // no CREATE VIRTUAL TABLE statements
        bool noData = false;        // no rows, no rebuild
        // Asked once per table before its contents (not when noData): true when its rows cannot come
        // back, so it is recreated empty (the callee tells the user why). Unset: every table has rows.
        std::function<bool(const VirtualTable &)> recreatedEmpty;
    };

    explicit VirtualTableReadJob(CloudflareClient *client, QObject *parent = nullptr);
    ~VirtualTableReadJob() override;

    // Rows per request (default 1000).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Appends to `out` (open for writing, outliving the job); finished() follows, possibly at once.
    void start(const Job &job, QIODevice *out);
    // Aborts the request in flight; finished() does not follow.
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void logMessage(bool warning, const QString &text);
    // Empty on success; else why nothing complete could be written (ExportFailed or FileError).
    void finished(const d1x::ApiError &error);

private:
    void next();
    ApiCall *track(ApiCall *call);
    void onColumns(ApiCall *call);
    void onRows(ApiCall *call);
    void fail(const VirtualTable &v, const QString &why);
    bool append(const QByteArray &sql);
    void finish(const ApiError &error);

    CloudflareClient *m_client;
    Job m_job;
    QIODevice *m_out = nullptr;
    int m_pageSize = 1000;
    int m_index = -1;
    QString m_lastRowid;   // quote(rowid) of the last row read
    QStringList m_columns; // of the table in progress
    qint64 m_rows = 0;
    QPointer<ApiCall> m_call;
    bool m_running = false;
};

} // namespace d1x
