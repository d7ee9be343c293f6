// The window's "Local project" source, clicked as a user would: choose the project folder (through the
// FileDialog seam), see its D1 bindings, pick one, check tables, Export, and get the dump of the local
// database wrangler dev keeps — with no Cloudflare account and no network. The choice and the folder
// are remembered.
#include "AppSettings.h"
#include "CredentialStore.h"
#include "FileDialog.h"
#include "LocalProject.h"
#include "MainWindow.h"
#include "SqliteCheck.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;
using namespace d1x::ui;
using testsupport::LocalProject;

class TestLocalSource : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportsALocalDatabaseEndToEnd();
    void missingLocalDataIsExplained();
    void environmentOfTheConfiguration();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    void makeWindow();
    void chooseLocalProject(const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
    QString m_db;
};

void TestLocalSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("worker"));
    QVERIFY(QDir().mkpath(m_project));
    const QString id = QStringLiteral("4f1c2b3a-1111-2222-3333-444455556666");
    QVERIFY(!LocalProject::writeConfig(m_project, LocalProject::Format::Jsonc, QStringLiteral("DB"),
                                       QStringLiteral("demo"), id)
                 .isEmpty());
    QFile sample(QStringLiteral(D1X_TEST_DATA "/local-sample.sql"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QString error;
    m_db = LocalProject::createDatabase(QDir(m_project).filePath(QStringLiteral(".wrangler/state")), id,
                                        QString::fromUtf8(sample.readAll()), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<CredentialStore>();
    m_store->setServiceName(QStringLiteral("D1 Exporter local-source tests"));
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings/d1-exporter.ini")));
    m_settings->setLastFolder(m_dir->path());
    makeWindow();
}

void TestLocalSource::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_nam.get(), m_settings.get(), m_store.get());
    // Nothing may go out: a local export needs no server at all.
    m_window->setApiBaseOverride(QStringLiteral("http://127.0.0.1:9/client/v4"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLocalSource::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_nam.reset();
    m_dir.reset();
    FileDialog::clearNextFileName();
}

void TestLocalSource::chooseLocalProject(const QString &folder)
{
    auto *local = child<QRadioButton>("sourceLocal");
    QVERIFY(local);
    QTest::mouseClick(local, Qt::LeftButton);
    QVERIFY(local->isChecked());
    QVERIFY(child<QWidget>("localProjectPicker")->isVisible());
    QVERIFY(!child<QWidget>("databasePicker")->isVisible()); // the account's boxes step aside
    FileDialog::setNextFileName(folder);
    QTest::mouseClick(child<QPushButton>("chooseLocalFolder"), Qt::LeftButton);
    QTRY_COMPARE(child<QLineEdit>("localFolder")->text(), QDir::toNativeSeparators(folder));
}

void TestLocalSource::exportsALocalDatabaseEndToEnd()
{
    QSignalSpy tablesLoaded(m_window.get(), &MainWindow::tablesLoaded);
    chooseLocalProject(m_project);
    auto *list = child<QListWidget>("localDatabases");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("DB (demo)"));
    QTRY_VERIFY(!tablesLoaded.isEmpty());
    // customers, order items, beyond_js, sqlite_sequence and workerd's _cf_KV
    QCOMPARE(tablesLoaded.last().first().toInt(), 5);

    const QString path = m_dir->filePath(QStringLiteral("demo.sql"));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    FileDialog::setNextFileName(path);
    auto *button = child<QPushButton>("exportButton");
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    // The saved dump holds the local database exactly.
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(testsupport::importDump(path, copy), QString());
    QCOMPARE(testsupport::firstDifference(testsupport::tableContents(m_db), testsupport::tableContents(copy)), QString());

    // Remembered: a new window opens on the same source and folder.
    m_window.reset();
    makeWindow();
    QVERIFY(child<QRadioButton>("sourceLocal")->isChecked());
    QCOMPARE(child<QLineEdit>("localFolder")->text(), QDir::toNativeSeparators(m_project));
    QCOMPARE(child<QListWidget>("localDatabases")->count(), 1);
}

void TestLocalSource::missingLocalDataIsExplained()
{
    QVERIFY(QFile::remove(m_db));
    QFile::remove(m_db + QStringLiteral("-wal"));
    QFile::remove(m_db + QStringLiteral("-shm"));
    chooseLocalProject(m_project);
    auto *list = child<QListWidget>("localDatabases");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QLatin1String("no local data yet")));
    QVERIFY2(child<QLabel>("localStatus")->text().contains(QLatin1String("wrangler d1 migrations apply DB --local")),
             qPrintable(child<QLabel>("localStatus")->text()));
    QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
}

void TestLocalSource::environmentOfTheConfiguration()
{
    // [env.staging] binds DB to the database with local data; the top level binds DB to a decoy.
    const QString project = m_dir->filePath(QStringLiteral("staged"));
    QVERIFY(QDir().mkpath(project));
    QVERIFY(!LocalProject::writeConfig(project, LocalProject::Format::Toml, QStringLiteral("DB"), QStringLiteral("demo"),
                                       QStringLiteral("4f1c2b3a-1111-2222-3333-444455556666"), QStringLiteral("staging"))
                 .isEmpty());
    QVERIFY(QDir().rename(QDir(m_project).filePath(QStringLiteral(".wrangler")), QDir(project).filePath(QStringLiteral(".wrangler"))));
    chooseLocalProject(project);
    auto *list = child<QListWidget>("localDatabases");
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QLatin1String("decoy")), qPrintable(list->item(0)->text()));
    QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
    auto *env = child<QComboBox>("localEnvironment");
    const int staging = env->findData(QStringLiteral("staging"));
    QVERIFY(staging > 0);
    QSignalSpy tablesLoaded(m_window.get(), &MainWindow::tablesLoaded);
    env->setCurrentIndex(staging);
    QCOMPARE(list->item(0)->text(), QStringLiteral("DB (demo)"));
    QTRY_VERIFY(!tablesLoaded.isEmpty());
    QVERIFY(tablesLoaded.last().first().toInt() > 0);
    QTRY_VERIFY(child<QPushButton>("exportButton")->isEnabled());
}

QTEST_MAIN(TestLocalSource)
#include "tst_localsource.moc"
