// ImportTransform: every sample database, as a SQLite file, as our dump (plain and gzip) and as
// sqlite3's .dump, becomes SQL that loads under D1's import rules (D1LoadCheck: statements of at
// most 100,000 bytes, foreign keys on, no transactions, no _cf_*) into exactly the source's schema
// objects and rows, byte for byte; the MD5 is the file's; bad input gets a clear error and leaves no
// file; cancel leaves no file; a 200 MB dump goes through with bounded buffers.
#include "D1LoadCheck.h"
#include "ExportPlan.h"
#include "ImportTransform.h"
#include "LocalDumpWriter.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <zlib.h>

using namespace d1x;
using testsupport::D1LoadCheck;

namespace {
enum class Form { SqliteFile, OurDump, OurDumpGzip, Sqlite3Dump };

// Every value of every table, virtual tables included, as typeof:hex (exact bytes and storage class),
// rows sorted; FTS shadow tables and sqlite_stat1 left out (their layout depends on how rows came in).
QMap<QString, QStringList> exactContents(const QString &dbPath)
{
    QMap<QString, QStringList> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    QStringList tables;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') "
                       "AND (name NOT LIKE 'sqlite\\_%' ESCAPE '\\' OR name = 'sqlite_sequence') "
                       "AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    for (const QString &table : std::as_const(tables)) {
        const QByteArray sql = "SELECT * FROM " + ExportPlan::quoteIdentifier(table).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            out.insert(table, {QStringLiteral("unreadable: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))});
            continue;
        }
        QStringList rows;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QByteArray row;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                const int type = sqlite3_column_type(stmt, i);
                const char *blob = static_cast<const char *>(sqlite3_column_blob(stmt, i));
                row += QByteArray::number(type) + ':' + QByteArray(blob, sqlite3_column_bytes(stmt, i)).toHex() + '|';
            }
            rows << QString::fromLatin1(QCryptographicHash::hash(row, QCryptographicHash::Sha256).toHex());
        }
        sqlite3_finalize(stmt);
        std::sort(rows.begin(), rows.end());
        out.insert(table, rows);
    }
    sqlite3_close(db);
    return testsupport::withoutShadowTables(out);
}

// name → type and SQL of every schema object except sqlite_* and _cf_*.
QMap<QString, QString> schemaWithSql(const QString &dbPath)
{
    QMap<QString, QString> out;
    const QMap<QString, QString> types = testsupport::schemaObjects(dbPath);
    sqlite3 *db = nullptr;
    sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE name = ?1", -1, &stmt, nullptr);
        const QByteArray name = it.key().toUtf8();
        sqlite3_bind_text(stmt, 1, name.constData(), -1, SQLITE_TRANSIENT);
        QString sql;
        if (sqlite3_step(stmt) == SQLITE_ROW)
            sql = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        out.insert(it.key(), it.value() + QLatin1Char(' ') + sql);
    }
    sqlite3_close(db);
    return out;
}

// Our dump of a SQLite file, as the local export writes it (virtual tables recreated at the end).
bool writeOurDump(const QString &sqlitePath, const QString &dumpPath, bool gzip)
{
    LocalDumpWriter writer;
    if (!writer.open(sqlitePath))
        return false;
    const ExportPlan plan = ExportPlan::make(writer.schema(), ExportOptions(), true);
    LocalDumpWriter::Options options;
    options.tables = plan.d1Tables;
    options.virtualTables = plan.virtualTables;
    for (const VirtualTable &v : plan.virtualTables) {
        if (v.content == VirtualTable::Content::External)
            options.virtualTablesToRebuild << v.name;
        else if (v.content != VirtualTable::Content::Contentless)
            options.virtualTablesWithRows << v.name;
    }
    writer.start(options);
    QByteArray all;
    QByteArray chunk;
    while (!writer.atEnd()) {
        chunk.clear();
        if (!writer.next(chunk, 1 << 20))
            return false;
        all += chunk;
    }
    if (!gzip)
        return testsupport::writeFile(dumpPath, all);
    gzFile f = gzopen(QFile::encodeName(dumpPath).constData(), "wb");
    const bool ok = f && gzwrite(f, all.constData(), unsigned(all.size())) == int(all.size());
    return gzclose(f) == Z_OK && ok;
}

QByteArray md5Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Md5);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result().toHex() : QByteArray();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

class TestImportTransform : public QObject
{
    Q_OBJECT
private slots:
    void loadCheckAppliesTheLimitExactly();
    void everySampleLoadsExactly_data();
    void everySampleLoadsExactly();
    void longRowsAreSplitAtTheLimit();
    void badInputGetsAClearErrorAndNoFile_data();
    void badInputGetsAClearErrorAndNoFile();
    void cancelLeavesNoFile();
    void memoryStaysFlatOnALargeDump();

private:
    ImportPreparation transform(const QString &input, const QString &output, ImportTransform *t = nullptr);
};

