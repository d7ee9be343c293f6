// Tests of the D1 API emulator, through a real HTTP client (QNetworkAccessManager): the API shapes,
// authentication, pagination, queries, the polling export end to end (a downloaded dump must rebuild
// the database exactly), the object store (expiry, ranges) and every fault kind.
#include "CloudflareEmulator.h"
#include "DumpWriter.h"
#include "SampleDatabase.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <memory>

using namespace emu;

namespace {

const QString kAccount = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("test-token");

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-cased names
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonValue result() const { return json().value(QStringLiteral("result")); }
    int errorCode() const
    {
        return json().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toInt();
    }
};

// ---- SQLite helpers -----------------------------------------------------------------------------

struct Db {
    sqlite3 *handle = nullptr;
    explicit Db(const QString &path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    }
    ~Db() { sqlite3_close(handle); }
    QString exec(const QByteArray &sql) const
    {
        char *message = nullptr;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString error = QString::fromUtf8(message);
        sqlite3_free(message);
        return error.isEmpty() ? QStringLiteral("error") : error;
    }
    QList<QStringList> rows(const QByteArray &sql) const
    {
        QList<QStringList> out;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return {{QStringLiteral("prepare failed: ") + QString::fromUtf8(sqlite3_errmsg(handle))}};
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                row.append(typedCell(stmt, c));
            out.append(row);
        }
        sqlite3_finalize(stmt);
        return out;
    }
    // Type and exact value: REALs by their bits, so any precision loss shows.
    static QString typedCell(sqlite3_stmt *stmt, int c)
    {
        switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER: return QStringLiteral("i:") + QString::number(sqlite3_column_int64(stmt, c));
        case SQLITE_FLOAT: {
            const double d = sqlite3_column_double(stmt, c);
            return QStringLiteral("r:") + QString::number(d, 'g', 17) + u'/'
                   + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(&d), 8).toHex());
        }
        case SQLITE_TEXT:
            return QStringLiteral("t:") + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                                            sqlite3_column_bytes(stmt, c));
        case SQLITE_BLOB:
            return QStringLiteral("b:") + QString::fromLatin1(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)),
                                                                         sqlite3_column_bytes(stmt, c)).toHex());
        default: return QStringLiteral("null");
        }
    }
};

QByteArray quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(u'"', QStringLiteral("\"\""));
    return '"' + q.toUtf8() + '"';
}

// Every table a dump should carry, with its rows (sorted: WITHOUT ROWID tables have no rowid order).
QMap<QString, QList<QStringList>> contents(const QString &path)
{
    Db db(path, SQLITE_OPEN_READONLY);
    QMap<QString, QList<QStringList>> out;
    const auto tables = db.rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' "
                                "ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL%'");
    for (const QStringList &table : tables) {
        const QString name = table.at(0).mid(2);
        QList<QStringList> rows = db.rows("SELECT * FROM " + quoted(name));
        std::sort(rows.begin(), rows.end());
        out.insert(name, rows);
    }
    return out;
}

QList<QStringList> schema(const QString &path)
{
    return Db(path, SQLITE_OPEN_READONLY)
        .rows("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE '\\_cf\\_%' ESCAPE '\\' "
              "ORDER BY name");
}

// Loads a dump the way D1 would: foreign keys on, one transaction.
QString importDump(const QByteArray &dump, const QString &path)
{
    QFile::remove(path);
    Db db(path);
    QString error = db.exec("PRAGMA foreign_keys=ON; BEGIN;");
    if (error.isEmpty())
        error = db.exec(dump);
    if (error.isEmpty())
        error = db.exec("COMMIT;");
    if (error.isEmpty() && !db.rows("PRAGMA foreign_key_check").isEmpty())
        error = QStringLiteral("foreign key violations after import");
    return error;
}

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void verifyToken();
    void verifyInactiveTokens();
    void authFailures_data();
    void authFailures();
    void accountsPagination();
    void membershipsAndRestrictedTokens();
    void databasesPagination();
    void databaseLookup();
    void query();
    void rawQuery();
    void queryRefusesWrites();

    void exportRoundTrip();
    void exportPollsAndMessages();
    void exportOptions_data();
    void exportOptions();
    void virtualTablesRefused();
    void busyWhileExporting();
    void abandonedExportCancelled();
    void unknownBookmark();
    void signedUrls();
    void rangeRequests();
    void pacedDownload();

    void faults_data();
    void faults();
    void faultTimesAndSteps();
    void noAnswer();
    void slowBody();
    void cutDownload_data();
    void cutDownload();
    void requestsRecorded();
    void rawHttp_data();
    void rawHttp();

    void realFormatting_data();
    void realFormatting();
    void dumpFormatDetails();
    void plainSampleSize();

private:
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {{"Authorization", "Bearer test-token"}},
               int timeoutMs = 0);
    Reply get(const QString &path) { return send("GET", api(path)); }
    Reply post(const QString &path, const QJsonObject &body) { return send("POST", api(path), QJsonDocument(body).toJson()); }
    QUrl api(const QString &path) const;
    QString exportPath(const QString &db) const;
    QJsonObject startExport(const QString &db, const QJsonObject &options = {}, int *httpStatus = nullptr);
    QJsonObject poll(const QString &db, const QString &bookmark, int *httpStatus = nullptr);
    QJsonObject exportUntilDone(const QString &db, const QJsonObject &options = {}, int *activePolls = nullptr);
    QByteArray exportAndDownload(const QString &db, const QJsonObject &options = {});

    QTemporaryDir m_dir;
    QString m_awkward;
    QString m_vtable;
    QString m_plain;
    std::unique_ptr<CloudflareEmulator> m_emu;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_awkwardId;
};

// ---- Fixture ------------------------------------------------------------------------------------

void TestEmulator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_awkward = m_dir.filePath(QStringLiteral("awkward.sqlite"));
    m_vtable = m_dir.filePath(QStringLiteral("vtable.sqlite"));
    m_plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
    QString error;
    QVERIFY2(SampleDatabase::generate(m_awkward, {}, &error), qPrintable(error));
    QVERIFY2(SampleDatabase::generate(m_vtable, {SampleSpec::WithVirtualTable, 0, 1}, &error), qPrintable(error));
    QVERIFY2(SampleDatabase::generate(m_plain, {SampleSpec::Plain, 1024 * 1024, 3}, &error), qPrintable(error));
}

