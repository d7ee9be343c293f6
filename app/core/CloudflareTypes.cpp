// JSON → value type conversions for the Cloudflare D1 API.
#include "CloudflareTypes.h"

namespace d1x {

namespace {
QString str(const QJsonObject &o, QLatin1String key) { return o.value(key).toString(); }

// What the polling answers of an export and of an import share: status, bookmark, messages, error.
template <typename Status>
void readPollingFields(const QJsonObject &o, Status &s)
{
    const QString state = str(o, QLatin1String("status"));
    if (state == QLatin1String("active"))
        s.state = Status::State::Active;
    else if (state == QLatin1String("complete"))
        s.state = Status::State::Complete;
    else if (state == QLatin1String("error"))
        s.state = Status::State::Error;
    s.atBookmark = str(o, QLatin1String("at_bookmark"));
    const QJsonArray messages = o.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &m : messages)
        s.messages.append(m.isString() ? m.toString() : CfMessage::fromJson(m).message);
    s.error = o.value(QLatin1String("error")).toVariant().toString();
}
} // namespace

CfMessage CfMessage::fromJson(const QJsonValue &value)
{
    CfMessage m;
    if (value.isString()) {
        m.message = value.toString();
        return m;
    }
    const QJsonObject o = value.toObject();
    m.code = o.value(QLatin1String("code")).toInt();
    m.message = str(o, QLatin1String("message"));
    m.documentationUrl = str(o, QLatin1String("documentation_url"));
    return m;
}

QList<CfMessage> CfMessage::listFromJson(const QJsonValue &value)
{
    QList<CfMessage> out;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &v : items)
        out.append(fromJson(v));
    return out;
}

std::optional<Account> Account::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Account a{str(o, QLatin1String("id")), str(o, QLatin1String("name"))};
    if (a.id.isEmpty())
        return std::nullopt;
    return a;
}

QList<Account> Account::listFromJson(const QJsonArray &items)
{
    QList<Account> out;
    for (const QJsonValue &v : items)
        if (auto a = fromJson(v))
            out.append(*a);
    return out;
}

QList<Account> Account::listFromMemberships(const QJsonArray &items)
{
    QList<Account> out;
    for (const QJsonValue &v : items)
        if (auto a = fromJson(v.toObject().value(QLatin1String("account"))))
            out.append(*a);
    return out;
}

std::optional<DatabaseInfo> DatabaseInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    DatabaseInfo d;
    d.uuid = str(o, QLatin1String("uuid"));
    d.name = str(o, QLatin1String("name"));
    if (d.uuid.isEmpty())
        return std::nullopt;
    d.version = str(o, QLatin1String("version"));
    d.createdAt = QDateTime::fromString(str(o, QLatin1String("created_at")), Qt::ISODateWithMs);
    const QJsonValue size = o.value(QLatin1String("file_size"));
    // JSON numbers are doubles: anything that is not a plausible byte count stays "unknown".
    constexpr double MaxPlausibleSize = 1e18;
    if (size.isDouble() && size.toDouble() >= 0 && size.toDouble() <= MaxPlausibleSize)
        d.fileSize = qint64(size.toDouble());
    const QJsonValue tables = o.value(QLatin1String("num_tables"));
    if (tables.isDouble())
        d.numTables = tables.toInt();
    d.jurisdiction = str(o, QLatin1String("jurisdiction"));
    return d;
}

QList<DatabaseInfo> DatabaseInfo::listFromJson(const QJsonArray &items)
{
    QList<DatabaseInfo> out;
    for (const QJsonValue &v : items)
        if (auto d = fromJson(v))
            out.append(*d);
    return out;
}

bool TableInfo::isVirtual() const
{
    return sql.trimmed().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive);
}

QList<TableInfo> TableInfo::listFromQueryResult(const QJsonValue &result)
{
    QList<TableInfo> out;
    // /query answers one entry per statement; we send exactly one.
    const QJsonArray rows = result.toArray().first().toObject().value(QLatin1String("results")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        TableInfo t;
        t.name = str(row, QLatin1String("name"));
        t.type = str(row, QLatin1String("type"));
        t.tableName = str(row, QLatin1String("tbl_name"));
        t.sql = str(row, QLatin1String("sql"));
        if (!t.name.isEmpty())
            out.append(t);
    }
    return out;
}

TokenStatus tokenStatusFromString(const QString &status)
{
    if (status == QLatin1String("active"))
        return TokenStatus::Active;
    if (status == QLatin1String("disabled"))
        return TokenStatus::Disabled;
    if (status == QLatin1String("expired"))
        return TokenStatus::Expired;
    return TokenStatus::Unknown;
}

QJsonObject ExportOptions::toDumpOptionsJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("no_data"), noData);
    o.insert(QLatin1String("no_schema"), noSchema);
    o.insert(QLatin1String("tables"), QJsonArray::fromStringList(tables));
    return o;
}

std::optional<ExportStatus> ExportStatus::fromJson(const QJsonValue &result)
{
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject o = result.toObject();
    ExportStatus s;
    readPollingFields(o, s);
    const QJsonObject inner = o.value(QLatin1String("result")).toObject();
    s.filename = str(inner, QLatin1String("filename"));
    s.signedUrl = str(inner, QLatin1String("signed_url"));
    return s;
}

std::optional<ImportStatus> ImportStatus::fromJson(const QJsonValue &result)
{
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject o = result.toObject();
    ImportStatus s;
    s.uploadUrl = str(o, QLatin1String("upload_url"));
    s.filename = str(o, QLatin1String("filename"));
    readPollingFields(o, s);
    if (s.state == State::Unknown && !s.uploadUrl.isEmpty())
        s.state = State::Upload;
    const QJsonObject inner = o.value(QLatin1String("result")).toObject();
    s.finalBookmark = str(inner, QLatin1String("final_bookmark"));
    s.numQueries = inner.value(QLatin1String("num_queries")).toInteger();
    const QJsonObject meta = inner.value(QLatin1String("meta")).toObject();
    s.rowsRead = meta.value(QLatin1String("rows_read")).toInteger();
    s.rowsWritten = meta.value(QLatin1String("rows_written")).toInteger();
    s.sizeAfter = meta.value(QLatin1String("size_after")).toInteger();
    s.durationMs = qint64(meta.value(QLatin1String("duration")).toDouble());
    return s;
}

std::optional<TimeTravelResult> TimeTravelResult::fromJson(const QJsonValue &result)
{
    const QJsonObject o = result.toObject();
    TimeTravelResult t;
    t.bookmark = str(o, QLatin1String("bookmark"));
    if (t.bookmark.isEmpty())
        return std::nullopt;
    t.previousBookmark = str(o, QLatin1String("previous_bookmark"));
    t.message = str(o, QLatin1String("message"));
    return t;
}

} // namespace d1x
