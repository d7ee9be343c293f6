// Tests of the emulator's import side, through a real HTTP client (QNetworkAccessManager): the import
// protocol end to end (init → PUT → ingest → poll), D1's rules on the uploaded SQL (all or nothing),
// the database busy while importing, upload faults, create / delete database, Time Travel, the
// read-only token, and that a large upload streams to disk instead of memory.
#include "CloudflareEmulator.h"
#include "SampleDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <memory>

using namespace emu;

namespace {

const QString kAccount = QStringLiteral("0123456789abcdef0123456789abcdef");
const QByteArray kAuth = "Bearer test-token";

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-cased names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject result() const { return json().value(QStringLiteral("result")).toObject(); }
    int errorCode() const { return json()[QStringLiteral("errors")][0][QStringLiteral("code")].toInt(); }
    QString errorMessage() const { return json()[QStringLiteral("errors")][0][QStringLiteral("message")].toString(); }
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

// Rows of a query on a database file, each row's cells joined with '|'.
QByteArrayList rows(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QByteArrayList out;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {"cannot open"};
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        out << QByteArray("error: ") + sqlite3_errmsg(db);
    } else {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QByteArrayList cells;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                cells << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
            out << cells.join('|');
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

bool makeDatabase(const QString &path, const QByteArray &sql)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
                    && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

const QByteArray kSchema = "CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT);"
                           "CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id), note TEXT);"
                           "INSERT INTO parent VALUES (1, 'first');";

} // namespace

class TestEmulatorImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importRoundTrip();
    void heldEtagStartsAtOnce();
    void statementLimit();
    void transactionsRefused_data();
    void transactionsRefused();
    void cfTablesRefused_data();
    void cfTablesRefused();
    void foreignKeys();
    void sqlErrorLeavesDatabase();
    void busyWhileImporting();
    void importErrorFault();
    void uploadFaults_data();
    void uploadFaults();
    void wrongEtag();
    void cutUploadLeavesNothing();
    void uploadCredentialsRecorded();
    void createAndDelete();
    void timeTravel();
    void timeTravelRefusals();
    void readOnlyToken();
    void largeUploadStreams();

private:
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {{"Authorization", kAuth}});
    Reply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", api(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QUrl api(const QString &path) const { return QUrl(m_emu->apiBase().toString() + path); }
    QString dbPath(const QString &db, const QString &tail = {}) const
    {
        return QStringLiteral("/accounts/%1/d1/database/%2%3").arg(kAccount, db, tail);
    }
    Reply importCall(const QString &db, const QJsonObject &body) { return post(dbPath(db, QStringLiteral("/import")), body); }
    // init → PUT → ingest → poll until not active; the last polling answer (or what failed first).
    QJsonObject importSql(const QString &db, const QByteArray &sql, QStringList *messages = nullptr);
    QJsonObject pollUntilDone(const QString &db, QJsonObject answer, QStringList *messages = nullptr);
    QString bookmark(const QString &db);

    QTemporaryDir m_dir;
    QString m_target; // database "target": kSchema
    std::unique_ptr<CloudflareEmulator> m_emu;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestEmulatorImport::init()
{
    QVERIFY(m_dir.isValid());
    m_target = m_dir.filePath(QStringLiteral("target-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(makeDatabase(m_target, kSchema));
    m_emu = std::make_unique<CloudflareEmulator>();
    QVERIFY(m_emu->listen());
    m_emu->setDumpDirectory(m_dir.filePath(QStringLiteral("emulator-%1").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_emu->addApiToken(QStringLiteral("test-token"));
    m_emu->addAccount(kAccount, QStringLiteral("Test account"));
    m_emu->addDatabase(kAccount, QStringLiteral("target"), m_target);
    m_emu->setPollsBeforeComplete(1);
    m_emu->setLongPollMs(10000); // a poll waits for the ingest to finish: few polls, no spinning
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void TestEmulatorImport::cleanup()
{
    m_nam.reset();
    m_emu.reset();
}

Reply TestEmulatorImport::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

QJsonObject TestEmulatorImport::pollUntilDone(const QString &db, QJsonObject answer, QStringList *messages)
{
    const QString at = answer[QStringLiteral("at_bookmark")].toString();
    for (int i = 0; i < 1000; ++i) {
        if (messages) {
            for (const QJsonValue &m : answer[QStringLiteral("messages")].toArray())
                *messages << m.toString();
        }
        if (answer[QStringLiteral("status")].toString() != u"active")
            return answer;
        answer = importCall(db, {{QStringLiteral("action"), QStringLiteral("poll")},
                                 {QStringLiteral("current_bookmark"), at}})
                     .result();
    }
    return answer;
}

QJsonObject TestEmulatorImport::importSql(const QString &db, const QByteArray &sql, QStringList *messages)
{
    const QString etag = QString::fromLatin1(md5Hex(sql));
    const Reply init = importCall(db, {{QStringLiteral("action"), QStringLiteral("init")}, {QStringLiteral("etag"), etag}});
    if (init.status != 200)
        return {{QStringLiteral("failed"), QStringLiteral("init: ") + QString::fromUtf8(init.body)}};
    const QJsonObject initResult = init.result();
    if (initResult.contains(QStringLiteral("status"))) // already uploaded: the import runs
        return pollUntilDone(db, initResult, messages);
    const Reply put = send("PUT", QUrl(initResult[QStringLiteral("upload_url")].toString()), sql, {});
    if (put.status != 200 || put.headers.value("etag") != '"' + etag.toLatin1() + '"')
        return {{QStringLiteral("failed"), QStringLiteral("put: %1 %2").arg(put.status).arg(QString::fromUtf8(put.body))}};
    const Reply ingest = importCall(db, {{QStringLiteral("action"), QStringLiteral("ingest")},
                                         {QStringLiteral("etag"), etag},
                                         {QStringLiteral("filename"), initResult[QStringLiteral("filename")]}});
    if (ingest.status != 200)
        return {{QStringLiteral("failed"), QStringLiteral("ingest: ") + QString::fromUtf8(ingest.body)}};
    return pollUntilDone(db, ingest.result(), messages);
}

QString TestEmulatorImport::bookmark(const QString &db)
{
    return send("GET", api(dbPath(db, QStringLiteral("/time_travel/bookmark")))).result()[QStringLiteral("bookmark")].toString();
}

// ---- The protocol -------------------------------------------------------------------------------

void TestEmulatorImport::importRoundTrip()
{
    // Semicolons inside strings, comments and a trigger body; a statement without a final ';'.
    const QByteArray sql = "PRAGMA defer_foreign_keys = on;\n"
                           "-- a comment; with a semicolon and a quote '\n"
                           "INSERT INTO parent VALUES (2, 'two; still two');\n"
                           "/* block; comment */ INSERT INTO child VALUES (1, 2, 'it''s; fine');\n"
                           "CREATE TABLE log(msg TEXT);\n"
                           "CREATE TRIGGER child_log AFTER INSERT ON child BEGIN INSERT INTO log VALUES ('added; ' || new.id); END;\n"
                           "INSERT INTO child VALUES (2, 1, 'x');\n"
                           "INSERT INTO child VALUES (3, 1, 'no semicolon at the end')";
    const QString before = bookmark(QStringLiteral("target"));
    QStringList messages;
    const QJsonObject done = importSql(QStringLiteral("target"), sql, &messages);
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("complete"));
    QCOMPARE(done[QStringLiteral("type")].toString(), QStringLiteral("import"));
    QCOMPARE(done[QStringLiteral("success")].toBool(), true);
    QCOMPARE(done[QStringLiteral("at_bookmark")].toString(), before);
    const QJsonObject result = done[QStringLiteral("result")].toObject();
    QCOMPARE(result[QStringLiteral("num_queries")].toInt(), 7);
    const QString finalBookmark = result[QStringLiteral("final_bookmark")].toString();
    QVERIFY(finalBookmark > before); // strictly increasing
    QCOMPARE(bookmark(QStringLiteral("target")), finalBookmark);
    const QJsonObject meta = result[QStringLiteral("meta")].toObject();
    QCOMPARE(meta[QStringLiteral("rows_written")].toInt(), 6); // 4 inserted rows + 2 by the trigger
    QCOMPARE(meta[QStringLiteral("size_after")].toInteger(), QFileInfo(m_target).size());
    QVERIFY(meta.contains(QStringLiteral("duration")) && meta.contains(QStringLiteral("rows_read")));
    QVERIFY2(!messages.isEmpty(), "the import says what it does");

    QCOMPARE(rows(m_target, "SELECT * FROM parent ORDER BY id"), (QByteArrayList{"1|first", "2|two; still two"}));
    QCOMPARE(rows(m_target, "SELECT * FROM child ORDER BY id"),
             (QByteArrayList{"1|2|it's; fine", "2|1|x", "3|1|no semicolon at the end"}));
    QCOMPARE(rows(m_target, "SELECT * FROM log ORDER BY msg"), (QByteArrayList{"added; 2", "added; 3"}));
    // And the API sees the new state.
    const Reply q = post(dbPath(QStringLiteral("target"), QStringLiteral("/query")),
                         {{QStringLiteral("sql"), QStringLiteral("SELECT count(*) AS n FROM child")}});
    QCOMPARE(q.json()[QStringLiteral("result")][0][QStringLiteral("results")][0][QStringLiteral("n")].toInt(), 3);
    // A finished task answers its poll again with the same result.
    const QJsonObject again = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("poll")},
                                                                    {QStringLiteral("current_bookmark"), before}})
                                  .result();
    QCOMPARE(again[QStringLiteral("status")].toString(), QStringLiteral("complete"));
}

void TestEmulatorImport::heldEtagStartsAtOnce()
{
    const QByteArray sql = "INSERT INTO parent VALUES (5, 'five');";
    const QString etag = QString::fromLatin1(md5Hex(sql));
    const QJsonObject init = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                                   {QStringLiteral("etag"), etag}})
                                 .result();
    QVERIFY(init.contains(QStringLiteral("upload_url")));
    QCOMPARE(send("PUT", QUrl(init[QStringLiteral("upload_url")].toString()), sql, {}).status, 200);

    // The same file again: no upload URL, the polling answer of an import that has started.
    const Reply second = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                               {QStringLiteral("etag"), etag.toUpper()}});
    QCOMPARE(second.status, 200);
    QVERIFY(!second.result().contains(QStringLiteral("upload_url")));
    QCOMPARE(second.result()[QStringLiteral("type")].toString(), QStringLiteral("import"));
    const QJsonObject done = pollUntilDone(QStringLiteral("target"), second.result());
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("complete"));
    QCOMPARE(rows(m_target, "SELECT name FROM parent WHERE id = 5"), QByteArrayList{"five"});
    // An etag never uploaded gets an upload URL.
    QVERIFY(importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                  {QStringLiteral("etag"), QString(32, u'0')}})
                .result()
                .contains(QStringLiteral("upload_url")));
}

