// The window end to end: real widgets clicked and typed into offscreen, against the in-process
// emulator. Sign-in verdicts, full and partial exports checked row by row after re-import into
// SQLite, cancel and failure that leave nothing behind, closing during an export, settings restored
// on the next start, and secrets that never reach the settings file or the log; the complete-export
// options (SQLite output, live counts, related objects), the report, and backing up several databases.
#include "AppSettings.h"
#include "CloudflareEmulator.h"
#include "CredentialStore.h"
#include "FileDialog.h"
#include "LogModel.h"
#include "LogView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReportView.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"
#include "TestFiles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QLocale>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace d1x;
using d1x::ui::FileDialog;
using d1x::ui::MainWindow;
using d1x::ui::MessageBox;
using testsupport::readFile;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString AccountName = QStringLiteral("Test account");
const QString Token = QStringLiteral("gui-test-token-0123456789-abcdef");
const QString Email = QStringLiteral("me@example.com");
const QString GlobalKey = QStringLiteral("global-key-0123456789abcdef");

QString sha256Hex(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
}

// Stops the test function when a helper failed (QVERIFY in a helper only leaves the helper).
#define CHECK_HELPER()                                                                                                 \
    do {                                                                                                               \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tokenVerdictInWords_data();
    void tokenVerdictInWords();
    void fullExportMatchesDatabase();
    void selectedTablesOnly();
    void schemaOnly();
    void cancelWhilePollingLeavesExistingFile();
    void failingExportShowsServerError();
    void wrongTokenSavesNothing();
    void closingDuringExportAsksThenCancels();
    void settingsRestoredOnNextStart();
    void globalKeySignInRemembered();
    void secretsNeverInSettingsOrLog();
    void keychainUnavailableIsSaidOnce();
    void accountTypedByHand();
    void hundredsOfDatabasesSearchable();
    void virtualTablesAreRecreated();
    void compressedWhenNamedGz();
    void apiBaseTypedInAdvancedField();
    void logCopiesLines();
    void keyboardAndAccessibility();
    void offlineDemoRunsTheBundledEmulator();
    void transientFailureIsRetriedVisibly();
    void sqliteCopyLiveCountsAndReport();
    void compareValuesFromTheWindow();
    void sqliteCopyAsksBeforeReplacing();
    void sqliteOnlyWhenChosen();
    void exactValuesRestored();
    void relatedObjectsFollowChosenTables();
    void backupSeveralDatabases();
    void backupComparesValues();
    void cancelledBackupLeavesNoPartialFile();
    void everyShownShortcutFires();
    void firstSaveDialogStartsInDocuments();
    void tablesBoxNamesWhatChosenTablesNeed();

private:
    QDialog *openBackupDialog();
    void makeWindow();
    void signIn(const QString &token, bool expectOk = true);
    void selectDatabase(const QString &name);
    void startExport(const QString &path);
    void waitForState(ExportController::State state);
    ExportResult finishExport(const QString &path);
    QStringList filesIn(const QString &dir) const;

    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    QTemporaryDir m_data;
    QString m_shopPath;
    QString m_otherPath;
    QString m_virtualPath;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<emu::CloudflareEmulator> m_emu;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_finished;
    QString m_iniPath;
    QString m_shopUuid;
};

void TestMainWindow::initTestCase()
{
    // No keychain for this test: a bus that does not exist, so the "unavailable" path is the one taken.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/d1x-test-bus");
    qunsetenv("CLOUDFLARE_API_BASE_URL");
    QVERIFY(m_data.isValid());
    m_shopPath = m_data.filePath(QStringLiteral("shop.sqlite"));
    m_otherPath = m_data.filePath(QStringLiteral("other.sqlite"));
    m_virtualPath = m_data.filePath(QStringLiteral("virtual.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(m_shopPath, {emu::SampleSpec::Awkward, 0, 1}, &error), qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_otherPath, {emu::SampleSpec::Plain, 64 * 1024, 2}, &error),
             qPrintable(error));
    QVERIFY2(emu::SampleDatabase::generate(m_virtualPath, {emu::SampleSpec::WithVirtualTable, 0, 3}, &error),
             qPrintable(error));
}

void TestMainWindow::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
    // A fresh emulator per test: no export task, fault or request left over from the previous one.
    m_emu = std::make_unique<emu::CloudflareEmulator>();
    m_emu->addApiToken(Token);
    m_emu->addApiToken(QStringLiteral("expired-token-0123456789"), emu::TokenStatus::Expired);
    m_emu->addApiToken(QStringLiteral("disabled-token-0123456789"), emu::TokenStatus::Disabled);
    m_emu->addApiToken(QStringLiteral("account-owned-token-0123456789"), emu::TokenStatus::Active, false);
    m_emu->addGlobalKey(Email, GlobalKey);
    m_emu->addAccount(AccountId, AccountName);
    m_shopUuid = m_emu->addDatabase(AccountId, QStringLiteral("shop"), m_shopPath);
    m_emu->addDatabase(AccountId, QStringLiteral("other"), m_otherPath);
    QVERIFY(m_emu->listen());

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<CredentialStore>();
    m_store->setServiceName(QStringLiteral("D1 Exporter GUI tests"));
    m_iniPath = m_out->filePath(QStringLiteral("settings/d1-exporter.ini"));
    m_settings = std::make_unique<AppSettings>(m_iniPath);
    m_settings->setLastFolder(m_out->path());
    makeWindow();
}

void TestMainWindow::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_nam.get(), m_settings.get(), m_store.get());
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 100;
    fast.maxAttempts = 3;
    m_window->setRetryPolicy(fast);
    m_window->setApiBaseOverride(m_emu->apiBase().toString());
    m_finished = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::exportFinished);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_finished.reset();
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_nam.reset();
    m_emu.reset();
    m_out.reset();
    FileDialog::clearNextFileName();
    MessageBox::clearNextAnswer();
}

// ---------------------------------------------------------------------------------------------

void TestMainWindow::signIn(const QString &token, bool expectOk)
{
    auto *edit = child<QLineEdit>("tokenEdit");
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, token);
    QSignalSpy verified(m_window.get(), &MainWindow::verificationFinished);
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    // A verdict reached without asking the server (e.g. an unusable base) comes at once.
    if (verified.isEmpty())
        QVERIFY(verified.wait(10000));
    QCOMPARE(verified.first().first().toBool(), expectOk);
}

void TestMainWindow::selectDatabase(const QString &name)
{
    auto *view = child<QTableView>("databaseView");
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
    const QModelIndexList hits =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    auto *tables = child<QTreeView>("tableView");
    if (view->currentIndex().row() != hits.first().row()) {
        QSignalSpy loaded(m_window.get(), &MainWindow::tablesLoaded);
        view->scrollTo(hits.first());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(hits.first()).center());
        QVERIFY(loaded.wait(10000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(tables->model()->rowCount() > 0, 10000);
}

void TestMainWindow::startExport(const QString &path)
{
    FileDialog::setNextFileName(path);
    auto *button = child<QPushButton>("exportButton");
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestMainWindow::waitForState(ExportController::State state)
{
    auto *label = child<QLabel>("stateLabel");
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), ExportController::stateText(state), 20000);
}

ExportResult TestMainWindow::finishExport(const QString &path)
{
    const qsizetype before = m_finished->size();
    startExport(path);
    if (QTest::currentTestFailed())
        return {};
    if (m_finished->size() == before && !m_finished->wait(30000))
        return {};
    return m_finished->last().first().value<ExportResult>();
}

QStringList TestMainWindow::filesIn(const QString &dir) const
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// ---------------------------------------------------------------------------------------------

void TestMainWindow::tokenVerdictInWords_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("words");
    QTest::newRow("active") << Token << true << QStringLiteral("Active");
    QTest::newRow("expired") << QStringLiteral("expired-token-0123456789") << false << QStringLiteral("Expired");
    QTest::newRow("disabled") << QStringLiteral("disabled-token-0123456789") << false << QStringLiteral("Disabled");
    QTest::newRow("wrong") << QStringLiteral("no-such-token-0123456789") << false << QStringLiteral("Wrong");
}

