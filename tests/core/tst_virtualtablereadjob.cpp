// VirtualTableReadJob against the in-process emulator: the exact SQL it appends for a standalone FTS5
// table read a page at a time (and the /raw requests the emulator saw), for an external-content one
// (a rebuild, no rows read), for schema only and data only, for one recreated empty, and a refused /raw
// that fails the job with nothing more asked.
#include "CloudflareEmulator.h"
#include "EmulatorFixture.h"
#include "SqliteCheck.h"
#include "VirtualTableReadJob.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>


using namespace d1x;
using testsupport::execSql;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("vtable-token-0123456789-abcdefghij");

// "raw: <sql>" or "query: <sql>" for every /raw and /query request the emulator saw.
QStringList queriesSeen(const QList<emu::RecordedRequest> &requests)
{
    QStringList out;
    for (const emu::RecordedRequest &r : requests)
        if (r.target.endsWith("/query") || r.target.endsWith("/raw"))
            out << QString::fromLatin1(r.target.mid(r.target.lastIndexOf('/') + 1)) + QStringLiteral(": ")
                    + QJsonDocument::fromJson(r.body).object().value(QLatin1String("sql")).toString();
    return out;
}

VirtualTable notes()
{
    VirtualTable v;
    v.name = QStringLiteral("notes_fts");
    v.sql = QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5(note)");
    v.module = QStringLiteral("fts5");
    return v;
}

VirtualTable docs()
{
    VirtualTable v;
    v.name = QStringLiteral("docs_fts");
    v.sql = QStringLiteral("CREATE VIRTUAL TABLE docs_fts USING fts5(title, content='docs', content_rowid='id')");
    v.module = QStringLiteral("fts5");
    v.content = VirtualTable::Content::External;
    v.contentTable = QStringLiteral("docs");
    return v;
}
} // namespace

class TestVirtualTableReadJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void standaloneRowsAreReadPageByPage();
    void externalContentIsRebuilt();
    void schemaOnlyReadsNothing();
    void dataOnlyLeavesOutTheCreateStatement();
    void recreatedEmptyReadsNothing();
    void refusedRawFailsTheJob();

private:
    // Runs `job` into a buffer; the error it finished with, the SQL in `sql`.
    ApiError run(VirtualTableReadJob &reader, VirtualTableReadJob::Job job, QByteArray *sql,
                 QStringList *log = nullptr);

    QTemporaryDir m_data;
    QString m_dbPath;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    QString m_uuid;
};

void TestVirtualTableReadJob::initTestCase()
{
    m_dbPath = m_data.filePath(QStringLiteral("vt.sqlite"));
    QVERIFY(execSql(m_dbPath, QByteArray(
        "CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT);"
        "INSERT INTO docs VALUES(1, 'sqlite');"
        "CREATE VIRTUAL TABLE docs_fts USING fts5(title, content='docs', content_rowid='id');"
        "INSERT INTO docs_fts(docs_fts) VALUES('rebuild');"
        "CREATE VIRTUAL TABLE notes_fts USING fts5(note);"
        "INSERT INTO notes_fts(rowid, note) VALUES(1, 'first'), (2, 'it''s second'), (9007199254740993, 'big');")));
}

void TestVirtualTableReadJob::init()
{
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("Virtual"), Token);
    QVERIFY(m_fixture->isListening());
    m_uuid = m_fixture->emulator()->addDatabase(AccountId, QStringLiteral("vt"), m_dbPath);
}

void TestVirtualTableReadJob::cleanup()
{
    m_fixture.reset();
}

ApiError TestVirtualTableReadJob::run(VirtualTableReadJob &reader, VirtualTableReadJob::Job job, QByteArray *sql,
                                      QStringList *log)
{
    job.accountId = AccountId;
    job.databaseId = m_uuid;
    if (log)
        connect(&reader, &VirtualTableReadJob::logMessage, this,
                [log](bool warning, const QString &text) { *log << (warning ? QStringLiteral("W: ") : QString()) + text; });
    ApiError result(ApiError::Kind::Cancelled, QStringLiteral("the test gave up waiting"));
    connect(&reader, &VirtualTableReadJob::finished, this, [&result](const ApiError &error) { result = error; });
    QSignalSpy finished(&reader, &VirtualTableReadJob::finished);
    QBuffer out(sql);
    out.open(QIODevice::WriteOnly);
    reader.start(job, &out);
    if (finished.isEmpty())
        finished.wait(30000);
    return result;
}

void TestVirtualTableReadJob::standaloneRowsAreReadPageByPage()
{
    VirtualTableReadJob reader(m_fixture->client());
    reader.setPageSize(2);
    VirtualTableReadJob::Job job;
    job.tables = {notes()};
    QByteArray sql;
    QStringList log;
    const ApiError error = run(reader, job, &sql, &log);
    QVERIFY2(!error, qPrintable(error.toString()));
    // Exact values (quote() text through /raw): the rowid beyond 2^53 is not rounded.
    QCOMPARE(sql, QByteArray("\nCREATE VIRTUAL TABLE notes_fts USING fts5(note);"
                             "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(1,'first');"
                             "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(2,'it''s second');"
                             "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(9007199254740993,'big');"));
    QCOMPARE(queriesSeen(m_fixture->emulator()->requests()),
             (QStringList{QStringLiteral("raw: SELECT name FROM pragma_table_info(?1)"),
                          QStringLiteral("raw: SELECT quote(rowid) AS rowid, quote(\"note\") AS \"note\" FROM "
                                         "\"notes_fts\" ORDER BY rowid LIMIT 2"),
                          QStringLiteral("raw: SELECT quote(rowid) AS rowid, quote(\"note\") AS \"note\" FROM "
                                         "\"notes_fts\" WHERE rowid > 2 ORDER BY rowid LIMIT 2")}));
    QCOMPARE(log, QStringList{QStringLiteral("notes_fts: recreated with its 3 row(s), read through /query.")});
}

