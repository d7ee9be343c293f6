// Exact values end to end: the emulator lets numbers out as D1 does (integers beyond 2^53 rounded,
// infinities as the bare word Infinity), and every saved file must still re-import into SQLite
// identical, value by value and type by type, to the source: .sql, .sql.gz, .sqlite, a table filter,
// data only, virtual tables read through /query. A row changed on the server between the export and
// the re-read is reported, not mixed in. Also the literal rules the repair relies on.
#include "CloudflareEmulator.h"
#include "ConcurrentDamageScan.h"
#include "DamageScan.h"
#include "DumpPipe.h"
#include "DumpSink.h"
#include "DumpInsertLine.h"
#include "DumpWriter.h"
#include "EmulatorFixture.h"
#include "ExportController.h"
#include "LiveValueCheckJob.h"
#include "QueryRunner.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <future>

using namespace d1x;
using testsupport::execSql;
using testsupport::gunzipFile;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("repair-token-0123456789abcdef");

QMap<QString, QStringList> only(QMap<QString, QStringList> contents, const QStringList &tables)
{
    for (const QString &name : contents.keys())
        if (!tables.contains(name))
            contents.remove(name);
    return contents;
}
} // namespace

class TestValueRepair : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void literalRules();
    void damageLookoutFindsEveryRun();
    void emulatorRoundsAsD1Does();
    void everySampleReimportsExactly_data();
    void everySampleReimportsExactly();
    void scanInAnyPiecesFindsTheSameRows();
    void scanWhileSavingStopsAtD1sPartAndGivesUpOnARestart();
    void tableFilter();
    void dataOnly();
    void nothingToRepairInExactMode();
    void changedRowIsReported();
    void failedRereadKeepsTheOldFile_data();
    void failedRereadKeepsTheOldFile();
    void cancelWhileRepairingKeepsTheOldFile();
    void compareValuesSameOnExactExport();
    void compareValuesNamesTheRow_data();
    void compareValuesNamesTheRow();
    void cancelWhileComparingValues();
    void compareValuesInChunks();
    void tableMissingFromTheDumpDiffers();
    void compareValuesInChunksOfBytes();

private:
    QStringList filesInOutput() const;
    ExportResult runExport(const ExportRequest &request, QStringList *log = nullptr);
    // The value check of the "values" database against the dump v.sql in the output folder.
    LiveValueCheckJob::Job valueCheckJob(const QStringList &tables) const;
    LiveValueReport runValueCheck(const LiveValueCheckJob::Job &job, qint64 chunkRows = LiveValueCheckJob::DefaultChunkRows,
                                  qint64 chunkBytes = LiveValueCheckJob::DefaultChunkBytes);
    ExportRequest request(const QString &db, const QString &file) const;

    QTemporaryDir m_data;
    QMap<QString, QString> m_paths; // sample name → file
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    emu::CloudflareEmulator *m_emu = nullptr; // the fixture's
    CloudflareClient *m_client = nullptr;     // the fixture's
    QMap<QString, QString> m_uuids;
};

void TestValueRepair::initTestCase()
{
    QVERIFY(m_data.isValid());
    const QList<std::pair<QString, emu::SampleSpec::Kind>> samples = {
        {QStringLiteral("numbers64"), emu::SampleSpec::Numbers64},
        {QStringLiteral("awkward"), emu::SampleSpec::Awkward},
        {QStringLiteral("vtable"), emu::SampleSpec::WithVirtualTable},
    };
    for (const auto &[name, kind] : samples) {
        const QString path = m_data.filePath(name + QStringLiteral(".sqlite"));
        QString error;
        emu::SampleSpec spec;
        spec.kind = kind;
        QVERIFY2(emu::SampleDatabase::generate(path, spec, &error), qPrintable(error));
        m_paths.insert(name, path);
    }
    emu::SampleSpec plain;
    plain.kind = emu::SampleSpec::Plain;
    plain.targetBytes = 2 * 1024 * 1024;
    plain.bigIntegerEvery = 10;
    const QString path = m_data.filePath(QStringLiteral("plain64.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(path, plain));
    m_paths.insert(QStringLiteral("plain64"), path);

    // For the value comparison: 2,000 rows, a 64-bit integer in one of ten, blobs, a WITHOUT ROWID table and
    // an empty one.
    const QString values = m_data.filePath(QStringLiteral("values.sqlite"));
    QString error;
    QVERIFY2(execSql(values, "CREATE TABLE items (id INTEGER PRIMARY KEY, big INTEGER, data BLOB, note TEXT);"
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                          "INSERT INTO items SELECT i, CASE WHEN i % 10 = 0 THEN 9007199254740993 + i * 1000 ELSE i END, "
                          "randomblob(40), 'row ' || i FROM n;"
                          "CREATE TABLE kv (k TEXT PRIMARY KEY, v) WITHOUT ROWID;"
                          "INSERT INTO kv VALUES ('a', 9223372036854775807), ('b', x'0102');"
                          "CREATE TABLE empty_items (id INTEGER PRIMARY KEY, x);",
                  &error),
             qPrintable(error));
    m_paths.insert(QStringLiteral("values"), values);
}

void TestValueRepair::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, QStringLiteral("Test account"), Token);
    QVERIFY(m_fixture->isListening());
    m_emu = m_fixture->emulator();
    m_client = m_fixture->client();
    QVERIFY(!m_emu->exactNumbers()); // D1's way is the default
    for (auto it = m_paths.cbegin(); it != m_paths.cend(); ++it)
        m_uuids.insert(it.key(), m_emu->addDatabase(AccountId, it.key(), it.value()));
    m_emu->setPollsBeforeComplete(1);
}

