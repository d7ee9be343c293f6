// The dump check run while the dump is saved (ConcurrentDumpCheck: DumpSink → DumpPipe → DumpVerifier):
// its report equals that of checking the saved file afterwards (plain and gzip); it reads before the
// last byte is written (an ordering of states, not a clock); a check that fails early never holds the
// save back; a save that starts over from byte 0 makes it unusable; stopping it while it waits for
// bytes ends it at once and leaves no temporary database.
#include "ConcurrentDumpCheck.h"
#include "DumpPipe.h"
#include "DumpSink.h"
#include "DumpVerifier.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace d1x;

namespace {
// A D1-style dump: one statement a line, rows with random hex blobs (gzip cannot shrink them much).
QByteArray sampleDump(int rows, int blobBytes, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray dump = "PRAGMA defer_foreign_keys=TRUE;\n"
                      "CREATE TABLE \"t\" (id INTEGER PRIMARY KEY, label TEXT, data BLOB);\n"
                      "CREATE TABLE \"u\" (k TEXT);\n";
    QByteArray blob(blobBytes, Qt::Uninitialized); // a multiple of 4
    for (int i = 0; i < rows; ++i) {
        rng.fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
        dump += "INSERT INTO \"t\" VALUES(" + QByteArray::number(i) + ",'row " + QByteArray::number(i)
            + ";\n'';',X'" + blob.toHex() + "');\n";
        if (i % 100 == 0)
            dump += "INSERT INTO \"u\" VALUES('" + QByteArray::number(i) + "');\n";
    }
    return dump;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QStringList verifierDatabases(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".d1x-verify-*")}, QDir::Files | QDir::Hidden);
}

DumpVerifier::Job jobFor(const QString &path)
{
    DumpVerifier::Job job;
    job.dumpPath = path;
    job.workFolder = QFileInfo(path).absolutePath();
    return job;
}

// A sink saving `name` in a folder of its own, with a ConcurrentDumpCheck reading what it writes.
struct TappedSink {
    explicit TappedSink(const QString &name = QStringLiteral("d.sql"))
        : path(dir.filePath(name))
    {
        opened = sink.open(path, {DumpSink::compressionForPath(path), 6});
        if (opened)
            check.attach(&sink, jobFor(path));
    }
    QTemporaryDir dir;
    QString path;
    DumpSink sink;
    ConcurrentDumpCheck check;
    QSignalSpy checked{&check, &ConcurrentDumpCheck::finished};
    QSignalSpy committed{&sink, &DumpSink::committed};
    bool opened = false;
};

void writeInPieces(DumpSink &sink, const QByteArray &bytes, qsizetype from, qsizetype to)
{
    constexpr qsizetype Piece = 64 * 1024;
    for (qsizetype at = from; at < to; at += Piece)
        QVERIFY(sink.write(bytes.mid(at, qMin(Piece, to - at))));
}
} // namespace

class TestConcurrentDumpCheck : public QObject
{
    Q_OBJECT
private slots:
    void sameReportAsCheckingTheFile_data();
    void sameReportAsCheckingTheFile();
    void readsBeforeTheLastByteIsWritten();
    void failedCheckDoesNotHoldTheSaveBack();
    void startingOverMakesItUnusable();
    void stopWhileWaitingForBytes();
    void stalledDownloadIsNotASlowStatement();
};

void TestConcurrentDumpCheck::sameReportAsCheckingTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("d.sql");
    QTest::newRow("gzip") << QStringLiteral("d.sql.gz");
}

void TestConcurrentDumpCheck::sameReportAsCheckingTheFile()
{
    QFETCH(QString, name);
    // 14 MB of SQL (two thirds of it after gzip), more than the pipe holds, with a statement over 100 KB.
    QByteArray dump = sampleDump(1800, 4000, 7);
    dump += "INSERT INTO \"t\" VALUES(99999,'long',X'" + QByteArray(60000, 'a').toHex() + "');\n";
    QVERIFY(dump.size() > 3 * DumpPipe::DefaultCapacityBytes);

    TappedSink t(name);
    QVERIFY(t.opened);
    auto &[dir, path, sink, check, checked, committed, opened] = t;
    writeInPieces(sink, dump, 0, dump.size());
    sink.commit();
    QVERIFY(committed.wait(60000) || !committed.isEmpty());
    QVERIFY(committed.first().first().toBool());
    QVERIFY(checked.wait(60000) || !checked.isEmpty());
    QVERIFY(check.isUsable());
    const VerifyReport during = check.report();

    DumpVerifier verifier;
    QSignalSpy after(&verifier, &DumpVerifier::finished);
    verifier.start(jobFor(path));
    QVERIFY(after.wait(60000) || !after.isEmpty());
    const VerifyReport saved = after.first().first().value<VerifyReport>();

    QCOMPARE(saved.status, VerifyReport::Status::Verified);
    QCOMPARE(during.status, saved.status);
    QCOMPARE(during.statements, saved.statements);
    QCOMPARE(during.rows, saved.rows);
    QCOMPARE(during.rows, qint64(1801 + 18));
    QCOMPARE(during.tables.size(), 2);
    for (int i = 0; i < saved.tables.size(); ++i) {
        QCOMPARE(during.tables.at(i).table, saved.tables.at(i).table);
        QCOMPARE(during.tables.at(i).dumpRows, saved.tables.at(i).dumpRows);
    }
    QCOMPARE(during.longStatements, 1);
    QCOMPARE(during.longStatements, saved.longStatements);
    QCOMPARE(during.longestStatement, saved.longestStatement);
    QCOMPARE(during.summary(), saved.summary());
    // The pipe holds at most 4 MB (plus one piece: 64 KB here, 256 KB of deflate output) not yet read:
    // on a larger file the verifier must have read part of it before the sink wrote its last byte.
    QVERIFY(sink.fileSize() > DumpPipe::DefaultCapacityBytes + 1024 * 1024);
    QVERIFY2(during.bytesReadWhileSaving > 0, qPrintable(QString::number(during.bytesReadWhileSaving)));
    QCOMPARE(saved.bytesReadWhileSaving, -1);
    QCOMPARE(entries(dir.path()), QStringList{name}); // no temporary database left
}