ImportPreparation TestImportTransform::transform(const QString &input, const QString &output, ImportTransform *given)
{
    ImportTransform own;
    ImportTransform *t = given ? given : &own;
    QSignalSpy finished(t, &ImportTransform::finished);
    t->start(input, output);
    if (!finished.wait(600000))
        return {QStringLiteral("no result")};
    return finished.first().first().value<ImportPreparation>();
}

void TestImportTransform::loadCheckAppliesTheLimitExactly()
{
    // The statement limit is measured from the statement's first character to its ';'.
    QTemporaryDir dir;
    const QString sql = dir.filePath(QStringLiteral("edge.sql"));
    const QByteArray head = "CREATE TABLE t (v TEXT);\nINSERT INTO t VALUES('";
    const QByteArray create = "CREATE TABLE t (v TEXT);\n";
    const qsizetype text = D1LoadCheck::StatementLimit - qsizetype(strlen("INSERT INTO t VALUES('');"));
    QVERIFY(testsupport::writeFile(sql, head + QByteArray(text, 'x') + "');\nINSERT INTO t VALUES('b');\n"));
    const testsupport::D1LoadResult atLimit = D1LoadCheck::load(sql, dir.filePath(QStringLiteral("a.db")));
    QVERIFY2(atLimit.ok(), qPrintable(atLimit.error));
    QCOMPARE(atLimit.longestStatement, qint64(D1LoadCheck::StatementLimit));
    QCOMPARE(testsupport::rowCount(dir.filePath(QStringLiteral("a.db")), QStringLiteral("t")), qint64(2));
    QVERIFY(testsupport::writeFile(sql, head + QByteArray(text + 1, 'x') + "');\n"));
    const testsupport::D1LoadResult over = D1LoadCheck::load(sql, dir.filePath(QStringLiteral("b.db")));
    QVERIFY(over.error.contains(QLatin1String("too big")) || over.error.contains(QLatin1String("TOOBIG")));
    // Transactions and D1's own tables are refused, as D1 refuses them.
    QVERIFY(testsupport::writeFile(sql, create + "BEGIN TRANSACTION;\nCOMMIT;\n"));
    QVERIFY(!D1LoadCheck::load(sql, dir.filePath(QStringLiteral("c.db"))).ok());
    QVERIFY(testsupport::writeFile(sql, "CREATE TABLE _cf_KV (k);\n"));
    QVERIFY(!D1LoadCheck::load(sql, dir.filePath(QStringLiteral("d.db"))).ok());
    // Foreign keys are enforced (at the end, with defer_foreign_keys).
    QVERIFY(testsupport::writeFile(sql, "CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (p REFERENCES p(id));\n"
                                        "INSERT INTO c VALUES(5);\n"));
    QVERIFY(!D1LoadCheck::load(sql, dir.filePath(QStringLiteral("e.db"))).ok());
}

void TestImportTransform::everySampleLoadsExactly_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("form");
    const QList<QPair<const char *, emu::SampleSpec::Kind>> kinds = {
        {"Awkward", emu::SampleSpec::Awkward},
        {"Numbers64", emu::SampleSpec::Numbers64},
        {"WithVirtualTable", emu::SampleSpec::WithVirtualTable},
        {"LargeRows", emu::SampleSpec::LargeRows}};
    const QList<QPair<const char *, Form>> forms = {{"sqlite file", Form::SqliteFile},
                                                    {"our dump", Form::OurDump},
                                                    {"our dump, gzip", Form::OurDumpGzip},
                                                    {"sqlite3 .dump", Form::Sqlite3Dump}};
    for (const auto &k : kinds)
        for (const auto &f : forms)
            QTest::addRow("%s, %s", k.first, f.first) << int(k.second) << int(f.second);
}