void TestMainWindow::tokenVerdictInWords()
{
    QFETCH(QString, token);
    QFETCH(bool, ok);
    QFETCH(QString, words);
    signIn(token, ok);
    CHECK_HELPER();
    const QString status = child<QLabel>("verifyStatusLabel")->text();
    QVERIFY2(status.startsWith(words), qPrintable(status));
    auto *accounts = child<QComboBox>("accountCombo");
    if (ok) {
        // The only account is picked, and its databases are listed.
        QTRY_COMPARE(accounts->currentText(), AccountName);
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("databaseView")->model()->rowCount(), 2, 10000);
    } else {
        QCOMPARE(accounts->count(), 0);
        QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    }
}

void TestMainWindow::fullExportMatchesDatabase()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    QCOMPARE(child<QTreeView>("tableView")->model()->rowCount(), 8);
    QVERIFY(child<QLabel>("tableSummaryLabel")->text().contains(QLatin1String("all 8")));

    const QString path = m_out->filePath(QStringLiteral("shop.sql"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.path, path);

    // The proposed name: <database>-<yyyyMMdd-HHmm>.sql in the last folder.
    const QFileInfo suggested(FileDialog::lastSuggestedPath());
    QCOMPARE(suggested.absolutePath(), QFileInfo(m_out->path()).absoluteFilePath());
    QVERIFY2(QRegularExpression(QStringLiteral("^shop-\\d{8}-\\d{4}\\.sql$")).match(suggested.fileName()).hasMatch(),
             qPrintable(suggested.fileName()));

    // Every table, row by row, as in the source database.
    const QString copy = m_out->filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(testsupport::importDump(path, copy), QString());
    const QString difference =
        testsupport::firstDifference(testsupport::tableContents(m_shopPath), testsupport::tableContents(copy));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(testsupport::schemaObjects(copy), testsupport::schemaObjects(m_shopPath));

    // "All checked" asked D1 for the whole database (no table list).
    int exportRequests = 0;
    for (const emu::RecordedRequest &r : m_emu->requests())
        if (r.target.endsWith("/export")) {
            ++exportRequests;
            QVERIFY2(!r.body.contains("\"parent\""), r.body.constData());
        }
    QVERIFY(exportRequests > 0);

    // What the user sees.
    QCOMPARE(child<QLabel>("stateLabel")->text(), ExportController::stateText(ExportController::State::Succeeded));
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QLatin1String("shop.sql")));
    // "Check the dump after saving" is on by default: the verdict is part of the outcome.
    QCOMPARE(result.verification.status, VerifyReport::Status::Verified);
    QVERIFY(child<QLabel>("resultLabel")->toolTip().contains(result.verification.summary()));
    QVERIFY(child<QPushButton>("openFolderButton")->isEnabled());
    QVERIFY(child<QPushButton>("copyPathButton")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(child<QWidget>("credentialsPanel")->isEnabled());
    const QString log = m_window->logModel()->allText();
    QVERIFY2(log.contains(QLatin1String("D1: ")), qPrintable(log)); // server messages are shown
    QTest::mouseClick(child<QPushButton>("copyPathButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(path));
}

void TestMainWindow::selectedTablesOnly()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    auto *tables = child<QTreeView>("tableView");
    auto *summary = child<QLabel>("tableSummaryLabel");

    QTest::mouseClick(child<QPushButton>("selectNoneButton"), Qt::LeftButton);
    QVERIFY(summary->text().contains(QLatin1String("No table")));
    QTRY_VERIFY(!child<QPushButton>("exportButton")->isEnabled());

    // Select all acts on what the filter shows.
    QTest::keyClicks(child<QLineEdit>("tableFilterEdit"), QStringLiteral("par"));
    QCOMPARE(tables->model()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>("selectAllButton"), Qt::LeftButton);
    child<QLineEdit>("tableFilterEdit")->setFocus();
    QTest::keyClick(child<QLineEdit>("tableFilterEdit"), Qt::Key_Escape); // Escape empties a filter
    QVERIFY(child<QLineEdit>("tableFilterEdit")->text().isEmpty());
    QCOMPARE(tables->model()->rowCount(), 8);

    // Space checks the current row.
    const QModelIndexList values = tables->model()->match(tables->model()->index(0, 0), Qt::DisplayRole,
                                                          QStringLiteral("values"), 1, Qt::MatchExactly);
    QCOMPARE(values.size(), 1);
    tables->setFocus();
    tables->setCurrentIndex(values.first());
    QTest::keyClick(tables, Qt::Key_Space);
    QCOMPARE(values.first().data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(summary->text(), QStringLiteral("Checked: 2 of 8"));

    const QString path = m_out->filePath(QStringLiteral("two.sql"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));

    const QString copy = m_out->filePath(QStringLiteral("two.sqlite"));
    QCOMPARE(testsupport::importDump(path, copy), QString());
    const auto source = testsupport::tableContents(m_shopPath);
    const auto actual = testsupport::tableContents(copy);
    QStringList names = actual.keys();
    names.removeAll(QStringLiteral("sqlite_sequence"));
    QCOMPARE(names, (QStringList{QStringLiteral("parent"), QStringLiteral("values")}));
    QCOMPARE(actual.value(QStringLiteral("parent")), source.value(QStringLiteral("parent")));
    QCOMPARE(actual.value(QStringLiteral("values")), source.value(QStringLiteral("values")));

    bool sawFilter = false;
    for (const emu::RecordedRequest &r : m_emu->requests())
        sawFilter |= r.target.endsWith("/export") && r.body.contains("\"parent\"") && r.body.contains("\"values\"")
            && !r.body.contains("\"child\"");
    QVERIFY(sawFilter);
}

void TestMainWindow::schemaOnly()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    auto *content = child<QComboBox>("contentCombo");
    content->setFocus();
    QTest::keyClick(content, Qt::Key_Down);
    QCOMPARE(content->currentText(), QStringLiteral("Schema only"));

    const QString path = m_out->filePath(QStringLiteral("schema.sql"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    // No row statements (a trigger's body may well hold an INSERT, indented inside its CREATE).
    for (const QByteArray &line : readFile(path).split('\n'))
        QVERIFY2(!line.startsWith("INSERT INTO"), line.constData());
    const QString copy = m_out->filePath(QStringLiteral("schema.sqlite"));
    QCOMPARE(testsupport::importDump(path, copy), QString());
    QCOMPARE(testsupport::schemaObjects(copy), testsupport::schemaObjects(m_shopPath));
    for (const QString &table : testsupport::tableContents(copy).keys())
        QCOMPARE(testsupport::rowCount(copy, table), 0);
    QCOMPARE(m_settings->content(), AppSettings::Content::SchemaOnly);
}

void TestMainWindow::cancelWhilePollingLeavesExistingFile()
{
    const QString path = m_out->filePath(QStringLiteral("keep.sql"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- an earlier export\n");
    }
    m_emu->setPollsBeforeComplete(1000000);
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("other"));
    CHECK_HELPER();
    startExport(path);
    CHECK_HELPER();
    waitForState(ExportController::State::Exporting);
    CHECK_HELPER();
    QVERIFY(m_window->isExportRunning());
    QVERIFY(!child<QWidget>("credentialsPanel")->isEnabled()); // choices are locked while it runs
    auto *progress = child<QWidget>("progressBar");
    QVERIFY(progress);

    // Escape is Cancel while an export runs.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    const ExportResult result = m_finished->first().first().value<ExportResult>();
    QCOMPARE(result.error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(readFile(path), QByteArray("-- an earlier export\n"));
    QCOMPARE(filesIn(m_out->path()), QStringList{QStringLiteral("keep.sql")});
    QCOMPARE(child<QLabel>("stateLabel")->text(), ExportController::stateText(ExportController::State::Cancelled));
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QLatin1String("cancelled")));
    QVERIFY(!child<QPushButton>("openFolderButton")->isEnabled());
    QVERIFY(child<QWidget>("credentialsPanel")->isEnabled());
}

void TestMainWindow::failingExportShowsServerError()
{
    emu::FaultSpec fault;
    fault.step = emu::Step::ExportPoll;
    fault.fault = emu::Fault::ExportError;
    fault.message = QStringLiteral("Simulated export failure <b>not bold</b>"); // server text is not markup
    m_emu->addFault(fault);
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    const int logLinesBefore = m_window->logModel()->rowCount();
    const QString path = m_out->filePath(QStringLiteral("fail.sql"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QCOMPARE(result.error.kind(), ApiError::Kind::ExportFailed);
    QVERIFY(!QFile::exists(path));
    QVERIFY(filesIn(m_out->path()).isEmpty());
    QCOMPARE(child<QLabel>("stateLabel")->text(), ExportController::stateText(ExportController::State::Failed));
    const QString shown = child<QLabel>("resultLabel")->text();
    QVERIFY2(shown.contains(QLatin1String("Simulated export failure")), qPrintable(shown));
    QVERIFY2(shown.startsWith(result.error.summary()), qPrintable(shown));
    // Shown as the server wrote it, tags and all: every label quoting server text is plain text.
    QVERIFY2(shown.contains(QLatin1String("<b>not bold</b>")), qPrintable(shown));
    for (const char *name : {"resultLabel", "stateLabel", "progressDetailLabel", "verifyStatusLabel",
                             "databaseStatusLabel", "accountsStatusLabel", "noticeText", "tableSummaryLabel",
                             "virtualTablesNote", "reportHeadline"})
    {
        const QLabel *label = child<QLabel>(name);
        QVERIFY2(label && label->textFormat() == Qt::PlainText, name);
    }
    // The log is kept, with the failure at its end.
    QVERIFY(m_window->logModel()->rowCount() > logLinesBefore);
    QVERIFY(m_window->logModel()->allText().contains(QLatin1String("Simulated export failure")));
    QVERIFY(child<QPushButton>("exportButton")->isEnabled()); // one can try again
}

void TestMainWindow::wrongTokenSavesNothing()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    // The token is changed after the database was chosen: the export itself meets the refusal.
    auto *edit = child<QLineEdit>("tokenEdit");
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("wrong-token-0123456789"));
    QVERIFY(child<QLabel>("verifyStatusLabel")->text().contains(QLatin1String("verify again")));
    const QString path = m_out->filePath(QStringLiteral("never.sql"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.error.kind() == ApiError::Kind::Unauthorized || result.error.kind() == ApiError::Kind::Forbidden,
             qPrintable(result.error.toString()));
    QVERIFY(filesIn(m_out->path()).isEmpty());
    const QString shown = child<QLabel>("resultLabel")->text();
    QVERIFY2(shown.startsWith(result.error.summary()), qPrintable(shown));
    QVERIFY(!m_window->logModel()->allText().contains(QLatin1String("wrong-token-0123456789")));
}

void TestMainWindow::closingDuringExportAsksThenCancels()
{
    m_emu->setPollsBeforeComplete(1000000);
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("other"));
    CHECK_HELPER();
    const QString path = m_out->filePath(QStringLiteral("closing.sql"));
    startExport(path);
    CHECK_HELPER();
    waitForState(ExportController::State::Exporting);
    CHECK_HELPER();

    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_window->close());
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QCoreApplication::processEvents(); // the answer is delivered from the event loop
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isExportRunning());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!m_window->close());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10000);
    QCOMPARE(MessageBox::questionsAsked(), asked + 2);
    QCOMPARE(m_finished->size(), 1);
    QCOMPARE(m_finished->first().first().value<ExportResult>().error.kind(), ApiError::Kind::Cancelled);
    QVERIFY(filesIn(m_out->path()).isEmpty());
}

