// SqliteCheck: re-import and compare, with the SQLite C API.
#include "SqliteCheck.h"

#include <QFile>
#include <sqlite3.h>

#include <algorithm>

namespace testsupport {

namespace {
struct Db {
    sqlite3 *handle = nullptr;
    explicit Db(const QString &path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr) != SQLITE_OK) {
            sqlite3_close(handle);
            handle = nullptr;
        }
    }
    ~Db() { sqlite3_close(handle); }
};

QString quoteIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    QStringList columns;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = QStringLiteral("SELECT name FROM pragma_table_info(?1)").toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return columns;
    const QByteArray t = table.toUtf8();
    sqlite3_bind_text(stmt, 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return columns;
}
} // namespace

bool execSql(const QString &dbPath, const QByteArray &sql, QString *error)
{
    Db db(dbPath);
    if (!db.handle) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(dbPath);
        return false;
    }
    sqlite3_exec(db.handle, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    char *message = nullptr;
    const bool ok = sqlite3_exec(db.handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok && error)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    return ok;
}

QString importDump(const QString &sqlPath, const QString &dbPath)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const QByteArray sql = file.readAll();
    QFile::remove(dbPath);
    Db db(dbPath);
    if (!db.handle)
        return QStringLiteral("cannot open %1").arg(dbPath);
    char *message = nullptr;
    // Statement by statement as the dump says (no wrapping transaction), but without an fsync per row.
    sqlite3_exec(db.handle, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    if (sqlite3_exec(db.handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message);
        sqlite3_free(message);
        return error.isEmpty() ? QStringLiteral("import failed") : error;
    }
    return {};
}

QMap<QString, QStringList> tableContents(const QString &dbPath, QString *error)
{
    QMap<QString, QStringList> out;
    Db db(dbPath, SQLITE_OPEN_READONLY);
    if (!db.handle) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(dbPath);
        return out;
    }
    QStringList tables;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db.handle,
                       "SELECT name FROM sqlite_schema WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND "
                       "(name NOT LIKE 'sqlite_%' OR name='sqlite_sequence') AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);

    for (const QString &table : tables) {
        QStringList quoted;
        for (const QString &c : columnsOf(db.handle, table))
            quoted << QStringLiteral("quote(%1)").arg(quoteIdentifier(c));
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QLatin1String(", ")),
                                                                      quoteIdentifier(table)).toUtf8();
        QStringList rows;
        if (sqlite3_prepare_v2(db.handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db.handle));
            continue;
        }
        const int n = sqlite3_column_count(stmt);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList values;
            for (int i = 0; i < n; ++i)
                values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
            rows << values.join(QLatin1Char('|'));
        }
        sqlite3_finalize(stmt);
        std::sort(rows.begin(), rows.end());
        out.insert(table, rows);
    }
    return out;
}

QMap<QString, QString> schemaObjects(const QString &dbPath)
{
    QMap<QString, QString> out;
    Db db(dbPath, SQLITE_OPEN_READONLY);
    if (!db.handle)
        return out;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db.handle,
                       "SELECT name, type FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                   QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))));
    sqlite3_finalize(stmt);
    return out;
}

qint64 rowCount(const QString &dbPath, const QString &table)
{
    Db db(dbPath, SQLITE_OPEN_READONLY);
    if (!db.handle)
        return -1;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(table)).toUtf8();
    if (sqlite3_prepare_v2(db.handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    qint64 n = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

QString firstDifference(const QMap<QString, QStringList> &expected, const QMap<QString, QStringList> &actual)
{
    if (expected.keys() != actual.keys())
        return QStringLiteral("tables differ: expected [%1], got [%2]")
            .arg(expected.keys().join(QLatin1String(", ")), actual.keys().join(QLatin1String(", ")));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList &got = actual.value(it.key());
        if (got.size() != it.value().size())
            return QStringLiteral("table %1: expected %2 rows, got %3").arg(it.key()).arg(it.value().size()).arg(got.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            if (got.at(i) != it.value().at(i))
                return QStringLiteral("table %1: expected row %2, got %3").arg(it.key(), it.value().at(i), got.at(i));
    }
    return {};
}

QMap<QString, QStringList> withoutShadowTables(QMap<QString, QStringList> contents)
{
    for (const QString &name : contents.keys())
        for (const char *suffix : {"_data", "_idx", "_content", "_docsize", "_config"})
            if (name.endsWith(QLatin1String(suffix)) && name.contains(QLatin1String("_fts")))
                contents.remove(name);
    contents.remove(QStringLiteral("sqlite_stat1"));
    return contents;
}

} // namespace testsupport
