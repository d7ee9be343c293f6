// ExportPlan on its own: which names D1 is asked for, which indexes and triggers come along with chosen
// tables, how virtual tables and their shadow tables are told apart, and the SQL written for them.
#include "ExportPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace d1x;

namespace {
TableInfo obj(const char *type, const char *name, const char *table, const char *sql)
{
    return {QString::fromUtf8(name), QString::fromUtf8(type), QString::fromUtf8(table), QString::fromUtf8(sql)};
}

// sqlite_schema of a small database with an FTS5 index over `docs`, a standalone FTS5 table, D1's
// own table, AUTOINCREMENT bookkeeping and statistics.
QList<TableInfo> schemaWithVirtualTables()
{
    return {
        obj("table", "docs", "docs", "CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT)"),
        obj("table", "_cf_KV", "_cf_KV", "CREATE TABLE _cf_KV (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID"),
        obj("table", "log", "log", "CREATE TABLE log (id INTEGER PRIMARY KEY AUTOINCREMENT, m TEXT)"),
        obj("table", "sqlite_sequence", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
        obj("index", "docs_by_title", "docs", "CREATE INDEX docs_by_title ON docs (title)"),
        obj("index", "sqlite_autoindex__cf_KV_1", "_cf_KV", ""),
        obj("trigger", "docs_ai", "docs",
            "CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN INSERT INTO docs_fts(rowid, title, body) "
            "VALUES (new.id, new.title, new.body); END"),
        obj("view", "recent", "recent", "CREATE VIEW recent AS SELECT * FROM log"),
        obj("table", "docs_fts", "docs_fts",
            "CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id')"),
        obj("table", "docs_fts_data", "docs_fts_data", "CREATE TABLE 'docs_fts_data'(id INTEGER PRIMARY KEY, block BLOB)"),
        obj("table", "docs_fts_idx", "docs_fts_idx",
            "CREATE TABLE 'docs_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID"),
        obj("table", "docs_fts_docsize", "docs_fts_docsize", "CREATE TABLE 'docs_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB)"),
        obj("table", "docs_fts_config", "docs_fts_config", "CREATE TABLE 'docs_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID"),
        obj("table", "notes", "notes", "CREATE VIRTUAL TABLE notes USING fts5(note)"),
        obj("table", "notes_data", "notes_data", "CREATE TABLE 'notes_data'(id INTEGER PRIMARY KEY, block BLOB)"),
        obj("table", "notes_idx", "notes_idx", "CREATE TABLE 'notes_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID"),
        obj("table", "notes_content", "notes_content", "CREATE TABLE 'notes_content'(id INTEGER PRIMARY KEY, c0)"),
        obj("table", "notes_docsize", "notes_docsize", "CREATE TABLE 'notes_docsize'(id INTEGER PRIMARY KEY, sz BLOB)"),
        obj("table", "notes_config", "notes_config", "CREATE TABLE 'notes_config'(k PRIMARY KEY, v) WITHOUT ROWID"),
        obj("table", "notes_archive", "notes_archive", "CREATE TABLE notes_archive (x)"), // not a shadow table
        obj("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    };
}

QList<TableInfo> plainSchema()
{
    return {
        obj("table", "parent", "parent", "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)"),
        obj("table", "child", "child", "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER)"),
        obj("index", "child_by_parent", "child", "CREATE INDEX child_by_parent ON child (parent_id)"),
        obj("index", "sqlite_autoindex_parent_1", "parent", ""),
        obj("view", "parent_view", "parent_view", "CREATE VIEW parent_view AS SELECT * FROM parent"),
        obj("trigger", "parent_audit", "parent", "CREATE TRIGGER parent_audit AFTER INSERT ON parent BEGIN SELECT 1; END"),
        obj("trigger", "view_insert", "parent_view",
            "CREATE TRIGGER view_insert INSTEAD OF INSERT ON parent_view BEGIN SELECT 1; END"),
    };
}
} // namespace

class TestExportPlan : public QObject
{
    Q_OBJECT
private slots:
    void missingDependenciesAreNamed_data();
    void missingDependenciesAreNamed();
    void everythingWithoutVirtualTablesIsLeftToD1();
    void relatedObjectsComeWithChosenTables();
    void relatedObjectsCanBeTurnedOff();
    void unknownNamesAreReported();
    void virtualTablesAreSpelledOut();
    void chosenVirtualTablesOnly();
    void parseVirtualTable_data();
    void parseVirtualTable();
    void sqlValues_data();
    void sqlValues();
    void insertAndRebuildStatements();
};

void TestExportPlan::everythingWithoutVirtualTablesIsLeftToD1()
{
    const ExportPlan plan = ExportPlan::make(plainSchema(), {}, true);
    QVERIFY(plan.d1Tables.isEmpty()); // an empty list: D1 exports everything, including what we do not list
    QVERIFY(!plan.hasVirtualTables());
    QVERIFY(plan.addedRelated.isEmpty());
    QCOMPARE(plan.countedTables, (QStringList{QStringLiteral("parent"), QStringLiteral("child")}));
}

void TestExportPlan::relatedObjectsComeWithChosenTables()
{
    ExportOptions options;
    options.tables = {QStringLiteral("child"), QStringLiteral("parent")};
    const ExportPlan plan = ExportPlan::make(plainSchema(), options, true);
    // Chosen order first, then indexes and triggers in creation order; no autoindex (no SQL), no view.
    QCOMPARE(plan.d1Tables, (QStringList{QStringLiteral("child"), QStringLiteral("parent"),
                                         QStringLiteral("child_by_parent"), QStringLiteral("parent_audit")}));
    QCOMPARE(plan.addedRelated, (QStringList{QStringLiteral("child_by_parent"), QStringLiteral("parent_audit")}));
    QCOMPARE(plan.countedTables, (QStringList{QStringLiteral("parent"), QStringLiteral("child")}));

    // Names are matched the way SQLite matches them (case-insensitively); a trigger named already stays once.
    options.tables = {QStringLiteral("PARENT"), QStringLiteral("parent_audit"), QStringLiteral("parent_view")};
    const ExportPlan again = ExportPlan::make(plainSchema(), options, true);
    QCOMPARE(again.d1Tables, (QStringList{QStringLiteral("PARENT"), QStringLiteral("parent_audit"),
                                          QStringLiteral("parent_view"), QStringLiteral("view_insert")}));
    QCOMPARE(again.addedRelated, QStringList{QStringLiteral("view_insert")});
}

void TestExportPlan::relatedObjectsCanBeTurnedOff()
{
    ExportOptions options;
    options.tables = {QStringLiteral("child")};
    const ExportPlan plan = ExportPlan::make(plainSchema(), options, false);
    QCOMPARE(plan.d1Tables, QStringList{QStringLiteral("child")});
    QVERIFY(plan.addedRelated.isEmpty());
}

void TestExportPlan::unknownNamesAreReported()
{
    ExportOptions options;
    options.tables = {QStringLiteral("child"), QStringLiteral("nope")};
    const ExportPlan plan = ExportPlan::make(plainSchema(), options, true);
    QCOMPARE(plan.unknownNames, QStringList{QStringLiteral("nope")});
    QVERIFY(plan.d1Tables.contains(QStringLiteral("nope"))); // still sent: D1 has the last word
}

void TestExportPlan::virtualTablesAreSpelledOut()
{
    const ExportPlan plan = ExportPlan::make(schemaWithVirtualTables(), {}, true);
    QVERIFY(plan.hasVirtualTables());
    QCOMPARE(plan.virtualTables.size(), 2);
    QCOMPARE(plan.virtualTables.at(0).name, QStringLiteral("docs_fts"));
    QCOMPARE(plan.virtualTables.at(0).content, VirtualTable::Content::External);
    QCOMPARE(plan.virtualTables.at(0).contentTable, QStringLiteral("docs"));
    QCOMPARE(plan.virtualTables.at(1).name, QStringLiteral("notes"));
    QCOMPARE(plan.virtualTables.at(1).content, VirtualTable::Content::Standalone);
    // Everything else by name, in creation order: sqlite_sequence and sqlite_stat1 keep their data,
    // D1's _cf_ table, the autoindex and the shadow tables stay out; notes_archive is a table of its own.
    QCOMPARE(plan.d1Tables,
             (QStringList{QStringLiteral("docs"), QStringLiteral("log"), QStringLiteral("sqlite_sequence"),
                          QStringLiteral("docs_by_title"), QStringLiteral("docs_ai"), QStringLiteral("recent"),
                          QStringLiteral("notes_archive"), QStringLiteral("sqlite_stat1")}));
    QCOMPARE(plan.shadowTables.size(), 9);
    QVERIFY(!plan.shadowTables.contains(QStringLiteral("notes_archive")));
    QCOMPARE(plan.countedTables, (QStringList{QStringLiteral("docs"), QStringLiteral("log"), QStringLiteral("docs_fts"),
                                              QStringLiteral("notes"), QStringLiteral("notes_archive")}));
}

void TestExportPlan::chosenVirtualTablesOnly()
{
    ExportOptions options;
    options.tables = {QStringLiteral("notes"), QStringLiteral("notes_data")};
    const ExportPlan plan = ExportPlan::make(schemaWithVirtualTables(), options, true);
    QVERIFY(plan.d1Tables.isEmpty()); // nothing for D1: the controller writes the dump alone
    QCOMPARE(plan.virtualTables.size(), 1);
    QCOMPARE(plan.virtualTables.first().name, QStringLiteral("notes"));

    options.tables = {QStringLiteral("docs"), QStringLiteral("docs_fts")};
    const ExportPlan withContent = ExportPlan::make(schemaWithVirtualTables(), options, true);
    // The sync trigger on docs comes along; nothing built on the virtual table is sent to D1.
    QCOMPARE(withContent.d1Tables, (QStringList{QStringLiteral("docs"), QStringLiteral("docs_by_title"),
                                                QStringLiteral("docs_ai")}));
    QCOMPARE(withContent.virtualTables.size(), 1);
}

void TestExportPlan::parseVirtualTable_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("module");
    QTest::addColumn<int>("content");
    QTest::addColumn<QString>("contentTable");
    using C = VirtualTable::Content;
    QTest::newRow("standalone") << QStringLiteral("CREATE VIRTUAL TABLE n USING fts5(note)") << QStringLiteral("fts5")
                                << int(C::Standalone) << QString();
    QTest::newRow("external, quoted")
        << QStringLiteral("CREATE VIRTUAL TABLE \"x using y\" USING FTS5(a, \"content=z\", content = 'my ''docs''', "
                          "content_rowid='id')")
        << QStringLiteral("fts5") << int(C::External) << QStringLiteral("my 'docs'");
    QTest::newRow("contentless") << QStringLiteral("create virtual table c using fts5(a, content='')")
                                 << QStringLiteral("fts5") << int(C::Contentless) << QString();
    QTest::newRow("fts4 external") << QStringLiteral("CREATE VIRTUAL TABLE f USING fts4(a, content=\"src\")")
                                   << QStringLiteral("fts4") << int(C::External) << QStringLiteral("src");
    QTest::newRow("tokenize option")
        << QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'porter unicode61', prefix='2 3')")
        << QStringLiteral("fts5") << int(C::Standalone) << QString();
    QTest::newRow("rtree") << QStringLiteral("CREATE VIRTUAL TABLE r USING rtree(id, minX, maxX)")
                           << QStringLiteral("rtree") << int(C::Other) << QString();
}

void TestExportPlan::parseVirtualTable()
{
    QFETCH(QString, sql);
    QFETCH(QString, module);
    QFETCH(int, content);
    QFETCH(QString, contentTable);
    const VirtualTable v = ExportPlan::parseVirtualTable(QStringLiteral("t"), sql);
    QCOMPARE(v.module, module);
    QCOMPARE(int(v.content), content);
    QCOMPARE(v.contentTable, contentTable);
}

void TestExportPlan::sqlValues_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("sql");
    QTest::newRow("null") << QStringLiteral("[null]") << QStringLiteral("NULL");
    QTest::newRow("int64 max") << QStringLiteral("[9223372036854775807]") << QStringLiteral("9223372036854775807");
    QTest::newRow("negative") << QStringLiteral("[-42]") << QStringLiteral("-42");
    QTest::newRow("real") << QStringLiteral("[0.1]") << QStringLiteral("0.10000000000000001");
    QTest::newRow("integral real") << QStringLiteral("[2.5e20]") << QStringLiteral("2.5e+20");
    QTest::newRow("text") << QStringLiteral("[\"it's\"]") << QStringLiteral("'it''s'");
    QTest::newRow("empty text") << QStringLiteral("[\"\"]") << QStringLiteral("''");
    QTest::newRow("line breaks") << QStringLiteral("[\"a\\r\\nb\\n\"]")
                                 << QStringLiteral("'a'||char(13)||char(10)||'b'||char(10)");
    QTest::newRow("leading break") << QStringLiteral("[\"\\nx\"]") << QStringLiteral("''||char(10)||'x'");
    QTest::newRow("blob") << QStringLiteral("[[0,255,16]]") << QStringLiteral("X'00ff10'");
}