void TestMainWindow::settingsRestoredOnNextStart()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("other"));
    CHECK_HELPER();
    auto *content = child<QComboBox>("contentCombo");
    content->setFocus();
    QTest::keyClick(content, Qt::Key_End);
    QCOMPARE(content->currentText(), QStringLiteral("Data only"));
    QVERIFY(!child<QCheckBox>("verifyDumpCheck")->isEnabled()); // a data-only dump loads nowhere on its own
    m_window->resize(900, 700); // above the minimum the Options box asks for
    QVERIFY(QDir(m_out->path()).mkpath(QStringLiteral("dumps")));
    const QString folder = m_out->filePath(QStringLiteral("dumps"));
    const ExportResult result = finishExport(QDir(folder).filePath(QStringLiteral("other.sql")));
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(m_window->close());
    m_finished.reset();
    m_window.reset();
    m_settings.reset();

    // The next start reads the same file.
    m_settings = std::make_unique<AppSettings>(m_iniPath);
    makeWindow();
    CHECK_HELPER();
    QCOMPARE(child<QComboBox>("contentCombo")->currentText(), QStringLiteral("Data only"));
    QCOMPARE(child<QComboBox>("accountCombo")->currentText(), AccountId); // shown as its id until listed
    QCOMPARE(m_window->size(), QSize(900, 700));
    QVERIFY(child<QLineEdit>("tokenEdit")->text().isEmpty()); // not remembered: not asked to

    signIn(Token);
    CHECK_HELPER();
    QTRY_COMPARE(child<QComboBox>("accountCombo")->currentText(), AccountName);
    auto *view = child<QTableView>("databaseView");
    QTRY_VERIFY_WITH_TIMEOUT(view->currentIndex().isValid(), 10000);
    QCOMPARE(view->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("other"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeView>("tableView")->model()->rowCount() > 0, 10000);

    // The file dialog proposes the folder used last time.
    FileDialog::setNextFileName(QString()); // the user cancels the dialog
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QCOMPARE(QFileInfo(FileDialog::lastSuggestedPath()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QVERIFY(QFileInfo(FileDialog::lastSuggestedPath()).fileName().startsWith(QLatin1String("other-")));
    QCoreApplication::processEvents();
    QVERIFY(!m_window->isExportRunning());
}

void TestMainWindow::globalKeySignInRemembered()
{
    auto *method = child<QComboBox>("authMethodCombo");
    method->setFocus();
    QTest::keyClick(method, Qt::Key_Down);
    QCOMPARE(method->currentIndex(), 1);
    QTest::keyClicks(child<QLineEdit>("emailEdit"), Email);
    QTest::keyClicks(child<QLineEdit>("globalKeyEdit"), GlobalKey);
    QSignalSpy verified(m_window.get(), &MainWindow::verificationFinished);
    QTest::keyClick(child<QLineEdit>("globalKeyEdit"), Qt::Key_Return); // Enter verifies
    QVERIFY(verified.wait(10000));
    QVERIFY(verified.first().first().toBool());
    QVERIFY(child<QLabel>("verifyStatusLabel")->text().startsWith(QLatin1String("Accepted")));
    QTRY_COMPARE(child<QComboBox>("accountCombo")->currentText(), AccountName);
    selectDatabase(QStringLiteral("other"));
    CHECK_HELPER();
    QVERIFY(m_window->close());
    m_window.reset();
    m_settings.reset();

    const QByteArray ini = readFile(m_iniPath);
    QVERIFY(!ini.isEmpty());
    QVERIFY(!ini.contains(GlobalKey.toUtf8()));

    m_settings = std::make_unique<AppSettings>(m_iniPath);
    makeWindow();
    CHECK_HELPER();
    QCOMPARE(child<QComboBox>("authMethodCombo")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>("emailEdit")->text(), Email);
    QVERIFY(child<QLineEdit>("globalKeyEdit")->text().isEmpty());
}

void TestMainWindow::secretsNeverInSettingsOrLog()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    const ExportResult result = finishExport(m_out->filePath(QStringLiteral("s.sql")));
    CHECK_HELPER();
    QVERIFY(result.ok());
    // Shown while typed? Only on request.
    auto *edit = child<QLineEdit>("tokenEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QToolButton>("tokenEditShowButton"), Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>("tokenEditShowButton"), Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QVERIFY(!m_window->logModel()->allText().contains(Token));
    QVERIFY(m_window->close());
    m_window.reset();
    m_settings.reset();
    const QByteArray ini = readFile(m_iniPath);
    // The chosen database is remembered (by its uuid), and an AppSettings on the file reads it back.
    QVERIFY2(ini.contains(m_shopUuid.toUtf8()), ini.constData());
    QCOMPARE(AppSettings(m_iniPath).databaseId(), m_shopUuid);
    QVERIFY2(!ini.contains(Token.toUtf8()), ini.constData());
    QVERIFY(!ini.contains("gui-test-token"));
}

void TestMainWindow::keychainUnavailableIsSaidOnce()
{
    auto *remember = child<QCheckBox>("rememberCheck");
    QTest::mouseClick(remember, Qt::LeftButton);
    QVERIFY(remember->isChecked());
    QVERIFY(m_settings->rememberSecret());
    signIn(Token);
    CHECK_HELPER();
    auto *notice = child<QWidget>("noticeBar");
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 30000);
    const QString text = child<QLabel>("noticeText")->text();
    QVERIFY2(text.contains(QLatin1String("session only")), qPrintable(text));
    // Verifying again tries again but does not nag.
    QTest::mouseClick(child<QToolButton>("noticeCloseButton"), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    child<QLineEdit>("tokenEdit")->setText(Token + QStringLiteral("x"));
    signIn(Token);
    CHECK_HELPER();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->logModel()->allText().count(QLatin1String("System keychain")) >= 2, 30000);
    QVERIFY(!notice->isVisible());
    // The session goes on with the secret in memory only.
    QCOMPARE(child<QLineEdit>("tokenEdit")->text(), Token);
    m_settings->sync();
    QVERIFY(!readFile(m_iniPath).contains(Token.toUtf8()));
}

void TestMainWindow::accountTypedByHand()
{
    // An account-owned token sees no account list: the id is typed.
    auto *combo = child<QComboBox>("accountCombo");
    combo->setFocus();
    QTest::keyClicks(combo->lineEdit(), AccountId);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    signIn(QStringLiteral("account-owned-token-0123456789"));
    CHECK_HELPER();
    QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("databaseView")->model()->rowCount(), 2, 10000);
    QVERIFY(child<QLabel>("accountsStatusLabel")->text().contains(QLatin1String("account ID")));
    QCOMPARE(combo->currentText(), AccountId);
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
}