void TestEmulator::init()
{
    m_emu = std::make_unique<CloudflareEmulator>();
    // These tests check the emulator's plumbing value by value; D1's rounding is tested in tst_valuerepair.
    m_emu->setExactNumbers(true);
    QVERIFY(m_emu->listen());
    m_emu->addApiToken(kToken);
    m_emu->addAccount(kAccount, QStringLiteral("Test account"));
    m_awkwardId = m_emu->addDatabase(kAccount, QStringLiteral("awkward"), m_awkward);
    m_emu->addDatabase(kAccount, QStringLiteral("vtable"), m_vtable);
    m_emu->addDatabase(kAccount, QStringLiteral("plain"), m_plain);
    m_emu->setPollsBeforeComplete(0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void TestEmulator::cleanup()
{
    m_nam.reset();
    m_emu.reset();
}

Reply TestEmulator::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply r;
    r.elapsedMs = clock.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen())
        r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

QUrl TestEmulator::api(const QString &path) const
{
    const QString base = m_emu->apiBase().toString();
    return QUrl(base + path);
}

QString TestEmulator::exportPath(const QString &db) const
{
    return QStringLiteral("/accounts/%1/d1/database/%2/export").arg(kAccount, db);
}

QJsonObject TestEmulator::startExport(const QString &db, const QJsonObject &options, int *httpStatus)
{
    const Reply r = post(exportPath(db), {{QStringLiteral("output_format"), QStringLiteral("polling")},
                                          {QStringLiteral("dump_options"), options}});
    if (httpStatus)
        *httpStatus = r.status;
    return r.result().toObject();
}

QJsonObject TestEmulator::poll(const QString &db, const QString &bookmark, int *httpStatus)
{
    const Reply r = post(exportPath(db), {{QStringLiteral("output_format"), QStringLiteral("polling")},
                                          {QStringLiteral("current_bookmark"), bookmark}});
    if (httpStatus)
        *httpStatus = r.status;
    return r.result().toObject();
}

QJsonObject TestEmulator::exportUntilDone(const QString &db, const QJsonObject &options, int *activePolls)
{
    QJsonObject answer = startExport(db, options);
    const QString bookmark = answer.value(QStringLiteral("at_bookmark")).toString();
    int active = 0;
    // Polled back to back, as Cloudflare's CLI does; the bound only stops a broken emulator.
    for (int i = 0; i < 10000 && answer.value(QStringLiteral("status")).toString() == u"active"; ++i) {
        answer = poll(db, bookmark);
        active += answer.value(QStringLiteral("status")).toString() == u"active";
    }
    if (activePolls)
        *activePolls = active;
    return answer;
}

QByteArray TestEmulator::exportAndDownload(const QString &db, const QJsonObject &options)
{
    const QJsonObject done = exportUntilDone(db, options);
    if (done.value(QStringLiteral("status")).toString() != u"complete")
        return "not complete: " + QJsonDocument(done).toJson();
    const QUrl url(done[QStringLiteral("result")][QStringLiteral("signed_url")].toString());
    const Reply r = send("GET", url, {}, {});
    return r.status == 200 ? r.body : "download failed: " + QByteArray::number(r.status);
}

// ---- Discovery and auth -------------------------------------------------------------------------

void TestEmulator::verifyToken()
{
    for (const QString &path : {QStringLiteral("/user/tokens/verify"), QStringLiteral("/accounts/%1/tokens/verify").arg(kAccount)}) {
        const Reply r = get(path);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject envelope = r.json();
        QCOMPARE(envelope.value(QStringLiteral("success")), QJsonValue(true));
        QVERIFY(envelope.value(QStringLiteral("errors")).isArray());
        QVERIFY(envelope.value(QStringLiteral("messages")).isArray());
        QCOMPARE(r.result()[QStringLiteral("status")].toString(), QStringLiteral("active"));
        QVERIFY(!r.result()[QStringLiteral("id")].toString().isEmpty());
    }
}

void TestEmulator::verifyInactiveTokens()
{
    m_emu->addApiToken(QStringLiteral("old"), TokenStatus::Expired);
    m_emu->addApiToken(QStringLiteral("off"), TokenStatus::Disabled);
    const QList<QPair<QByteArray, QByteArray>> expired{{"Authorization", "Bearer old"}};
    const QList<QPair<QByteArray, QByteArray>> disabled{{"Authorization", "Bearer off"}};

    Reply r = send("GET", api(QStringLiteral("/user/tokens/verify")), {}, expired);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.result()[QStringLiteral("status")].toString(), QStringLiteral("expired"));
    r = send("GET", api(QStringLiteral("/user/tokens/verify")), {}, disabled);
    QCOMPARE(r.result()[QStringLiteral("status")].toString(), QStringLiteral("disabled"));

    r = send("GET", api(QStringLiteral("/accounts")), {}, expired);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), 1000);
    QCOMPARE(r.json().value(QStringLiteral("success")), QJsonValue(false));
}

void TestEmulator::authFailures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");

    const QString accounts = QStringLiteral("/accounts");
    const QString databases = QStringLiteral("/accounts/%1/d1/database").arg(kAccount);
    QTest::newRow("no credentials") << accounts << QByteArray() << QByteArray() << 400 << 9106;
    QTest::newRow("not bearer") << accounts << QByteArray("Authorization") << QByteArray("Basic abc") << 400 << 6003;
    QTest::newRow("empty bearer") << accounts << QByteArray("Authorization") << QByteArray("Bearer ") << 400 << 6003;
    QTest::newRow("unknown token") << accounts << QByteArray("Authorization") << QByteArray("Bearer nope") << 403 << 9109;
    QTest::newRow("unknown token, verify") << QStringLiteral("/user/tokens/verify") << QByteArray("Authorization")
                                           << QByteArray("Bearer nope") << 401 << 1000;
    QTest::newRow("wrong global key") << accounts << QByteArray("X-Auth-Key") << QByteArray("wrong") << 403 << 9103;
    QTest::newRow("right global key") << databases << QByteArray("X-Auth-Key") << QByteArray("global-key") << 200 << 0;
    QTest::newRow("token without D1") << databases << QByteArray("Authorization") << QByteArray("Bearer no-d1") << 403
                                      << 10000;
    QTest::newRow("token without D1, accounts") << accounts << QByteArray("Authorization") << QByteArray("Bearer no-d1")
                                                << 200 << 0;
}