void TestExportPlan::sqlValues()
{
    QFETCH(QString, json);
    QFETCH(QString, sql);
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    QCOMPARE(ExportPlan::sqlValue(array.first()), sql);
}

void TestExportPlan::insertAndRebuildStatements()
{
    const QJsonArray columns{QStringLiteral("rowid"), QStringLiteral("note"), QStringLiteral("we\"ird")};
    const QJsonArray row{7, QStringLiteral("hi"), QJsonValue()};
    QCOMPARE(ExportPlan::insertStatement(QStringLiteral("n"), columns, row),
             QStringLiteral("INSERT INTO \"n\" (rowid,\"note\",\"we\"\"ird\") VALUES(7,'hi',NULL);"));
    QCOMPARE(ExportPlan::insertStatement(QStringLiteral("r"), columns, row, true),
             QStringLiteral("INSERT INTO \"r\" (\"note\",\"we\"\"ird\") VALUES('hi',NULL);"));
    QCOMPARE(ExportPlan::rebuildStatement(QStringLiteral("d\"f")),
             QStringLiteral("INSERT INTO \"d\"\"f\"(\"d\"\"f\") VALUES('rebuild');"));
}

// The trigger of a chosen table writes to a table left out; a chosen view reads one; a foreign key
// points at one: each is named before the export (the dump would verify, then break on first use).
void TestExportPlan::missingDependenciesAreNamed_data()
{
    const auto names = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<bool>("related");
    QTest::addColumn<QStringList>("missing"); // "object>table"
    QTest::newRow("trigger writes elsewhere") << names("parent") << true << names("parent_audit>audit_log");
    QTest::newRow("trigger left out") << names("parent") << false << names("");
    QTest::newRow("both chosen") << names("parent,audit_log") << true << names("");
    QTest::newRow("foreign key") << names("child") << true << names("child>parent");
    QTest::newRow("view") << names("summary,audit_log,child") << true
                          << names("child>parent,summary>parent");
}