// ---- D1's rules ---------------------------------------------------------------------------------

void TestEmulatorImport::statementLimit()
{
    const QByteArray before = fileBytes(m_target);
    const auto insertOfBytes = [](int id, qsizetype bytes) {
        QByteArray s = "INSERT INTO parent VALUES (" + QByteArray::number(id) + ", '";
        const QByteArray end = "');";
        s += QByteArray(bytes - s.size() - end.size(), 'x') + end;
        return s;
    };
    // 100,000 bytes: accepted; one more: refused, with everything before it undone.
    QByteArray fits = insertOfBytes(10, 100000);
    QCOMPARE(fits.size(), 100000);
    QCOMPARE(importSql(QStringLiteral("target"), fits)[QStringLiteral("status")].toString(), QStringLiteral("complete"));
    const QByteArray afterFirst = fileBytes(m_target);
    QVERIFY(afterFirst != before);

    const QByteArray tooLong = "INSERT INTO parent VALUES (11, 'small');\n" + insertOfBytes(12, 100001) + "\n";
    const QJsonObject refused = importSql(QStringLiteral("target"), tooLong);
    QCOMPARE(refused[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY2(refused[QStringLiteral("error")].toString().contains(u"statement too long: SQLITE_TOOBIG"),
             qPrintable(refused[QStringLiteral("error")].toString()));
    QVERIFY2(refused[QStringLiteral("error")].toString().contains(u"Statement 2"),
             qPrintable(refused[QStringLiteral("error")].toString()));
    QCOMPARE(fileBytes(m_target), afterFirst);
    QCOMPARE(rows(m_target, "SELECT count(*) FROM parent WHERE id IN (11, 12)"), QByteArrayList{"0"});
}

void TestEmulatorImport::transactionsRefused_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::newRow("BEGIN") << QByteArray("BEGIN TRANSACTION;");
    QTest::newRow("COMMIT") << QByteArray("COMMIT;");
    QTest::newRow("ROLLBACK") << QByteArray("ROLLBACK;");
    QTest::newRow("SAVEPOINT") << QByteArray("SAVEPOINT s1;");
    QTest::newRow("RELEASE") << QByteArray("RELEASE s1;");
}

void TestEmulatorImport::transactionsRefused()
{
    QFETCH(QByteArray, statement);
    const QByteArray before = fileBytes(m_target);
    const QJsonObject done =
        importSql(QStringLiteral("target"), "INSERT INTO parent VALUES (7, 'seven');\n" + statement + "\nINSERT INTO parent VALUES (8, 'eight');");
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("error"));
    const QString error = done[QStringLiteral("error")].toString();
    QVERIFY2(error.startsWith(u"Statement 2 failed:") && error.contains(u"SQL BEGIN TRANSACTION or SAVEPOINT statements")
                 && error.endsWith(u"SQLITE_AUTH"),
             qPrintable(error));
    QCOMPARE(fileBytes(m_target), before);
}