void TestImportTransform::everySampleLoadsExactly()
{
    QFETCH(int, kind);
    QFETCH(int, form);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    emu::SampleSpec spec;
    spec.kind = emu::SampleSpec::Kind(kind);
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(source, spec, &error), qPrintable(error));

    QString input = source;
    switch (Form(form)) {
    case Form::SqliteFile:
        input = dir.filePath(QStringLiteral("copy.data")); // told by content, not by name
        QVERIFY(QFile::copy(source, input));
        break;
    case Form::OurDump:
        input = dir.filePath(QStringLiteral("dump.sql"));
        QVERIFY(writeOurDump(source, input, false));
        break;
    case Form::OurDumpGzip:
        input = dir.filePath(QStringLiteral("dump.sql.gz"));
        QVERIFY(writeOurDump(source, input, true));
        break;
    case Form::Sqlite3Dump: {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 shell is not installed (installer/setup-debian.sh installs it)");
        input = dir.filePath(QStringLiteral("sqlite3.sql"));
        QProcess shell;
        shell.setStandardOutputFile(input);
        shell.start(sqlite3, {source, QStringLiteral(".dump")});
        QVERIFY(shell.waitForFinished(120000));
        QCOMPARE(shell.exitCode(), 0);
        QVERIFY(testsupport::readFile(input).startsWith("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;"));
        break;
    }
    }

    const QString output = dir.filePath(QStringLiteral("for-d1.sql"));
    const ImportPreparation result = transform(input, output);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.outputPath, output);
    QCOMPARE(result.bytes, QFileInfo(output).size());
    QCOMPARE(result.md5Hex, md5Of(output));
    QVERIFY(testsupport::readFile(output).startsWith("PRAGMA defer_foreign_keys = on;\n"));
    // Nothing but the input, the source and the output is left in the folder.
    QStringList expectedFiles = {QStringLiteral("for-d1.sql"), QStringLiteral("source.sqlite")};
    if (input != source)
        expectedFiles << QFileInfo(input).fileName();
    expectedFiles.sort();
    QCOMPARE(entries(dir.path()), expectedFiles);

    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    const testsupport::D1LoadResult loaded = D1LoadCheck::load(output, target);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.statements, result.statements);
    QVERIFY(loaded.longestStatement <= ImportTransform::StatementLimit);

    QCOMPARE(schemaWithSql(target).keys(), schemaWithSql(source).keys());
    QCOMPARE(testsupport::schemaObjects(target), testsupport::schemaObjects(source));
    // What the input holds: the source, except for sqlite3's .dump, which SQLite 3.40 itself does not
    // read back exactly (it writes 5e-324 with 20 digits, and SQLite 3.40 reads that as 0.0): there,
    // the database the sqlite3 shell's own way of loading the dump makes.
    QString reference = source;
    if (Form(form) == Form::Sqlite3Dump) {
        reference = dir.filePath(QStringLiteral("reference.sqlite"));
        const QString loadError = testsupport::importDump(input, reference);
        QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
    }
    const auto expected = testsupport::withoutShadowTables(testsupport::tableContents(reference));
    const auto actual = testsupport::withoutShadowTables(testsupport::tableContents(target));
    QVERIFY(expected.contains(QStringLiteral("sqlite_sequence"))); // every sample has AUTOINCREMENT
    QVERIFY2(testsupport::firstDifference(expected, actual).isEmpty(),
             qPrintable(testsupport::firstDifference(expected, actual)));
    const auto exactExpected = exactContents(reference);
    const auto exactActual = exactContents(target);
    QVERIFY2(testsupport::firstDifference(exactExpected, exactActual).isEmpty(),
             qPrintable(testsupport::firstDifference(exactExpected, exactActual)));

    // What the result says matches what was written.
    for (auto it = result.rowsPerTable.cbegin(); it != result.rowsPerTable.cend(); ++it)
        QCOMPARE(it.value(), testsupport::rowCount(source, it.key()));
    QVERIFY(!result.tables.contains(QStringLiteral("_cf_KV")));
    QCOMPARE(testsupport::rowCount(target, QStringLiteral("_cf_KV")), qint64(-1));
    // Our dumps leave _cf_* out already; a SQLite file and sqlite3's .dump hold it.
    if ((spec.kind == emu::SampleSpec::Awkward || spec.kind == emu::SampleSpec::WithVirtualTable)
        && (Form(form) == Form::SqliteFile || Form(form) == Form::Sqlite3Dump)) {
        QVERIFY(result.skipped.join(QLatin1Char('\n')).contains(QLatin1String("_cf_KV")));
    }
    if (spec.kind == emu::SampleSpec::WithVirtualTable) {
        QCOMPARE(result.virtualTables, QStringList({QStringLiteral("docs_fts"), QStringLiteral("notes_fts")}));
        QCOMPARE(result.rowsPerTable.value(QStringLiteral("notes_fts")), qint64(2));
        // The full-text index works, not only the rows.
        QVERIFY(testsupport::execSql(target, "CREATE TABLE hits AS SELECT rowid FROM docs_fts WHERE docs_fts MATCH "
                                             "'another'; CREATE TABLE hits2 AS SELECT rowid FROM notes_fts WHERE "
                                             "notes_fts MATCH 'standalone';"));
        QCOMPARE(testsupport::rowCount(target, QStringLiteral("hits")), qint64(1));
        QCOMPARE(testsupport::rowCount(target, QStringLiteral("hits2")), qint64(1));
    }
    // Rows over 100,000 bytes: Awkward's 64 KB random blob (128 KB as hex), and LargeRows' 15.
    const QMap<int, int> longRows = {{emu::SampleSpec::Awkward, 1},
                                     {emu::SampleSpec::WithVirtualTable, 1},
                                     {emu::SampleSpec::Numbers64, 0},
                                     {emu::SampleSpec::LargeRows, 15}};
    QCOMPARE(result.splitRows, longRows.value(kind));
}

