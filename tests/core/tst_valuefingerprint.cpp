// ValueFingerprint: the same SQL on two databases gives the same digest when every value is the same,
// and another one when a single 64-bit integer was rounded (as D1 rounds it), a single byte of a blob
// changed (also in the middle of a 1 MB blob, and two hex digits of one byte swapped), a value
// changed type, or two rows swapped values. And through the emulator's /raw, which passes numbers
// through a double as D1 does, the answer is exactly what SQLite computes locally.
#include "ApiCall.h"
#include "CloudflareClient.h"
#include "CloudflareEmulator.h"
#include "ValueFingerprint.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace d1x;

namespace {
const QStringList Columns{QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("t"), QStringLiteral("b"),
                          QStringLiteral("r")};

const char *Source = "CREATE TABLE items (id INTEGER PRIMARY KEY, n INTEGER, t TEXT, b BLOB, r REAL);"
                     "INSERT INTO items VALUES (9007199254740993, 9223372036854775807, 'héllo', x'00ff12', 1.5);"
                     "INSERT INTO items VALUES (2, -9223372036854775808, 'b', x'34', 9e999);"
                     "INSERT INTO items VALUES (3, 1152921504606846977, NULL, randomblob(0), -9e999);"
                     "INSERT INTO items VALUES (4, 7, 'long', zeroblob(1048576), 0.1);";

class Db
{
public:
    explicit Db(const QString &path)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
    }
    ~Db() { sqlite3_close(m_db); }
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    QStringList digest(const QStringList &columns = Columns)
    {
        QString error;
        const QStringList d = ValueFingerprint::computeLocally(
            m_db, ValueFingerprint::statements(QStringLiteral("items"), columns, true), &error);
        if (!error.isEmpty())
            qWarning() << error;
        return d;
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};
} // namespace

class TestValueFingerprint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameValuesSameDigest();
    void singleChangeIsSeen_data();
    void singleChangeIsSeen();
    void manyColumnsStayUnderD1sStatementLimit();
    void longColumnNamesStayUnderD1sStatementLimit();
    void throughTheEmulatorAsLocally();

private:
    QTemporaryDir m_dir;
    QString m_source;
    QStringList m_digest;
};

void TestValueFingerprint::initTestCase()
{
    m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
    Db db(m_source);
    QVERIFY(db.exec(Source));
    QVERIFY(db.exec("UPDATE items SET b = x'00' || randomblob(1048574) || x'00' WHERE id = 4"));
    m_digest = db.digest();
    QCOMPARE(m_digest.size(), 1);
    QVERIFY2(m_digest.first().startsWith(QLatin1String("4:")), qPrintable(m_digest.first()));
}