void TestEmulatorImport::cfTablesRefused_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("create") << QByteArray("CREATE TABLE _cf_KV(key TEXT PRIMARY KEY, value BLOB);");
    QTest::newRow("create, upper case") << QByteArray("CREATE TABLE \"_CF_METADATA\"(key TEXT);");
    QTest::newRow("insert") << QByteArray("INSERT INTO _cf_existing VALUES (1);");
    QTest::newRow("delete") << QByteArray("DELETE FROM _cf_existing;");
    QTest::newRow("index") << QByteArray("CREATE INDEX i ON _cf_existing(x);");
}

void TestEmulatorImport::cfTablesRefused()
{
    QFETCH(QByteArray, sql);
    QVERIFY(makeDatabase(m_target + QStringLiteral(".cf"), kSchema + "CREATE TABLE _cf_existing(x);"));
    QVERIFY(QFile::remove(m_target));
    QVERIFY(QFile::rename(m_target + QStringLiteral(".cf"), m_target));
    const QByteArray before = fileBytes(m_target);
    const QJsonObject done = importSql(QStringLiteral("target"), "INSERT INTO parent VALUES (3, 'three');\n" + sql);
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY2(done[QStringLiteral("error")].toString().endsWith(u"SQLITE_AUTH"), qPrintable(done[QStringLiteral("error")].toString()));
    QVERIFY2(done[QStringLiteral("error")].toString().contains(u"_cf_", Qt::CaseInsensitive),
             qPrintable(done[QStringLiteral("error")].toString()));
    QCOMPARE(fileBytes(m_target), before);
}