void TestImportTransform::longRowsAreSplitAtTheLimit()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("large.sqlite"));
    emu::SampleSpec spec;
    spec.kind = emu::SampleSpec::LargeRows;
    QVERIFY(emu::SampleDatabase::generate(source, spec));
    const QString output = dir.filePath(QStringLiteral("out.sql"));
    const ImportPreparation result = transform(source, output);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    // The `edge` rows of 99,997..100,000 bytes stay one statement each, exactly as long as computed;
    // those of 100,001..100,003 bytes are written in pieces.
    const QList<QByteArray> lines = testsupport::readFile(output).split('\n');
    QList<qsizetype> edgeInserts;
    for (const QByteArray &line : lines) {
        QVERIFY(line.size() <= ImportTransform::StatementLimit);
        if (line.startsWith("INSERT INTO \"edge\" VALUES("))
            edgeInserts << line.size();
    }
    QCOMPARE(edgeInserts.size(), 7);
    std::sort(edgeInserts.begin(), edgeInserts.end());
    for (qsizetype n : edgeInserts.mid(0, 3))
        QVERIFY(n < 1000); // the row reads its text from the scratch table
    QCOMPARE(edgeInserts.mid(3), QList<qsizetype>({99997, 99998, 99999, 100000}));
    // The scratch table is gone afterwards, and the trigger did not fire on restored rows.
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    QVERIFY2(D1LoadCheck::load(output, target).ok(), qPrintable(D1LoadCheck::load(output, target).error));
    QVERIFY(!testsupport::schemaObjects(target).contains(QStringLiteral("d1x_import_pieces")));
    QCOMPARE(testsupport::tableContents(target).value(QStringLiteral("docs")),
             testsupport::tableContents(source).value(QStringLiteral("docs")));
}

void TestImportTransform::badInputGetsAClearErrorAndNoFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("says");
    QByteArray gz;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.gz"));
        gzFile f = gzopen(QFile::encodeName(path).constData(), "wb");
        QByteArray sql = "CREATE TABLE t (v TEXT);\n";
        for (int i = 0; i < 20000; ++i)
            sql += "INSERT INTO t VALUES('row " + QByteArray::number(i * 7919) + "');\n";
        gzwrite(f, sql.constData(), unsigned(sql.size()));
        gzclose(f);
        gz = testsupport::readFile(path);
    }
    QTest::newRow("truncated gzip") << gz.left(gz.size() / 2) << QStringLiteral("cut short");
    // Cut where a statement ends: what is there reads as a complete dump unless the missing gzip end
    // is noticed.
    QByteArray flushed;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("y.gz"));
        gzFile f = gzopen(QFile::encodeName(path).constData(), "wb");
        const QByteArray head = "CREATE TABLE t (v TEXT);\nINSERT INTO t VALUES('first');\n";
        gzwrite(f, head.constData(), unsigned(head.size()));
        gzflush(f, Z_FULL_FLUSH);
        const QByteArray rest = "INSERT INTO t VALUES('second');\n";
        gzwrite(f, rest.constData(), unsigned(rest.size()));
        gzclose(f);
        const QByteArray whole = testsupport::readFile(path);
        // The flushed part ends with the empty stored block 00 00 ff ff of Z_FULL_FLUSH.
        flushed = whole.left(whole.indexOf(QByteArray("\x00\x00\xff\xff", 4)) + 4);
        QVERIFY(testsupport::writeFile(path, flushed));
        QCOMPARE(testsupport::gunzipFile(path), head);
    }
    QTest::newRow("gzip cut at a statement's end") << flushed << QStringLiteral("cut short");
    QTest::newRow("not SQL") << QByteArray("name,email\nann,ann@example.com\n") << QStringLiteral("cannot be read as an SQL dump");
    QTest::newRow("HTML") << QByteArray("\n<!DOCTYPE html><html><body>Sign in</body></html>") << QStringLiteral("web page");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("binary") << QByteArray("\x01\x02\x00\x03garbage", 11) << QStringLiteral("binary");
    QTest::newRow("same file as the output") << QByteArray("CREATE TABLE t (a);\n") << QStringLiteral("its own transformed copy");
    QTest::newRow("broken SQLite file") << QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x7f')
                                        << QStringLiteral("cannot be opened as a SQLite database");
}

