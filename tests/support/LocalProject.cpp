// LocalProject: configuration files and miniflare's database layout, made by hand.
#include "LocalProject.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>

#include <sqlite3.h>

namespace testsupport {

namespace {
// Miniflare's Durable Object id for a name (see app/core/LocalDatabaseLocator.h), computed here
// independently of the code under test.
QString objectFileName(const QString &id)
{
    const QByteArray key = QCryptographicHash::hash("miniflare-D1DatabaseObject", QCryptographicHash::Sha256);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(id.toUtf8());
    const QByteArray first = mac.result().left(16);
    mac.reset();
    mac.addData(first);
    return QString::fromLatin1((first + mac.result().left(16)).toHex()) + QStringLiteral(".sqlite");
}

bool write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}
} // namespace

QString LocalProject::writeConfig(const QString &folder, Format format, const QString &binding, const QString &name,
                                  const QString &id, const QString &env)
{
    const QByteArray b = binding.toUtf8(), n = name.toUtf8(), i = id.toUtf8(), e = env.toUtf8();
    const QByteArray decoyId = "00000000-0000-0000-0000-000000000000";
    QByteArray text;
    QString file;
    switch (format) {
    case Format::Toml:
        file = QStringLiteral("wrangler.toml");
        text = "# made by LocalProject\nname = \"worker\"\nmain = \"src/index.js\"\ncompatibility_date = \"2024-09-01\"\n\n";
        if (env.isEmpty()) {
            text += "[[d1_databases]]\nbinding = \"" + b + "\" # the Worker's env." + b + "\ndatabase_name = '" + n
                + "'\ndatabase_id = \"" + i + "\"\n";
        } else {
            text += "d1_databases = [ { binding = \"" + b + "\", database_name = \"decoy\", database_id = \"" + decoyId
                + "\" } ]\n\n[env." + e + "]\nname = \"worker-" + e + "\"\n\n[[env." + e + ".d1_databases]]\nbinding = \""
                + b + "\"\ndatabase_name = \"" + n + "\"\ndatabase_id = \"" + i + "\"\n";
        }
        break;
    case Format::Json:
    case Format::Jsonc: {
        const bool comments = format == Format::Jsonc;
        file = comments ? QStringLiteral("wrangler.jsonc") : QStringLiteral("wrangler.json");
        const QByteArray entry = "{ \"binding\": \"" + b + "\", \"database_name\": \"" + n + "\", \"database_id\": \"" + i
            + "\"" + (comments ? ", /* trailing comma */ }" : " }");
        const QByteArray decoy = "{ \"binding\": \"" + b + "\", \"database_name\": \"decoy\", \"database_id\": \"" + decoyId + "\" }";
        text = QByteArray(comments ? "// made by LocalProject\n" : "") + "{\n  \"name\": \"worker\",\n";
        if (env.isEmpty())
            text += "  \"d1_databases\": [ " + entry + (comments ? ", // the only one\n" : "\n") + "  ]\n}\n";
        else
            text += "  \"d1_databases\": [ " + decoy + " ],\n  \"env\": { \"" + e + "\": { \"d1_databases\": [ " + entry
                + " ] } }\n}\n";
        break;
    }
    }
    const QString path = QDir(folder).filePath(file);
    return write(path, text) ? path : QString();
}

QString LocalProject::createDatabase(const QString &persistFolder, const QString &id, const QString &sql, QString *error)
{
    const QString dir = QDir(persistFolder).filePath(QStringLiteral("v3/d1/miniflare-D1DatabaseObject"));
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return {};
    }
    const QString path = QDir(dir).filePath(objectFileName(id));
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return {};
    }
    // workerd leaves its last transactions in the WAL: a reader that ignored it would miss them.
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    char *message = nullptr;
    const QByteArray script = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; "
                              "CREATE TABLE IF NOT EXISTS _cf_KV (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID; "
        + sql.toUtf8();
    if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message);
        sqlite3_free(message);
        sqlite3_close(db);
        return {};
    }
    sqlite3_close(db);
    return path;
}

} // namespace testsupport
