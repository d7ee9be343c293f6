// DumpSink and Sha256 on their own: the hardware SHA-256 agrees with Qt's, the saved bytes and their
// checksum agree with what was written (plain and gzip), reset() starts the file over, cancel() leaves
// nothing, the target is only replaced on commit, and the queue signals back-pressure.
#include "DumpSink.h"
#include "Sha256.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;
using testsupport::gunzip;
using testsupport::readFile;

namespace {
QByteArray randomText(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray text(size, Qt::Uninitialized);
    static const char alphabet[] = "INSERT INTO \"t\" VALUES(1,'abcdefghijklmnopqrstuvwxyz');\n0123456789";
    for (char &c : text)
        c = alphabet[rng.bounded(int(sizeof alphabet - 1))];
    return text;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestDumpSink : public QObject
{
    Q_OBJECT
private slots:
    void sha256MatchesQt_data();
    void sha256MatchesQt();
    void plainFile();
    void gzipFile();
    void resetStartsOver_data();
    void resetStartsOver();
    void cancelLeavesTargetAlone();
    void cancelWhileHashing();
    void manyChunksHashedInOrder();
    void backPressure();
    void badPath();
};

void TestDumpSink::sha256MatchesQt_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4 * 1024 * 1024 + 17})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestDumpSink::sha256MatchesQt()
{
    QFETCH(int, size);
    const QByteArray data = randomText(size, quint32(size) + 1);
    const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    QCOMPARE(Sha256::hash(data).toHex(), expected.toHex());
    // Fed in uneven pieces, as downloads arrive.
    Sha256 pieces;
    QRandomGenerator rng(7);
    for (qsizetype at = 0; at < data.size();) {
        const qsizetype n = qMin<qsizetype>(data.size() - at, 1 + rng.bounded(200));
        pieces.addData(data.constData() + at, n);
        at += n;
    }
    QCOMPARE(pieces.result().toHex(), expected.toHex());
    qInfo() << "SHA-NI in use:" << Sha256::isAccelerated();
}

void TestDumpSink::plainFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dump.sql"));
    const QByteArray a = randomText(3 * 1024 * 1024 + 5, 1);
    const QByteArray b = randomText(777, 2);
    DumpSink sink;
    QVERIFY(sink.open(path, {}));
    QVERIFY(!QFile::exists(path)); // only a temporary file until the commit
    QVERIFY(sink.write(a));
    QVERIFY(sink.write(b));
    QSignalSpy committed(&sink, &DumpSink::committed);
    sink.commit();
    QVERIFY(committed.wait(10000));
    QCOMPARE(committed.first().first().toBool(), true);
    QCOMPARE(readFile(path), a + b);
    QCOMPARE(sink.fileSize(), a.size() + b.size());
    QCOMPARE(sink.sha256().toHex(), QCryptographicHash::hash(a + b, QCryptographicHash::Sha256).toHex());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("dump.sql")});
}

void TestDumpSink::gzipFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dump.sql.gz"));
    QCOMPARE(DumpSink::compressionForPath(path), DumpSink::Compression::Gzip);
    QCOMPARE(DumpSink::compressionForPath(QStringLiteral("x.SQL.GZ")), DumpSink::Compression::Gzip);
    QCOMPARE(DumpSink::compressionForPath(QStringLiteral("x.sql")), DumpSink::Compression::None);
    const QByteArray data = randomText(5 * 1024 * 1024, 3);
    DumpSink sink;
    QVERIFY(sink.open(path, {DumpSink::Compression::Gzip, 6}));
    for (qsizetype at = 0; at < data.size(); at += 300000)
        QVERIFY(sink.write(data.mid(at, 300000)));
    QSignalSpy committed(&sink, &DumpSink::committed);
    sink.commit();
    QVERIFY(committed.wait(30000));
    QVERIFY(committed.first().first().toBool());
    const QByteArray saved = readFile(path);
    QVERIFY(saved.startsWith("\x1f\x8b")); // a gzip member
    QVERIFY(saved.size() < data.size());
    QCOMPARE(gunzip(saved), data);
    // The checksum is of the file as saved: what `sha256sum dump.sql.gz` prints.
    QCOMPARE(sink.sha256().toHex(), QCryptographicHash::hash(saved, QCryptographicHash::Sha256).toHex());
    QCOMPARE(sink.fileSize(), saved.size());
}

