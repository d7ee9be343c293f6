// The window's parts on their own: the bounded log model, the table selection that becomes the
// export's table list, the account combo's id resolution, formatting, and the demo launcher
// starting (and failing to start) the real d1-emulator program, the export options' rules and memory,
// and the report's rendering of a verification.
#include "AccountCombo.h"
#include "AppSettings.h"
#include "CloudflareClient.h"
#include "ExportController.h"
#include "DatabaseFilterModel.h"
#include "DatabaseListModel.h"
#include "DemoLauncher.h"
#include "ExportOptionsBox.h"
#include "ReportView.h"
#include "LogModel.h"
#include "TableListModel.h"
#include "UiFormat.h"

#include <QBrush>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>


using namespace d1x;
using namespace d1x::ui;

class TestUiParts : public QObject
{
    Q_OBJECT
private slots:
    void logModelIsBounded();
    void logModelSplitsLinesAndTimestamps();
    void logModelTakesTheCoreLevels();
    void databaseSearchMatchesNamesAndIdsAndSortsRawValues();
    void allCheckedMeansWholeDatabase();
    void partialSelectionListsCheckedTables();
    void virtualTablesAreMarkedAndShadowsHidden();
    void accountComboResolvesNamesAndTypedIds();
    void timeLeftReadsNaturally_data();
    void timeLeftReadsNaturally();
    void demoLauncherStartsTheEmulator();
    void demoLauncherReportsAMissingProgram();
    void exportOptionsFollowContentAndAreRemembered();
    void timeLimitIsAnOptionAndRemembered();
    void reportShowsCountsDifferencesAndChecksums();

private:
    static QList<TableInfo> schema();
};

void TestUiParts::databaseSearchMatchesNamesAndIdsAndSortsRawValues()
{
    DatabaseListModel model;
    auto db = [](const char *name, const char *uuid, qint64 size) {
        DatabaseInfo info;
        info.name = QString::fromLatin1(name);
        info.uuid = QString::fromLatin1(uuid);
        info.fileSize = size;
        return info;
    };
    model.setDatabases({db("Shop", "aaaa1111-0000", 9000), db("blog", "bbbb2222-0000", 100000),
                        db("shop-staging", "cccc3333-0000", 20)});
    DatabaseFilterModel filter(&model);
    filter.sort(DatabaseListModel::NameColumn);
    auto names = [&] {
        QStringList out;
        for (int r = 0; r < filter.rowCount(); ++r)
            out << filter.index(r, DatabaseListModel::NameColumn).data().toString();
        return out;
    };
    QCOMPARE(names(), (QStringList{u"blog"_qs, u"Shop"_qs, u"shop-staging"_qs})); // case-insensitive order
    filter.setSearchText(u"  SHOP "_qs);
    QCOMPARE(names(), (QStringList{u"Shop"_qs, u"shop-staging"_qs}));
    filter.setSearchText(u"BBBB2222"_qs); // a pasted id
    QCOMPARE(names(), QStringList{u"blog"_qs});
    filter.setSearchText(u"nothing"_qs);
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText({});
    filter.sort(DatabaseListModel::SizeColumn, Qt::DescendingOrder); // by bytes, not by the formatted text
    QCOMPARE(names(), (QStringList{u"blog"_qs, u"Shop"_qs, u"shop-staging"_qs}));
}

void TestUiParts::logModelIsBounded()
{
    LogModel model(100);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 250; ++i)
        model.append(LogModel::Level::Info, QStringLiteral("line %1").arg(i));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(removed.size(), 150);
    QVERIFY(model.lineAt(0).endsWith(QLatin1String("line 150")));
    QVERIFY(model.lineAt(99).endsWith(QLatin1String("line 249")));
    QCOMPARE(model.index(99).data(LogModel::MessageRole).toString(), QStringLiteral("line 249"));
}

