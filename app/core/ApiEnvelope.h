// The envelope every Cloudflare API answer comes in: {success, errors, messages, result, result_info}.
// Parsing is strict: anything that is not a JSON object with a boolean "success" is refused.
#pragma once

#include "CloudflareTypes.h"

#include <QByteArray>
#include <QJsonValue>
#include <optional>

namespace d1x {

struct ResultInfo {
    int page = 0;
    int perPage = 0;
    int count = 0;
    int totalCount = -1; // -1: not given
    int totalPages = -1;
};

struct ApiEnvelope {
    bool success = false;
    QList<CfMessage> errors;
    QList<CfMessage> messages;
    QJsonValue result;
    std::optional<ResultInfo> resultInfo;

    // Refuses bodies larger than this: no API answer we use comes near it.
    static constexpr qint64 MaxBodyBytes = 64 * 1024 * 1024;

    // nullopt when `body` is not an envelope; `why` then says what was wrong with it.
    static std::optional<ApiEnvelope> parse(const QByteArray &body, QString *why = nullptr);
};

} // namespace d1x