void TestMainWindow::hundredsOfDatabasesSearchable()
{
    for (int i = 0; i < 320; ++i)
        m_emu->addDatabase(AccountId, QStringLiteral("tenant-%1").arg(i, 3, 10, QLatin1Char('0')), m_otherPath);
    signIn(Token);
    CHECK_HELPER();
    auto *view = child<QTableView>("databaseView");
    // Every page arrives (the client asks for 100 per page).
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 322, 20000);
    QTest::keyClicks(child<QLineEdit>("databaseFilterEdit"), QStringLiteral("TENANT-31"));
    QCOMPARE(view->model()->rowCount(), 10); // tenant-310 … tenant-319, case-insensitive
    QVERIFY(child<QLabel>("databaseStatusLabel")->text().contains(QLatin1String("10 of 322")));
    // Enter takes the first match.
    QSignalSpy loaded(m_window.get(), &MainWindow::tablesLoaded);
    QTest::keyClick(child<QLineEdit>("databaseFilterEdit"), Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(view->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("tenant-310"));
    // Sorting by size uses the numbers, not the text.
    child<QLineEdit>("databaseFilterEdit")->clear();
    view->sortByColumn(1, Qt::DescendingOrder);
    const qint64 first = view->model()->index(0, 1).data(Qt::UserRole + 1).toLongLong();
    const qint64 last = view->model()->index(view->model()->rowCount() - 1, 1).data(Qt::UserRole + 1).toLongLong();
    QVERIFY(first >= last);
}