void TestEmulatorImport::foreignKeys()
{
    // A child row before its parent: refused, as D1 has foreign keys on ...
    const QByteArray rows = "INSERT INTO child VALUES (1, 9, 'orphan for now');\nINSERT INTO parent VALUES (9, 'late parent');";
    const QByteArray before = fileBytes(m_target);
    const QJsonObject refused = importSql(QStringLiteral("target"), rows);
    QCOMPARE(refused[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY2(refused[QStringLiteral("error")].toString().contains(u"FOREIGN KEY constraint failed"),
             qPrintable(refused[QStringLiteral("error")].toString()));
    QCOMPARE(fileBytes(m_target), before);

    // ... but deferred, the order is fixed by the end of the file.
    const QJsonObject deferred = importSql(QStringLiteral("target"), "PRAGMA defer_foreign_keys = on;\n" + rows);
    QCOMPARE(deferred[QStringLiteral("status")].toString(), QStringLiteral("complete"));
    QCOMPARE(::rows(m_target, "SELECT parent_id, note FROM child"), QByteArrayList{"9|orphan for now"});

    // Deferred and never fixed: the end of the import refuses it.
    const QByteArray afterDeferred = fileBytes(m_target);
    const QJsonObject never =
        importSql(QStringLiteral("target"), "PRAGMA defer_foreign_keys = on;\nINSERT INTO child VALUES (2, 77, 'x');");
    QCOMPARE(never[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY(never[QStringLiteral("error")].toString().contains(u"FOREIGN KEY constraint failed"));
    QCOMPARE(fileBytes(m_target), afterDeferred);
}

void TestEmulatorImport::sqlErrorLeavesDatabase()
{
    const QByteArray before = fileBytes(m_target);
    const QString bookmarkBefore = bookmark(QStringLiteral("target"));
    const QJsonObject done = importSql(QStringLiteral("target"),
                                       "CREATE TABLE extra(x);\nINSERT INTO extra VALUES (1);\nINSERT INTO nowhere VALUES (1);");
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QCOMPARE(done[QStringLiteral("error")].toString(), QStringLiteral("Statement 3 failed: no such table: nowhere: SQLITE_ERROR"));
    QCOMPARE(fileBytes(m_target), before);
    QCOMPARE(bookmark(QStringLiteral("target")), bookmarkBefore);
    // No work copy left beside the database.
    QCOMPARE(QDir(m_dir.path()).entryList({QFileInfo(m_target).fileName() + QStringLiteral(".*")}), QStringList());
}

void TestEmulatorImport::busyWhileImporting()
{
    m_emu->setPollsBeforeComplete(1000000);
    m_emu->addDatabase(kAccount, QStringLiteral("other"), m_dir.filePath(QStringLiteral("other.sqlite")));
    QVERIFY(makeDatabase(m_dir.filePath(QStringLiteral("other.sqlite")), kSchema));
    const QByteArray sql = "INSERT INTO parent VALUES (4, 'four');";
    const QString etag = QString::fromLatin1(md5Hex(sql));
    const QJsonObject init = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                                   {QStringLiteral("etag"), etag}})
                                 .result();
    QCOMPARE(send("PUT", QUrl(init[QStringLiteral("upload_url")].toString()), sql, {}).status, 200);
    const QJsonObject started = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("ingest")},
                                                                      {QStringLiteral("etag"), etag},
                                                                      {QStringLiteral("filename"), init[QStringLiteral("filename")]}})
                                    .result();
    QCOMPARE(started[QStringLiteral("status")].toString(), QStringLiteral("active"));
    const QString busy = QStringLiteral("Currently processing a long-running import");

    for (const QString &route : {QStringLiteral("/query"), QStringLiteral("/raw")}) {
        const Reply q = post(dbPath(QStringLiteral("target"), route), {{QStringLiteral("sql"), QStringLiteral("SELECT 1")}});
        QCOMPARE(q.status, 503);
        QCOMPARE(q.errorCode(), 7500);
        QCOMPARE(q.errorMessage(), busy);
    }
    const Reply exportStart = post(dbPath(QStringLiteral("target"), QStringLiteral("/export")),
                                   {{QStringLiteral("output_format"), QStringLiteral("polling")}});
    QCOMPARE(exportStart.result()[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QCOMPARE(exportStart.result()[QStringLiteral("error")].toString(), busy);
    const Reply second = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                               {QStringLiteral("etag"), QString(32, u'1')}});
    QCOMPARE(second.status, 503);
    QCOMPARE(second.errorCode(), 7500);
    QCOMPARE(second.errorMessage(), busy);
    const Reply restore = send("POST", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/restore?bookmark=x"))));
    QCOMPARE(restore.errorCode(), 7500);
    const Reply remove = send("DELETE", api(dbPath(QStringLiteral("target"))));
    QCOMPARE(remove.errorCode(), 7500);
    // The other database is not held.
    QCOMPARE(post(dbPath(QStringLiteral("other"), QStringLiteral("/query")), {{QStringLiteral("sql"), QStringLiteral("SELECT 1")}}).status,
             200);
    // Polls go on answering "active" (and a poll is no write, so it is never refused).
    const QJsonObject polled = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("poll")},
                                                                     {QStringLiteral("current_bookmark"), started[QStringLiteral("at_bookmark")]}})
                                   .result();
    QCOMPARE(polled[QStringLiteral("status")].toString(), QStringLiteral("active"));
    // The import itself has run meanwhile (the long poll waited for it): the rows are in.
    QCOMPARE(rows(m_target, "SELECT name FROM parent WHERE id = 4"), QByteArrayList{"four"});
}