void TestExportPlan::missingDependenciesAreNamed()
{
    QFETCH(QStringList, tables);
    QFETCH(bool, related);
    QFETCH(QStringList, missing);
    const QList<TableInfo> schema{
        obj("table", "parent", "parent", "CREATE TABLE \"parent\" (id INTEGER PRIMARY KEY, name TEXT) -- audit_log"),
        obj("table", "audit_log", "audit_log", "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, message TEXT)"),
        obj("table", "child", "child",
            "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES \"parent\"(id), audit_log TEXT)"),
        obj("view", "summary", "summary", "CREATE VIEW summary AS SELECT count(*) AS n, 'audit_log' FROM [parent]"),
        obj("trigger", "parent_audit", "parent",
            "CREATE TRIGGER parent_audit AFTER INSERT ON \"parent\" BEGIN INSERT INTO audit_log (message) "
            "VALUES ('parent ' || NEW.name); END"),
    };
    ExportOptions options;
    options.tables = tables;
    const ExportPlan plan = ExportPlan::make(schema, options, related);
    QStringList found;
    for (const MissingDependency &m : plan.missingDependencies)
        found << m.object + QLatin1Char('>') + m.table;
    QCOMPARE(found, missing);
    if (!missing.isEmpty())
        QVERIFY(ExportDependencies::describe(plan.missingDependencies).contains(plan.missingDependencies.first().table));
}

QTEST_GUILESS_MAIN(TestExportPlan)
#include "tst_exportplan.moc"