void TestMainWindow::virtualTablesAreRecreated()
{
    m_emu->addDatabase(AccountId, QStringLiteral("search"), m_virtualPath);
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("search"));
    CHECK_HELPER();
    auto *tables = child<QTreeView>("tableView");
    QVERIFY(child<QWidget>("virtualTablesNote")->isVisible());
    QStringList virtualNames;
    for (int r = 0; r < tables->model()->rowCount(); ++r) {
        const QModelIndex name = tables->model()->index(r, 0);
        QVERIFY2(!name.data().toString().endsWith(QLatin1String("_data")), qPrintable(name.data().toString()));
        if (tables->model()->index(r, 1).data().toString().startsWith(QLatin1String("virtual"))) {
            virtualNames.append(name.data().toString());
            QVERIFY(name.flags() & Qt::ItemIsUserCheckable);
            QCOMPARE(name.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        }
    }
    QVERIFY(!virtualNames.isEmpty());

    // The whole database, virtual tables included, goes through and loads back.
    const QString path = m_out->filePath(QStringLiteral("search.sql"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY2(result.fullySucceeded(), qPrintable(result.verification.summary()));
    QCOMPARE(result.virtualTables.size(), virtualNames.size());
    const QString copy = m_out->filePath(QStringLiteral("search.sqlite"));
    QCOMPARE(testsupport::importDump(path, copy), QString());
    const auto objects = testsupport::schemaObjects(copy);
    for (const QString &name : virtualNames)
        QVERIFY2(objects.contains(name), qPrintable(name));
}

void TestMainWindow::compressedWhenNamedGz()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    const QString path = m_out->filePath(QStringLiteral("shop.sql.gz"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(result.compressed);
    QVERIFY(readFile(path).startsWith("\x1f\x8b")); // gzip magic
    QVERIFY(result.fileBytes < result.bytes);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.verification.summary())); // the check reads .gz too
    QVERIFY(child<QLabel>("progressDetailLabel")->text().contains(QLatin1String("compressed")));
}

void TestMainWindow::apiBaseTypedInAdvancedField()
{
    // Start from a window that points elsewhere; the user fixes the base by hand.
    m_window->setApiBaseOverride(QStringLiteral("https://api.cloudflare.com/client/v4"));
    auto *base = child<QLineEdit>("apiBaseEdit");
    const bool wasVisible = base->isVisible();
    QTest::mouseClick(child<QToolButton>("advancedButton"), Qt::LeftButton);
    QCOMPARE(base->isVisible(), !wasVisible); // the disclosure toggles
    if (!base->isVisible())
        QTest::mouseClick(child<QToolButton>("advancedButton"), Qt::LeftButton);
    QVERIFY(base->isVisible());
    base->selectAll();
    QTest::keyClicks(base, QStringLiteral("http://example.com/client/v4"));
    signIn(Token, false);
    CHECK_HELPER();
    // Plain http to another host is refused before anything is sent, in words.
    QVERIFY2(child<QLabel>("verifyStatusLabel")->text().contains(QLatin1String("API base URL")),
             qPrintable(child<QLabel>("verifyStatusLabel")->text()));
    base->selectAll();
    QTest::keyClicks(base, m_emu->apiBase().toString());
    signIn(Token, true);
    CHECK_HELPER();
    QVERIFY(m_window->close());
    m_window.reset();
    m_settings.reset();
    AppSettings reread(m_iniPath);
    QCOMPARE(reread.apiBase(), m_emu->apiBase().toString()); // edited by hand: remembered
}

void TestMainWindow::logCopiesLines()
{
    signIn(Token);
    CHECK_HELPER();
    auto *view = m_window->findChild<ui::LogView *>(QStringLiteral("logView"));
    QVERIFY(view);
    QTRY_VERIFY(view->model()->rowCount() >= 3);
    view->setFocus();
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    const auto *model = m_window->logModel();
    QCOMPARE(copied, model->lineAt(0) + QLatin1Char('\n') + model->lineAt(1));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d  ")).match(copied).hasMatch());
    view->copyAllAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), model->allText());
    QCOMPARE(view->actions().size(), 2); // the context menu: Copy, Copy All
}

void TestMainWindow::keyboardAndAccessibility()
{
    // Every label with a mnemonic has a buddy; every input has an accessible name.
    QSet<QChar> mnemonics;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        const QString text = label->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (label->textFormat() == Qt::RichText || amp < 0 || amp + 1 >= text.size())
            continue;
        QVERIFY2(label->buddy(), qPrintable(text));
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("mnemonic used twice: ") + key));
        mnemonics.insert(key);
    }
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        const qsizetype amp = button->text().indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= button->text().size())
            continue;
        const QChar key = button->text().at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("mnemonic used twice: ") + key));
        mnemonics.insert(key);
    }
    QVERIFY(!mnemonics.contains(QLatin1Char('f'))); // the File menu's
    QVERIFY(!mnemonics.contains(QLatin1Char('h'))); // the Help menu's
    QVERIFY(!mnemonics.contains(QLatin1Char('g'))); // the Language menu's (added by main.cpp)
    for (QWidget *input : m_window->findChildren<QWidget *>()) {
        const bool isInput = qobject_cast<QLineEdit *>(input) || qobject_cast<QComboBox *>(input)
            || qobject_cast<QAbstractItemView *>(input);
        if (!isInput || qobject_cast<QComboBox *>(input->parentWidget()) || !input->objectName().size())
            continue;
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
    }
    // Tab goes from the token field to its Show button, and on to the next field.
    auto *token = child<QLineEdit>("tokenEdit");
    QCOMPARE(token->nextInFocusChain(), child<QWidget>("tokenEditShowButton"));
    // Enter in the token field verifies.
    token->setFocus();
    QTest::keyClicks(token, Token);
    QSignalSpy verified(m_window.get(), &MainWindow::verificationFinished);
    QTest::keyClick(token, Qt::Key_Return);
    QVERIFY(verified.wait(10000));
    QVERIFY(verified.first().first().toBool());
}

void TestMainWindow::offlineDemoRunsTheBundledEmulator()
{
    // What --demo does: the real d1-emulator program, started and read by the window.
    QSignalSpy verified(m_window.get(), &MainWindow::verificationFinished);
    m_window->startDemo(QStringLiteral(D1X_EMULATOR_PATH));
    QVERIFY(child<QWidget>("noticeBar")->isVisible());
    QVERIFY(verified.wait(20000));
    QVERIFY(verified.first().first().toBool());
    QCOMPARE(child<QLineEdit>("tokenEdit")->text(), QStringLiteral("demo-token"));
    QVERIFY(!child<QCheckBox>("rememberCheck")->isEnabled()); // the demo token is never stored
    QVERIFY(child<QLabel>("noticeText")->text().contains(QLatin1String("Offline demo")));
    // The only database is picked by itself; export it.
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeView>("tableView")->model()->rowCount() > 0, 20000);
    QCOMPARE(child<QTableView>("databaseView")->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("demo"));
    const QString path = m_out->filePath(QStringLiteral("demo.sql"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QString copy = m_out->filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(testsupport::importDump(path, copy), QString());
    QVERIFY(testsupport::tableContents(copy).size() >= 5);

    // Nothing of the demo session is remembered for real use.
    const QString demoBase = child<QLineEdit>("apiBaseEdit")->text();
    QVERIFY(m_window->close());
    m_window.reset(); // stops the emulator
    m_settings.reset();
    const QByteArray ini = readFile(m_iniPath);
    QVERIFY(!ini.contains("demo-token"));
    QVERIFY2(!ini.contains(demoBase.toUtf8()), ini.constData());
}

void TestMainWindow::transientFailureIsRetriedVisibly()
{
    // A 502 page from a proxy, then a rate limit, while listing databases: told, retried, recovered.
    emu::FaultSpec proxy;
    proxy.step = emu::Step::ListDatabases;
    proxy.fault = emu::Fault::Html502;
    m_emu->addFault(proxy);
    emu::FaultSpec limited;
    limited.step = emu::Step::ListDatabases;
    limited.fault = emu::Fault::RateLimited;
    limited.retryAfterSeconds = 0;
    m_emu->addFault(limited);
    signIn(Token);
    CHECK_HELPER();
    QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("databaseView")->model()->rowCount(), 2, 20000);
    const QString log = m_window->logModel()->allText();
    QCOMPARE(log.count(QLatin1String("Trying again")), 2);
    QVERIFY(child<QLabel>("databaseStatusLabel")->text().startsWith(QLatin1String("Databases: 2")));
}

void TestMainWindow::compareValuesFromTheWindow()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    auto *values = child<QCheckBox>("liveValuesCheck");
    QVERIFY(values && values->isEnabled() && !values->isChecked()); // opt-in: D1 bills the rows it reads
    values->click();
    const ExportResult result = finishExport(m_out->filePath(QStringLiteral("shop.sql")));
    CHECK_HELPER();
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.liveValues.summary()));
    QCOMPARE(result.liveValues.status, LiveValueReport::Status::Same);
    QVERIFY(result.liveValues.tablesCompared > 0);
    // D1 was asked for the fingerprints through /raw, one request per table.
    int fingerprints = 0;
    for (const emu::RecordedRequest &r : m_emu->requests())
        fingerprints += r.target.endsWith("/raw") && r.body.contains("CAST(count(*) AS TEXT)");
    QCOMPARE(fingerprints, result.liveValues.tablesCompared);
    QVERIFY2(child<QLabel>("reportNotes")->text().contains(result.liveValues.summary()),
             qPrintable(child<QLabel>("reportNotes")->text()));
}