void TestValueRepair::cleanup()
{
    m_client = nullptr;
    m_emu = nullptr;
    m_fixture.reset();
    m_out.reset();
}

ExportRequest TestValueRepair::request(const QString &db, const QString &file) const
{
    ExportRequest r;
    r.accountId = AccountId;
    r.databaseId = m_uuids.value(db);
    r.outputPath = file.isEmpty() ? QString() : m_out->filePath(file);
    return r;
}

ExportResult TestValueRepair::runExport(const ExportRequest &request, QStringList *log)
{
    ExportController controller(m_client);
    m_fixture->speedUp(&controller);
    if (log)
        connect(&controller, &ExportController::logMessage, this,
                [log](ExportController::LogLevel, const QString &text) { *log << text; });
    return testsupport::EmulatorFixture::run(&controller, request);
}

void TestValueRepair::literalRules()
{
    QVERIFY(!DumpInsertLine::isSuspect("9007199254740991"));
    QVERIFY(DumpInsertLine::isSuspect("9007199254740992"));
    QVERIFY(DumpInsertLine::isSuspect("-9223372036854776000"));
    QVERIFY(DumpInsertLine::isSuspect("1152921504606847000")); // 2^60 as JavaScript prints it
    QVERIFY(!DumpInsertLine::isSuspect("1152921504606846976")); // 2^60 exactly: no double prints like that
    QVERIFY(!DumpInsertLine::isSuspect("9223372036854775807")); // no double prints like that: exact
    QVERIFY(!DumpInsertLine::isSuspect("9007199254740993"));
    QVERIFY(DumpInsertLine::isSuspect("Infinity"));
    QVERIFY(!DumpInsertLine::isSuspect("1.5e+300"));
    QVERIFY(!DumpInsertLine::isSuspect("'9007199254740993'"));
    qint64 lo = 0;
    qint64 hi = 0;
    QVERIFY(DumpInsertLine::integerRange("9007199254740992", &lo, &hi));
    QCOMPARE(lo, 9007199254740992LL); // 2^53-1 is its own double; 2^53+1 rounds down to even
    QCOMPARE(hi, 9007199254740993LL);
    QVERIFY(DumpInsertLine::integerRange("9223372036854776000", &lo, &hi));
    QCOMPARE(lo, 9223372036854775296LL);
    QCOMPARE(hi, std::numeric_limits<qint64>::max());
    QVERIFY(DumpInsertLine::integerRange("-9223372036854776000", &lo, &hi));
    QCOMPARE(lo, std::numeric_limits<qint64>::min());
    for (qint64 v : {lo, hi})
        QCOMPARE(double(v), -9223372036854775808.0);
    QVERIFY(DumpInsertLine::matchesQuoted("9007199254740992", "9007199254740993"));
    QVERIFY(!DumpInsertLine::matchesQuoted("9007199254740992", "9007199254740995"));
    QVERIFY(DumpInsertLine::matchesQuoted("Infinity", "Inf"));
    QVERIFY(DumpInsertLine::matchesQuoted("replace('a\\nb''c','\\n',char(10))", "'a\nb''c'"));
    // A local dump's other stand-ins, for text that holds a backslash-n of its own.
    QVERIFY(DumpInsertLine::matchesQuoted("replace(replace('a\\n\\012\\r','\\r',char(13)),'\\012',char(10))",
                                          "'a\\n\n\r'"));
    QVERIFY(!DumpInsertLine::matchesQuoted("replace('a\\n\\012','\\012',char(10))", "'a\n\n'"));
    QVERIFY(!DumpInsertLine::matchesQuoted("replace('a\\012','\\012',char(11))", "'a\n'"));
    QVERIFY(DumpInsertLine::matchesQuoted("X'00ff'", "X'00FF'"));
    QVERIFY(!DumpInsertLine::matchesQuoted("X'00ff'", "X'00FE'"));
    QCOMPARE(DumpInsertLine::exactLiteral("9007199254740992", "9007199254740993"), QByteArray("9007199254740993"));
    QCOMPARE(DumpInsertLine::exactLiteral("-Infinity", "-Inf"), QByteArray("-9e999"));
    QVERIFY(DumpInsertLine::exactLiteral("9007199254740992", "9007199254740992").isEmpty()); // right as it is

    DumpInsertLine row;
    const QByteArray line = "INSERT INTO \"a \"\"b\" (\"x\",\"y,z\") VALUES(replace('1,(2''','\\n',char(10)),X'00');";
    QVERIFY(row.parse(line));
    QCOMPARE(row.table, QByteArray("a \"b"));
    QCOMPARE(row.columns, QList<QByteArray>({"x", "y,z"}));
    QCOMPARE(row.values.size(), 2);
    QCOMPARE(row.value(line, 1).toByteArray(), QByteArray("X'00'"));
}