void TestUiParts::logModelSplitsLinesAndTimestamps()
{
    LogModel model;
    model.append(LogModel::Level::Server, QStringLiteral("Generating x.sql\nUploaded part 1"));
    model.append(LogModel::Level::Error, QStringLiteral("It broke."));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d  D1: Generating x.sql$"))
                .match(model.lineAt(0))
                .hasMatch());
    QVERIFY(model.lineAt(2).contains(QLatin1String("Error: It broke.")));
    QCOMPARE(model.allText().count(QLatin1Char('\n')), 2);
    QVERIFY(model.index(2).data(Qt::ForegroundRole).isValid()); // errors stand out
}

// The controller's log feeds the model directly: one level enum from the core to the window.
void TestUiParts::logModelTakesTheCoreLevels()
{
    LogModel model;
    QNetworkAccessManager nam;
    CloudflareClient client(&nam, ApiEndpoint(), Credentials());
    ExportController controller(&client);
    connect(&controller, &ExportController::logMessage, &model, &LogModel::append);
    QSignalSpy finished(&controller, &ExportController::finished);
    ExportRequest refused; // no file to save: refused with an error line
    controller.start(refused);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(model.rowCount() >= 1);
    const QModelIndex last = model.index(model.rowCount() - 1);
    QCOMPARE(last.data(LogModel::LevelRole).value<d1x::LogLevel>(), d1x::LogLevel::Error);
    QVERIFY(last.data(LogModel::MessageRole).toString().contains(QStringLiteral("no output file was chosen")));
    QCOMPARE(last.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x1c, 0x28));
}

QList<TableInfo> TestUiParts::schema()
{
    auto object = [](const char *name, const char *type, const char *table, const char *sql) {
        return TableInfo{QString::fromLatin1(name), QString::fromLatin1(type), QString::fromLatin1(table),
                         QString::fromLatin1(sql)};
    };
    return {
        object("users", "table", "users", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)"),
        object("orders", "table", "orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER)"),
        object("notes", "table", "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY)"),
        object("users_email", "index", "users", "CREATE INDEX users_email ON users(email)"),
        object("orders_user", "index", "orders", "CREATE INDEX orders_user ON orders(user_id)"),
        object("users_audit", "trigger", "users", "CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN SELECT 1; END"),
        object("recent", "view", "recent", "CREATE VIEW recent AS SELECT * FROM orders"),
    };
}

void TestUiParts::allCheckedMeansWholeDatabase()
{
    TableListModel model;
    model.setSchemaObjects(schema());
    QCOMPARE(model.rowCount(), 3); // tables only
    QCOMPARE(model.checkedCount(), 3);
    QCOMPARE(model.tablesForExport(), QStringList()); // empty: "all tables"
    QCOMPARE(model.index(0, TableListModel::TypeColumn).data().toString(), QStringLiteral("table"));
}

void TestUiParts::partialSelectionListsCheckedTables()
{
    TableListModel model;
    model.setSchemaObjects(schema());
    QSignalSpy changed(&model, &TableListModel::checkedChanged);
    QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole)); // orders
    QCOMPARE(changed.size(), 1);
    // Only the tables: their indexes and triggers are the core's business (ExportPlan).
    QCOMPARE(model.tablesForExport(), (QStringList{QStringLiteral("users"), QStringLiteral("notes")}));
    model.setChecked({0, 1, 2}, false);
    QCOMPARE(model.checkedCount(), 0);
    QCOMPARE(changed.size(), 2); // one signal for the batch
}