void TestMainWindow::sqliteCopyLiveCountsAndReport()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    child<QCheckBox>("sqliteCopyCheck")->click();
    child<QCheckBox>("liveCountsCheck")->click();
    QVERIFY(child<QLabel>("billingNote")->isVisible()); // the cost is said next to the option

    const QString path = m_out->filePath(QStringLiteral("shop.sql"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.verification.summary()));

    // The SQLite copy beside the dump holds the source's rows, table by table.
    const QString sqlitePath = m_out->filePath(QStringLiteral("shop.sqlite"));
    QCOMPARE(result.verification.sqlitePath, sqlitePath);
    const QString difference =
        testsupport::firstDifference(testsupport::tableContents(m_shopPath), testsupport::tableContents(sqlitePath));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(filesIn(m_out->path()).filter(QRegularExpression(QStringLiteral("^shop"))),
             (QStringList{QStringLiteral("shop.sql"), QStringLiteral("shop.sqlite")}));

    // D1 was asked to count the rows, once, before the export.
    int countQueries = 0;
    for (const emu::RecordedRequest &r : m_emu->requests())
        countQueries += r.target.endsWith("/query") && r.body.contains("count(");
    QCOMPARE(countQueries, 1);

    // The report: the verdict, each file with the SHA-256 of its bytes, and every table's rows in the
    // dump and on D1.
    auto *panel = child<QWidget>("exportPanel");
    QVERIFY(panel);
    QVERIFY(child<QWidget>("reportView")->isVisible());
    QCOMPARE(child<QLabel>("reportHeadline")->text(), result.verification.summary());
    QVERIFY(result.verification.comparedWithLive);
    const QString files = m_window->findChild<ui::ReportView *>()->details();
    QVERIFY2(files.contains(sha256Hex(path)), qPrintable(files));
    QVERIFY2(files.contains(sha256Hex(sqlitePath)), qPrintable(files));
    auto *table = child<QTreeWidget>("reportTable");
    const QStringList tableNames = testsupport::tableContents(m_shopPath).keys();
    int listed = 0;
    const QLocale locale;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = table->topLevelItem(i);
        if (!tableNames.contains(item->text(0)))
            continue;
        ++listed;
        const QString rows = locale.toString(testsupport::rowCount(m_shopPath, item->text(0)));
        QCOMPARE(item->text(1), rows);
        QCOMPARE(item->text(2), rows);
        QCOMPARE(item->text(3), QStringLiteral("matches"));
    }
    QVERIFY2(listed >= 6, qPrintable(QString::number(listed)));
    QTest::mouseClick(child<QPushButton>("copyChecksumButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), sha256Hex(path));
    QVERIFY2(m_window->logModel()->allText().contains(sha256Hex(path)), "the checksum is recorded in the log");
}

void TestMainWindow::sqliteCopyAsksBeforeReplacing()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("other"));
    CHECK_HELPER();
    child<QCheckBox>("sqliteCopyCheck")->click();
    const QString path = m_out->filePath(QStringLiteral("other.sql.gz"));
    const QString sqlitePath = m_out->filePath(QStringLiteral("other.sqlite"));
    {
        QFile existing(sqlitePath);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the user's own file");
    }

    // No: nothing starts, nothing is written, the file stays.
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(QMessageBox::No);
    startExport(path);
    CHECK_HELPER();
    QTRY_COMPARE(MessageBox::questionsAsked(), asked + 1);
    QTRY_VERIFY(m_window->logModel()->allText().contains(QLatin1String("Export not started")));
    QVERIFY(!m_window->isExportRunning());
    QCOMPARE(readFile(sqlitePath), QByteArray("the user's own file"));
    QVERIFY(!QFileInfo::exists(path));

    // Yes: replaced by the complete database, next to the compressed dump.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QCOMPARE(MessageBox::questionsAsked(), asked + 2);
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.verification.summary()));
    QVERIFY(readFile(path).startsWith("\x1f\x8b"));
    QCOMPARE(testsupport::tableContents(sqlitePath), testsupport::tableContents(m_otherPath));
}

void TestMainWindow::exactValuesRestored()
{
    // The emulator lets numbers out as D1 does: 64-bit ids rounded, infinities as a bare word.
    const QString numbers = m_data.filePath(QStringLiteral("numbers64.sqlite"));
    if (!QFileInfo::exists(numbers))
        QVERIFY(emu::SampleDatabase::generate(numbers, {emu::SampleSpec::Numbers64, 0, 1}));
    m_emu->addDatabase(AccountId, QStringLiteral("ids"), numbers);
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("ids"));
    CHECK_HELPER();
    child<QCheckBox>("sqliteCopyCheck")->click();
    const QString path = m_out->filePath(QStringLiteral("ids.sql.gz"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.repair.summary()));
    QCOMPARE(result.repair.status, ValueRepairReport::Status::Repaired);
    // The .sqlite made from the saved .sql.gz holds every value exactly, type and value.
    const QString difference = testsupport::firstDifference(testsupport::tableContents(numbers),
                                                            testsupport::tableContents(result.verification.sqlitePath));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Said in the log and on the Report tab.
    QVERIFY(m_window->logModel()->allText().contains(result.repair.summary()));
    const QString details = m_window->findChild<ui::ReportView *>()->details();
    QVERIFY2(details.contains(result.repair.summary()), qPrintable(details));
    QVERIFY(result.repair.summary().contains(QLocale().toString(result.repair.restoredValues)) ||
            result.repair.summary().contains(QString::number(result.repair.restoredValues)));
}

void TestMainWindow::sqliteOnlyWhenChosen()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    const QString path = m_out->filePath(QStringLiteral("shop.sqlite"));
    const ExportResult result = finishExport(path);
    CHECK_HELPER();
    QVERIFY2(result.fullySucceeded(), qPrintable(result.error.toString() + result.verification.summary()));
    QVERIFY(result.path.isEmpty()); // no SQL file kept
    QCOMPARE(filesIn(m_out->path()).filter(QRegularExpression(QStringLiteral("^shop"))),
             QStringList{QStringLiteral("shop.sqlite")});
    const QString difference =
        testsupport::firstDifference(testsupport::tableContents(m_shopPath), testsupport::tableContents(path));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QLatin1String("shop.sqlite")));
    QVERIFY(m_window->findChild<ui::ReportView *>()->details().contains(sha256Hex(path)));
    QVERIFY(child<QPushButton>("openFolderButton")->isEnabled());

    // The next export suggests an SQLite database again.
    FileDialog::setNextFileName(QString()); // the user cancels this one
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY2(FileDialog::lastSuggestedPath().endsWith(QLatin1String(".sqlite")),
             qPrintable(FileDialog::lastSuggestedPath()));

    // A data-only dump cannot become a database: said, and nothing runs.
    child<QComboBox>("contentCombo")->setCurrentIndex(2);
    const QString dataOnly = m_out->filePath(QStringLiteral("data.sqlite"));
    startExport(dataOnly);
    CHECK_HELPER();
    QTRY_VERIFY(child<QWidget>("noticeBar")->isVisible());
    QVERIFY(!m_window->isExportRunning());
    QVERIFY(!QFileInfo::exists(dataOnly));
}