void TestValueRepair::emulatorRoundsAsD1Does()
{
    // What the repair is for: the dump and the /query answers as D1 (and now the emulator) sends them.
    const QString path = m_paths.value(QStringLiteral("numbers64"));
    const QString d1Dump = m_out->filePath(QStringLiteral("d1.sql"));
    QVERIFY(emu::DumpWriter().writeFile(path, d1Dump));
    const QByteArray d1 = gunzipFile(d1Dump);
    QVERIFY(d1.contains("VALUES(9007199254740992,'2^53+1',9223372036854776000);"));
    QVERIFY(d1.contains(",Infinity,Infinity);"));
    QVERIFY(!d1.contains("9007199254740993"));
    QString error;
    QVERIFY(!execSql(m_out->filePath(QStringLiteral("d1.sqlite")), d1, &error)); // does not even load
    const emu::QueryRunner::Outcome answer = emu::QueryRunner::run(
        path, QStringLiteral("SELECT i, r FROM numbers WHERE label IN ('2^53+1', '+infinity') ORDER BY id"), {},
        emu::QueryRunner::Format::Raw);
    QVERIFY(answer.ok);
    const QJsonArray rows = answer.results.at(0)[QStringLiteral("results")][QStringLiteral("rows")].toArray();
    QCOMPARE(rows.at(0)[0].toDouble(), 9007199254740992.0);
    QVERIFY(rows.at(1)[1].isNull());

    QStringList log;
    const ExportResult result = runExport(request(QStringLiteral("numbers64"), QStringLiteral("exact.sql")), &log);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QByteArray sql = gunzipFile(result.path);
    QVERIFY(!sql.contains("Infinity"));
    QVERIFY(sql.contains("VALUES(9007199254740993,'2^53+1',9223372036854775807);"));
    QVERIFY(sql.contains(",9e999,9e999);"));
    QCOMPARE(result.repair.status, ValueRepairReport::Status::Repaired);
    QVERIFY(result.repair.restoredValues > 20);
    QCOMPARE(result.repair.restoredInfinities, 6);
    QVERIFY(result.repair.rowsRead > 0);
    QVERIFY(result.repair.rowsRead < 60); // the sample's rows with such values, and the keyless table up to its last one
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("restored exactly")));
    // Every line without such a value is as D1 wrote it.
    const QList<QByteArray> before = d1.split('\n');
    const QList<QByteArray> after = sql.split('\n');
    QCOMPARE(after.size(), before.size());
    int differing = 0;
    for (int i = 0; i < before.size(); ++i) {
        if (before.at(i) != after.at(i)) {
            ++differing;
            QVERIFY2(DumpInsertLine::mayHoldDamage(before.at(i)), before.at(i).constData());
        }
    }
    QVERIFY(differing > 10);
}

void TestValueRepair::damageLookoutFindsEveryRun()
{
    // mayHoldDamage looks at every 16th byte only: a run of 16 digits is found wherever it starts and
    // whatever surrounds it, and 15 are not enough. Judged against reading every byte.
    const auto everyByte = [](const QByteArray &line) {
        int run = 0;
        for (const char c : line) {
            run = unsigned(c - '0') < 10u ? run + 1 : 0;
            if (run >= 16)
                return true;
        }
        return line.contains("Infinity");
    };
    for (int length = 0; length <= 70; ++length) {
        for (int start = 0; start + 15 <= length; ++start) {
            for (const int digits : {15, 16, 17}) {
                if (start + digits > length)
                    continue;
                QByteArray line(length, ',');
                for (int i = 0; i < digits; ++i)
                    line[start + i] = char('1' + i % 9);
                QCOMPARE(DumpInsertLine::mayHoldDamage(line), digits >= 16);
            }
        }
    }
    QRandomGenerator rng(15);
    const char alphabet[] = "0123456789012345678901234567,'x.-";
    for (int i = 0; i < 20000; ++i) {
        QByteArray line(int(rng.bounded(120)), Qt::Uninitialized);
        for (char &c : line)
            c = alphabet[rng.bounded(int(sizeof alphabet - 1))];
        if (rng.bounded(10) == 0)
            line.insert(int(rng.bounded(line.size() + 1)), "Infinity");
        QVERIFY2(DumpInsertLine::mayHoldDamage(line) == everyByte(line), line.constData());
    }
}

namespace {
// The rows a scan noted, one line of text each, in line order.
QStringList suspectsOf(const DamageScan &scan)
{
    QStringList rows;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(scan.workDatabase(), "SELECT line, tbl, table_row, hex(key), text FROM suspects ORDER BY line", -1,
                       &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < 5; ++i)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)));
        rows << row.join(QLatin1Char('|'));
    }
    sqlite3_finalize(s);
    return rows;
}

QList<TableInfo> schemaOf(const QString &path)
{
    const emu::QueryRunner::Outcome answer = emu::QueryRunner::run(
        path, QStringLiteral("SELECT name, type, tbl_name, sql FROM sqlite_schema ORDER BY rowid"), {},
        emu::QueryRunner::Format::Objects);
    return TableInfo::listFromQueryResult(answer.results);
}
} // namespace