void TestEmulatorImport::importErrorFault()
{
    FaultSpec failure{Step::Import, Fault::ImportError};
    failure.afterStatements = 2;
    failure.message = QStringLiteral("D1_ERROR: the ingest broke down");
    m_emu->addFault(failure);
    const QByteArray before = fileBytes(m_target);
    const QJsonObject done = importSql(QStringLiteral("target"),
                                       "INSERT INTO parent VALUES (20, 'a');\nINSERT INTO parent VALUES (21, 'b');\n"
                                       "INSERT INTO parent VALUES (22, 'c');");
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QCOMPARE(done[QStringLiteral("error")].toString(), QStringLiteral("D1_ERROR: the ingest broke down"));
    QCOMPARE(fileBytes(m_target), before);
    // Consumed by the ingest: the next import goes through.
    QCOMPARE(importSql(QStringLiteral("target"), "INSERT INTO parent VALUES (23, 'd');")[QStringLiteral("status")].toString(),
             QStringLiteral("complete"));
}

// ---- Uploads ------------------------------------------------------------------------------------

void TestEmulatorImport::uploadFaults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("bodyMustContain");
    QTest::newRow("expired url") << int(Fault::ExpiredUrl) << 403 << QByteArray("<Message>Request has expired</Message>");
    QTest::newRow("500") << int(Fault::Http500) << 500 << QByteArray("<Code>InternalError</Code>");
    QTest::newRow("429") << int(Fault::RateLimited) << 429 << QByteArray("<Code>SlowDown</Code>");
}

void TestEmulatorImport::uploadFaults()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, bodyMustContain);
    const QByteArray sql = "INSERT INTO parent VALUES (30, 'thirty');";
    const QString etag = QString::fromLatin1(md5Hex(sql));
    const QJsonObject init = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                                   {QStringLiteral("etag"), etag}})
                                 .result();
    FaultSpec spec{Step::Upload, Fault(fault)};
    spec.retryAfterSeconds = 2;
    m_emu->addFault(spec);
    const QUrl url(init[QStringLiteral("upload_url")].toString());
    const Reply failed = send("PUT", url, sql, {});
    QCOMPARE(failed.status, status);
    QVERIFY2(failed.body.contains(bodyMustContain), failed.body.constData());
    if (Fault(fault) == Fault::RateLimited)
        QCOMPARE(failed.headers.value("retry-after"), QByteArray("2"));
    // Nothing is held from the failed PUT: ingest finds no file ...
    const QJsonObject early = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("ingest")},
                                                                    {QStringLiteral("etag"), etag},
                                                                    {QStringLiteral("filename"), init[QStringLiteral("filename")]}})
                                  .result();
    QCOMPARE(early[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY(early[QStringLiteral("error")].toString().contains(u"upload it"));
    // ... and the retried PUT to the same URL works.
    const Reply retried = send("PUT", url, sql, {});
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.headers.value("etag"), '"' + etag.toLatin1() + '"');
    QCOMPARE(m_emu->requests().last().method, QByteArray("PUT"));

    // A URL past its lifetime is refused the same way, without any fault.
    m_emu->setSignedUrlLifetimeMs(-1);
    const QJsonObject stale = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                                    {QStringLiteral("etag"), QString(32, u'2')}})
                                  .result();
    const Reply expired = send("PUT", QUrl(stale[QStringLiteral("upload_url")].toString()), sql, {});
    QCOMPARE(expired.status, 403);
    QVERIFY(expired.body.contains("Request has expired"));
}