void TestValueFingerprint::sameValuesSameDigest()
{
    const QString copy = m_dir.filePath(QStringLiteral("same.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_source, copy));
    Db db(copy);
    QVERIFY(db.exec("VACUUM")); // other pages, same values
    QCOMPARE(db.digest(), m_digest);
}

void TestValueFingerprint::singleChangeIsSeen_data()
{
    QTest::addColumn<QByteArray>("change");
    QTest::newRow("int64 max as D1 rounds it") << QByteArray("UPDATE items SET n = 9223372036854775807.0 WHERE id = 9007199254740993");
    QTest::newRow("2^60+1 rounded to 2^60") << QByteArray("UPDATE items SET n = 1152921504606846976 WHERE id = 3");
    QTest::newRow("rounded INTEGER PRIMARY KEY")
        << QByteArray("UPDATE items SET id = 9007199254740992 WHERE id = 9007199254740993");
    QTest::newRow("one blob byte") << QByteArray("UPDATE items SET b = x'00fe12' WHERE b = x'00ff12'");
    QTest::newRow("one blob byte, digits swapped") << QByteArray("UPDATE items SET b = x'43' WHERE id = 2");
    QTest::newRow("middle byte of 1 MB") << QByteArray(
        "UPDATE items SET b = substr(b, 1, 524287) || x'01' || substr(b, 524289) WHERE id = 4 AND substr(b, 524288, 1) <> x'01'");
    QTest::newRow("one text character") << QByteArray("UPDATE items SET t = 'hèllo' WHERE id = 9007199254740993");
    QTest::newRow("text became blob") << QByteArray("UPDATE items SET t = CAST(t AS BLOB) WHERE id = 2");
    QTest::newRow("infinity became max real") << QByteArray("UPDATE items SET r = 1.7976931348623157e308 WHERE id = 2");
    QTest::newRow("real fraction") << QByteArray("UPDATE items SET r = 1.5000000001 WHERE r = 1.5");
    QTest::newRow("values swapped between rows")
        << QByteArray("UPDATE items SET t = CASE id WHEN 2 THEN 'long' ELSE 'b' END WHERE id IN (2, 4)");
    QTest::newRow("a row less") << QByteArray("DELETE FROM items WHERE id = 3");
}

void TestValueFingerprint::singleChangeIsSeen()
{
    QFETCH(QByteArray, change);
    const QString copy = m_dir.filePath(QStringLiteral("changed.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_source, copy));
    Db db(copy);
    QVERIFY(db.exec(change.constData()));
    QCOMPARE(sqlite3_changes(db.handle()), 1 + int(change.contains("IN (2, 4)")));
    const QStringList digest = db.digest();
    QCOMPARE(digest.size(), 1);
    QVERIFY2(digest != m_digest, qPrintable(digest.first()));
}

void TestValueFingerprint::manyColumnsStayUnderD1sStatementLimit()
{
    QStringList columns;
    for (int i = 0; i < 100; ++i)
        columns << QStringLiteral("a very long column name number %1 \"quoted\"").arg(i);
    const QStringList statements = ValueFingerprint::statements(QStringLiteral("t"), columns, true, ValueFingerprint::RowidRange{1, 10});
    QCOMPARE(statements.size(), 3);
    for (const QString &s : statements) {
        QVERIFY2(s.toUtf8().size() < 100000, qPrintable(QString::number(s.toUtf8().size())));
        QVERIFY(s.endsWith(QLatin1String(" WHERE _rowid_ BETWEEN 1 AND 10")));
    }
}

void TestValueFingerprint::longColumnNamesStayUnderD1sStatementLimit()
{
    // 40 columns fit in one statement only while their names are short: with 200-character names they
    // are spread over more statements, each of which a database with D1's limit runs.
    QStringList columns;
    QStringList definitions;
    for (int i = 0; i < 40; ++i) {
        columns << QStringLiteral("c%1_").arg(i, 2, 10, QLatin1Char('0')) + QString(196, QLatin1Char('x'));
        definitions << QLatin1Char('"') + columns.last() + QLatin1Char('"');
    }
    const QStringList statements = ValueFingerprint::statements(QStringLiteral("wide"), columns, true);
    QVERIFY2(statements.size() > 1, qPrintable(QString::number(statements.first().toUtf8().size())));
    const QString path = m_dir.filePath(QStringLiteral("wide.sqlite"));
    QFile::remove(path);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    const QByteArray create = QStringLiteral("CREATE TABLE wide(%1); INSERT INTO wide VALUES(%2)")
                                  .arg(definitions.join(u','), QStringList(40, QStringLiteral("'v'")).join(u','))
                                  .toUtf8();
    QCOMPARE(sqlite3_exec(db, create.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    QString error;
    const QStringList digests = ValueFingerprint::computeLocally(db, statements, &error);
    sqlite3_close(db);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(digests.size(), statements.size());
    for (const QString &s : statements)
        QVERIFY2(s.toUtf8().size() <= ValueFingerprint::MaxStatementBytes, qPrintable(QString::number(s.toUtf8().size())));
}

void TestValueFingerprint::throughTheEmulatorAsLocally()
{
    const QString account = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString token = QStringLiteral("fingerprint-token-0123456789");
    emu::CloudflareEmulator emulator;
    QVERIFY(emulator.listen());
    QVERIFY(!emulator.exactNumbers()); // numbers pass through a double, as on D1
    emulator.addApiToken(token);
    emulator.addAccount(account, QStringLiteral("a"));
    const QString uuid = emulator.addDatabase(account, QStringLiteral("items"), m_source);
    QNetworkAccessManager nam;
    CloudflareClient client(&nam, *ApiEndpoint::fromString(emulator.apiBase().toString()), Credentials::fromToken(token));
    const QStringList statements = ValueFingerprint::statements(QStringLiteral("items"), Columns, true);
    ApiCall *call = client.rawQuery(account, uuid, statements.first());
    QSignalSpy done(call, &ApiTask::finished);
    QVERIFY(done.wait(30000));
    QVERIFY2(!call->error(), qPrintable(call->error().toString()));
    const QJsonArray row = call->result().toArray().first()[QLatin1String("results")][QLatin1String("rows")]
                               .toArray().first().toArray();
    QCOMPARE(ValueFingerprint::fromRawRow({row.at(0).toString(), row.at(1).toString()}), m_digest.first());
}

QTEST_GUILESS_MAIN(TestValueFingerprint)
#include "tst_valuefingerprint.moc"