void TestUiParts::virtualTablesAreMarkedAndShadowsHidden()
{
    QList<TableInfo> objects = schema();
    const auto table = [](const char *name, const char *sql) {
        return TableInfo{QString::fromLatin1(name), QStringLiteral("table"), QString::fromLatin1(name),
                         QString::fromLatin1(sql)};
    };
    objects.append(table("notes_fts", "CREATE VIRTUAL TABLE notes_fts USING fts5(body)"));
    for (const char *shadow : {"notes_fts_data", "notes_fts_idx", "notes_fts_content", "notes_fts_docsize",
                               "notes_fts_config"})
        objects.append(table(shadow, "CREATE TABLE x (k)"));
    TableListModel model;
    model.setSchemaObjects(objects);
    QCOMPARE(model.rowCount(), 4); // users, orders, notes, notes_fts: no shadow tables
    QCOMPARE(model.shadowTables().size(), 5);
    QCOMPARE(model.virtualCount(), 1);
    const QModelIndex fts = model.index(3, 0);
    QCOMPARE(fts.data().toString(), QStringLiteral("notes_fts"));
    QVERIFY(fts.data(TableListModel::VirtualRole).toBool());
    QVERIFY(model.flags(fts) & Qt::ItemIsUserCheckable); // the core recreates it
    QVERIFY(model.index(3, 1).data().toString().contains(QLatin1String("fts5")));
    QVERIFY(fts.data(Qt::ToolTipRole).toString().contains(QLatin1String("CREATE VIRTUAL TABLE")));
    QCOMPARE(model.tablesForExport(), QStringList()); // all checked: the whole database
    QVERIFY(model.setData(fts, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.tablesForExport(),
             (QStringList{QStringLiteral("users"), QStringLiteral("orders"), QStringLiteral("notes")}));
}

void TestUiParts::accountComboResolvesNamesAndTypedIds()
{
    AccountCombo combo;
    QSignalSpy chosen(&combo, &AccountCombo::accountChosen);
    combo.setAccounts({{QStringLiteral("aaa111"), QStringLiteral("Alpha")}, {QStringLiteral("bbb222"), QStringLiteral("Beta")}});
    combo.setCurrentIndex(1);
    QCOMPARE(combo.accountId(), QStringLiteral("bbb222"));
    combo.setEditText(QStringLiteral("alpha")); // a listed name, typed
    QCOMPARE(combo.accountId(), QStringLiteral("aaa111"));
    combo.setEditText(QStringLiteral("  ccc333 "));
    QCOMPARE(combo.accountId(), QStringLiteral("ccc333"));
    emit combo.lineEdit()->returnPressed();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("ccc333"));
    emit combo.lineEdit()->returnPressed(); // unchanged: no second load
    QCOMPARE(chosen.size(), 1);
    // A new list keeps the id that was typed.
    combo.setAccounts({{QStringLiteral("ccc333"), QStringLiteral("Gamma")}});
    QCOMPARE(combo.currentText(), QStringLiteral("Gamma"));
    QCOMPARE(combo.accountId(), QStringLiteral("ccc333"));
}

void TestUiParts::timeLeftReadsNaturally_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("instant") << qint64(0) << QStringLiteral("about 1 s");
    QTest::newRow("under a second") << qint64(988) << QStringLiteral("about 1 s");
    QTest::newRow("seconds") << qint64(41200) << QStringLiteral("about 42 s");
    QTest::newRow("minutes") << qint64(130000) << QStringLiteral("about 2 min 10 s");
    QTest::newRow("hours") << qint64(3 * 3600 * 1000 + 5 * 60 * 1000) << QStringLiteral("about 3 h 05 min");
}

void TestUiParts::timeLeftReadsNaturally()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(UiFormat::timeLeft(ms), text);
}