void TestEmulatorImport::wrongEtag()
{
    const QByteArray sql = "INSERT INTO parent VALUES (40, 'forty');";
    const QByteArray etag = md5Hex(sql);
    const QJsonObject init = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                                   {QStringLiteral("etag"), QString::fromLatin1(etag)}})
                                 .result();
    m_emu->addFault({Step::Upload, Fault::WrongEtag});
    const Reply put = send("PUT", QUrl(init[QStringLiteral("upload_url")].toString()), sql, {});
    QCOMPARE(put.status, 200);
    const QByteArray answered = put.headers.value("etag");
    QCOMPARE(answered.size(), 34);
    QVERIFY(answered != '"' + etag + '"');
    // Only the answer was wrong: the file arrived whole and imports.
    const QJsonObject done = pollUntilDone(
        QStringLiteral("target"),
        importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("ingest")},
                                              {QStringLiteral("etag"), QString::fromLatin1(etag)},
                                              {QStringLiteral("filename"), init[QStringLiteral("filename")]}})
            .result());
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("complete"));
    // An ingest naming another etag than the file's is refused.
    const QJsonObject mismatch = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("ingest")},
                                                                       {QStringLiteral("etag"), QString(32, u'3')},
                                                                       {QStringLiteral("filename"), init[QStringLiteral("filename")]}})
                                     .result();
    QCOMPARE(mismatch[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY(mismatch[QStringLiteral("error")].toString().contains(u"does not match"));
}

void TestEmulatorImport::cutUploadLeavesNothing()
{
    const QByteArray sql = "INSERT INTO parent VALUES (50, '" + QByteArray(300000, 'y') + "');";
    const QString etag = QString::fromLatin1(md5Hex(sql));
    const QJsonObject init = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                                   {QStringLiteral("etag"), etag}})
                                 .result();
    FaultSpec cut{Step::Upload, Fault::CutConnection};
    cut.cutAfterBytes = 64 * 1024;
    cut.times = 3; // Qt's client silently sends a request again after a connection it saw cut
    m_emu->addFault(cut);
    const QUrl url(init[QStringLiteral("upload_url")].toString());
    const Reply broken = send("PUT", url, sql, {});
    QVERIFY2(broken.error != QNetworkReply::NoError, qPrintable(QString::number(broken.status)));
    QCOMPARE(broken.status, 0);
    m_emu->clearFaults();
    // No partial file held or left in the upload directory.
    const QString uploads = m_dir.filePath(QStringLiteral("emulator-cutUploadLeavesNothing/uploads"));
    QTRY_COMPARE(QDir(uploads).entryList(QDir::Files), QStringList());
    const Reply retried = send("PUT", url, sql, {});
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.headers.value("etag"), '"' + etag.toLatin1() + '"');
    QCOMPARE(QDir(uploads).entryList(QDir::Files).size(), 1);
}

void TestEmulatorImport::uploadCredentialsRecorded()
{
    const QByteArray sql = "INSERT INTO parent VALUES (60, 'sixty');";
    const QString etag = QString::fromLatin1(md5Hex(sql));
    const QJsonObject init = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                                   {QStringLiteral("etag"), etag}})
                                 .result();
    m_emu->clearRequests();
    // The emulator neither needs credentials on the PUT nor refuses them; it records what came.
    const Reply put = send("PUT", QUrl(init[QStringLiteral("upload_url")].toString()), sql,
                           {{"Authorization", kAuth}, {"X-Auth-Key", "k"}});
    QCOMPARE(put.status, 200);
    const QList<RecordedRequest> seen = m_emu->requests();
    QCOMPARE(seen.size(), 1);
    QVERIFY(seen.at(0).toDownloadListener);
    QCOMPARE(seen.at(0).method, QByteArray("PUT"));
    QCOMPARE(seen.at(0).headers.value("authorization"), kAuth);
    QCOMPARE(seen.at(0).headers.value("x-auth-key"), QByteArray("k"));
    QCOMPARE(seen.at(0).headers.value("content-length"), QByteArray::number(sql.size()));
}

// ---- Create, delete, Time Travel, permissions ---------------------------------------------------