void TestImportTransform::badInputGetsAClearErrorAndNoFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("input.sql"));
    QVERIFY(testsupport::writeFile(input, content));
    const bool sameFile = QByteArray(QTest::currentDataTag()) == "same file as the output";
    const QString output = dir.filePath(sameFile ? QStringLiteral("input.sql") : QStringLiteral("out.sql"));
    if (sameFile)
        QVERIFY(testsupport::writeFile(dir.filePath(QStringLiteral("out.sql")), "an older file\n"));
    else
        QVERIFY(testsupport::writeFile(output, "an older file\n"));
    const ImportPreparation result = transform(input, output);
    QCOMPARE(testsupport::readFile(input), content);
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
    QVERIFY(result.error.contains(QDir::toNativeSeparators(input)));
    QCOMPARE(testsupport::readFile(dir.filePath(QStringLiteral("out.sql"))), QByteArray("an older file\n")); // untouched
    QCOMPARE(entries(dir.path()), QStringList({QStringLiteral("input.sql"), QStringLiteral("out.sql")}));
    QCOMPARE(result.bytes, qint64(0));
}

void TestImportTransform::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("large.sqlite"));
    emu::SampleSpec spec;
    spec.kind = emu::SampleSpec::LargeRows;
    QVERIFY(emu::SampleDatabase::generate(source, spec));
    const QString dump = dir.filePath(QStringLiteral("large.sql"));
    QVERIFY(writeOurDump(source, dump, false));
    const QStringList before = entries(dir.path());
    for (const QString &input : {source, dump}) {
        const QString output = dir.filePath(QStringLiteral("out.sql"));
        // At once, and once it has made progress.
        ImportTransform first;
        QSignalSpy firstFinished(&first, &ImportTransform::finished);
        first.start(input, output);
        first.cancel();
        QCOMPARE(entries(dir.path()), before);
        ImportTransform second;
        QSignalSpy secondFinished(&second, &ImportTransform::finished);
        QSignalSpy progress(&second, &ImportTransform::progress);
        second.start(input, output);
        QVERIFY(progress.wait(60000));
        second.cancel();
        QCOMPARE(entries(dir.path()), before);
        // A third run completes; the cancelled ones never report.
        const ImportPreparation third = transform(input, output);
        QVERIFY2(third.error.isEmpty(), qPrintable(third.error));
        QCOMPARE(firstFinished.count(), 0);
        QCOMPARE(secondFinished.count(), 0);
        QVERIFY(QFile::remove(output));
    }
}

void TestImportTransform::memoryStaysFlatOnALargeDump()
{
    // 200 MB of plain dump: the transform's own buffers stay within a few MB.
    QTemporaryDir dir;
    const QString dump = dir.filePath(QStringLiteral("big.sql"));
    {
        QFile f(dump);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PRAGMA defer_foreign_keys=TRUE;\nCREATE TABLE items (id INTEGER PRIMARY KEY, payload TEXT);\n");
        QByteArray chunk;
        const QByteArray payload(400, 'p');
        qint64 id = 0;
        while (f.size() < 200LL * 1024 * 1024) {
            chunk.clear();
            for (int i = 0; i < 2000; ++i)
                chunk += "INSERT INTO \"items\" VALUES(" + QByteArray::number(++id) + ",'" + payload + "');\n";
            QCOMPARE(f.write(chunk), chunk.size());
        }
    }
    const qint64 inputBytes = QFileInfo(dump).size();
    const QString output = dir.filePath(QStringLiteral("out.sql"));
    ImportTransform t;
    const ImportPreparation result = transform(dump, output, &t);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.rowsPerTable.value(QStringLiteral("items")) > 400000);
    QCOMPARE(result.md5Hex, md5Of(output));
    QVERIFY2(t.peakBufferBytes() > 0 && t.peakBufferBytes() < 8 * 1024 * 1024,
             qPrintable(QString::number(t.peakBufferBytes())));
    QVERIFY(t.peakBufferBytes() < inputBytes / 20);
}

int main(int argc, char *argv[])
{
    // Sixteen transforms of up to 5 MB each, on a machine the other suites share: more than QTest's
    // default five minutes per test function.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    QCoreApplication app(argc, argv);
    TestImportTransform test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_importtransform.moc"