void TestEmulator::authFailures()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(int, code);
    m_emu->addGlobalKey(QStringLiteral("me@example.com"), QStringLiteral("global-key"));
    m_emu->addApiToken(QStringLiteral("no-d1"), TokenStatus::Active, true, false);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append(qMakePair(header, value));
    if (header == "X-Auth-Key")
        headers.append(qMakePair(QByteArray("X-Auth-Email"), QByteArray("me@example.com")));
    const Reply r = send("GET", api(path), {}, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.json().value(QStringLiteral("success")).toBool(), code == 0);
}

void TestEmulator::accountsPagination()
{
    for (int i = 0; i < 44; ++i)
        m_emu->addAccount(QStringLiteral("%1").arg(i, 32, 10, QLatin1Char('0')), QStringLiteral("Account %1").arg(i));
    Reply r = get(QStringLiteral("/accounts"));
    QCOMPARE(r.result().toArray().size(), 20);
    QJsonObject info = r.json().value(QStringLiteral("result_info")).toObject();
    QCOMPARE(info.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(info.value(QStringLiteral("per_page")).toInt(), 20);
    QCOMPARE(info.value(QStringLiteral("count")).toInt(), 20);
    QCOMPARE(info.value(QStringLiteral("total_count")).toInt(), 45);
    QCOMPARE(info.value(QStringLiteral("total_pages")).toInt(), 3);

    r = get(QStringLiteral("/accounts?page=3&per_page=20"));
    QCOMPARE(r.result().toArray().size(), 5);
    QCOMPARE(r.result()[4][QStringLiteral("name")].toString(), QStringLiteral("Account 43"));
    r = get(QStringLiteral("/accounts?page=9"));
    QCOMPARE(r.result().toArray().size(), 0);
    QCOMPARE(r.json()[QStringLiteral("result_info")][QStringLiteral("count")].toInt(), 0);
}

void TestEmulator::membershipsAndRestrictedTokens()
{
    Reply r = get(QStringLiteral("/memberships?page=1"));
    QCOMPARE(r.status, 200);
    const QJsonObject membership = r.result()[0].toObject();
    QCOMPARE(membership[QStringLiteral("account")][QStringLiteral("id")].toString(), kAccount);
    QCOMPARE(membership[QStringLiteral("account")][QStringLiteral("name")].toString(), QStringLiteral("Test account"));
    QCOMPARE(membership[QStringLiteral("status")].toString(), QStringLiteral("accepted"));

    m_emu->addApiToken(QStringLiteral("account-owned"), TokenStatus::Active, false, true);
    const QList<QPair<QByteArray, QByteArray>> restricted{{"Authorization", "Bearer account-owned"}};
    for (const QString &path : {QStringLiteral("/accounts"), QStringLiteral("/memberships")}) {
        r = send("GET", api(path), {}, restricted);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.result().toArray().size(), 0);
    }
    // It still reaches the account's databases when it knows the id.
    r = send("GET", api(QStringLiteral("/accounts/%1/d1/database").arg(kAccount)), {}, restricted);
    QCOMPARE(r.result().toArray().size(), 3);
}

void TestEmulator::databasesPagination()
{
    for (int i = 0; i < 22; ++i)
        m_emu->addDatabase(kAccount, QStringLiteral("extra-%1").arg(i, 2, 10, QLatin1Char('0')), m_plain);
    const QString path = QStringLiteral("/accounts/%1/d1/database").arg(kAccount);
    Reply r = get(path + QStringLiteral("?per_page=10&page=3"));
    QCOMPARE(r.result().toArray().size(), 5);
    QCOMPARE(r.json()[QStringLiteral("result_info")][QStringLiteral("total_count")].toInt(), 25);

    r = get(path + QStringLiteral("?name=extra-1"));
    QCOMPARE(r.result().toArray().size(), 10);

    r = get(path + QStringLiteral("?name=awk"));
    const QJsonObject db = r.result()[0].toObject();
    QCOMPARE(db[QStringLiteral("uuid")].toString(), m_awkwardId);
    QCOMPARE(db[QStringLiteral("name")].toString(), QStringLiteral("awkward"));
    QCOMPARE(db[QStringLiteral("version")].toString(), QStringLiteral("production"));
    QVERIFY(QDateTime::fromString(db[QStringLiteral("created_at")].toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(db[QStringLiteral("file_size")].toInteger(), QFileInfo(m_awkward).size());
    QCOMPARE(db[QStringLiteral("num_tables")].toInt(), 8);
}

void TestEmulator::databaseLookup()
{
    // By uuid, by name (as Cloudflare's CLI does), with a field selection.
    Reply r = get(QStringLiteral("/accounts/%1/d1/database/%2").arg(kAccount, m_awkwardId));
    QCOMPARE(r.result()[QStringLiteral("name")].toString(), QStringLiteral("awkward"));
    r = get(QStringLiteral("/accounts/%1/d1/database/awkward?fields=uuid%2Cname").arg(kAccount));
    QCOMPARE(r.result().toObject().keys(), (QStringList{QStringLiteral("name"), QStringLiteral("uuid")}));
    QCOMPARE(r.result()[QStringLiteral("uuid")].toString(), m_awkwardId);

    r = get(QStringLiteral("/accounts/%1/d1/database/missing").arg(kAccount));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), 7404);
    r = get(QStringLiteral("/accounts/ffffffffffffffffffffffffffffffff/d1/database"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), 7403);
    r = get(QStringLiteral("/accounts/not-an-id/d1/database"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), 7003);
    r = get(QStringLiteral("/nowhere"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), 7000);
}