void TestEmulatorImport::createAndDelete()
{
    const Reply created = post(QStringLiteral("/accounts/%1/d1/database").arg(kAccount), {{QStringLiteral("name"), QStringLiteral("fresh")}});
    QCOMPARE(created.status, 200);
    const QJsonObject db = created.result();
    const QString uuid = db[QStringLiteral("uuid")].toString();
    QVERIFY(!QUuid::fromString(uuid).isNull());
    QCOMPARE(db[QStringLiteral("name")].toString(), QStringLiteral("fresh"));
    QCOMPARE(db[QStringLiteral("version")].toString(), QStringLiteral("production"));
    QCOMPARE(db[QStringLiteral("num_tables")].toInt(), 0);
    QVERIFY(db[QStringLiteral("file_size")].toInteger() > 0);
    QVERIFY(QDateTime::fromString(db[QStringLiteral("created_at")].toString(), Qt::ISODateWithMs).isValid());

    // Listed, found by id and by name, and importable.
    const Reply list = send("GET", api(QStringLiteral("/accounts/%1/d1/database?name=fresh").arg(kAccount)));
    QCOMPARE(list.json()[QStringLiteral("result")].toArray().size(), 1);
    QCOMPARE(send("GET", api(dbPath(uuid))).result()[QStringLiteral("name")].toString(), QStringLiteral("fresh"));
    QCOMPARE(importSql(uuid, "CREATE TABLE t(x);\nINSERT INTO t VALUES (1), (2);")[QStringLiteral("status")].toString(),
             QStringLiteral("complete"));
    QCOMPARE(send("GET", api(dbPath(QStringLiteral("fresh")))).result()[QStringLiteral("num_tables")].toInt(), 1);

    // A name in use.
    const Reply clash = post(QStringLiteral("/accounts/%1/d1/database").arg(kAccount), {{QStringLiteral("name"), QStringLiteral("target")}});
    QCOMPARE(clash.status, 400);
    QCOMPARE(clash.errorCode(), 7502);
    QCOMPARE(clash.errorMessage(), QStringLiteral("A database with that name already exists"));
    QCOMPARE(post(QStringLiteral("/accounts/%1/d1/database").arg(kAccount), {{QStringLiteral("name"), QString()}}).status, 400);

    // Deleted: gone from the list, its file removed; the name is free again.
    const QStringList files = QDir(m_dir.filePath(QStringLiteral("emulator-createAndDelete/databases"))).entryList(QDir::Files);
    QCOMPARE(files, QStringList{uuid + QStringLiteral(".sqlite")});
    const Reply removed = send("DELETE", api(dbPath(uuid)));
    QCOMPARE(removed.status, 200);
    QVERIFY(removed.json()[QStringLiteral("result")].isNull());
    QCOMPARE(send("GET", api(dbPath(uuid))).errorCode(), 7404);
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("emulator-createAndDelete/databases"))).entryList(QDir::Files), QStringList());
    QCOMPARE(post(QStringLiteral("/accounts/%1/d1/database").arg(kAccount), {{QStringLiteral("name"), QStringLiteral("fresh")}}).status, 200);
    // A database the emulator was given (not created) is forgotten, its file kept.
    QCOMPARE(send("DELETE", api(dbPath(QStringLiteral("target")))).status, 200);
    QVERIFY(QFileInfo::exists(m_target));
}

