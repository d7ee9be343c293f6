// File → Import into D1… end to end: the real window and dialog, clicked and typed into offscreen,
// against the in-process emulator (EmulatorFixture), with the file dialog and message box seams
// answering. What a test checks is the database the emulator holds afterwards, read with SQLite:
// the rows imported, the rows kept when cancelled before ingest or when D1 fails, the rows back
// after Undo; and what the user reads (the summary's figures and warning, D1's message).
#include "AppSettings.h"
#include "CloudflareClient.h"
#include "CredentialStore.h"
#include "EmulatorFixture.h"
#include "FileDialog.h"
#include "ImportDialog.h"
#include "ImportReportView.h"
#include "ImportSummaryView.h"
#include "LogModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"
#include "TestFiles.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace d1x;
using d1x::ui::FileDialog;
using d1x::ui::ImportDialog;
using d1x::ui::MainWindow;
using d1x::ui::MessageBox;
using State = d1x::ImportController::State;

namespace {
const QString AccountId = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString AccountName = QStringLiteral("Import account");
const QString Token = QStringLiteral("import-gui-test-token-0123456789");

// A few rows in a table the shop sample does not have: imported on top of it.
const QByteArray NotesSql = "CREATE TABLE imported_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                            "INSERT INTO imported_notes VALUES (1, 'first');\n"
                            "INSERT INTO imported_notes VALUES (2, 'second, with ''quotes''');\n"
                            "INSERT INTO imported_notes VALUES (3, 'third');\n";

#define CHECK_HELPER()                                                                                                 \
    do {                                                                                                               \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholeImportFromTheWindow();
    void warningForDatabaseWithTables();
    void cancelBeforeIngestLeavesTheDatabase();
    void undoBringsBackTheOldRows();
    void failureShowsD1Message();
    void newDatabaseByName();
    void keyboardReachesEveryControl();
    void choicesRemembered();

private:
    ImportDialog *openDialog(); // the dialog alone, on the fixture's client
    void choose(ImportDialog *dialog, const QString &file, const QString &database);
    void prepareAndWait(ImportDialog *dialog);
    ImportResult importAndWait(ImportDialog *dialog);
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    QTemporaryDir m_data;
    QString m_samplePath; // the file imported into an empty database
    QString m_notesPath;  // a small .sql imported on top of the shop
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<testsupport::EmulatorFixture> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    QString m_shopPath, m_emptyPath;
    QString m_shopUuid, m_emptyUuid;
    QList<DatabaseInfo> m_databases;
    QPointer<ImportDialog> m_dialog;
};

void TestImportDialog::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/d1x-test-bus"); // no keychain
    qunsetenv("CLOUDFLARE_API_BASE_URL");
    QVERIFY(m_data.isValid());
    m_samplePath = m_data.filePath(QStringLiteral("inputs/plain.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(m_samplePath).absolutePath()));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_samplePath, {emu::SampleSpec::Plain, 48 * 1024, 7}, &error),
             qPrintable(error));
    m_notesPath = m_data.filePath(QStringLiteral("inputs/notes.sql"));
    QVERIFY(testsupport::writeFile(m_notesPath, NotesSql));
}

void TestImportDialog::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_fixture = std::make_unique<testsupport::EmulatorFixture>(AccountId, AccountName, Token);
    QVERIFY(m_fixture->isListening());
    m_shopPath = m_work->filePath(QStringLiteral("shop.sqlite"));
    m_emptyPath = m_work->filePath(QStringLiteral("empty.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_shopPath, {emu::SampleSpec::Awkward, 0, 1}, &error), qPrintable(error));
    QVERIFY2(testsupport::execSql(m_emptyPath, "PRAGMA user_version = 1;", &error), qPrintable(error));
    m_shopUuid = m_fixture->emulator()->addDatabase(AccountId, QStringLiteral("shop"), m_shopPath);
    m_emptyUuid = m_fixture->emulator()->addDatabase(AccountId, QStringLiteral("empty"), m_emptyPath);
    m_databases.clear();
    for (const auto &[uuid, name] : {std::pair{m_shopUuid, QStringLiteral("shop")}, {m_emptyUuid, QStringLiteral("empty")}}) {
        DatabaseInfo db;
        db.uuid = uuid;
        db.name = name;
        m_databases << db;
    }
    m_settings = std::make_unique<AppSettings>(m_work->filePath(QStringLiteral("settings/d1-exporter.ini")));
}

void TestImportDialog::cleanup()
{
    if (QTest::currentTestFailed() && m_dialog) { // the dialog's log tells what happened
        for (int i = 0; i < m_dialog->logModel()->rowCount(); ++i)
            qInfo("log: %s", qPrintable(m_dialog->logModel()->lineAt(i)));
    }
    delete m_dialog;
    m_settings.reset();
    m_fixture.reset();
    m_work.reset();
    FileDialog::clearNextFileName();
    MessageBox::clearNextAnswer();
}

// ---------------------------------------------------------------------------------------------

ImportDialog *TestImportDialog::openDialog()
{
    auto *dialog = new ImportDialog(m_fixture->client(), AccountId, m_databases, m_shopUuid, m_settings.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose, false); // the test reads it after it closed
    m_dialog = dialog;
    dialog->open();
    if (!QTest::qWaitForWindowExposed(dialog))
        qWarning("the import dialog did not show");
    return dialog;
}

void TestImportDialog::choose(ImportDialog *dialog, const QString &file, const QString &database)
{
    FileDialog::setNextFileName(file);
    QTest::mouseClick(child<QPushButton>(dialog, "importBrowseButton"), Qt::LeftButton);
    auto *edit = child<QLineEdit>(dialog, "importFileEdit");
    QTRY_COMPARE(edit->text(), QDir::toNativeSeparators(file));
    if (database.isEmpty())
        return;
    QTest::mouseClick(child<QRadioButton>(dialog, "importExistingRadio"), Qt::LeftButton);
    auto *combo = child<QComboBox>(dialog, "importDatabaseCombo");
    const int index = combo->findText(database);
    QVERIFY2(index >= 0, qPrintable(database));
    combo->setCurrentIndex(index);
}

void TestImportDialog::prepareAndWait(ImportDialog *dialog)
{
    auto *prepare = child<QPushButton>(dialog, "importPrepareButton");
    QVERIFY2(prepare->isEnabled(), qPrintable(dialog->stateText()));
    QTest::mouseClick(prepare, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == State::Prepared || dialog->state() == State::Failed, 30000);
    QVERIFY2(dialog->state() == State::Prepared, qPrintable(dialog->resultText()));
    QVERIFY(child<QPushButton>(dialog, "importStartButton")->isEnabled());
}

ImportResult TestImportDialog::importAndWait(ImportDialog *dialog)
{
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "importStartButton"), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(60000))
        return ImportResult{ApiError(ApiError::Kind::Timeout, QStringLiteral("test timed out"))};
    return finished.first().first().value<ImportResult>();
}