void TestValueRepair::scanInAnyPiecesFindsTheSameRows()
{
    // D1's dump of the sample, fed whole, byte by byte at the start, and in random pieces: the same rows,
    // and exactly the lines of the dump that hold a literal D1 may have damaged.
    const QString path = m_paths.value(QStringLiteral("numbers64"));
    const QString d1Dump = m_out->filePath(QStringLiteral("d1.sql"));
    QVERIFY(emu::DumpWriter().writeFile(path, d1Dump));
    const QByteArray d1 = gunzipFile(d1Dump);
    QSet<int> damagedLines;
    const QList<QByteArray> lines = d1.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        DumpInsertLine row;
        if (!lines.at(i).startsWith("INSERT INTO ") || !row.parse(lines.at(i)))
            continue;
        for (int v = 0; v < row.values.size(); ++v) {
            if (DumpInsertLine::isSuspect(row.value(lines.at(i), v))) {
                damagedLines.insert(i);
                break;
            }
        }
    }
    QVERIFY(damagedLines.size() > 10);

    const QList<TableInfo> schema = schemaOf(path);
    QVERIFY(!schema.isEmpty());
    const auto scanned = [&](const QList<qsizetype> &pieces) {
        DamageScan scan(schema);
        if (!scan.open(m_out->path()))
            return QStringList{scan.errorString()};
        qsizetype at = 0;
        for (int i = 0; at < d1.size(); ++i) {
            const qsizetype n = qMin(pieces.at(i % pieces.size()), d1.size() - at);
            if (!scan.feed(QByteArrayView(d1).sliced(at, n)))
                return QStringList{scan.errorString()};
            at += n;
        }
        if (!scan.finish())
            return QStringList{scan.errorString()};
        return suspectsOf(scan);
    };
    const QStringList whole = scanned({d1.size()});
    QCOMPARE(whole.size(), damagedLines.size());
    for (const QString &row : whole)
        QVERIFY2(damagedLines.contains(row.section(QLatin1Char('|'), 0, 0).toInt()), qPrintable(row));
    QCOMPARE(scanned({1}), whole);
    QRandomGenerator rng(7);
    QList<qsizetype> pieces;
    for (int i = 0; i < 97; ++i)
        pieces << 1 + rng.bounded(400);
    QCOMPARE(scanned(pieces), whole);
    QCOMPARE(QDir(m_out->path()).entryList({QStringLiteral(".d1x-repair-*")}, QDir::Hidden | QDir::Files),
             QStringList()); // each scan removed its work database
}

void TestValueRepair::scanWhileSavingStopsAtD1sPartAndGivesUpOnARestart()
{
    const QString path = m_paths.value(QStringLiteral("numbers64"));
    const QString d1Dump = m_out->filePath(QStringLiteral("d1.sql"));
    QVERIFY(emu::DumpWriter().writeFile(path, d1Dump));
    const QByteArray d1 = gunzipFile(d1Dump);
    const QByteArray appended = "INSERT INTO numbers VALUES(1,'after',9223372036854776000,Infinity);\n";
    const QList<TableInfo> schema = schemaOf(path);
    const auto run = [&](bool restart) {
        DumpSink sink;
        auto scan = std::make_unique<DamageScan>(schema);
        scan->open(m_out->path());
        ConcurrentDamageScan concurrent;
        QSignalSpy finished(&concurrent, &ConcurrentDamageScan::finished);
        if (!sink.open(m_out->filePath(QStringLiteral("saved.sql")), {}))
            return std::shared_ptr<DamageScan>();
        concurrent.attach(&sink, std::move(scan));
        for (qsizetype at = 0; at < d1.size(); at += 1000) {
            sink.write(d1.mid(at, 1000));
            if (restart && at == 3000)
                sink.reset(); // the server ignored Range: the data comes again from its first byte
        }
        sink.endInputTap();
        sink.write(appended); // the exporter's own, exact already
        QSignalSpy committed(&sink, &DumpSink::committed);
        sink.commit();
        if (!committed.wait(10000) || (finished.isEmpty() && !finished.wait(10000)))
            return std::shared_ptr<DamageScan>();
        return concurrent.take();
    };
    const std::shared_ptr<DamageScan> scan = run(false);
    QVERIFY(scan);
    QCOMPARE(scan->bytesFed(), d1.size());
    DamageScan whole(schema);
    QVERIFY(whole.open(m_out->path()));
    QVERIFY(whole.feed(d1));
    QVERIFY(whole.finish());
    QCOMPARE(suspectsOf(*scan), suspectsOf(whole));
    // Started again from byte 0: what was scanned is not the file; the repair scans the file instead.
    QVERIFY(!run(true));

    // A scan that falls behind never holds the download back: its pipe is given up, not waited for.
    DumpPipe pipe;
    pipe.setDropWhenFull(true);
    auto writes = std::async(std::launch::async, [&pipe] {
        for (int i = 0; i < 4; ++i)
            pipe.write(QByteArray(pipe.capacityBytes() / 2, 'x')); // no reader takes anything
    });
    const bool returned = writes.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
    if (!returned)
        pipe.abort(); // lets the writer go, so that a failure does not hang here
    QVERIFY(returned);
    QVERIFY(pipe.isAbandoned());
    char byte = 0;
    QCOMPARE(pipe.read(&byte, 1), qint64(-1));

    // The scan's own pipe lets it fall behind by bursts of several MiB (as it does beside a loopback
    // download) and still hands over every byte in order.
    DumpPipe scanPipe(ConcurrentDamageScan::PipeBytes);
    scanPipe.setDropWhenFull(true);
    QByteArray written;
    for (int i = 0; written.size() + 512 * 1024 <= ConcurrentDamageScan::PipeBytes; ++i) {
        const QByteArray piece(512 * 1024, char('a' + i % 26));
        scanPipe.write(piece);
        written += piece;
    }
    QVERIFY(written.size() >= 6 * 1024 * 1024);
    scanPipe.finish();
    QVERIFY(!scanPipe.isAbandoned());
    QByteArray read(written.size() + 1, Qt::Uninitialized);
    qint64 got = 0;
    for (qint64 n; (n = scanPipe.read(read.data() + got, read.size() - got)) > 0;)
        got += n;
    QCOMPARE(got, qint64(written.size()));
    read.truncate(got);
    QVERIFY(read == written);
}