void TestVirtualTableReadJob::externalContentIsRebuilt()
{
    VirtualTableReadJob reader(m_fixture->client());
    VirtualTableReadJob::Job job;
    job.tables = {docs(), notes()};
    QByteArray sql;
    QStringList log;
    const ApiError error = run(reader, job, &sql, &log);
    QVERIFY2(!error, qPrintable(error.toString()));
    QVERIFY2(sql.startsWith("\nCREATE VIRTUAL TABLE docs_fts USING fts5(title, content='docs', content_rowid='id');"
                            "\nINSERT INTO \"docs_fts\"(\"docs_fts\") VALUES('rebuild');"
                            "\nCREATE VIRTUAL TABLE notes_fts USING fts5(note);"
                            "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(1,'first');"),
             sql.constData());
    const QStringList seen = queriesSeen(m_fixture->emulator()->requests());
    QCOMPARE(seen.size(), 2); // notes_fts's columns and its one page; nothing read of docs_fts
    for (const QString &q : seen)
        QVERIFY2(!q.contains(QLatin1String("docs")), qPrintable(q));
    QCOMPARE(log.first(), QStringLiteral("docs_fts: recreated; its index is rebuilt from docs on import."));
}

void TestVirtualTableReadJob::schemaOnlyReadsNothing()
{
    VirtualTableReadJob reader(m_fixture->client());
    VirtualTableReadJob::Job job;
    job.tables = {docs(), notes()};
    job.noData = true;
    QByteArray sql;
    QStringList log;
    QVERIFY(!run(reader, job, &sql, &log));
    QCOMPARE(sql, QByteArray("\nCREATE VIRTUAL TABLE docs_fts USING fts5(title, content='docs', content_rowid='id');"
                             "\nCREATE VIRTUAL TABLE notes_fts USING fts5(note);"));
    QCOMPARE(log, (QStringList{QStringLiteral("docs_fts: recreated (schema only)."),
                               QStringLiteral("notes_fts: recreated (schema only).")}));
    QVERIFY(m_fixture->emulator()->requests().isEmpty());
}

void TestVirtualTableReadJob::dataOnlyLeavesOutTheCreateStatement()
{
    VirtualTableReadJob reader(m_fixture->client());
    VirtualTableReadJob::Job job;
    job.tables = {notes()};
    job.noSchema = true;
    QByteArray sql;
    QVERIFY(!run(reader, job, &sql));
    QCOMPARE(sql, QByteArray("\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(1,'first');"
                             "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(2,'it''s second');"
                             "\nINSERT INTO \"notes_fts\" (rowid,\"note\") VALUES(9007199254740993,'big');"));
}

void TestVirtualTableReadJob::recreatedEmptyReadsNothing()
{
    VirtualTableReadJob reader(m_fixture->client());
    VirtualTableReadJob::Job job;
    job.tables = {docs(), notes()};
    QStringList asked;
    job.recreatedEmpty = [&asked](const VirtualTable &v) {
        asked << v.name;
        return true;
    };
    QByteArray sql;
    QVERIFY(!run(reader, job, &sql));
    QCOMPARE(asked, (QStringList{QStringLiteral("docs_fts"), QStringLiteral("notes_fts")}));
    QCOMPARE(sql, QByteArray("\nCREATE VIRTUAL TABLE docs_fts USING fts5(title, content='docs', content_rowid='id');"
                             "\nCREATE VIRTUAL TABLE notes_fts USING fts5(note);"));
    QVERIFY(m_fixture->emulator()->requests().isEmpty());
}

void TestVirtualTableReadJob::refusedRawFailsTheJob()
{
    emu::FaultSpec fault{emu::Step::Query, emu::Fault::Refused};
    fault.bodyContains = "quote(";
    m_fixture->emulator()->addFault(fault);
    VirtualTableReadJob reader(m_fixture->client());
    VirtualTableReadJob::Job job;
    job.tables = {notes(), docs()};
    QByteArray sql;
    const ApiError error = run(reader, job, &sql);
    QCOMPARE(error.kind(), ApiError::Kind::ExportFailed);
    QVERIFY2(error.detail().startsWith(QLatin1String("the rows of the virtual table notes_fts could not be read (")),
             qPrintable(error.detail()));
    QVERIFY2(error.detail().endsWith(QLatin1String("a dump without them would be incomplete, so nothing was saved. "
                                                    "Try again, or choose schema only to export its definition alone.")),
             qPrintable(error.detail()));
    // Refused once, not retried, and nothing asked after it.
    QCOMPARE(queriesSeen(m_fixture->emulator()->requests()).size(), 2);
    QCOMPARE(sql, QByteArray("\nCREATE VIRTUAL TABLE notes_fts USING fts5(note);"));
}

QTEST_GUILESS_MAIN(TestVirtualTableReadJob)
#include "tst_virtualtablereadjob.moc"