void TestUiParts::demoLauncherStartsTheEmulator()
{
    DemoLauncher launcher;
    QSignalSpy ready(&launcher, &DemoLauncher::ready);
    QSignalSpy failed(&launcher, &DemoLauncher::failed);
    launcher.start(QStringLiteral(D1X_EMULATOR_PATH));
    QVERIFY2(ready.wait(20000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
    const QString base = ready.first().at(0).toString();
    QVERIFY2(base.startsWith(QLatin1String("http://127.0.0.1:")) && base.endsWith(QLatin1String("/client/v4")),
             qPrintable(base));
    QVERIFY(!ready.first().at(1).toString().isEmpty());
    QCOMPARE(ready.first().at(2).toString(), QStringLiteral("demo-token"));
    QVERIFY(launcher.isRunning());
    launcher.stop();
    QVERIFY(!launcher.isRunning());
    QVERIFY(failed.isEmpty()); // an asked-for stop is not a failure
}

void TestUiParts::demoLauncherReportsAMissingProgram()
{
    DemoLauncher launcher;
    QSignalSpy failed(&launcher, &DemoLauncher::failed);
    launcher.start(QStringLiteral("/nonexistent/d1-emulator"));
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("not found")));
}

void TestUiParts::exportOptionsFollowContentAndAreRemembered()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        ExportOptionsBox box(&settings);
        auto *related = box.findChild<QCheckBox *>(QStringLiteral("relatedObjectsCheck"));
        auto *verify = box.findChild<QCheckBox *>(QStringLiteral("verifyDumpCheck"));
        auto *live = box.findChild<QCheckBox *>(QStringLiteral("liveCountsCheck"));
        auto *sqlite = box.findChild<QCheckBox *>(QStringLiteral("sqliteCopyCheck"));
        QVERIFY(related && verify && live && sqlite);
        // Fresh defaults: related objects and the check on; nothing that D1 bills.
        QVERIFY(related->isChecked());
        QVERIFY(verify->isChecked() && verify->isEnabled());
        // The check reads the dump as it downloads (ConcurrentDumpCheck), not the saved file afterwards.
        QVERIFY2(verify->toolTip().contains(QStringLiteral("while it downloads")), qPrintable(verify->toolTip()));
        QVERIFY(!live->isChecked());
        QVERIFY(!sqlite->isChecked());
        // Related objects only matter for a partial selection.
        QVERIFY(!related->isEnabled());
        box.setPartialSelection(true);
        QVERIFY(related->isEnabled());

        // The user turns the check off; an SQLite copy needs it, so it shows on and locked...
        verify->click();
        QVERIFY(!box.verifyAfterSaving());
        sqlite->click();
        QVERIFY(verify->isChecked() && !verify->isEnabled());
        QVERIFY(box.verifyAfterSaving());
        // ...and the user's own choice comes back when the copy is off again.
        sqlite->click();
        QVERIFY(!verify->isChecked() && verify->isEnabled());

        // Schema only: nothing to count. Data only: nothing loads, so nothing is checked or copied.
        live->click();
        QVERIFY(box.compareLiveCounts());
        box.setContent(AppSettings::Content::SchemaOnly);
        QVERIFY(!live->isEnabled());
        QVERIFY(!box.compareLiveCounts());
        box.setContent(AppSettings::Content::DataOnly);
        QVERIFY(!verify->isEnabled() && !sqlite->isEnabled() && !live->isEnabled() && !related->isEnabled());
        QVERIFY(!box.verifyAfterSaving());
        ExportRequest request;
        box.applyTo(request);
        QVERIFY(!request.verify && !request.compareLiveCounts);
        auto *values = box.findChild<QCheckBox *>(QStringLiteral("liveValuesCheck"));
        QVERIFY(values && !values->isEnabled() && !request.compareLiveValues); // nothing loads to compare
        box.setContent(AppSettings::Content::SchemaAndData);
        QVERIFY(box.compareLiveCounts());
        QVERIFY(box.verifyAfterSaving()); // implied by the live counts
        related->click();
        box.applyTo(request);
        QVERIFY(!request.includeRelatedObjects);
        QVERIFY(request.verify && request.compareLiveCounts);
        QVERIFY(values->isEnabled() && !values->isChecked());
        values->click();
        box.applyTo(request);
        QVERIFY(request.compareLiveValues);
        settings.sync();
    }
    // The next start begins where the user left off.
    AppSettings settings(ini);
    QVERIFY(!settings.includeRelatedObjects());
    QVERIFY(!settings.verifyAfterExport());
    QVERIFY(settings.compareLiveCounts());
    QVERIFY(settings.compareLiveValues());
    QVERIFY(!settings.saveSqliteCopy());
    ExportOptionsBox again(&settings);
    again.setPartialSelection(true);
    QVERIFY(!again.includeRelatedObjects());
    QVERIFY(again.compareLiveCounts());
}