void TestDumpSink::resetStartsOver_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestDumpSink::resetStartsOver()
{
    QFETCH(bool, gzip);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dump"));
    DumpSink sink;
    QVERIFY(sink.open(path, {gzip ? DumpSink::Compression::Gzip : DumpSink::Compression::None, 1}));
    QVERIFY(sink.write(randomText(2 * 1024 * 1024, 9)));
    sink.reset(); // the server ignored Range: the data comes again from its first byte
    QCOMPARE(sink.inputBytes(), 0);
    const QByteArray again = randomText(1024 * 1024, 10);
    QVERIFY(sink.write(again));
    QSignalSpy committed(&sink, &DumpSink::committed);
    sink.commit();
    QVERIFY(committed.wait(10000));
    const QByteArray saved = readFile(path);
    QCOMPARE(gzip ? gunzip(saved) : saved, again);
    QCOMPARE(sink.sha256().toHex(), QCryptographicHash::hash(saved, QCryptographicHash::Sha256).toHex());
}

void TestDumpSink::cancelLeavesTargetAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.sql"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("yesterday");
    }
    {
        DumpSink sink;
        QVERIFY(sink.open(path, {DumpSink::Compression::Gzip, 6}));
        QVERIFY(sink.write(randomText(8 * 1024 * 1024, 4)));
        sink.cancel(); // returns once the temporary file is gone
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("keep.sql")});
        QVERIFY(!sink.write("more")); // nothing after a cancel
    }
    {
        DumpSink sink; // destroyed without a commit: the same
        QVERIFY(sink.open(path, {}));
        QVERIFY(sink.write("partial"));
    }
    QCOMPARE(readFile(path), QByteArray("yesterday"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("keep.sql")});
}

void TestDumpSink::cancelWhileHashing()
{
    // More than the writer's and the hasher's queues hold: the writer is waiting for the hasher when
    // the cancel comes, and neither thread may be left waiting.
    QTemporaryDir dir;
    DumpSink sink;
    QVERIFY(sink.open(dir.filePath(QStringLiteral("big.sql")), {}));
    const QByteArray chunk = randomText(4 * 1024 * 1024, 11);
    for (int i = 0; i < 16; ++i)
        QVERIFY(sink.write(chunk));
    sink.cancel();
    QVERIFY(entries(dir.path()).isEmpty());
    QVERIFY(!sink.write(chunk));
}

void TestDumpSink::manyChunksHashedInOrder()
{
    // Uneven chunks, shared with the caller (the hasher must not see them change or go away).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dump.sql"));
    const QByteArray data = randomText(24 * 1024 * 1024 + 3, 12);
    DumpSink sink;
    QVERIFY(sink.open(path, {}));
    QRandomGenerator rng(13);
    for (qsizetype at = 0; at < data.size();) {
        const qsizetype n = qMin<qsizetype>(data.size() - at, 1 + rng.bounded(3 * 1024 * 1024));
        QVERIFY(sink.write(data.mid(at, n)));
        at += n;
    }
    QSignalSpy committed(&sink, &DumpSink::committed);
    sink.commit();
    QVERIFY(committed.wait(30000));
    QVERIFY(committed.first().first().toBool());
    QCOMPARE(sink.sha256().toHex(), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QCOMPARE(readFile(path), data);
}

void TestDumpSink::backPressure()
{
    QTemporaryDir dir;
    DumpSink sink;
    // Level 9 over incompressible-ish text: the writer cannot keep up with handing over 40 MiB at once.
    QVERIFY(sink.open(dir.filePath(QStringLiteral("big.gz")), {DumpSink::Compression::Gzip, 9}));
    QSignalSpy drained(&sink, &DumpSink::drained);
    const QByteArray chunk = randomText(4 * 1024 * 1024, 5);
    for (int i = 0; i < 10; ++i)
        QVERIFY(sink.write(chunk));
    QVERIFY(sink.queuedBytes() >= DumpSink::highWaterBytes());
    QVERIFY(drained.wait(60000));
    QVERIFY(sink.queuedBytes() <= DumpSink::highWaterBytes() / 2);
    QSignalSpy committed(&sink, &DumpSink::committed);
    sink.commit();
    QVERIFY(committed.wait(60000));
    QCOMPARE(gunzip(readFile(dir.filePath(QStringLiteral("big.gz")))).size(), 10 * chunk.size());
}

void TestDumpSink::badPath()
{
    QTemporaryDir dir;
    DumpSink sink;
    QVERIFY(!sink.open(dir.filePath(QStringLiteral("missing/folder/x.sql")), {}));
    QVERIFY(sink.hasFailed());
    QVERIFY(!sink.errorString().isEmpty());
    QVERIFY(!sink.write("x"));
}

QTEST_GUILESS_MAIN(TestDumpSink)
#include "tst_dumpsink.moc"