void TestValueRepair::everySampleReimportsExactly_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("sqliteOnly");
    QTest::addColumn<qint64>("cutAfter"); // the download is cut after this many bytes and resumed (0: not)
    for (const char *sample : {"numbers64", "awkward", "vtable", "plain64"}) {
        QTest::addRow("%s .sql", sample) << QString::fromLatin1(sample) << QStringLiteral("dump.sql") << false << qint64(0);
        QTest::addRow("%s .sql.gz", sample) << QString::fromLatin1(sample) << QStringLiteral("dump.sql.gz") << false
                                            << qint64(0);
        QTest::addRow("%s .sqlite", sample) << QString::fromLatin1(sample) << QStringLiteral("copy.sqlite") << true
                                            << qint64(0);
    }
    // The scan made while saving numbers its lines across the resumed download as the file has them.
    QTest::addRow("numbers64 .sql, download cut and resumed")
        << QStringLiteral("numbers64") << QStringLiteral("dump.sql") << false << qint64(2500);
    QTest::addRow("numbers64 .sql.gz, download cut and resumed")
        << QStringLiteral("numbers64") << QStringLiteral("dump.sql.gz") << false << qint64(2500);
}

void TestValueRepair::everySampleReimportsExactly()
{
    QFETCH(QString, sample);
    QFETCH(QString, file);
    QFETCH(bool, sqliteOnly);
    QFETCH(qint64, cutAfter);
    if (cutAfter > 0) {
        emu::FaultSpec cut{emu::Step::Download, emu::Fault::CutConnection};
        cut.cutAfterBytes = cutAfter;
        m_emu->addFault(cut);
    }
    ExportRequest r = request(sample, sqliteOnly ? QString() : file);
    if (sqliteOnly)
        r.sqlitePath = m_out->filePath(file);
    QStringList log;
    const ExportResult result = runExport(r, &log);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY2(result.fullySucceeded(), qPrintable(result.repair.summary()));
    // The rows to read again were found while the dump downloaded, not by reading the file again (a
    // dump larger than the scan's pipe may outrun a scan that starts late: the file is scanned then).
    if (result.bytes <= ConcurrentDamageScan::PipeBytes)
        QVERIFY(result.repair.scannedWhileSaving);
    if (cutAfter > 0)
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("esum")), qPrintable(log.join(QLatin1Char('\n'))));
    QString loaded = r.sqlitePath;
    if (!sqliteOnly) {
        loaded = m_out->filePath(QStringLiteral("reimported.sqlite"));
        QString error;
        QVERIFY2(execSql(loaded, gunzipFile(result.path), &error), qPrintable(error));
    }
    QString error;
    const auto expected = testsupport::withoutShadowTables(testsupport::tableContents(m_paths.value(sample), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto actual = testsupport::withoutShadowTables(testsupport::tableContents(loaded, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString difference = testsupport::firstDifference(expected, actual);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    if (sample != QLatin1String("vtable"))
        QCOMPARE(result.repair.status, ValueRepairReport::Status::Repaired);
}

void TestValueRepair::tableFilter()
{
    ExportRequest r = request(QStringLiteral("numbers64"), QStringLiteral("filtered.sql"));
    r.options.tables = QStringList{QStringLiteral("users"), QStringLiteral("ledger"), QStringLiteral("readings")};
    const ExportResult result = runExport(r);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.repair.summary()));
    const QString loaded = m_out->filePath(QStringLiteral("reimported.sqlite"));
    QString error;
    QVERIFY2(execSql(loaded, gunzipFile(result.path), &error), qPrintable(error));
    const QString difference = testsupport::firstDifference(
        only(testsupport::tableContents(m_paths.value(QStringLiteral("numbers64"))), r.options.tables),
        only(testsupport::tableContents(loaded), r.options.tables));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(testsupport::rowCount(loaded, QStringLiteral("users")), 8);
}

void TestValueRepair::dataOnly()
{
    ExportRequest r = request(QStringLiteral("numbers64"), QStringLiteral("data.sql"));
    r.options.noSchema = true;
    const ExportResult result = runExport(r);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.repair.summary()));
    QVERIFY(!gunzipFile(result.path).contains("CREATE TABLE"));
    // The rows go into the schema made from the source.
    const QString loaded = m_out->filePath(QStringLiteral("reimported.sqlite"));
    sqlite3 *src = nullptr;
    sqlite3_open_v2(QFile::encodeName(m_paths.value(QStringLiteral("numbers64"))).constData(), &src,
                    SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(src, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", -1,
                       &stmt, nullptr);
    QByteArray schema;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        schema += QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))) + ";\n";
    sqlite3_finalize(stmt);
    sqlite3_close(src);
    QString error;
    QVERIFY2(execSql(loaded, schema + "ANALYZE;", &error), qPrintable(error)); // sqlite_stat1 for its rows
    QVERIFY2(execSql(loaded, gunzipFile(result.path), &error), qPrintable(error));
    // (sqlite_sequence is left out: the rows inserted into AUTOINCREMENT tables add to what the dump holds.)
    auto expected = testsupport::tableContents(m_paths.value(QStringLiteral("numbers64")));
    auto actual = testsupport::tableContents(loaded);
    expected.remove(QStringLiteral("sqlite_sequence"));
    actual.remove(QStringLiteral("sqlite_sequence"));
    const QString difference = testsupport::firstDifference(expected, actual);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestValueRepair::nothingToRepairInExactMode()
{
    m_emu->setExactNumbers(true);
    const ExportResult result = runExport(request(QStringLiteral("numbers64"), QStringLiteral("exact.sql")));
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString()));
    // Integers and infinities arrive exact; only REALs printed as bare digits within the 64-bit range
    // (2^53, and 2^60 twice), which SQLite would read back as INTEGERs, are written so they stay REALs.
    QCOMPARE(result.repair.restoredInfinities, 0);
    QCOMPARE(result.repair.restoredValues, 3);
    QVERIFY(gunzipFile(result.path).contains("VALUES(9007199254740993,'2^53+1',9223372036854775807);"));

    // Only rows with digits a double could have printed are read again: fewer than from D1.
    m_emu->setExactNumbers(false);
    const ExportResult rounded = runExport(request(QStringLiteral("numbers64"), QStringLiteral("rounded.sql")));
    QVERIFY2(result.repair.rowsRead < rounded.repair.rowsRead,
             qPrintable(QStringLiteral("%1 vs %2").arg(result.repair.rowsRead).arg(rounded.repair.rowsRead)));
    // A dump whose numbers all arrived exactly is left as it was saved.
    m_emu->setExactNumbers(true);
    const ExportResult plain = runExport(request(QStringLiteral("awkward"), QStringLiteral("awkward.sql")));
    QVERIFY2(plain.fullySucceeded(), qPrintable(plain.error.toString()));
    QCOMPARE(plain.repair.status, ValueRepairReport::Status::Clean);
    QVERIFY(!plain.repair.rewritten);
}

