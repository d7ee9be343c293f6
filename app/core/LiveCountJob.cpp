// LiveCountJob: one /query counting the rows of the exported tables on D1.
#include "LiveCountJob.h"

#include "CloudflareClient.h"
#include "ExportPlan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace d1x {

namespace {
// SQLite refuses compound SELECTs of more than 500 parts; a /query may hold several statements.
constexpr int CountsPerStatement = 400;
} // namespace

LiveCountJob::LiveCountJob(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

LiveCountJob::~LiveCountJob()
{
    stop();
}

void LiveCountJob::start(const QString &accountId, const QString &databaseId, const QStringList &tables)
{
    stop();
    m_running = true;
    m_tables = tables;
    m_counts.clear();
    // One request just before the export, so the counts describe (almost) the state D1 exports.
    QStringList statements;
    QStringList parts;
    for (int i = 0; i < m_tables.size(); ++i) {
        parts << (parts.isEmpty() ? QStringLiteral("SELECT %1 AS i, count(*) AS n FROM %2")
                                  : QStringLiteral("SELECT %1, count(*) FROM %2"))
                     .arg(i)
                     .arg(ExportPlan::quoteIdentifier(m_tables.at(i)));
        if (parts.size() == CountsPerStatement || i + 1 == m_tables.size()) {
            statements << parts.join(QLatin1String(" UNION ALL "));
            parts.clear();
        }
    }
    if (statements.isEmpty())
        return finish({});
    emit logMessage(false, tr("Counting the rows of %n table(s) on D1 (D1 bills every row this reads)…", nullptr,
                              int(m_tables.size())));
    ApiCall *call = m_client->query(accountId, databaseId, statements.join(QLatin1String("; ")));
    m_call = call;
    connect(call, &ApiTask::retrying, this, [this](const ApiError &why, int attempt, int delayMs) {
        emit logMessage(true, tr("%1 Retrying in %2 s (attempt %3).")
                                  .arg(why.summary()).arg(delayMs / 1000.0, 0, 'f', 1).arg(attempt + 1));
    });
    connect(call, &ApiTask::finished, this, [this, call] { onCounts(call); });
}

void LiveCountJob::stop()
{
    m_running = false;
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->abort();
    }
}

void LiveCountJob::onCounts(ApiCall *call)
{
    if (call != m_call || !m_running)
        return;
    m_call = nullptr;
    if (call->error()) {
        const ApiError::Kind kind = call->error().kind();
        const bool fatal = kind == ApiError::Kind::Cancelled || kind == ApiError::Kind::Unauthorized
            || kind == ApiError::Kind::Forbidden || kind == ApiError::Kind::AccountNotFound
            || kind == ApiError::Kind::DatabaseNotFound;
        if (fatal)
            return finish(call->error());
        // The backup matters more than the comparison: go on, and say the counts are missing.
        emit logMessage(true, tr("The rows could not be counted on D1 (%1); the export goes on without the "
                                 "comparison.")
                                  .arg(call->error().summary()));
        return finish({});
    }
    QMap<QString, qint64> counts;
    qint64 total = 0;
    const QJsonArray statements = call->result().toArray();
    for (const QJsonValue &statement : statements) {
        const QJsonArray rows = statement.toObject().value(QLatin1String("results")).toArray();
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            const int i = o.value(QLatin1String("i")).toInt(-1);
            if (i < 0 || i >= m_tables.size())
                continue;
            const qint64 n = o.value(QLatin1String("n")).toInteger();
            counts.insert(m_tables.at(i), n);
            total += n;
        }
    }
    if (counts.size() != m_tables.size())
        return finish(ApiError(ApiError::Kind::BadResponse, tr("the row counts came back incomplete")));
    m_counts = counts;
    emit logMessage(false, tr("D1 holds %1 rows in these tables.").arg(QLocale().toString(total)));
    finish({});
}

void LiveCountJob::finish(const ApiError &error)
{
    m_running = false;
    emit finished(error);
}

} // namespace d1x
