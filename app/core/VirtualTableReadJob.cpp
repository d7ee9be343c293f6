// VirtualTableReadJob: the statements that recreate the virtual tables after D1's dump.
#include "VirtualTableReadJob.h"

#include "CloudflareClient.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

namespace d1x {

VirtualTableReadJob::VirtualTableReadJob(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

VirtualTableReadJob::~VirtualTableReadJob()
{
    stop();
}

void VirtualTableReadJob::start(const Job &job, QIODevice *out)
{
    stop();
    m_job = job;
    m_out = out;
    m_index = -1;
    m_rows = 0;
    m_lastRowid.clear();
    m_columns.clear();
    m_running = true;
    next();
}

void VirtualTableReadJob::stop()
{
    m_running = false;
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->abort();
    }
}

bool VirtualTableReadJob::append(const QByteArray &sql)
{
    // Statements are separated by newlines with none after the last, as in D1's own dumps.
    const QByteArray line = '\n' + sql;
    if (m_out->write(line) != line.size()) {
        finish(ApiError(ApiError::Kind::FileError, m_out->errorString()));
        return false;
    }
    return true;
}

ApiCall *VirtualTableReadJob::track(ApiCall *call)
{
    m_call = call;
    connect(call, &ApiTask::retrying, this, [this](const ApiError &why, int attempt, int delayMs) {
        emit logMessage(true, tr("%1 Retrying in %2 s (attempt %3).")
                                  .arg(why.summary()).arg(delayMs / 1000.0, 0, 'f', 1).arg(attempt + 1));
    });
    return call;
}

void VirtualTableReadJob::next()
{
    // Continues the table in progress (m_rows > 0 means a page is being fetched), or moves on.
    for (;;) {
        if (m_index >= 0 && m_index < m_job.tables.size() && (m_rows > 0 || !m_columns.isEmpty())) {
            // the columns are known, or a page was full: the next page follows
        } else {
            ++m_index;
            m_rows = 0;
            m_lastRowid.clear();
            m_columns.clear();
            if (m_index >= m_job.tables.size())
                return finish({});
            const VirtualTable &v = m_job.tables.at(m_index);
            if (!m_job.noSchema && !append(v.sql.toUtf8() + ';'))
                return;
            if (m_job.noData) {
                emit logMessage(false, tr("%1: recreated (schema only).").arg(v.name));
                continue;
            }
            if (m_job.recreatedEmpty && m_job.recreatedEmpty(v))
                continue;
            if (v.content == VirtualTable::Content::External) {
                if (!append(ExportPlan::rebuildStatement(v.name).toUtf8()))
                    return;
                emit logMessage(false, tr("%1: recreated; its index is rebuilt from %2 on import.")
                                           .arg(v.name, v.contentTable));
                continue;
            }
        }
        break;
    }
    const VirtualTable &v = m_job.tables.at(m_index);
    if (m_columns.isEmpty()) {
        // Values are read as quote() text: D1 rounds 64-bit integers in JSON and cannot send infinities.
        ApiCall *call = track(m_client->rawQuery(m_job.accountId, m_job.databaseId,
                                                 QStringLiteral("SELECT name FROM pragma_table_info(?1)"),
                                                 QJsonArray{v.name}));
        connect(call, &ApiTask::finished, this, [this, call] { onColumns(call); });
        return;
    }
    QStringList quoted{QStringLiteral("quote(rowid) AS rowid")};
    for (const QString &column : std::as_const(m_columns))
        quoted << QStringLiteral("quote(%1) AS %1").arg(ExportPlan::quoteIdentifier(column));
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QLatin1String(", ")), ExportPlan::quoteIdentifier(v.name));
    if (m_rows > 0)
        sql += QLatin1String(" WHERE rowid > ") + m_lastRowid;
    sql += QStringLiteral(" ORDER BY rowid LIMIT %1").arg(m_pageSize);
    ApiCall *call = track(m_client->rawQuery(m_job.accountId, m_job.databaseId, sql));
    connect(call, &ApiTask::finished, this, [this, call] { onRows(call); });
}

void VirtualTableReadJob::onColumns(ApiCall *call)
{
    if (call != m_call || !m_running)
        return;
    m_call = nullptr;
    const QJsonArray rows = call->error() ? QJsonArray()
                                          : call->result().toArray().first().toObject().value(QLatin1String("results"))
                                                .toObject().value(QLatin1String("rows")).toArray();
    for (const QJsonValue &row : rows)
        m_columns << row.toArray().at(0).toString();
    if (m_columns.isEmpty())
        return fail(m_job.tables.at(m_index), call->error() ? call->error().summary() : tr("none listed"));
    next();
}

void VirtualTableReadJob::fail(const VirtualTable &v, const QString &why)
{
    // A dump without them would be missing data: fail (schema only never asks for rows).
    finish(ApiError(ApiError::Kind::ExportFailed,
                    tr("the rows of the virtual table %1 could not be read (%2); a dump without "
                       "them would be incomplete, so nothing was saved. Try again, or choose "
                       "schema only to export its definition alone.")
                        .arg(v.name, why)));
}

void VirtualTableReadJob::onRows(ApiCall *call)
{
    if (call != m_call || !m_running)
        return;
    m_call = nullptr;
    const VirtualTable &v = m_job.tables.at(m_index);
    if (call->error())
        return fail(v, call->error().summary());
    const QJsonObject results =
        call->result().toArray().first().toObject().value(QLatin1String("results")).toObject();
    const QJsonArray columns = results.value(QLatin1String("columns")).toArray();
    const QJsonArray rows = results.value(QLatin1String("rows")).toArray();
    // Other modules (rtree…) take their rows without the rowid; FTS keeps it, so rowids survive.
    const bool skipRowid = v.content == VirtualTable::Content::Other;
    for (const QJsonValue &row : rows) {
        const QJsonArray values = row.toArray();
        if (!append(ExportPlan::insertStatement(v.name, columns, values, skipRowid, true).toUtf8()))
            return;
        m_lastRowid = values.at(0).toString();
    }
    m_rows += rows.size();
    if (rows.size() >= m_pageSize)
        return next();
    emit logMessage(false, tr("%1: recreated with its %n row(s), read through /query.", nullptr, int(m_rows)).arg(v.name));
    m_rows = 0;
    m_columns.clear();
    next();
}

void VirtualTableReadJob::finish(const ApiError &error)
{
    m_running = false;
    emit finished(error);
}

} // namespace d1x
