// ApiAnswers: Cloudflare's envelope and S3's XML errors (see header).
#include "ApiAnswers.h"

#include <QJsonDocument>

namespace emu::answers {

HttpResponse json(int status, const QJsonObject &object)
{
    return HttpResponse::withBody(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject errorObject(int code, const QString &message)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

HttpResponse success(const QJsonValue &result, int status, const QJsonObject &resultInfo, const QJsonArray &messages)
{
    QJsonObject envelope{{QStringLiteral("success"), true},
                         {QStringLiteral("errors"), QJsonArray()},
                         {QStringLiteral("messages"), messages},
                         {QStringLiteral("result"), result}};
    if (!resultInfo.isEmpty())
        envelope.insert(QStringLiteral("result_info"), resultInfo);
    return json(status, envelope);
}

HttpResponse error(int status, int code, const QString &message, const QJsonArray &errorChain)
{
    QJsonObject e = errorObject(code, message);
    if (!errorChain.isEmpty())
        e.insert(QStringLiteral("error_chain"), errorChain);
    return json(status, {{QStringLiteral("success"), false},
                         {QStringLiteral("errors"), QJsonArray{e}},
                         {QStringLiteral("messages"), QJsonArray()},
                         {QStringLiteral("result"), QJsonValue(QJsonValue::Null)}});
}

HttpResponse xmlError(int status, const QByteArray &code, const QByteArray &message)
{
    return HttpResponse::withBody(status, "application/xml",
                                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
                                      + "</Code><Message>" + message + "</Message></Error>");
}

} // namespace emu::answers