void TestEmulator::query()
{
    const Reply r = post(QStringLiteral("/accounts/%1/d1/database/%2/query").arg(kAccount, m_awkwardId),
                         {{QStringLiteral("sql"), QStringLiteral("SELECT kind, i, r, t, b FROM \"values\" "
                                                                 "WHERE kind IN (?, ?, ?) ORDER BY id")},
                          {QStringLiteral("params"), QJsonArray{QStringLiteral("int64 max"), QStringLiteral("empty blob"),
                                                                QStringLiteral("real 0.1")}}});
    QCOMPARE(r.status, 200);
    const QJsonObject statement = r.result()[0].toObject();
    QCOMPARE(statement[QStringLiteral("success")].toBool(), true);
    QVERIFY(statement[QStringLiteral("meta")].isObject());
    const QJsonArray rows = statement[QStringLiteral("results")].toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0][QStringLiteral("i")].toInteger(), std::numeric_limits<qint64>::max());
    QVERIFY(r.body.contains("9223372036854775807")); // exact on the wire
    QCOMPARE(rows[1][QStringLiteral("r")].toDouble(), 0.1);
    QVERIFY(rows[1][QStringLiteral("t")].isNull());
    QCOMPARE(rows[2][QStringLiteral("b")].toArray(), QJsonArray());

    const Reply blob = post(QStringLiteral("/accounts/%1/d1/database/awkward/query").arg(kAccount),
                            {{QStringLiteral("sql"), QStringLiteral("SELECT x'00ff10' AS b, ? AS n")},
                             {QStringLiteral("params"), QJsonArray{-7}}});
    QCOMPARE(blob.result()[0][QStringLiteral("results")][0][QStringLiteral("b")].toArray(), (QJsonArray{0, 255, 16}));
    QCOMPARE(blob.result()[0][QStringLiteral("results")][0][QStringLiteral("n")].toInt(), -7);
}

