// Strict parsing of the Cloudflare API envelope.
#include "ApiEnvelope.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ApiEnvelope)
};
} // namespace

std::optional<ApiEnvelope> ApiEnvelope::parse(const QByteArray &body, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<ApiEnvelope> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (body.size() > MaxBodyBytes)
        return fail(Tr::tr("the answer is larger than %1 MB").arg(MaxBodyBytes / (1024 * 1024)));
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return fail(Tr::tr("the answer is empty"));
    if (trimmed.startsWith('<'))
        return fail(Tr::tr("the answer is an HTML or XML page, not JSON"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Tr::tr("the answer is not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail(Tr::tr("the answer is JSON but not an object"));
    const QJsonObject o = doc.object();
    const QJsonValue success = o.value(QLatin1String("success"));
    if (!success.isBool())
        return fail(Tr::tr("the answer has no \"success\" field"));

    ApiEnvelope e;
    e.success = success.toBool();
    e.errors = CfMessage::listFromJson(o.value(QLatin1String("errors")));
    e.messages = CfMessage::listFromJson(o.value(QLatin1String("messages")));
    e.result = o.value(QLatin1String("result"));
    const QJsonValue info = o.value(QLatin1String("result_info"));
    if (info.isObject()) {
        const QJsonObject i = info.toObject();
        ResultInfo r;
        r.page = i.value(QLatin1String("page")).toInt();
        r.perPage = i.value(QLatin1String("per_page")).toInt();
        r.count = i.value(QLatin1String("count")).toInt();
        r.totalCount = i.value(QLatin1String("total_count")).toInt(-1);
        r.totalPages = i.value(QLatin1String("total_pages")).toInt(-1);
        e.resultInfo = r;
    }
    return e;
}

} // namespace d1x
