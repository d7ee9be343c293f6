// ApiAnswers: the answer shapes the emulator's handlers share: Cloudflare's JSON envelope (success
// and error) and the object store's S3-style XML errors.
#pragma once

#include "HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace emu::answers {

HttpResponse json(int status, const QJsonObject &object);
QJsonObject errorObject(int code, const QString &message);
// {"success": true, "errors": [], "messages": messages, "result": result, "result_info"?}
HttpResponse success(const QJsonValue &result, int status = 200, const QJsonObject &resultInfo = {},
                     const QJsonArray &messages = {});
// {"success": false, "errors": [{code, message, error_chain?}], "messages": [], "result": null}
HttpResponse error(int status, int code, const QString &message, const QJsonArray &errorChain = {});
// <Error><Code>code</Code><Message>message</Message></Error>
HttpResponse xmlError(int status, const QByteArray &code, const QByteArray &message);

} // namespace emu::answers