void TestMainWindow::relatedObjectsFollowChosenTables()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    auto *related = child<QCheckBox>("relatedObjectsCheck");
    QVERIFY(!related->isEnabled()); // all tables: D1 keeps every index and trigger itself

    auto *tables = child<QTreeView>("tableView");
    QTest::mouseClick(child<QPushButton>("selectNoneButton"), Qt::LeftButton);
    const QModelIndexList hits = tables->model()->match(tables->model()->index(0, 0), Qt::DisplayRole,
                                                        QStringLiteral("child"), 1, Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    tables->model()->setData(hits.first(), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(related->isEnabled());
    QVERIFY(related->isChecked());

    const QString with = m_out->filePath(QStringLiteral("with.sql"));
    ExportResult result = finishExport(with);
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(readFile(with).contains("CREATE INDEX"));
    const QString withCopy = m_out->filePath(QStringLiteral("with-copy.sqlite"));
    QCOMPARE(testsupport::importDump(with, withCopy), QString());
    QCOMPARE(testsupport::schemaObjects(withCopy).value(QStringLiteral("child_by_parent")), QStringLiteral("index"));
    QVERIFY(result.addedRelatedObjects.contains(QStringLiteral("child_by_parent")));
    QVERIFY(child<QLabel>("reportNotes")->text().contains(QLatin1String("child_by_parent")));

    // Off: D1's own filter, which leaves the index out.
    related->click();
    const QString without = m_out->filePath(QStringLiteral("without.sql"));
    result = finishExport(without);
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(!readFile(without).contains("child_by_parent"));
    const emu::RecordedRequest last = [this] {
        emu::RecordedRequest found;
        for (const emu::RecordedRequest &r : m_emu->requests())
            if (r.target.endsWith("/export") && r.body.contains("\"tables\""))
                found = r;
        return found;
    }();
    QVERIFY2(last.body.contains("\"child\""), last.body.constData()); // the filtered export D1 was asked for
    QVERIFY2(!last.body.contains("child_by_parent"), last.body.constData());
}

QDialog *TestMainWindow::openBackupDialog()
{
    signIn(Token);
    if (QTest::currentTestFailed())
        return nullptr;
    QDialog *dialog = nullptr;
    [&] {
        auto *button = child<QPushButton>("backupButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("backupDialog"))) && dialog->isVisible());
    }();
    return dialog;
}

void TestMainWindow::backupSeveralDatabases()
{
    QDialog *dialog = openBackupDialog();
    CHECK_HELPER();

    // Nothing checked: it says what is missing and cannot start.
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("backupStartButton"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("backupDatabaseList"));
    QCOMPARE(list->count(), 2);
    QVERIFY(!start->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("backupProblemLabel"))->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backupSelectAllButton")), Qt::LeftButton);
    const QString folder = m_out->filePath(QStringLiteral("backups"));
    auto *folderEdit = dialog->findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"));
    folderEdit->selectAll();
    QTest::keyClicks(folderEdit, QDir::toNativeSeparators(folder));
    dialog->findChild<QCheckBox *>(QStringLiteral("backupGzipCheck"))->setChecked(true);
    QVERIFY(start->isEnabled());

    // The first database's export fails on D1's side; the second must still be backed up.
    m_emu->addFault({emu::Step::ExportStart, emu::Fault::ExportError});
    QSignalSpy finished(m_window.get(), &MainWindow::backupFinished);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<BackupSummary>();
    QCOMPARE(summary.entries.size(), 2);
    QCOMPARE(summary.succeeded(), 1);
    QCOMPARE(summary.failed(), 1);

    // On disk: one compressed dump and the manifest, whose checksum is the file's.
    const QStringList files = filesIn(folder);
    QCOMPARE(files.size(), 2);
    QVERIFY(files.contains(QStringLiteral("manifest.json")));
    const QString dump = files.filter(QRegularExpression(QStringLiteral("\\.sql\\.gz$"))).value(0);
    QVERIFY2(!dump.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    QVERIFY(readFile(QDir(folder).filePath(dump)).startsWith("\x1f\x8b"));
    const QJsonArray entries = QJsonDocument::fromJson(readFile(QDir(folder).filePath(QStringLiteral("manifest.json"))))
                                   .object()
                                   .value(QLatin1String("backups"))
                                   .toArray();
    QCOMPARE(entries.size(), 2);
    int saved = 0;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("file")).toString() == dump) {
            ++saved;
            QCOMPARE(e.value(QLatin1String("sha256")).toString(), sha256Hex(QDir(folder).filePath(dump)));
        } else {
            QVERIFY2(!e.value(QLatin1String("error")).toString().isEmpty(), QJsonDocument(e).toJson().constData());
        }
    }
    QCOMPARE(saved, 1);

    // On screen: one row per database, the failure in words, and the totals.
    auto *table = child<QTreeWidget>("reportTable");
    QCOMPARE(table->topLevelItemCount(), 2);
    QStringList results;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        results << table->topLevelItem(i)->text(1);
    QVERIFY2(results.contains(QStringLiteral("Saved and verified")), qPrintable(results.join(QLatin1Char('|'))));
    QVERIFY2(child<QLabel>("resultLabel")->text().contains(QLatin1String("Backed up 1 of 2")),
             qPrintable(child<QLabel>("resultLabel")->text()));
    QVERIFY(!m_window->isExportRunning());
    QVERIFY(child<QWidget>("credentialsPanel")->isEnabled()); // the window is the user's again
    QCOMPARE(m_settings->lastBackupFolder(), folder);
}

void TestMainWindow::backupComparesValues()
{
    // "Compare values with D1" in the Back Up dialog reaches every export of the run: the manifest
    // records each database's comparison, and D1 saw the fingerprint queries.
    QDialog *dialog = openBackupDialog();
    CHECK_HELPER();
    dialog->findChild<QCheckBox *>(QStringLiteral("backupAllCheck"))->setChecked(true);
    const QString folder = m_out->filePath(QStringLiteral("compared"));
    dialog->findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"))->setText(folder);
    auto *values = dialog->findChild<QCheckBox *>(QStringLiteral("backupLiveValuesCheck"));
    QVERIFY(values);
    QVERIFY(!values->isChecked()); // opt-in: D1 bills the rows it reads
    values->setChecked(true);
    int fingerprintQueries = 0;
    connect(m_emu.get(), &emu::CloudflareEmulator::requestReceived, this, [&](const emu::RecordedRequest &req) {
        if (req.body.contains("CAST(count(*) AS TEXT)"))
            ++fingerprintQueries;
    });
    QSignalSpy finished(m_window.get(), &MainWindow::backupFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backupStartButton")), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    const auto summary = finished.first().first().value<BackupSummary>();
    QCOMPARE(summary.succeeded(), 2);
    const QJsonArray entries = QJsonDocument::fromJson(readFile(QDir(folder).filePath(QStringLiteral("manifest.json"))))
                                   .object()
                                   .value(QLatin1String("backups"))
                                   .toArray();
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue &v : entries)
        QCOMPARE(v.toObject().value(QLatin1String("live_values")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("same"));
    QVERIFY(fingerprintQueries >= 2);
}

void TestMainWindow::cancelledBackupLeavesNoPartialFile()
{
    m_emu->setPollsBeforeComplete(1000000); // every export stays "preparing" until cancelled
    QDialog *dialog = openBackupDialog();
    CHECK_HELPER();
    dialog->findChild<QCheckBox *>(QStringLiteral("backupAllCheck"))->setChecked(true);
    const QString folder = m_out->filePath(QStringLiteral("nightly"));
    dialog->findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"))->setText(folder);
    QSignalSpy finished(m_window.get(), &MainWindow::backupFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backupStartButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("stateLabel")->text().contains(
                                 ExportController::stateText(ExportController::State::Exporting)),
                             20000);
    QVERIFY(m_window->isExportRunning());
    QVERIFY(!child<QWidget>("credentialsPanel")->isEnabled());
    QVERIFY(!child<QPushButton>("backupButton")->isEnabled());
    QVERIFY(child<QLabel>("stateLabel")->text().startsWith(QLatin1String("1 of 2")));

    m_window->activateWindow(); // back from the dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Escape); // Cancel, as for a single export
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000); // a cancel may end the run at once
    const auto summary = finished.first().first().value<BackupSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.succeeded(), 0);
    // No dump, whole or partial: at most the manifest recording the cancelled database.
    const QStringList files = filesIn(folder);
    QVERIFY2(files.isEmpty() || files == QStringList{QStringLiteral("manifest.json")}, qPrintable(files.join(u' ')));
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QLatin1String("cancelled")));
    QVERIFY(child<QWidget>("credentialsPanel")->isEnabled());
    QTRY_VERIFY(child<QPushButton>("backupButton")->isEnabled());
}