void TestEmulator::rawQuery()
{
    const Reply r = post(QStringLiteral("/accounts/%1/d1/database/awkward/raw").arg(kAccount),
                         {{QStringLiteral("sql"), QStringLiteral("SELECT 1 AS a, 'x' AS b; SELECT NULL AS c")}});
    QCOMPARE(r.status, 200);
    const QJsonArray result = r.result().toArray();
    QCOMPARE(result.size(), 2);
    QCOMPARE(result[0][QStringLiteral("results")][QStringLiteral("columns")].toArray(),
             (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(result[0][QStringLiteral("results")][QStringLiteral("rows")].toArray(),
             (QJsonArray{QJsonArray{1, QStringLiteral("x")}}));
    QVERIFY(result[1][QStringLiteral("results")][QStringLiteral("rows")][0][0].isNull());
}

void TestEmulator::queryRefusesWrites()
{
    const QString path = QStringLiteral("/accounts/%1/d1/database/awkward/query").arg(kAccount);
    Reply r = post(path, {{QStringLiteral("sql"), QStringLiteral("DELETE FROM child")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), 7500);
    r = post(path, {{QStringLiteral("sql"), QStringLiteral("SELEC 1")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), 7500);
    QVERIFY(r.json()[QStringLiteral("errors")][0][QStringLiteral("message")].toString().contains(u"syntax error"));
    QCOMPARE(Db(m_awkward, SQLITE_OPEN_READONLY).rows("SELECT count(*) FROM child").at(0).at(0), QStringLiteral("i:4"));
}

// ---- Export -------------------------------------------------------------------------------------

void TestEmulator::exportRoundTrip()
{
    const QByteArray dump = exportAndDownload(m_awkwardId);
    QVERIFY2(dump.startsWith("PRAGMA defer_foreign_keys=TRUE;\n"), dump.left(200).constData());

    const QString copy = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
    QCOMPARE(importDump(dump, copy), QString());
    const auto expected = contents(m_awkward);
    const auto actual = contents(copy);
    QCOMPARE(actual.keys(), expected.keys());
    QVERIFY(expected.contains(QStringLiteral("sqlite_sequence")));
    QVERIFY(expected.contains(QStringLiteral("d1_migrations")));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(actual.value(it.key()), it.value());
    QCOMPARE(schema(copy), schema(m_awkward));
    QVERIFY(!dump.contains("CREATE TABLE _cf_KV")); // D1's internal tables stay out
    QVERIFY(!dump.contains("INSERT INTO \"_cf_KV\""));

    // The fixture really needs the deferral: without the first line the import fails.
    const QByteArray withoutPragma = dump.mid(dump.indexOf('\n') + 1);
    QVERIFY(!importDump(withoutPragma, m_dir.filePath(QStringLiteral("nodefer.sqlite"))).isEmpty());
}

void TestEmulator::exportPollsAndMessages()
{
    m_emu->setPollsBeforeComplete(2);
    int status = 0;
    QJsonObject answer = startExport(QStringLiteral("awkward"), {}, &status);
    QCOMPARE(status, 202);
    QCOMPARE(answer[QStringLiteral("success")].toBool(), true);
    QCOMPARE(answer[QStringLiteral("type")].toString(), QStringLiteral("export"));
    QCOMPARE(answer[QStringLiteral("status")].toString(), QStringLiteral("active"));
    const QString bookmark = answer[QStringLiteral("at_bookmark")].toString();
    QVERIFY(!bookmark.isEmpty());
    QVERIFY(answer[QStringLiteral("messages")][0].toString().startsWith(u"Generating awkward-"));
    QCOMPARE(m_emu->activeExports(), 1);

    QStringList messages;
    int active = 0;
    do {
        answer = poll(QStringLiteral("awkward"), bookmark, &status);
        QCOMPARE(answer[QStringLiteral("at_bookmark")].toString(), bookmark);
        for (const QJsonValue &m : answer[QStringLiteral("messages")].toArray())
            messages << m.toString();
        if (answer[QStringLiteral("status")].toString() == u"active") {
            QCOMPARE(status, 202);
            ++active;
        }
    } while (answer[QStringLiteral("status")].toString() == u"active" && active < 1000);
    QCOMPARE(status, 200);
    QCOMPARE(answer[QStringLiteral("status")].toString(), QStringLiteral("complete"));
    QVERIFY(active >= 2);
    QVERIFY(messages.contains(QStringLiteral("Uploaded part 1")));
    QVERIFY(messages.last().startsWith(u"Finished uploading awkward-"));
    QCOMPARE(messages.count(QStringLiteral("Uploaded part 1")), 1); // only new lines on each poll
    const QJsonObject result = answer[QStringLiteral("result")].toObject();
    QVERIFY(result[QStringLiteral("filename")].toString().endsWith(u".sql"));
    QVERIFY(result[QStringLiteral("signed_url")].toString().startsWith(m_emu->downloadOrigin().toString() + QStringLiteral("/dumps/")));
    QCOMPARE(m_emu->activeExports(), 0);
}

void TestEmulator::exportOptions_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");

    QTest::newRow("tables filter")
        << QJsonObject{{QStringLiteral("tables"), QJsonArray{QStringLiteral("parent"), QStringLiteral("child_by_parent")}}}
        << QStringList{QStringLiteral("CREATE TABLE IF NOT EXISTS \"parent\""), QStringLiteral("INSERT INTO \"parent\""),
                       QStringLiteral("CREATE INDEX child_by_parent")}
        << QStringList{QStringLiteral("INSERT INTO \"child\""), QStringLiteral("CREATE TABLE child"),
                       QStringLiteral("sqlite_sequence"), QStringLiteral("CREATE VIEW"), QStringLiteral("CREATE TRIGGER")};
    QTest::newRow("no data") << QJsonObject{{QStringLiteral("no_data"), true}}
                             << QStringList{QStringLiteral("CREATE TABLE child"), QStringLiteral("CREATE VIEW parent_summary"),
                                            QStringLiteral("DELETE FROM sqlite_sequence;")}
                             << QStringList{QStringLiteral("INSERT INTO \"")};
    QTest::newRow("no schema") << QJsonObject{{QStringLiteral("no_schema"), true}}
                               << QStringList{QStringLiteral("INSERT INTO \"child\""), QStringLiteral("INSERT INTO \"sqlite_sequence\"")}
                               << QStringList{QStringLiteral("CREATE "), QStringLiteral("DELETE FROM sqlite_sequence"),
                                              QStringLiteral("ANALYZE")};
}

void TestEmulator::exportOptions()
{
    QFETCH(QJsonObject, options);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    const QByteArray dump = exportAndDownload(QStringLiteral("awkward"), options);
    QVERIFY2(dump.startsWith("PRAGMA defer_foreign_keys=TRUE;"), dump.left(300).constData());
    for (const QString &s : mustContain)
        QVERIFY2(dump.contains(s.toUtf8()), qPrintable(s));
    for (const QString &s : mustNotContain)
        QVERIFY2(!dump.contains(s.toUtf8()), qPrintable(s));
}

void TestEmulator::virtualTablesRefused()
{
    const QJsonObject answer = exportUntilDone(QStringLiteral("vtable"));
    QCOMPARE(answer[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY(answer[QStringLiteral("error")].toString().contains(u"cannot export databases with Virtual Tables (fts5)"));
    QCOMPARE(m_emu->activeExports(), 0);
}

void TestEmulator::busyWhileExporting()
{
    m_emu->setPollsBeforeComplete(1000000);
    const QJsonObject first = startExport(QStringLiteral("awkward"));
    QCOMPARE(first[QStringLiteral("status")].toString(), QStringLiteral("active"));

    const QJsonObject second = startExport(QStringLiteral("awkward"));
    QCOMPARE(second[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY(second[QStringLiteral("error")].toString().startsWith(u"Currently processing a long-running export"));

    const Reply q = post(QStringLiteral("/accounts/%1/d1/database/awkward/query").arg(kAccount),
                         {{QStringLiteral("sql"), QStringLiteral("SELECT 1")}});
    QCOMPARE(q.errorCode(), 7500);
    QVERIFY(q.body.contains("long-running export"));

    // Other databases are not affected.
    QCOMPARE(startExport(QStringLiteral("plain"))[QStringLiteral("status")].toString(), QStringLiteral("active"));
    QCOMPARE(m_emu->activeExports(), 2);
}

void TestEmulator::abandonedExportCancelled()
{
    m_emu->setAbandonTimeoutMs(100);
    m_emu->setPollsBeforeComplete(1000000);
    const QString bookmark = startExport(QStringLiteral("awkward"))[QStringLiteral("at_bookmark")].toString();
    QCOMPARE(m_emu->activeExports(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_emu->activeExports(), 0, 5000);
    const QJsonObject late = poll(QStringLiteral("awkward"), bookmark);
    QCOMPARE(late[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QCOMPARE(late[QStringLiteral("error")].toString(), QStringLiteral("Export cancelled because it was not polled"));
    // The database is free again.
    QCOMPARE(startExport(QStringLiteral("awkward"))[QStringLiteral("status")].toString(), QStringLiteral("active"));
}

void TestEmulator::unknownBookmark()
{
    const QJsonObject answer = poll(QStringLiteral("awkward"), QStringLiteral("no-such-bookmark"));
    QCOMPARE(answer[QStringLiteral("success")].toBool(), false);
    QVERIFY(!answer[QStringLiteral("error")].toString().isEmpty());
}

void TestEmulator::signedUrls()
{
    const QJsonObject done = exportUntilDone(QStringLiteral("awkward"));
    const QString bookmark = done[QStringLiteral("at_bookmark")].toString();
    const QUrl first(done[QStringLiteral("result")][QStringLiteral("signed_url")].toString());
    const QUrl again(poll(QStringLiteral("awkward"), bookmark)[QStringLiteral("result")][QStringLiteral("signed_url")].toString());
    QVERIFY(first != again); // a fresh URL on every poll of a finished export
    QVERIFY(first.query().contains(u"X-Amz-Expires=3600"));

    const Reply a = send("GET", first, {}, {});
    const Reply b = send("GET", again, {}, {});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.headers.value("content-type"), QByteArray("application/sql"));
    QCOMPARE(a.headers.value("accept-ranges"), QByteArray("bytes"));
    QCOMPARE(a.headers.value("content-length").toLongLong(), a.body.size());
    QCOMPARE(a.body, b.body);

    // Tampered signature, unknown object, expired URL: 403 with S3's XML.
    QUrl tampered = first;
    tampered.setQuery(first.query().replace(QStringLiteral("X-Amz-Signature="), QStringLiteral("X-Amz-Signature=0")));
    QUrl unknown = first;
    unknown.setPath(QStringLiteral("/dumps/nothing.sql"));
    for (const QUrl &url : {tampered, unknown}) {
        const Reply r = send("GET", url, {}, {});
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.startsWith("<?xml"));
        QVERIFY(r.body.contains("<Code>AccessDenied</Code>"));
    }
    m_emu->setSignedUrlLifetimeMs(0);
    const QUrl expiring(poll(QStringLiteral("awkward"), bookmark)[QStringLiteral("result")][QStringLiteral("signed_url")].toString());
    const Reply expired = send("GET", expiring, {}, {});
    QCOMPARE(expired.status, 403);
    QVERIFY(expired.body.contains("<Message>Request has expired</Message>"));
}

void TestEmulator::rangeRequests()
{
    const QJsonObject done = exportUntilDone(QStringLiteral("plain"));
    const QUrl url(done[QStringLiteral("result")][QStringLiteral("signed_url")].toString());
    const Reply full = send("GET", url, {}, {});
    const qint64 size = full.body.size();
    QVERIFY(size > 1000);

    Reply r = send("GET", url, {}, {{"Range", "bytes=1000-"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, full.body.mid(1000));
    QCOMPARE(r.headers.value("content-range"), "bytes 1000-" + QByteArray::number(size - 1) + '/' + QByteArray::number(size));

    r = send("GET", url, {}, {{"Range", "bytes=10-19"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, full.body.mid(10, 10));

    r = send("GET", url, {}, {{"Range", "bytes=-7"}});
    QCOMPARE(r.body, full.body.right(7));

    r = send("GET", url, {}, {{"Range", "bytes=" + QByteArray::number(size) + '-'}});
    QCOMPARE(r.status, 416);
    QCOMPARE(r.headers.value("content-range"), "bytes */" + QByteArray::number(size));

    r = send("HEAD", url, {}, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-length").toLongLong(), size);
    QVERIFY(r.body.isEmpty());
}

void TestEmulator::pacedDownload()
{
    const QJsonObject done = exportUntilDone(QStringLiteral("plain"));
    const QUrl url(done[QStringLiteral("result")][QStringLiteral("signed_url")].toString());
    const QByteArray full = send("GET", url, {}, {}).body; // unpaced: the reference bytes
    const qint64 size = full.size();
    QVERIFY2(size >= 1500 * 1000, qPrintable(QString::number(size))); // long enough to show a pace

    constexpr qint64 rate = 4 * 1000 * 1000;
    m_emu->setDownloadRate(rate);
    // The first slice may go at once; everything after it is held to the rate, so at least 80 % of
    // size / rate must pass. The upper bound only catches a pace far too slow (loaded machines vary).
    const qint64 expectedMs = size * 1000 / rate;
    const Reply paced = send("GET", url, {}, {});
    QCOMPARE(paced.status, 200);
    QCOMPARE(paced.error, QNetworkReply::NoError);
    QCOMPARE(paced.headers.value("content-length").toLongLong(), size);
    QVERIFY(paced.body == full);
    QVERIFY2(paced.elapsedMs >= expectedMs * 8 / 10,
             qPrintable(QStringLiteral("%1 ms for %2 bytes").arg(paced.elapsedMs).arg(size)));
    QVERIFY2(paced.elapsedMs < expectedMs * 4, qPrintable(QStringLiteral("%1 ms").arg(paced.elapsedMs)));

    // Ranges are paced too, and still answered 206 with the right bytes.
    const qint64 from = size / 2;
    const Reply ranged = send("GET", url, {}, {{"Range", "bytes=" + QByteArray::number(from) + '-'}});
    QCOMPARE(ranged.status, 206);
    QVERIFY(ranged.body == full.mid(from));
    QVERIFY2(ranged.elapsedMs >= (size - from) * 1000 / rate * 8 / 10,
             qPrintable(QStringLiteral("%1 ms").arg(ranged.elapsedMs)));

    // HEAD has no body to pace.
    const Reply head = send("HEAD", url, {}, {});
    QCOMPARE(head.status, 200);
    QCOMPARE(head.headers.value("content-length").toLongLong(), size);
    QVERIFY(head.body.isEmpty());
}

// ---- Faults -------------------------------------------------------------------------------------

void TestEmulator::faults_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("bodyMustContain");

    QTest::newRow("500") << int(Step::ListAccounts) << int(Fault::Http500) << 500 << QByteArray("\"code\":7500");
    QTest::newRow("502 html") << int(Step::ListAccounts) << int(Fault::Html502) << 502 << QByteArray("Bad Gateway</h1>");
    QTest::newRow("429") << int(Step::VerifyToken) << int(Fault::RateLimited) << 429 << QByteArray("\"code\":971");
    QTest::newRow("corrupt json") << int(Step::GetDatabase) << int(Fault::CorruptJson) << 200 << QByteArray("{");
    QTest::newRow("export error") << int(Step::ExportStart) << int(Fault::ExportError) << 200
                                  << QByteArray("Simulated export failure");
    QTest::newRow("export busy") << int(Step::ExportStart) << int(Fault::ExportBusy) << 200
                                 << QByteArray("Currently processing a long-running export");
    QTest::newRow("poll error") << int(Step::ExportPoll) << int(Fault::ExportError) << 200
                                << QByteArray("Simulated export failure");
    QTest::newRow("500 on download") << int(Step::Download) << int(Fault::Http500) << 500 << QByteArray("<Error>");
    QTest::newRow("expired url") << int(Step::Download) << int(Fault::ExpiredUrl) << 403
                                 << QByteArray("<Message>Request has expired</Message>");
}

void TestEmulator::faults()
{
    QFETCH(int, step);
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, bodyMustContain);
    FaultSpec spec;
    spec.step = Step(step);
    spec.fault = Fault(fault);
    spec.retryAfterSeconds = 3;
    m_emu->addFault(spec);

    Reply r;
    switch (Step(step)) {
    case Step::ListAccounts: r = get(QStringLiteral("/accounts")); break;
    case Step::VerifyToken: r = get(QStringLiteral("/user/tokens/verify")); break;
    case Step::GetDatabase: r = get(QStringLiteral("/accounts/%1/d1/database/awkward").arg(kAccount)); break;
    case Step::ExportStart:
        r = post(exportPath(QStringLiteral("awkward")), {{QStringLiteral("output_format"), QStringLiteral("polling")}});
        QCOMPARE(m_emu->activeExports(), 0);
        break;
    case Step::ExportPoll: {
        const QString bookmark = startExport(QStringLiteral("awkward"))[QStringLiteral("at_bookmark")].toString();
        r = post(exportPath(QStringLiteral("awkward")), {{QStringLiteral("output_format"), QStringLiteral("polling")},
                                                        {QStringLiteral("current_bookmark"), bookmark}});
        QCOMPARE(m_emu->activeExports(), 0); // the failed task is over
        break;
    }
    case Step::Download: {
        m_emu->clearFaults(); // get the URL first, then arm the fault
        const QJsonObject done = exportUntilDone(QStringLiteral("awkward"));
        m_emu->addFault(spec);
        r = send("GET", QUrl(done[QStringLiteral("result")][QStringLiteral("signed_url")].toString()), {}, {});
        break;
    }
    default: QFAIL("no request for that step");
    }
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.contains(bodyMustContain), r.body.constData());
    if (Fault(fault) == Fault::RateLimited)
        QCOMPARE(r.headers.value("retry-after"), QByteArray("3"));
    if (Fault(fault) == Fault::Html502)
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
    if (Fault(fault) == Fault::CorruptJson) {
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    if (Fault(fault) == Fault::ExportError || Fault(fault) == Fault::ExportBusy)
        QCOMPARE(r.result()[QStringLiteral("status")].toString(), QStringLiteral("error"));

    // Consumed: the next request is answered normally.
    QCOMPARE(get(QStringLiteral("/accounts")).status, 200);
}

void TestEmulator::faultTimesAndSteps()
{
    FaultSpec twice{Step::ListAccounts, Fault::Http500};
    twice.times = 2;
    m_emu->addFault(twice);
    m_emu->addFault({Step::Any, Fault::RateLimited});
    // A request of another step does not consume the ListAccounts fault, but does take the Any one.
    QCOMPARE(get(QStringLiteral("/user/tokens/verify")).status, 429);
    QCOMPARE(get(QStringLiteral("/user/tokens/verify")).status, 200);
    QCOMPARE(get(QStringLiteral("/accounts")).status, 500);
    QCOMPARE(get(QStringLiteral("/memberships")).status, 500);
    QCOMPARE(get(QStringLiteral("/accounts")).status, 200);

    m_emu->addFault({Step::Query, Fault::Http500});
    m_emu->clearFaults();
    QCOMPARE(post(QStringLiteral("/accounts/%1/d1/database/awkward/query").arg(kAccount),
                  {{QStringLiteral("sql"), QStringLiteral("SELECT 1")}}).status,
             200);
}

void TestEmulator::noAnswer()
{
    m_emu->addFault({Step::VerifyToken, Fault::NoAnswer});
    const Reply r = send("GET", api(QStringLiteral("/user/tokens/verify")), {},
                         {{"Authorization", "Bearer test-token"}}, 300);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError);
    QCOMPARE(get(QStringLiteral("/user/tokens/verify")).status, 200); // the emulator itself is fine
}

void TestEmulator::slowBody()
{
    FaultSpec slow{Step::Query, Fault::SlowBody};
    slow.slowDelayMs = 5;
    m_emu->addFault(slow);
    const Reply r = post(QStringLiteral("/accounts/%1/d1/database/awkward/query").arg(kAccount),
                         {{QStringLiteral("sql"), QStringLiteral("SELECT kind, t FROM \"values\" WHERE id < 20")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.result().isArray()); // complete and valid, only late
    const qint64 ticks = (r.body.size() + 255) / 256 - 1;
    QVERIFY(ticks >= 3);
    QVERIFY2(r.elapsedMs >= ticks * slow.slowDelayMs, qPrintable(QString::number(r.elapsedMs)));
}

void TestEmulator::cutDownload_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("cut (reset)") << int(Fault::CutConnection);
    QTest::newRow("short body (clean close)") << int(Fault::ShortBody);
}

void TestEmulator::cutDownload()
{
    QFETCH(int, fault);
    const QJsonObject done = exportUntilDone(QStringLiteral("plain"));
    const QUrl url(done[QStringLiteral("result")][QStringLiteral("signed_url")].toString());
    const QByteArray full = send("GET", url, {}, {}).body;

    FaultSpec spec{Step::Download, Fault(fault)};
    spec.cutAfterBytes = 300 * 1024;
    m_emu->addFault(spec);
    const Reply cut = send("GET", url, {}, {});
    QCOMPARE(cut.headers.value("content-length").toLongLong(), full.size()); // promised everything
    QCOMPARE(cut.body.size(), spec.cutAfterBytes);                           // delivered exactly this much
    QCOMPARE(cut.body, full.left(spec.cutAfterBytes));
    // No assertion on cut.error: Qt may report NoError for a body cut short (reset or not), which is
    // exactly why clients must compare the bytes received with Content-Length.

    // And the rest is there with a Range request.
    const Reply rest = send("GET", url, {}, {{"Range", "bytes=" + QByteArray::number(cut.body.size()) + '-'}});
    QCOMPARE(rest.status, 206);
    QCOMPARE(cut.body + rest.body, full);
}

void TestEmulator::requestsRecorded()
{
    QSignalSpy spy(m_emu.get(), &CloudflareEmulator::requestReceived);
    get(QStringLiteral("/accounts?page=2&per_page=5"));
    const QByteArray body = exportAndDownload(QStringLiteral("awkward"));
    QVERIFY(body.startsWith("PRAGMA"));

    const QList<RecordedRequest> requests = m_emu->requests();
    QCOMPARE(spy.size(), requests.size());
    QVERIFY(requests.size() >= 4);
    const RecordedRequest &first = requests.first();
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.target, QByteArray("/client/v4/accounts?page=2&per_page=5"));
    QCOMPARE(first.headers.value("authorization"), QByteArray("Bearer test-token"));
    QVERIFY(!first.toDownloadListener);

    const RecordedRequest &start = requests.at(1);
    QCOMPARE(start.method, QByteArray("POST"));
    QVERIFY(start.target.endsWith("/export"));
    QCOMPARE(QJsonDocument::fromJson(start.body)[QStringLiteral("output_format")].toString(), QStringLiteral("polling"));

    const RecordedRequest &download = requests.last();
    QVERIFY(download.toDownloadListener);
    QVERIFY(download.target.startsWith("/dumps/"));
    QVERIFY(!download.headers.contains("authorization"));
    QCOMPARE(spy.last().at(0).value<RecordedRequest>().target, download.target);

    m_emu->clearRequests();
    QVERIFY(m_emu->requests().isEmpty());
}

// What a client other than Qt's may send: chunked bodies, Expect, garbage.
void TestEmulator::rawHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("answerStart");
    QTest::addColumn<QByteArray>("answerContains");

    const QByteArray auth = "Authorization: Bearer test-token\r\n";
    const QByteArray target = "/client/v4/accounts/" + kAccount.toUtf8() + "/d1/database/awkward/query";
    QByteArray chunked;
    for (const QByteArray &piece : {QByteArray("{\"sql\": \"S"), QByteArray("ELECT 42 "), QByteArray("AS n\"}   ")})
        chunked += QByteArray::number(piece.size(), 16) + ";ext=1\r\n" + piece + "\r\n";
    chunked += "0\r\n\r\n";
    QTest::newRow("chunked body, expect 100-continue")
        << "POST " + target + " HTTP/1.1\r\nHost: x\r\n" + auth
               + "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n" + chunked
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n") << QByteArray("\"n\":42");
    QTest::newRow("lower-case header names") << QByteArray("GET /client/v4/user/tokens/verify HTTP/1.1\r\nauthorization: Bearer test-token\r\n\r\n")
                                             << QByteArray("HTTP/1.1 200 OK\r\n") << QByteArray("Connection: close\r\n");
    QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << QByteArray("HTTP/1.1 400 ") << QByteArray();
    QTest::newRow("bad chunk") << "POST " + target + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
                               << QByteArray("HTTP/1.1 400 ") << QByteArray();
    QTest::newRow("compressed upload") << "POST " + target + " HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"
                                       << QByteArray("HTTP/1.1 501 ") << QByteArray();
}

void TestEmulator::rawHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, answerStart);
    QFETCH(QByteArray, answerContains);
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_emu->apiBase().port()));
    QVERIFY(connected.wait(5000));
    socket.write(request);
    QVERIFY(disconnected.wait(5000)); // the server closes after its answer
    answer += socket.readAll();
    QVERIFY2(answer.startsWith(answerStart), answer.constData());
    QVERIFY2(answer.contains(answerContains), answer.constData());
}

// ---- The dump format ----------------------------------------------------------------------------

void TestEmulator::realFormatting_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("integral") << 2.0 << QByteArray("2");
    QTest::newRow("negative") << -42.5 << QByteArray("-42.5");
    QTest::newRow("1/3") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("below 1e21") << 123456789012345680000.0 << QByteArray("123456789012345680000");
    QTest::newRow("1e-6") << 0.000001 << QByteArray("0.000001");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("1.5e-7") << 1.5e-7 << QByteArray("1.5e-7");
    QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    QTest::newRow("subnormal") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("big positional") << 1.5e20 << QByteArray("150000000000000000000");
    QTest::newRow("mixed") << 123.456 << QByteArray("123.456");
}

void TestEmulator::realFormatting()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(DumpWriter::formatReal(value), text);
}

void TestEmulator::dumpFormatDetails()
{
    const QString path = m_dir.filePath(QStringLiteral("format.sqlite"));
    QFile::remove(path);
    {
        Db db(path);
        QCOMPARE(db.exec("CREATE TABLE \"t\" (a, \"b\"\"c\" TEXT);"
                         "INSERT INTO t VALUES (1, 'it''s'), (2.5, 'a\nb'), (NULL, 'c\rd'), (x'00ff', 'e\r\nf'), (-3, '');"
                         "CREATE TABLE plain_name (x);"
                         "CREATE INDEX t_a ON t (a);"),
                 QString());
    }
    DumpWriter writer;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY2(writer.write(path, &out), qPrintable(writer.errorString()));
    const QByteArray expected = "PRAGMA defer_foreign_keys=TRUE;\n"
                                "CREATE TABLE IF NOT EXISTS \"t\" (a, \"b\"\"c\" TEXT);\n"
                                "INSERT INTO \"t\" (\"a\",\"b\"\"c\") VALUES(1,'it''s');\n"
                                "INSERT INTO \"t\" (\"a\",\"b\"\"c\") VALUES(2.5,replace('a\\nb','\\n',char(10)));\n"
                                "INSERT INTO \"t\" (\"a\",\"b\"\"c\") VALUES(NULL,replace('c\\rd','\\r',char(13)));\n"
                                "INSERT INTO \"t\" (\"a\",\"b\"\"c\") VALUES(X'00ff',replace(replace('e\\r\\nf','\\r',char(13)),'\\n',char(10)));\n"
                                "INSERT INTO \"t\" (\"a\",\"b\"\"c\") VALUES(-3,'');\n"
                                "CREATE TABLE plain_name (x);\n"
                                "CREATE INDEX t_a ON t (a);";
    QCOMPARE(out.data(), expected);
    QCOMPARE(writer.bytesWritten(), expected.size());

    // The limitation D1 shares (README): a literal backslash-n next to a real LF comes back as a line break.
    const QString lossy = m_dir.filePath(QStringLiteral("lossy.sqlite"));
    QFile::remove(lossy);
    QCOMPARE(Db(lossy).exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a\\nb' || char(10) || 'c');"), QString());
    QBuffer lossyDump;
    lossyDump.open(QIODevice::WriteOnly);
    QVERIFY(DumpWriter().write(lossy, &lossyDump));
    QCOMPARE(importDump(lossyDump.data(), m_dir.filePath(QStringLiteral("lossy-copy.sqlite"))), QString());
    QCOMPARE(Db(m_dir.filePath(QStringLiteral("lossy-copy.sqlite"))).rows("SELECT x FROM t").at(0).at(0),
             QStringLiteral("t:a\nb\nc"));

    // Cancelling stops the writer with an error.
    std::atomic<bool> cancel{true};
    DumpWriter cancelled;
    cancelled.setCancelFlag(&cancel);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QVERIFY(!cancelled.write(path, &sink));
    QVERIFY(cancelled.errorString().contains(u"cancelled"));
}

void TestEmulator::plainSampleSize()
{
    QVERIFY(QFileInfo(m_plain).size() >= 1024 * 1024);
    QVERIFY(QFileInfo(m_plain).size() < 2 * 1024 * 1024);
    // Deterministic: the same spec gives the same rows.
    const QString again = m_dir.filePath(QStringLiteral("plain-again.sqlite"));
    QVERIFY(SampleDatabase::generate(again, {SampleSpec::Plain, 1024 * 1024, 3}));
    QCOMPARE(contents(again), contents(m_plain));
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