void TestConcurrentDumpCheck::readsBeforeTheLastByteIsWritten()
{
    const QByteArray dump = sampleDump(200, 1000, 11);
    TappedSink t;
    QVERIFY(t.opened);
    auto &[dir, path, sink, check, checked, committed, opened] = t;
    const qsizetype half = dump.indexOf('\n', dump.size() / 2) + 1;
    writeInPieces(sink, dump, 0, half);
    // The first half is checked while the rest has not been written yet.
    QTRY_COMPARE_WITH_TIMEOUT(check.bytesChecked(), qint64(half), 30000);
    QVERIFY(checked.isEmpty());
    QVERIFY(!check.isDone());
    writeInPieces(sink, dump, half, dump.size());
    sink.commit();
    QVERIFY(checked.wait(30000) || !checked.isEmpty());
    QCOMPARE(check.report().status, VerifyReport::Status::Verified);
    QCOMPARE(check.report().rows, qint64(200 + 2));
    QVERIFY(check.report().bytesReadWhileSaving >= qint64(half));
}

void TestConcurrentDumpCheck::failedCheckDoesNotHoldTheSaveBack()
{
    const QByteArray dump = "INSERT INTO missing VALUES(1);\n" + sampleDump(1000, 4000, 3);
    TappedSink t;
    QVERIFY(t.opened);
    auto &[dir, path, sink, check, checked, committed, opened] = t;
    writeInPieces(sink, dump, 0, dump.size());
    sink.commit();
    // 8 MB behind a check that stopped at the first statement: the save still completes.
    QVERIFY(committed.wait(60000) || !committed.isEmpty());
    QVERIFY(committed.first().first().toBool());
    QCOMPARE(QFileInfo(path).size(), qint64(dump.size()));
    QVERIFY(checked.wait(30000) || !checked.isEmpty());
    QCOMPARE(check.report().status, VerifyReport::Status::LoadFailed);
    QVERIFY2(check.report().error.contains(QLatin1String("no such table: missing")), qPrintable(check.report().error));
}

void TestConcurrentDumpCheck::startingOverMakesItUnusable()
{
    const QByteArray dump = sampleDump(100, 1000, 5);
    TappedSink t;
    QVERIFY(t.opened);
    auto &[dir, path, sink, check, checked, committed, opened] = t;
    writeInPieces(sink, dump, 0, dump.size() / 2);
    QVERIFY(check.isUsable());
    sink.reset(); // a download that starts again from byte 0
    writeInPieces(sink, dump, 0, dump.size());
    sink.commit();
    QVERIFY(committed.wait(30000) || !committed.isEmpty());
    QVERIFY(checked.wait(30000) || !checked.isEmpty());
    QVERIFY(!check.isUsable());
    QVERIFY(!check.report().ok());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("d.sql")});
}

void TestConcurrentDumpCheck::stopWhileWaitingForBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sql"));
    const QByteArray dump = sampleDump(20, 100, 9);
    DumpSink sink;
    QVERIFY(sink.open(path, {}));
    {
        ConcurrentDumpCheck check;
        QSignalSpy checked(&check, &ConcurrentDumpCheck::finished);
        check.attach(&sink, jobFor(path));
        writeInPieces(sink, dump, 0, dump.size()); // no commit: the verifier waits for more
        QTRY_COMPARE_WITH_TIMEOUT(check.bytesChecked(), qint64(dump.size()), 30000);
        QCOMPARE(verifierDatabases(dir.path()).size(), 1);
        check.stop(); // returns: the waiting worker was woken
        QVERIFY(!check.isDone());
        QVERIFY(verifierDatabases(dir.path()).isEmpty());
    }
    QVERIFY(verifierDatabases(dir.path()).isEmpty());
    sink.cancel();
}

void TestConcurrentDumpCheck::stalledDownloadIsNotASlowStatement()
{
    // A statement with ";\n" inside a string is re-checked at each such line against the per-statement
    // deadline. Time spent waiting for the download (here a stall of three deadlines in the middle of
    // that statement) is not the statement's: the dump still checks.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sql"));
    DumpSink sink;
    QVERIFY(sink.open(path, {DumpSink::compressionForPath(path), 6}));
    DumpVerifier::Job job = jobFor(path);
    job.statementTimeoutMs = 100;
    ConcurrentDumpCheck check;
    check.attach(&sink, job);
    QSignalSpy checked(&check, &ConcurrentDumpCheck::finished);
    const QByteArray head = "CREATE TABLE t (a TEXT);\nINSERT INTO t VALUES('x;\n";
    QVERIFY(sink.write(head));
    QTRY_COMPARE_WITH_TIMEOUT(check.bytesChecked(), qint64(head.size()), 30000); // now waiting for bytes
    bool written = false;
    QTimer::singleShot(3 * job.statementTimeoutMs, &sink, [&] { // the download goes on after the stall
        written = sink.write("y;\n');\n");
        sink.commit();
    });
    QVERIFY(checked.wait(30000));
    QVERIFY(written);
    QCOMPARE(check.report().status, VerifyReport::Status::Verified);
    QCOMPARE(check.report().rows, qint64(1));
}

QTEST_GUILESS_MAIN(TestConcurrentDumpCheck)
#include "tst_concurrentdumpcheck.moc"