// ---------------------------------------------------------------------------------------------

void TestImportDialog::wholeImportFromTheWindow()
{
    // The window as a user has it: signed in, the account's databases listed.
    CredentialStore store;
    store.setServiceName(QStringLiteral("D1 Exporter import tests"));
    MainWindow window(m_fixture->networkManager(), m_settings.get(), &store);
    window.setApiBaseOverride(m_fixture->emulator()->apiBase().toString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *token = window.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    token->setFocus();
    QTest::keyClicks(token, Token);
    QSignalSpy listed(&window, &MainWindow::databasesLoaded);
    QTest::keyClick(token, Qt::Key_Return);
    QVERIFY(listed.wait(20000));
    QCOMPARE(listed.first().first().toInt(), 2);
    auto *importAction = window.findChild<QAction *>(QStringLiteral("importAction"));
    QTRY_VERIFY(importAction->isEnabled());

    // Ctrl+I opens the dialog.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportDialog *>(QStringLiteral("importDialog"))) && dialog->isVisible());
    QPointer<ImportDialog> guard(dialog);

    choose(dialog, m_samplePath, QStringLiteral("empty"));
    CHECK_HELPER();
    QTest::mouseClick(child<QCheckBox>(dialog, "importCountRowsCheck"), Qt::LeftButton);
    QVERIFY(m_settings->importCountRows());
    QCOMPARE(m_settings->lastImportFolder(), QFileInfo(m_samplePath).absolutePath());
    prepareAndWait(dialog);
    CHECK_HELPER();

    // The summary's figures are the file's: every table with its rows, as SQLite counts them.
    const QMap<QString, QStringList> source = testsupport::tableContents(m_samplePath);
    QVERIFY(!source.isEmpty());
    auto *summary = child<d1x::ui::ImportSummaryView>(dialog, "importSummaryView");
    QCOMPARE(child<QTabWidget>(dialog, "importTabs")->currentWidget(), summary);
    QTreeWidget *tables = summary->table();
    QMap<QString, QString> shown;
    for (int i = 0; i < tables->topLevelItemCount(); ++i)
        shown.insert(tables->topLevelItem(i)->text(0), tables->topLevelItem(i)->text(1));
    const QLocale locale;
    qint64 allRows = 0;
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (it.key() == QLatin1String("sqlite_sequence"))
            continue;
        QVERIFY2(shown.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(shown.value(it.key()), locale.toString(qint64(it.value().size())));
        allRows += it.value().size();
    }
    const QString figures = summary->figuresText();
    QVERIFY2(figures.contains(QFileInfo(m_samplePath).fileName()), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("with %1 rows").arg(locale.toString(allRows))), qPrintable(figures));
    QVERIFY2(figures.contains(QLatin1String("statements")), qPrintable(figures));
    QVERIFY2(summary->warningText().isEmpty(), qPrintable(summary->warningText())); // "empty" holds no tables

    // Confirm: the emulator's database holds exactly the file's rows.
    const ImportResult result = importAndWait(dialog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QMap<QString, QStringList> restored = testsupport::tableContents(m_emptyPath);
    QCOMPARE(testsupport::firstDifference(source, restored), QString());
    QVERIFY2(dialog->resultText().startsWith(QLatin1String("Imported into empty")), qPrintable(dialog->resultText()));
    // The report: rows per table on D1 against the file's, all matching; D1's final bookmark.
    auto *report = child<d1x::ui::ImportReportView>(dialog, "importReportView");
    QCOMPARE(child<QTabWidget>(dialog, "importTabs")->currentWidget(), report);
    QVERIFY(!report->finalBookmark().isEmpty());
    QCOMPARE(report->finalBookmark(), result.finalBookmark);
    QCOMPARE(report->bookmarkBefore(), result.bookmarkBefore);
    QTreeWidget *rows = report->table();
    QVERIFY(rows->topLevelItemCount() >= source.size() - 1);
    for (int i = 0; i < rows->topLevelItemCount(); ++i)
        QCOMPARE(rows->topLevelItem(i)->text(3), QStringLiteral("matches"));
    // The main window's log has the story too, and its list is read again.
    bool logged = false;
    for (int i = 0; i < window.logModel()->rowCount(); ++i)
        logged = logged || window.logModel()->lineAt(i).contains(QLatin1String("Preparing"));
    QVERIFY(logged);

    QTest::mouseClick(child<QPushButton>(dialog, "importCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull()); // closed and deleted
}

void TestImportDialog::warningForDatabaseWithTables()
{
    ImportDialog *dialog = openDialog();
    choose(dialog, m_notesPath, QStringLiteral("shop"));
    CHECK_HELPER();
    prepareAndWait(dialog);
    CHECK_HELPER();
    auto *summary = child<d1x::ui::ImportSummaryView>(dialog, "importSummaryView");
    const QString warning = summary->warningText();
    QVERIFY2(warning.startsWith(QLatin1String("shop already holds")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("Time Travel bookmark")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("holds 8 table")), qPrintable(warning)); // the Awkward sample's
    QVERIFY2(warning.contains(QLatin1String("Undo Import")), qPrintable(warning));
    QVERIFY2(dialog->resultText().contains(QLatin1String("read the warning")), qPrintable(dialog->resultText()));
    QVERIFY(summary->findChild<QLabel *>(QStringLiteral("importSummaryNote"))->text().contains(QLatin1String("blocks the database")));
    // The figures of the small file: one table, three rows, nothing left out.
    QVERIFY2(summary->figuresText().contains(QLatin1String("Tables: 1, with 3 rows")), qPrintable(summary->figuresText()));
    QVERIFY(summary->figuresText().contains(QLatin1String("Left out: nothing")));

    // Cancel now: nothing was sent; Prepare again.
    QTest::mouseClick(child<QPushButton>(dialog, "importCancelButton"), Qt::LeftButton);
    QCOMPARE(dialog->state(), State::Idle);
    QVERIFY2(dialog->resultText().contains(QLatin1String("nothing changed on D1")), qPrintable(dialog->resultText()));
    QVERIFY(summary->warningText().isEmpty());
    prepareAndWait(dialog);
    CHECK_HELPER();
    QVERIFY(!summary->warningText().isEmpty());
    // Another choice drops the preview: Prepare again.
    QTest::mouseClick(child<QCheckBox>(dialog, "importCountRowsCheck"), Qt::LeftButton);
    QCOMPARE(dialog->state(), State::Idle);
    QVERIFY(!child<QPushButton>(dialog, "importStartButton")->isEnabled());
    QVERIFY(summary->warningText().isEmpty());
}

void TestImportDialog::cancelBeforeIngestLeavesTheDatabase()
{
    const QMap<QString, QStringList> before = testsupport::tableContents(m_shopPath);
    // The upload is never answered: the import waits there until the user cancels.
    emu::FaultSpec hang;
    hang.step = emu::Step::Upload;
    hang.fault = emu::Fault::NoAnswer;
    m_fixture->emulator()->addFault(hang);

    ImportDialog *dialog = openDialog();
    choose(dialog, m_notesPath, QStringLiteral("shop"));
    CHECK_HELPER();
    prepareAndWait(dialog);
    CHECK_HELPER();
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "importStartButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Uploading, 20000);
    auto *cancel = child<QPushButton>(dialog, "importCancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    const ImportResult result = finished.first().first().value<ImportResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(dialog->state(), State::Cancelled);
    QVERIFY2(dialog->resultText().contains(QLatin1String("nothing changed in shop")), qPrintable(dialog->resultText()));
    // D1 was never told to ingest, and the database is exactly as it was.
    for (const emu::RecordedRequest &request : m_fixture->emulator()->requests())
        QVERIFY2(!request.body.contains("\"ingest\""), request.body.constData());
    QCOMPARE(testsupport::firstDifference(before, testsupport::tableContents(m_shopPath)), QString());
    // The choices are the user's again.
    QVERIFY(child<QLineEdit>(dialog, "importFileEdit")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "importPrepareButton")->isEnabled());
}

void TestImportDialog::undoBringsBackTheOldRows()
{
    const QMap<QString, QStringList> before = testsupport::tableContents(m_shopPath);
    ImportDialog *dialog = openDialog();
    choose(dialog, m_notesPath, QStringLiteral("shop"));
    CHECK_HELPER();
    prepareAndWait(dialog);
    CHECK_HELPER();
    const ImportResult result = importAndWait(dialog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(!result.bookmarkBefore.isEmpty());
    QCOMPARE(testsupport::rowCount(m_shopPath, QStringLiteral("imported_notes")), 3);
    QVERIFY(testsupport::firstDifference(before, testsupport::tableContents(m_shopPath)).size() > 0);

    // Undo asks first; "No" changes nothing.
    auto *undo = child<QPushButton>(dialog, "importUndoButton");
    QVERIFY(undo->isEnabled());
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QTRY_VERIFY(undo->isEnabled());
    QCOMPARE(testsupport::rowCount(m_shopPath, QStringLiteral("imported_notes")), 3);

    QSignalSpy undone(dialog, &ImportDialog::undoFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(undone.wait(30000));
    QVERIFY2(!undone.first().first().value<ApiError>().isError(),
             qPrintable(undone.first().first().value<ApiError>().toString()));
    QCOMPARE(testsupport::firstDifference(before, testsupport::tableContents(m_shopPath)), QString());
    QVERIFY2(dialog->resultText().startsWith(QLatin1String("Undone")), qPrintable(dialog->resultText()));
    QVERIFY(child<d1x::ui::ImportReportView>(dialog, "importReportView")->headline().startsWith(QLatin1String("Undone")));
    QVERIFY(!undo->isEnabled());
}

void TestImportDialog::failureShowsD1Message()
{
    const QMap<QString, QStringList> before = testsupport::tableContents(m_shopPath);
    emu::FaultSpec failing;
    failing.step = emu::Step::Import;
    failing.fault = emu::Fault::ImportError;
    failing.message = QStringLiteral("UNIQUE constraint failed: imported_notes.id: SQLITE_CONSTRAINT");
    failing.afterStatements = 2;
    m_fixture->emulator()->addFault(failing);

    ImportDialog *dialog = openDialog();
    choose(dialog, m_notesPath, QStringLiteral("shop"));
    CHECK_HELPER();
    prepareAndWait(dialog);
    CHECK_HELPER();
    const ImportResult result = importAndWait(dialog);
    QVERIFY(!result.ok());
    QVERIFY(!result.cancelled);
    QCOMPARE(dialog->state(), State::Failed);
    const QString text = dialog->resultText();
    QVERIFY2(text.contains(failing.message), qPrintable(text));
    QVERIFY(!child<QPushButton>(dialog, "importUndoButton")->isEnabled());
    QCOMPARE(testsupport::firstDifference(before, testsupport::tableContents(m_shopPath)), QString());
}

void TestImportDialog::newDatabaseByName()
{
    ImportDialog *dialog = openDialog();
    choose(dialog, m_samplePath, QString());
    CHECK_HELPER();
    QTest::mouseClick(child<QRadioButton>(dialog, "importNewRadio"), Qt::LeftButton);
    auto *name = child<QLineEdit>(dialog, "importNewNameEdit");
    QVERIFY(name->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "importPrepareButton")->isEnabled()); // no name yet
    QVERIFY2(dialog->stateText().contains(QLatin1String("name")), qPrintable(dialog->stateText()));
    QTest::keyClicks(name, QStringLiteral("shop"));
    QVERIFY(!child<QPushButton>(dialog, "importPrepareButton")->isEnabled()); // in use
    QVERIFY2(dialog->stateText().contains(QLatin1String("already has a database named shop")),
             qPrintable(dialog->stateText()));
    QTest::keyClicks(name, QStringLiteral("-restored"));
    QTest::mouseClick(child<QCheckBox>(dialog, "importCountRowsCheck"), Qt::LeftButton); // D1 counts them
    prepareAndWait(dialog);
    CHECK_HELPER();
    const QString headline = dialog->findChild<QLabel *>(QStringLiteral("importSummaryHeadline"))->text();
    QVERIFY2(headline.startsWith(QLatin1String("Ready to create shop-restored")), qPrintable(headline));
    const ImportResult result = importAndWait(dialog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(result.created);
    QVERIFY(result.bookmarkBefore.isEmpty());
    QVERIFY(!child<QPushButton>(dialog, "importUndoButton")->isEnabled()); // nothing to go back to
    // D1 (one /query) holds the file's rows, table by table, and the report says they match.
    const QMap<QString, QStringList> source = testsupport::tableContents(m_samplePath);
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (it.key() != QLatin1String("sqlite_sequence"))
            QCOMPARE(result.restoredRows.value(it.key(), -1), qint64(it.value().size()));
    }
    QTreeWidget *rows = child<d1x::ui::ImportReportView>(dialog, "importReportView")->table();
    QVERIFY(rows->topLevelItemCount() > 0);
    for (int i = 0; i < rows->topLevelItemCount(); ++i)
        QCOMPARE(rows->topLevelItem(i)->text(3), QStringLiteral("matches"));
    // The account lists it now.
    PagedCall *list = m_fixture->client()->listDatabases(AccountId);
    QSignalSpy listed(list, &ApiTask::finished);
    QVERIFY(listed.wait(10000) || list->isFinished());
    QStringList names;
    for (const QJsonValue &item : list->items())
        names << item.toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(names.contains(QStringLiteral("shop-restored")), qPrintable(names.join(QLatin1Char(','))));
    list->deleteLater();
}

void TestImportDialog::keyboardReachesEveryControl()
{
    ImportDialog *dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // Every label with a mnemonic has a buddy; no mnemonic is used twice; every input is named.
    QSet<QChar> mnemonics;
    const auto take = [&mnemonics](const QString &text) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            return true;
        const QChar key = text.at(amp + 1).toLower();
        const bool fresh = !mnemonics.contains(key);
        mnemonics.insert(key);
        return fresh;
    };
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::RichText || !label->text().contains(QLatin1Char('&')))
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        QVERIFY2(take(label->text()), qPrintable(label->text()));
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        QVERIFY2(take(button->text()), qPrintable(button->text()));
    auto *tabs = child<QTabWidget>(dialog, "importTabs");
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(take(tabs->tabText(i)), qPrintable(tabs->tabText(i)));
    for (QWidget *input : dialog->findChildren<QWidget *>()) {
        const bool isInput = qobject_cast<QLineEdit *>(input) || qobject_cast<QComboBox *>(input)
            || qobject_cast<QAbstractItemView *>(input);
        if (!isInput || qobject_cast<QComboBox *>(input->parentWidget()) || input->objectName().isEmpty())
            continue;
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
    }

    // Each mnemonic fires: Alt+F goes to the file, Alt+B asks for it, Alt+N / Alt+E choose the
    // target, Alt+R ticks the count, Alt+P prepares, Alt+I imports, Alt+L / Alt+S / Alt+T show the
    // tabs, Alt+C closes.
    QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "importFileEdit"));
    const int asked = FileDialog::questionCount();
    FileDialog::setNextFileName(m_notesPath);
    // (A button's mnemonic clicks it after a short animation: QTRY_.)
    QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(FileDialog::questionCount(), asked + 1);
    QTRY_COMPARE(child<QLineEdit>(dialog, "importFileEdit")->text(), QDir::toNativeSeparators(m_notesPath));
    QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(dialog, "importNewRadio")->isChecked());
    QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(dialog, "importExistingRadio")->isChecked());
    QCOMPARE(child<QComboBox>(dialog, "importDatabaseCombo")->currentText(), QStringLiteral("shop")); // the window's
    const bool counted = child<QCheckBox>(dialog, "importCountRowsCheck")->isChecked();
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(child<QCheckBox>(dialog, "importCountRowsCheck")->isChecked(), !counted);
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget(), child<QWidget>(dialog, "importLogView"));
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget(), child<QWidget>(dialog, "importReportView"));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Prepared, 30000);
    QCOMPARE(tabs->currentWidget(), child<QWidget>(dialog, "importSummaryView"));
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget(), child<QWidget>(dialog, "importSummaryView"));
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QVERIFY(finished.first().first().value<ImportResult>().ok());
    QCOMPARE(testsupport::rowCount(m_shopPath, QStringLiteral("imported_notes")), 3);
    QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestImportDialog::choicesRemembered()
{
    ImportDialog *dialog = openDialog();
    QVERIFY(!child<QCheckBox>(dialog, "importCountRowsCheck")->isChecked()); // billed: off at first
    // The first file dialog starts where exports are saved.
    m_settings->setLastFolder(m_work->path());
    FileDialog::setNextFileName(QString()); // cancelled
    QTest::mouseClick(child<QPushButton>(dialog, "importBrowseButton"), Qt::LeftButton);
    QCOMPARE(FileDialog::lastSuggestedPath(), m_work->path());
    choose(dialog, m_notesPath, QStringLiteral("shop"));
    CHECK_HELPER();
    QTest::mouseClick(child<QCheckBox>(dialog, "importCountRowsCheck"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "importCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    delete m_dialog;

    // The next dialog: the count is still on, the file dialog opens in the folder of the last file.
    dialog = openDialog();
    QVERIFY(child<QCheckBox>(dialog, "importCountRowsCheck")->isChecked());
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(child<QPushButton>(dialog, "importBrowseButton"), Qt::LeftButton);
    QCOMPARE(FileDialog::lastSuggestedPath(), QFileInfo(m_notesPath).absolutePath());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