void TestMainWindow::everyShownShortcutFires()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    // Every key shown to the user: a menu action's shortcut, or one named in a tooltip "(Ctrl+E)".
    // Each must be bound once in the window: two bindings of one key make Qt fire neither.
    const QRegularExpression shown(QStringLiteral("\\(((?:Ctrl|Shift|Alt)\\+\\w+|Esc)\\)"));
    QSet<QString> keys;
    QHash<QString, int> bindings;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        keys << action->shortcut().toString(QKeySequence::PortableText);
        ++bindings[action->shortcut().toString(QKeySequence::PortableText)];
    }
    for (const QWidget *widget : m_window->findChildren<QWidget *>()) {
        for (auto it = shown.globalMatch(widget->toolTip()); it.hasNext();)
            keys << QKeySequence::fromString(it.next().captured(1), QKeySequence::PortableText)
                        .toString(QKeySequence::PortableText);
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->shortcut().isEmpty())
            ++bindings[button->shortcut().toString(QKeySequence::PortableText)];
    }
    for (const QString &key : std::as_const(keys))
        QVERIFY2(bindings.value(key) == 1, qPrintable(QStringLiteral("%1 is bound %2 times").arg(key).arg(bindings.value(key))));
    // Quit is the platform's (Ctrl+Q on most desktops, none under the offscreen platform).
    const QKeySequence quit(QKeySequence::Quit);
    QSet<QString> expected{QStringLiteral("Ctrl+E"), QStringLiteral("Ctrl+B"), QStringLiteral("Ctrl+I"),
                           QStringLiteral("Esc")};
    if (!quit.isEmpty())
        expected << quit.toString(QKeySequence::PortableText);
    QCOMPARE(keys, expected);

    // Each one fires. Esc (Cancel while an export runs) is pressed in cancelWhilePollingLeavesExistingFile.
    // Ctrl+E: the save dialog is asked (and answered "cancelled").
    const int asked = FileDialog::questionCount();
    FileDialog::setNextFileName(QString());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(FileDialog::questionCount(), asked + 1);
    QVERIFY(FileDialog::lastSuggestedPath().contains(QLatin1String("shop-")));
    // Ctrl+B: the backup dialog opens.
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    QDialog *backup = nullptr;
    QTRY_VERIFY((backup = m_window->findChild<QDialog *>(QStringLiteral("backupDialog"))) && backup->isVisible());
    backup->reject();
    QTRY_VERIFY(!backup->isVisible());
    // Ctrl+I: the import dialog opens (tst_importdialog drives it).
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QDialog *import = nullptr;
    QTRY_VERIFY((import = m_window->findChild<QDialog *>(QStringLiteral("importDialog"))) && import->isVisible());
    import->reject();
    QTRY_VERIFY(!import->isVisible());
    // Quit: the window closes.
    if (!quit.isEmpty()) {
        QTest::keySequence(m_window.get(), quit);
        QTRY_VERIFY(!m_window->isVisible());
    }
}

void TestMainWindow::firstSaveDialogStartsInDocuments()
{
    // A new user: no folder remembered, a home folder without Documents at first.
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    const QString home = m_out->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config"))); // no user-dirs.dirs
    auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        if (oldConfig.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfig);
    });
    m_window.reset();
    m_settings = std::make_unique<AppSettings>(m_out->filePath(QStringLiteral("settings/new-user.ini")));
    makeWindow();
    CHECK_HELPER();
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    const auto askedIn = [this] {
        startExport(QString()); // the user cancels the dialog
        return QFileInfo(FileDialog::lastSuggestedPath()).absolutePath();
    };
    QCOMPARE(askedIn(), QFileInfo(home).absoluteFilePath());
    QVERIFY(QDir(home).mkpath(QStringLiteral("Documents")));
    QCOMPARE(askedIn(), QFileInfo(home + QStringLiteral("/Documents")).absoluteFilePath());
    // Once a file was saved, its folder is remembered instead.
    const ExportResult result = finishExport(m_out->filePath(QStringLiteral("first.sql")));
    CHECK_HELPER();
    QVERIFY(result.ok());
    QCOMPARE(askedIn(), QFileInfo(m_out->path()).absoluteFilePath());
}

void TestMainWindow::tablesBoxNamesWhatChosenTablesNeed()
{
    signIn(Token);
    CHECK_HELPER();
    selectDatabase(QStringLiteral("shop"));
    CHECK_HELPER();
    auto *note = child<QWidget>("dependencyNote");
    QVERIFY(note);
    QVERIFY(!note->isVisible()); // everything chosen: nothing missing
    // parent alone: its trigger parent_audit writes to audit_log, which would be left out.
    QTest::mouseClick(child<QPushButton>("selectNoneButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("tableFilterEdit"), QStringLiteral("parent"));
    QTest::mouseClick(child<QPushButton>("selectAllButton"), Qt::LeftButton);
    child<QLineEdit>("tableFilterEdit")->clear();
    QTRY_VERIFY(note->isVisible());
    const QString said = child<QLabel>("dependencyNoteText")->text();
    QVERIFY2(said.contains(QLatin1String("parent_audit")) && said.contains(QLatin1String("audit_log")), qPrintable(said));
    // The button adds it; the export then asks D1 for both tables.
    QTest::mouseClick(child<QPushButton>("addDependenciesButton"), Qt::LeftButton);
    QTRY_VERIFY(!note->isVisible());
    auto *model = child<QTreeView>("tableView")->model();
    const QModelIndexList audit = model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("audit_log"), 1,
                                               Qt::MatchExactly);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    const ExportResult result = finishExport(m_out->filePath(QStringLiteral("parent.sql")));
    CHECK_HELPER();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    int exportRequests = 0;
    for (const emu::RecordedRequest &r : m_emu->requests())
        if (r.target.endsWith("/export") && r.body.contains("\"tables\"")) {
            ++exportRequests;
            QVERIFY2(r.body.contains("\"audit_log\"") && r.body.contains("\"parent\""), r.body.constData());
        }
    QVERIFY(exportRequests > 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