void TestValueRepair::changedRowIsReported()
{
    // The database is written to after D1 made the dump and before the rows are read again.
    const QString path = m_paths.value(QStringLiteral("numbers64"));
    const QString backup = m_data.filePath(QStringLiteral("numbers64.before"));
    QFile::remove(backup);
    QVERIFY(QFile::copy(path, backup));
    bool changed = false;
    connect(m_emu, &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        if (req.toDownloadListener && !changed)
            changed = execSql(path, "UPDATE users SET handle = 'renamed' WHERE handle = 'next worker'");
    });
    QStringList log;
    const ExportResult result = runExport(request(QStringLiteral("numbers64"), QStringLiteral("live.sql")), &log);
    QFile::remove(path);
    QVERIFY(QFile::copy(backup, path));
    QVERIFY(changed);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.repair.status, ValueRepairReport::Status::Changed);
    QCOMPARE(result.repair.changedRows, 1);
    QVERIFY(!result.fullySucceeded());
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("differ on D1")), qPrintable(log.join(u'\n')));
    QVERIFY(result.repair.changedExamples.value(0).contains(QLatin1String("users")));
    // The row stays as D1 wrote it (with its rounded id); the others are exact.
    const QByteArray dump = gunzipFile(result.path);
    QVERIFY(dump.contains("'next worker'"));
    QVERIFY(dump.contains("9223372036854775807,'int64 max'"));
}

QStringList TestValueRepair::filesInOutput() const
{
    return QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestValueRepair::failedRereadKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("sqliteOnly");
    QTest::newRow(".sql") << QStringLiteral("old.sql") << false;
    QTest::newRow(".sql.gz") << QStringLiteral("old.sql.gz") << false;
    QTest::newRow(".sqlite") << QStringLiteral("old.sqlite") << true;
}