void TestUiParts::timeLimitIsAnOptionAndRemembered()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        ExportOptionsBox box(&settings);
        auto *limit = box.findChild<QSpinBox *>(QStringLiteral("timeLimitSpin"));
        QVERIFY(limit);
        ExportRequest request;
        box.applyTo(request);
        QCOMPARE(request.timeLimitMs, qint64(120) * 60 * 1000); // the default: two hours
        limit->setFocus();
        limit->selectAll();
        QTest::keyClicks(limit, QStringLiteral("45"));
        box.applyTo(request);
        QCOMPARE(request.timeLimitMs, qint64(45) * 60 * 1000);
        settings.sync();
    }
    AppSettings settings(ini);
    QCOMPARE(settings.timeLimitMinutes(), 45);
    ExportOptionsBox again(&settings);
    ExportRequest request;
    again.applyTo(request);
    QCOMPARE(request.timeLimitMs, qint64(45) * 60 * 1000);
}

void TestUiParts::reportShowsCountsDifferencesAndChecksums()
{
    ReportView view;
    ExportResult result;
    result.path = QStringLiteral("/backups/shop.sql");
    result.bytes = result.fileBytes = 4096;
    result.sha256 = QByteArray(32, '\xab');
    result.virtualTables = {QStringLiteral("docs_fts")};
    VerifyReport &check = result.verification;
    check.status = VerifyReport::Status::Differences;
    check.comparedWithLive = true;
    check.tables = {{QStringLiteral("orders"), 1200, 1200}, {QStringLiteral("users"), 10, 12}};
    check.rows = 1210;
    check.differences = {QStringLiteral("users: 10 in the dump, 12 on D1")};
    check.longStatements = 1;
    check.longestStatement = 150000;
    check.longExamples = {{7, 150000, QStringLiteral("orders")}};
    view.showExport(result);

    QCOMPARE(view.headline(), check.summary());
    QTreeWidget *table = view.table();
    QCOMPARE(table->topLevelItemCount(), 2);
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->topLevelItem(0)->text(3), QStringLiteral("matches"));
    QCOMPARE(table->topLevelItem(1)->text(1), QStringLiteral("10"));
    QCOMPARE(table->topLevelItem(1)->text(2), QStringLiteral("12"));
    QCOMPARE(table->topLevelItem(1)->text(3), QStringLiteral("differs by -2"));
    const QString details = view.details();
    QVERIFY2(details.contains(QStringLiteral("SHA-256: ") + QStringLiteral("ab").repeated(32)), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("docs_fts")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("statement 7")) && details.contains(QLatin1String("orders")),
             qPrintable(details));

    // Without live counts there is no D1 column; a failed export shows what went wrong, and no checksum.
    check.comparedWithLive = false;
    check.status = VerifyReport::Status::Verified;
    view.showExport(result);
    QCOMPARE(table->columnCount(), 2);
    ExportResult failed;
    failed.error = ApiError(ApiError::Kind::ExportFailed, QStringLiteral("Simulated export failure"));
    view.showExport(failed);
    QVERIFY(view.headline().contains(failed.error.summary()));
    QCOMPARE(table->topLevelItemCount(), 0);
    QVERIFY(!view.findChild<QWidget *>(QStringLiteral("copyChecksumButton"))->isVisibleTo(&view));
}

QTEST_MAIN(TestUiParts)
#include "tst_uiparts.moc"
