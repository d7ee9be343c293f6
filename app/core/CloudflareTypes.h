// Plain value types for what the Cloudflare D1 API describes: accounts, databases, tables,
// export options and the state of an export task. Parsing from JSON lives here so that the
// client, the CLI and the GUI all read the API's answers the same way.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace d1x {

// One entry of an envelope's "errors" or "messages" array.
struct CfMessage {
    int code = 0;
    QString message;
    QString documentationUrl;
    static CfMessage fromJson(const QJsonValue &value);
    static QList<CfMessage> listFromJson(const QJsonValue &value);
};

struct Account {
    QString id;
    QString name;
    static std::optional<Account> fromJson(const QJsonValue &value);
    static QList<Account> listFromJson(const QJsonArray &items);
    // GET /memberships answers {id, account: {id, name}}: the account is one level down.
    static QList<Account> listFromMemberships(const QJsonArray &items);
};

struct DatabaseInfo {
    QString uuid;
    QString name;
    QString version;
    QDateTime createdAt;
    qint64 fileSize = -1;   // -1: the API did not say
    int numTables = -1;     // -1: the API did not say
    QString jurisdiction;
    static std::optional<DatabaseInfo> fromJson(const QJsonValue &value);
    static QList<DatabaseInfo> listFromJson(const QJsonArray &items);
};

struct TableInfo {
    QString name;
    QString type;        // table, index, view, trigger
    QString tableName;   // the table an index or trigger belongs to
    QString sql;
    bool isVirtual() const;
    bool isTable() const { return type == QLatin1String("table"); }
    // Rows of `SELECT name, type, tbl_name, sql FROM sqlite_schema`, as /query answers them.
    static QList<TableInfo> listFromQueryResult(const QJsonValue &result);
};

enum class TokenStatus { Unknown, Active, Disabled, Expired };
TokenStatus tokenStatusFromString(const QString &status);

struct ExportOptions {
    QStringList tables;    // empty: every table
    bool noData = false;   // schema only
    bool noSchema = false; // data only
    QJsonObject toDumpOptionsJson() const;
};

// The `result` of one answer of POST .../export.
struct ExportStatus {
    enum class State { Active, Complete, Error, Unknown };
    State state = State::Unknown;
    QString atBookmark;
    QStringList messages;
    QString error;
    QString filename;
    QString signedUrl;
    static std::optional<ExportStatus> fromJson(const QJsonValue &result);
};

// The `result` of one answer of POST .../import (init, ingest or poll). An init that needs an upload
// answers with uploadUrl and filename and no status; a polling answer has a status.
struct ImportStatus {
    enum class State { Upload, Active, Complete, Error, Unknown };
    State state = State::Unknown;
    QString uploadUrl;     // init: where to PUT the file
    QString filename;      // init: the name ingest refers to
    QString atBookmark;
    QStringList messages;
    QString error;
    QString finalBookmark; // complete
    qint64 numQueries = 0, rowsRead = 0, rowsWritten = 0, sizeAfter = 0, durationMs = 0;
    static std::optional<ImportStatus> fromJson(const QJsonValue &result);
};

// GET .../time_travel/bookmark and POST .../time_travel/restore.
struct TimeTravelResult {
    QString bookmark;         // now (bookmark) or after the restore (restore)
    QString previousBookmark; // restore: the state before it, which undoes it
    QString message;
    static std::optional<TimeTravelResult> fromJson(const QJsonValue &result);
};

} // namespace d1x