void TestValueRepair::failedRereadKeepsTheOldFile()
{
    // D1 refuses the repair's re-read (every /query holding quote(), after retries): the dump downloaded
    // would hold D1's rounded values, so it must not replace the user's earlier file.
    QFETCH(QString, file);
    QFETCH(bool, sqliteOnly);
    const QByteArray old = "the user's earlier backup\n";
    {
        QFile f(m_out->filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    QVERIFY(QFile::setPermissions(m_out->filePath(file), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    emu::FaultSpec refuse;
    refuse.step = emu::Step::Query;
    refuse.fault = emu::Fault::Http500;
    refuse.times = 1000;
    refuse.bodyContains = "quote(";
    m_emu->addFault(refuse);
    ExportRequest r = request(QStringLiteral("numbers64"), sqliteOnly ? QString() : file);
    if (sqliteOnly)
        r.sqlitePath = m_out->filePath(file);
    else
        r.verify = true;
    QStringList log;
    const ExportResult result = runExport(r, &log);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::ServerError);
    QCOMPARE(result.repair.status, ValueRepairReport::Status::Failed);
    QVERIFY2(result.error.toString().contains(QLatin1String("nothing was saved")), qPrintable(result.error.toString()));
    QVERIFY2(result.error.toString().contains(QLatin1String("was left as it was")) || sqliteOnly,
             qPrintable(result.error.toString()));
    // The earlier file, byte for byte and with its permissions; nothing else left in the folder.
    QFile f(m_out->filePath(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    QCOMPARE(f.permissions() & (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    QCOMPARE(filesInOutput(), QStringList{file});

    // Once D1 answers again, the same export replaces it, and the replaced file keeps its permissions.
    m_emu->clearFaults();
    const ExportResult again = runExport(r);
    QVERIFY2(again.fullySucceeded(), qPrintable(again.error.toString() + again.repair.summary()));
    QCOMPARE(filesInOutput(), QStringList{file});
    QVERIFY(QFileInfo(m_out->filePath(file)).size() > old.size());
    if (!sqliteOnly) {
        QVERIFY(gunzipFile(m_out->filePath(file)).contains("9223372036854775807,'int64 max'"));
        QCOMPARE(QFile::permissions(m_out->filePath(file)) & (QFile::ReadGroup | QFile::ReadOther), QFile::ReadGroup);
    }
}

void TestValueRepair::cancelWhileRepairingKeepsTheOldFile()
{
    const QByteArray old = "earlier";
    {
        QFile f(m_out->filePath(QStringLiteral("c.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    ExportController controller(m_client);
    controller.setMinimumPollIntervalMs(10);
    QSignalSpy finished(&controller, &ExportController::finished);
    bool sawRepairing = false;
    connect(&controller, &ExportController::stateChanged, &controller, [&](ExportController::State s) {
        if (s == ExportController::State::Repairing) {
            sawRepairing = true;
            controller.cancel();
        }
    });
    controller.start(request(QStringLiteral("numbers64"), QStringLiteral("c.sql")));
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    QVERIFY(sawRepairing);
    QCOMPARE(controller.result().error.kind(), ApiError::Kind::Cancelled);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QFile f(m_out->filePath(QStringLiteral("c.sql")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    QCOMPARE(filesInOutput(), QStringList{QStringLiteral("c.sql")});
}

void TestValueRepair::compareValuesSameOnExactExport()
{
    ExportRequest r = request(QStringLiteral("values"), QStringLiteral("v.sql"));
    r.compareLiveValues = true;
    QStringList log;
    const ExportResult result = runExport(r, &log);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + log.join(u'\n')));
    QCOMPARE(result.repair.status, ValueRepairReport::Status::Repaired); // compared after the repair
    QCOMPARE(result.liveValues.status, LiveValueReport::Status::Same);
    QCOMPARE(result.liveValues.tablesCompared, 3); // the empty table too
    QCOMPARE(result.liveValues.requests, 3);
    QVERIFY2(log.join(u'\n').contains(QLatin1String("is the same in the dump as on D1")), qPrintable(log.join(u'\n')));
    QCOMPARE(filesInOutput(), QStringList{QStringLiteral("v.sql")}); // its temporary database is gone
    QCOMPARE(result.liveValues.toJson().value(QLatin1String("status")).toString(), QStringLiteral("same"));
}

void TestValueRepair::compareValuesNamesTheRow_data()
{
    QTest::addColumn<QByteArray>("change");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("where");
    // As a dump that kept a rounded integer would differ from D1: by one, in a 64-bit value.
    QTest::newRow("64-bit integer off by one") << QByteArray("UPDATE items SET big = big + 1 WHERE id = 1230")
                                               << QStringLiteral("items") << QStringLiteral("rowid 1230");
    QTest::newRow("one blob byte") << QByteArray("UPDATE items SET data = CASE WHEN substr(data, 7, 1) = x'00' THEN "
                                                 "substr(data, 1, 6) || x'01' || substr(data, 8) ELSE substr(data, 1, 6) "
                                                 "|| x'00' || substr(data, 8) END WHERE id = 777")
                                   << QStringLiteral("items") << QStringLiteral("rowid 777");
    QTest::newRow("WITHOUT ROWID") << QByteArray("UPDATE kv SET v = 9223372036854775806 WHERE k = 'a'")
                                   << QStringLiteral("kv") << QStringLiteral("WITHOUT ROWID");
}

void TestValueRepair::compareValuesNamesTheRow()
{
    // D1 changes one value after the dump was made and repaired, just before the values are compared.
    QFETCH(QByteArray, change);
    QFETCH(QString, table);
    QFETCH(QString, where);
    const QString path = m_paths.value(QStringLiteral("values"));
    const QString backup = m_data.filePath(QStringLiteral("values.before"));
    QFile::remove(backup);
    QVERIFY(QFile::copy(path, backup));
    bool changed = false;
    connect(m_emu, &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        if (!changed && req.body.contains("CAST(count(*) AS TEXT)"))
            changed = execSql(path, change);
    });
    ExportRequest r = request(QStringLiteral("values"), QStringLiteral("v.sql"));
    r.compareLiveValues = true;
    QStringList log;
    const ExportResult result = runExport(r, &log);
    QFile::remove(path);
    QVERIFY(QFile::copy(backup, path));
    QVERIFY(changed);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(!result.fullySucceeded());
    QCOMPARE(result.liveValues.status, LiveValueReport::Status::Differences);
    QCOMPARE(result.liveValues.differingTables, QStringList{table});
    QVERIFY2(result.liveValues.examples.value(0).contains(where), qPrintable(result.liveValues.examples.join(u'\n')));
    QVERIFY2(log.join(u'\n').contains(where), qPrintable(log.join(u'\n')));
    QCOMPARE(filesInOutput(), QStringList{QStringLiteral("v.sql")}); // saved (as D1 exported it), nothing else
}

void TestValueRepair::cancelWhileComparingValues()
{
    // Cancelled while D1 computes the first fingerprint: the dump, final already, stays; the temporary
    // database of the comparison goes.
    ExportController controller(m_client);
    controller.setMinimumPollIntervalMs(10);
    QSignalSpy finished(&controller, &ExportController::finished);
    bool cancelled = false;
    connect(m_emu, &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        if (!cancelled && req.body.contains("CAST(count(*) AS TEXT)")) {
            cancelled = true;
            QMetaObject::invokeMethod(&controller, &ExportController::cancel, Qt::QueuedConnection);
        }
    });
    ExportRequest r = request(QStringLiteral("values"), QStringLiteral("v.sql"));
    r.compareLiveValues = true;
    controller.start(r);
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    QVERIFY(cancelled);
    QCOMPARE(controller.result().error.kind(), ApiError::Kind::Cancelled);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(filesInOutput(), QStringList{QStringLiteral("v.sql")});
    QVERIFY(gunzipFile(m_out->filePath(QStringLiteral("v.sql"))).contains("INSERT INTO"));
}


LiveValueCheckJob::Job TestValueRepair::valueCheckJob(const QStringList &tables) const
{
    LiveValueCheckJob::Job job;
    job.accountId = AccountId;
    job.databaseId = m_uuids.value(QStringLiteral("values"));
    job.dumpPath = m_out->filePath(QStringLiteral("v.sql"));
    job.workFolder = m_out->path();
    job.tables = tables;
    return job;
}

LiveValueReport TestValueRepair::runValueCheck(const LiveValueCheckJob::Job &job, qint64 chunkRows, qint64 chunkBytes)
{
    LiveValueCheckJob check(m_client);
    check.setChunkRows(chunkRows);
    check.setChunkBytes(chunkBytes);
    QSignalSpy finished(&check, &LiveValueCheckJob::finished);
    check.start(job);
    if (finished.isEmpty())
        finished.wait(120000);
    return finished.size() == 1 ? finished.first().first().value<LiveValueReport>() : LiveValueReport();
}

void TestValueRepair::compareValuesInChunks()
{
    // 2,000 rows in chunks of 500: four range queries to D1; equal on the exact export, then one value
    // changed on D1 in the third chunk (rowids 1001-1500) is found and named by its rowid.
    ExportRequest r = request(QStringLiteral("values"), QStringLiteral("v.sql"));
    const ExportResult exported = runExport(r);
    QVERIFY2(exported.fullySucceeded(), qPrintable(exported.error.toString()));
    QStringList ranges;
    connect(m_emu, &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        if (req.body.contains("CAST(count(*) AS TEXT)") && req.body.contains("BETWEEN"))
            ranges << QString::fromUtf8(req.body);
    });
    const LiveValueCheckJob::Job job = valueCheckJob({QStringLiteral("items")});
    auto run = [&] { return runValueCheck(job, 500); };
    const LiveValueReport same = run();
    QCOMPARE(same.status, LiveValueReport::Status::Same);
    QCOMPARE(same.requests, 4);
    QCOMPARE(ranges.size(), 4);
    QVERIFY2(ranges.at(2).contains(QLatin1String("BETWEEN 1001 AND 1500")), qPrintable(ranges.at(2)));

    const QString path = m_paths.value(QStringLiteral("values"));
    const QString backup = m_data.filePath(QStringLiteral("values.chunks"));
    QFile::remove(backup);
    QVERIFY(QFile::copy(path, backup));
    const bool changed = execSql(path, "UPDATE items SET big = big + 1 WHERE id = 1230");
    ranges.clear();
    const LiveValueReport differs = run();
    QFile::remove(path);
    QVERIFY(QFile::copy(backup, path));
    QVERIFY(changed);
    QCOMPARE(differs.status, LiveValueReport::Status::Differences);
    QCOMPARE(differs.differingTables, QStringList{QStringLiteral("items")});
    QVERIFY2(differs.examples.value(0).contains(QLatin1String("rowid 1230")), qPrintable(differs.examples.join(u'\n')));
    QVERIFY(ranges.size() >= 3); // the chunks up to the third, then the halving inside it
    QVERIFY2(ranges.at(2).contains(QLatin1String("BETWEEN 1001 AND 1500")), qPrintable(ranges.at(2)));
    for (const QString &q : ranges.mid(3)) // the narrowing stays inside the third chunk
        QVERIFY2(q.contains(QRegularExpression(QStringLiteral("BETWEEN 1[0-4]\\d\\d AND 1[0-5]\\d\\d"))), qPrintable(q));
}

void TestValueRepair::tableMissingFromTheDumpDiffers()
{
    // A table that D1 holds but the saved dump lacks is a difference, not a table to pass over.
    ExportRequest r = request(QStringLiteral("values"), QStringLiteral("v.sql"));
    const ExportResult exported = runExport(r);
    QVERIFY2(exported.fullySucceeded(), qPrintable(exported.error.toString()));
    const QString path = m_paths.value(QStringLiteral("values"));
    const QString backup = m_data.filePath(QStringLiteral("values.missing"));
    QFile::remove(backup);
    QVERIFY(QFile::copy(path, backup));
    const bool created = execSql(path, "CREATE TABLE extra(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO extra VALUES(1, 'x')");
    const LiveValueReport report = runValueCheck(valueCheckJob({QStringLiteral("items"), QStringLiteral("extra")}));
    QFile::remove(path);
    QVERIFY(QFile::copy(backup, path));
    QVERIFY(created);
    QCOMPARE(report.status, LiveValueReport::Status::Differences);
    QCOMPARE(report.differingTables, QStringList{QStringLiteral("extra")});
    QVERIFY2(report.examples.value(0).contains(QLatin1String("extra")), qPrintable(report.examples.join(u'\n')));
}

void TestValueRepair::compareValuesInChunksOfBytes()
{
    // Rows are few but long: the chunks are cut by the bytes of their values too, so that no query
    // makes D1 read more than a chunk's worth (2,000 rows of ~64 bytes in chunks of 40,000 bytes).
    ExportRequest r = request(QStringLiteral("values"), QStringLiteral("v.sql"));
    const ExportResult exported = runExport(r);
    QVERIFY2(exported.fullySucceeded(), qPrintable(exported.error.toString()));
    QStringList ranges;
    connect(m_emu, &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        if (req.body.contains("CAST(count(*) AS TEXT)") && req.body.contains("BETWEEN"))
            ranges << QString::fromUtf8(req.body);
    });
    const LiveValueReport report
        = runValueCheck(valueCheckJob({QStringLiteral("items")}), LiveValueCheckJob::DefaultChunkRows, 40000);
    QCOMPARE(report.status, LiveValueReport::Status::Same);
    QVERIFY2(ranges.size() >= 3 && ranges.size() <= 5, qPrintable(QString::number(ranges.size())));
    QCOMPARE(report.requests, ranges.size());
}

QTEST_GUILESS_MAIN(TestValueRepair)
#include "tst_valuerepair.moc"
