// The keychain against a real Secret Service (GNOME Keyring on a private D-Bus, set up by
// run-in-keyring.sh): CredentialStore writes, reads and deletes a secret; the window's "Remember in
// the system keychain" stores the token, restores it on the next start, and forgets it on request —
// while the settings file never holds it.
#include "AppSettings.h"
#include "CloudflareEmulator.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SampleDatabase.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;
using d1x::ui::MainWindow;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("keychain-test-token-0123456789");
using Outcome = CredentialStore::Outcome;
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadDelete();
    void windowRemembersTokenAcrossStarts();

private:
    QString m_service;
    QTemporaryDir m_dir;
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariable("D1X_KEYRING_SESSION") != QLatin1String("1"))
        QSKIP("needs a private Secret Service: run through tests/gui/run-in-keyring.sh (ctest does)");
    QVERIFY(m_dir.isValid());
    m_service = QStringLiteral("D1 Exporter keychain test %1").arg(QCoreApplication::applicationPid());
}

void TestKeychain::writeReadDelete()
{
    CredentialStore store;
    store.setServiceName(m_service);
    const QString key = CredentialStore::tokenKey();

    QSignalSpy written(&store, &CredentialStore::writeFinished);
    store.write(key, QStringLiteral("s3cret-value"));
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().at(1).value<Outcome>(), Outcome::Ok);

    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(1).value<Outcome>(), Outcome::Ok);
    QCOMPARE(read.first().at(2).toString(), QStringLiteral("s3cret-value"));

    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.remove(key);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().at(1).value<Outcome>(), Outcome::Ok);

    store.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.last().at(1).value<Outcome>(), Outcome::NotFound);
}

void TestKeychain::windowRemembersTokenAcrossStarts()
{
    const QString sample = m_dir.filePath(QStringLiteral("sample.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(sample, {emu::SampleSpec::Plain, 0, 1}, &error), qPrintable(error));
    emu::CloudflareEmulator emulator;
    emulator.addApiToken(Token);
    emulator.addAccount(AccountId, QStringLiteral("Keychain account"));
    emulator.addDatabase(AccountId, QStringLiteral("kept"), sample);
    QVERIFY(emulator.listen());

    QNetworkAccessManager nam;
    CredentialStore store;
    store.setServiceName(m_service);
    const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));

    {
        AppSettings settings(ini);
        MainWindow window(&nam, &settings, &store);
        window.setApiBaseOverride(emulator.apiBase().toString());
        window.show();
        QTest::mouseClick(window.findChild<QCheckBox *>(QStringLiteral("rememberCheck")), Qt::LeftButton);
        auto *token = window.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QTest::keyClicks(token, Token);
        QSignalSpy written(&store, &CredentialStore::writeFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QVERIFY(written.wait(10000)); // stored once verified
        QCOMPARE(written.first().at(1).value<Outcome>(), Outcome::Ok);
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("noticeBar"))->isVisible()); // nothing to complain about
        QVERIFY(window.close());
    }
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("rememberInKeychain=true"));
    QVERIFY(!saved.contains(Token.toUtf8()));

    {
        // The next start: the token comes back from the keychain and is checked straight away.
        AppSettings settings(ini);
        MainWindow window(&nam, &settings, &store);
        QSignalSpy verified(&window, &MainWindow::verificationFinished);
        window.setApiBaseOverride(emulator.apiBase().toString());
        window.show();
        QVERIFY(verified.wait(10000));
        QVERIFY(verified.first().first().toBool());
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text(), Token);
        QVERIFY(window.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QTableView *>(QStringLiteral("databaseView"))->model()->rowCount(), 1,
                                  10000);

        // Unticking "remember" deletes it from the keychain.
        QSignalSpy removed(&store, &CredentialStore::removeFinished);
        QTest::mouseClick(window.findChild<QCheckBox *>(QStringLiteral("rememberCheck")), Qt::LeftButton);
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.first().at(1).value<Outcome>(), Outcome::Ok);
        QVERIFY(window.close());
    }
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(CredentialStore::tokenKey());
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(1).value<Outcome>(), Outcome::NotFound);
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
