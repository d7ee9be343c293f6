// libFuzzer target for everything that reads what a server sends: the API envelope, the typed
// results inside it (export status, databases, accounts, memberships, schema rows), error mapping,
// and API base URLs. Built with clang (-fsanitize=fuzzer,address,undefined); see tests/fuzz/README.md.
#include "ApiEndpoint.h"
#include "ApiEnvelope.h"
#include "ApiError.h"
#include "CloudflareTypes.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString why;
    if (const std::optional<d1x::ApiEnvelope> e = d1x::ApiEnvelope::parse(bytes, &why)) {
        (void)d1x::ExportStatus::fromJson(e->result);
        (void)d1x::TableInfo::listFromQueryResult(e->result);
        (void)d1x::DatabaseInfo::fromJson(e->result);
        (void)d1x::DatabaseInfo::listFromJson(e->result.toArray());
        (void)d1x::Account::listFromJson(e->result.toArray());
        (void)d1x::Account::listFromMemberships(e->result.toArray());
        const int status = size > 0 ? 200 + data[0] * 2 : 500;
        const d1x::ApiError error = d1x::ApiError::fromHttp(status, e->errors);
        (void)error.toString();
        (void)error.isTransient();
    }
    const QString text = QString::fromUtf8(bytes);
    if (const auto endpoint = d1x::ApiEndpoint::fromString(text)) {
        (void)endpoint->url({QStringLiteral("accounts"), text});
        (void)endpoint->isSameOrigin(QUrl(text));
    }
    (void)d1x::ApiEndpoint::isSafeSegment(text);
    (void)d1x::ApiEndpoint::looksLikeUuid(text);
    return 0;
}
