// QueryRunner: read-only D1 query execution (see header).
#include "QueryRunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QVariant>

#include <sqlite3.h>

namespace emu {

namespace {

QString sqliteError(sqlite3 *db)
{
    const int code = sqlite3_extended_errcode(db) & 0xff;
    const char *name = code == SQLITE_ERROR      ? "SQLITE_ERROR"
                       : code == SQLITE_READONLY ? "SQLITE_READONLY"
                       : code == SQLITE_RANGE    ? "SQLITE_RANGE"
                       : code == SQLITE_BUSY     ? "SQLITE_BUSY"
                       : code == SQLITE_AUTH     ? "SQLITE_AUTH"
                                                 : "SQLITE_ERROR";
    return QStringLiteral("%1: %2").arg(QString::fromUtf8(sqlite3_errmsg(db)), QLatin1String(name));
}

constexpr qint64 kSafeInteger = qint64(1) << 53;

void bindParam(sqlite3_stmt *stmt, int index, const QJsonValue &value, bool exactNumbers)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        sqlite3_bind_int(stmt, index, value.toBool() ? 1 : 0);
        break;
    case QJsonValue::Double: {
        // Qt keeps integral JSON numbers as integers; bind them as such so 2^63-1 stays exact.
        const QVariant v = value.toVariant();
        // D1 parses the request in JavaScript: beyond 2^53 the integer it binds is the rounded one.
        if (v.metaType().id() == QMetaType::LongLong && (exactNumbers || qAbs(v.toLongLong()) <= kSafeInteger))
            sqlite3_bind_int64(stmt, index, v.toLongLong());
        else if (v.metaType().id() == QMetaType::LongLong)
            sqlite3_bind_double(stmt, index, double(v.toLongLong()));
        else
            sqlite3_bind_double(stmt, index, value.toDouble());
        break;
    }
    case QJsonValue::String: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        break;
    }
    case QJsonValue::Array: { // an array of byte numbers is a blob, as D1 returns blobs
        const QJsonArray array = value.toArray();
        QByteArray bytes;
        bytes.reserve(array.size());
        for (const QJsonValue &b : array)
            bytes.append(char(b.toInt()));
        sqlite3_bind_blob(stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default:
        sqlite3_bind_null(stmt, index);
        break;
    }
}

QJsonValue columnValue(sqlite3_stmt *stmt, int column, bool exactNumbers)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: {
        const qint64 value = sqlite3_column_int64(stmt, column);
        if (exactNumbers || qAbs(value) <= kSafeInteger)
            return QJsonValue(value);
        return QJsonValue(double(value)); // the nearest double, as JavaScript's number holds it
    }
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(stmt, column);
        if (!exactNumbers && !qIsFinite(value)) // JSON.stringify(Infinity) is "null"
            return QJsonValue(QJsonValue::Null);
        return value;
    }
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                 sqlite3_column_bytes(stmt, column));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, column));
        QJsonArray bytes;
        for (int i = 0, n = sqlite3_column_bytes(stmt, column); i < n; ++i)
            bytes.append(int(data[i]));
        return bytes;
    }
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

} // namespace

QueryRunner::Outcome QueryRunner::run(const QString &sqlitePath, const QString &sql, const QJsonArray &params,
                                      Format format, bool exactNumbers)
{
    Outcome outcome;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(sqlitePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        outcome.error = sqliteError(db);
        sqlite3_close(db);
        return outcome;
    }
    const qint64 fileSize = QFileInfo(sqlitePath).size();

    const QByteArray utf8 = sql.toUtf8();
    const char *next = utf8.constData();
    const char *end = next + utf8.size();
    while (next < end) {
        QElapsedTimer clock;
        clock.start();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, next, int(end - next), &stmt, &next) != SQLITE_OK) {
            outcome.error = sqliteError(db);
            break;
        }
        if (!stmt) // only whitespace or a comment was left
            continue;
        if (!sqlite3_stmt_readonly(stmt)) {
            sqlite3_finalize(stmt);
            outcome.error = QStringLiteral("The emulator only runs read-only statements: SQLITE_READONLY");
            break;
        }
        const int wanted = sqlite3_bind_parameter_count(stmt);
        for (int i = 0; i < wanted && i < params.size(); ++i)
            bindParam(stmt, i + 1, params.at(i), exactNumbers);

        const int columns = sqlite3_column_count(stmt);
        QJsonArray names;
        for (int c = 0; c < columns; ++c)
            names.append(QString::fromUtf8(sqlite3_column_name(stmt, c)));
        QJsonArray rows;
        qint64 rowCount = 0;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            ++rowCount;
            if (format == Format::Raw) {
                QJsonArray row;
                for (int c = 0; c < columns; ++c)
                    row.append(columnValue(stmt, c, exactNumbers));
                rows.append(row);
            } else {
                QJsonObject row;
                for (int c = 0; c < columns; ++c)
                    row.insert(names.at(c).toString(), columnValue(stmt, c, exactNumbers));
                rows.append(row);
            }
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE) {
            outcome.error = sqliteError(db);
            break;
        }

        const QJsonObject meta{{QStringLiteral("served_by"), QStringLiteral("d1-emulator")},
                               {QStringLiteral("duration"), double(clock.nsecsElapsed()) / 1e6},
                               {QStringLiteral("changes"), 0},
                               {QStringLiteral("last_row_id"), 0},
                               {QStringLiteral("changed_db"), false},
                               {QStringLiteral("size_after"), fileSize},
                               {QStringLiteral("rows_read"), rowCount},
                               {QStringLiteral("rows_written"), 0}};
        QJsonObject result{{QStringLiteral("success"), true}, {QStringLiteral("meta"), meta}};
        if (format == Format::Raw)
            result.insert(QStringLiteral("results"),
                          QJsonObject{{QStringLiteral("columns"), names}, {QStringLiteral("rows"), rows}});
        else
            result.insert(QStringLiteral("results"), rows);
        outcome.results.append(result);
    }
    sqlite3_close(db);

    if (outcome.error.isEmpty() && outcome.results.isEmpty())
        outcome.error = QStringLiteral("No SQL statements detected.: SQLITE_ERROR");
    outcome.ok = outcome.error.isEmpty();
    if (!outcome.ok)
        outcome.results = {};
    return outcome;
}

} // namespace emu