void TestEmulatorImport::timeTravel()
{
    const QByteArray original = fileBytes(m_target);
    const QString before = bookmark(QStringLiteral("target"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$")).match(before).hasMatch(),
             qPrintable(before));
    QCOMPARE(bookmark(QStringLiteral("target")), before); // stable while nothing changes

    const QJsonObject done = importSql(QStringLiteral("target"), "INSERT INTO parent VALUES (70, 'seventy');");
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("complete"));
    const QString imported = done[QStringLiteral("result")][QStringLiteral("final_bookmark")].toString();
    const QByteArray afterImport = fileBytes(m_target);
    QVERIFY(afterImport != original);

    // Back to before the import: the very bytes, in place.
    const Reply restored = send("POST", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/restore?bookmark=") + before)));
    QCOMPARE(restored.status, 200);
    const QJsonObject r = restored.result();
    QCOMPARE(r[QStringLiteral("previous_bookmark")].toString(), imported);
    const QString afterRestore = r[QStringLiteral("bookmark")].toString();
    QVERIFY(afterRestore > imported);
    QVERIFY(r[QStringLiteral("message")].toString().contains(before));
    QCOMPARE(fileBytes(m_target), original);
    QCOMPARE(rows(m_target, "SELECT count(*) FROM parent WHERE id = 70"), QByteArrayList{"0"});
    QCOMPARE(bookmark(QStringLiteral("target")), afterRestore);

    // previous_bookmark undoes the restore.
    const Reply undone = send("POST", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/restore?bookmark=") + imported)));
    QCOMPARE(undone.status, 200);
    QCOMPARE(undone.result()[QStringLiteral("previous_bookmark")].toString(), afterRestore);
    QCOMPARE(fileBytes(m_target), afterImport);
    QCOMPARE(rows(m_target, "SELECT name FROM parent WHERE id = 70"), QByteArrayList{"seventy"});

    // A timestamp maps to the bookmark current then: now → the current one; long ago → the first.
    const QString now = QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODate);
    QCOMPARE(send("GET", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/bookmark?timestamp=") + now)))
                 .result()[QStringLiteral("bookmark")].toString(),
             bookmark(QStringLiteral("target")));
    QCOMPARE(send("GET", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/bookmark?timestamp=2020-01-01T00:00:00Z"))))
                 .result()[QStringLiteral("bookmark")].toString(),
             before);
}

void TestEmulatorImport::timeTravelRefusals()
{
    const QByteArray original = fileBytes(m_target);
    const Reply unknown = send("POST", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/restore?bookmark=00000001-00000000-00000001-deadbeef"))));
    QCOMPARE(unknown.status, 400);
    QVERIFY2(unknown.errorMessage().contains(u"00000001-00000000-00000001-deadbeef"), qPrintable(unknown.errorMessage()));
    QCOMPARE(send("POST", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/restore")))).status, 400);
    QCOMPARE(send("GET", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/bookmark?timestamp=yesterday")))).status, 400);
    QCOMPARE(fileBytes(m_target), original);
    // Another database's bookmark is not this one's.
    QVERIFY(makeDatabase(m_dir.filePath(QStringLiteral("second.sqlite")), kSchema));
    m_emu->addDatabase(kAccount, QStringLiteral("second"), m_dir.filePath(QStringLiteral("second.sqlite")));
    const QString foreign = bookmark(QStringLiteral("second"));
    QCOMPARE(send("POST", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/restore?bookmark=") + foreign))).status, 400);
}

void TestEmulatorImport::readOnlyToken()
{
    m_emu->addApiToken(QStringLiteral("read-only"), TokenStatus::Active, true, true, false);
    const QList<QPair<QByteArray, QByteArray>> ro{{"Authorization", "Bearer read-only"}};
    const auto refused = [](const Reply &r) { return r.status == 403 && r.errorCode() == 10000; };
    const QByteArray before = fileBytes(m_target);
    const QString b = bookmark(QStringLiteral("target"));
    const QString import = api(dbPath(QStringLiteral("target"), QStringLiteral("/import"))).toString();

    QVERIFY(refused(send("POST", QUrl(import), R"({"action":"init","etag":"0123456789abcdef0123456789abcdef"})", ro)));
    QVERIFY(refused(send("POST", QUrl(import), R"({"action":"ingest","etag":"0123456789abcdef0123456789abcdef","filename":"x"})", ro)));
    QVERIFY(refused(send("POST", api(QStringLiteral("/accounts/%1/d1/database").arg(kAccount)), R"({"name":"new"})", ro)));
    QVERIFY(refused(send("DELETE", api(dbPath(QStringLiteral("target"))), {}, ro)));
    QVERIFY(refused(send("POST", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/restore?bookmark=") + b)), {}, ro)));
    // Reads as before.
    QCOMPARE(send("GET", api(dbPath(QStringLiteral("target"))), {}, ro).status, 200);
    QCOMPARE(send("GET", api(dbPath(QStringLiteral("target"), QStringLiteral("/time_travel/bookmark"))), {}, ro).status, 200);
    QCOMPARE(send("POST", api(dbPath(QStringLiteral("target"), QStringLiteral("/query"))), R"({"sql":"SELECT 1"})", ro).status, 200);
    QCOMPARE(send("GET", api(QStringLiteral("/accounts/%1/d1/database").arg(kAccount)), {}, ro)
                 .json()[QStringLiteral("result")].toArray().size(),
             1);
    QCOMPARE(fileBytes(m_target), before);
}

void TestEmulatorImport::largeUploadStreams()
{
    // 50 MB of SQL, written to disk and sent from the file: the emulator's listener must hold only
    // a small, fixed amount of it in memory at any time.
    const QString path = m_dir.filePath(QStringLiteral("large.sql"));
    QCryptographicHash md5(QCryptographicHash::Md5);
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray line = "INSERT INTO parent(name) VALUES ('" + QByteArray(1000, 'z') + "');\n";
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += line;
        while (out.size() < 50 * 1000 * 1000) {
            QCOMPARE(out.write(block), block.size());
            md5.addData(block);
        }
    }
    const QByteArray etag = md5.result().toHex();
    const qint64 size = QFileInfo(path).size();
    const QJsonObject init = importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("init")},
                                                                   {QStringLiteral("etag"), QString::fromLatin1(etag)}})
                                 .result();
    QFile body(path);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QNetworkRequest request(QUrl(init[QStringLiteral("upload_url")].toString()));
    request.setHeader(QNetworkRequest::ContentLengthHeader, size);
    QNetworkReply *reply = m_nam->put(request, &body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(120000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("ETag"), '"' + etag + '"');
    reply->deleteLater();

    const QStringList held = QDir(m_dir.filePath(QStringLiteral("emulator-largeUploadStreams/uploads"))).entryList(QDir::Files);
    QCOMPARE(held.size(), 1);
    QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("emulator-largeUploadStreams/uploads/") + held.at(0))).size(), size);
    const qint64 peak = m_emu->peakUploadBufferedBytes();
    QVERIFY2(peak > 0 && peak <= 2 * 1024 * 1024, qPrintable(QString::number(peak)));

    // The ingest reads it a piece at a time too.
    const QJsonObject done = pollUntilDone(
        QStringLiteral("target"),
        importCall(QStringLiteral("target"), {{QStringLiteral("action"), QStringLiteral("ingest")},
                                              {QStringLiteral("etag"), QString::fromLatin1(etag)},
                                              {QStringLiteral("filename"), init[QStringLiteral("filename")]}})
            .result());
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("complete"));
    const qint64 statements = size / 1038; // every line is 1038 bytes
    QCOMPARE(done[QStringLiteral("result")][QStringLiteral("num_queries")].toInteger(), statements);
    QCOMPARE(rows(m_target, "SELECT count(*) FROM parent"), QByteArrayList{QByteArray::number(statements + 1)});
    const qint64 ingestPeak = m_emu->peakIngestBufferedBytes();
    QVERIFY2(ingestPeak > 0 && ingestPeak <= 4 * 1024 * 1024, qPrintable(QString::number(ingestPeak)));
}

QTEST_MAIN(TestEmulatorImport)
#include "tst_emulatorimport.moc"
