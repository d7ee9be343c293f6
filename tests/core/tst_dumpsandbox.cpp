// The dump checker against hostile dumps (DumpSandbox inside DumpVerifier): a downloaded file is
// untrusted, so loading it must not touch another file, change the checker's settings, run for
// ever or take memory without bound. Each case ends LoadFailed with a message saying why.
#include "DumpVerifier.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;

class TestDumpSandbox : public QObject
{
    Q_OBJECT
private slots:
    void ordinaryDumpLoads();
    void hostileStatementsRefused_data();
    void hostileStatementsRefused();
    void endlessQueryStopped();
    void hugeStatementRefused();

private:
    VerifyReport verify(const QByteArray &dump, DumpVerifier::Job job = {});
    QTemporaryDir m_dir;
};

VerifyReport TestDumpSandbox::verify(const QByteArray &dump, DumpVerifier::Job job)
{
    const QString path = m_dir.filePath(QStringLiteral("dump.sql"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(dump) != dump.size())
        return {};
    f.close();
    job.dumpPath = path;
    job.workFolder = m_dir.path();
    DumpVerifier verifier;
    QSignalSpy finished(&verifier, &DumpVerifier::finished);
    verifier.start(job);
    if (!finished.wait(30000)) {
        verifier.stop(); // it would have run for ever: the test fails below on NotRun
        return {};
    }
    return finished.first().first().value<VerifyReport>();
}

void TestDumpSandbox::ordinaryDumpLoads()
{
    // What D1 writes, and what the exporter appends for virtual tables, is all allowed.
    const VerifyReport report = verify(
        "PRAGMA defer_foreign_keys=TRUE;\n"
        "CREATE TABLE docs(id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT);\n"
        "INSERT INTO \"docs\" (\"id\",\"body\") VALUES(1,'a;\nb');\n"
        "CREATE INDEX docs_body ON docs(body);\n"
        "CREATE TABLE log(n);\n"
        "CREATE TRIGGER docs_log AFTER UPDATE ON docs BEGIN INSERT INTO log VALUES(new.id); UPDATE log SET n = n; END;\n"
        "CREATE VIEW v AS SELECT count(*) AS n FROM docs;\n"
        "DELETE FROM sqlite_sequence;\n"
        "INSERT INTO \"sqlite_sequence\" VALUES('docs',1);\n"
        "CREATE VIRTUAL TABLE docs_fts USING fts5(body, content='docs', content_rowid='id');\n"
        "INSERT INTO docs_fts(docs_fts) VALUES('rebuild');\n"
        "CREATE VIRTUAL TABLE notes USING fts5(note);\n"
        "INSERT INTO notes(rowid, note) VALUES(1, 'x');\n");
    QVERIFY2(report.status == VerifyReport::Status::Verified, qPrintable(report.error));
    QCOMPARE(report.rows, 1 + 0 + 1 + 1); // docs, log, docs_fts (its content's row), notes
}

void TestDumpSandbox::hostileStatementsRefused_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::addColumn<QString>("reason"); // in the error
    const QString refused = QStringLiteral("a D1 dump holds no ");
    QTest::newRow("attach") << QByteArray("ATTACH DATABASE 'FOLDER/attached.db' AS other;") << refused + QStringLiteral("ATTACH");
    QTest::newRow("load_extension") << QByteArray("SELECT load_extension('FOLDER/attached.so');")
                                    << refused + QStringLiteral("call of load_extension()");
    QTest::newRow("journal pragma") << QByteArray("PRAGMA journal_mode=DELETE;") << refused + QStringLiteral("PRAGMA journal_mode");
    QTest::newRow("cache pragma") << QByteArray("PRAGMA cache_size=-100000000;") << refused + QStringLiteral("PRAGMA cache_size");
    // sqlite3's .dump writes virtual tables as sqlite_schema rows (PRAGMA writable_schema itself is
    // dropped, never run): any other row is refused.
    QTest::newRow("schema row") << QByteArray("INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql) "
                                              "VALUES('table','x','x',2,'CREATE TABLE x(a)');")
                                << QStringLiteral("not one of sqlite3's virtual tables");
    QTest::newRow("temp table") << QByteArray("CREATE TEMP TABLE hidden(a);") << refused + QStringLiteral("statement on the database \"temp\"");
    QTest::newRow("drop") << QByteArray("DROP TABLE t;") << refused + QStringLiteral("statement of this kind");
    // Not an authorizer matter: the checker's own transaction stops it, and nothing is written.
    QTest::newRow("vacuum into") << QByteArray("VACUUM INTO 'FOLDER/attached.db';") << QStringLiteral("cannot VACUUM");
}

void TestDumpSandbox::hostileStatementsRefused()
{
    QFETCH(QByteArray, statement);
    QFETCH(QString, reason);
    statement.replace("FOLDER", QFile::encodeName(m_dir.path()));
    const VerifyReport report = verify("CREATE TABLE t(a);\nINSERT INTO t VALUES(1);\n" + statement + "\n");
    QCOMPARE(report.status, VerifyReport::Status::LoadFailed);
    QVERIFY2(report.error.contains(reason), qPrintable(report.error));
    QVERIFY2(report.error.startsWith(QLatin1String("statement 3")), qPrintable(report.error));
    // Nothing outside the temporary database was made, and that is gone too.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("dump.sql")});
}

void TestDumpSandbox::endlessQueryStopped()
{
    DumpVerifier::Job job;
    job.statementTimeoutMs = 300;
    const VerifyReport report = verify("CREATE TABLE t(a);\n"
                                       "INSERT INTO t WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                       "SELECT count(*) FROM c;\n",
                                       job);
    QCOMPARE(report.status, VerifyReport::Status::LoadFailed);
    QVERIFY2(report.error.contains(QLatin1String("ran longer than")), qPrintable(report.error));
}

void TestDumpSandbox::hugeStatementRefused()
{
    // One "statement" of 4 MiB with no end, against a 1 MiB cap: refused without reading it all in.
    DumpVerifier::Job job;
    job.maxStatementBytes = 1024 * 1024;
    const VerifyReport report = verify("CREATE TABLE t(a);\nINSERT INTO t VALUES('" + QByteArray(4 * 1024 * 1024, 'a'), job);
    QCOMPARE(report.status, VerifyReport::Status::LoadFailed);
    QVERIFY2(report.error.contains(QLatin1String("statement 2 is longer than")), qPrintable(report.error));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("dump.sql")});
}

QTEST_GUILESS_MAIN(TestDumpSandbox)
#include "tst_dumpsandbox.moc"
