// The keychain against a real Secret Service (GNOME Keyring on a private D-Bus, set up by
// run-in-keyring.sh): CredentialStore writes, reads and deletes a secret; the window's "Remember in
// the system keychain" stores the token, restores it on the next start, and forgets it on request —
// while the settings file never holds it. SavedSecrets keys the entries by API origin (and moves the
// old un-keyed entry under Cloudflare's), and the offline demo never reads or sends a saved secret.
#include "AppSettings.h"
#include "CloudflareEmulator.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SampleDatabase.h"
#include "SavedSecrets.h"

#include <QCheckBox>
#include <QComboBox>
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
    void secretsAreKeyedByOrigin();
    void oldEntryMovesToCloudflareOrigin();
    void windowReadsOnlyTheBasesOwnSecret();
    void demoNeverSendsSavedSecret();
    void forgetDuringLoadThenSaveWrites();

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
    store.read(SavedSecrets::entryFor(CredentialStore::tokenKey(), SavedSecrets::originOf(emulator.apiBase())));
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(1).value<Outcome>(), Outcome::NotFound);
}

void TestKeychain::secretsAreKeyedByOrigin()
{
    CredentialStore store;
    store.setServiceName(m_service);
    SavedSecrets secrets(&store);
    const QString name = CredentialStore::tokenKey();
    const QUrl base(QStringLiteral("http://127.0.0.1:41001/client/v4"));
    QCOMPARE(SavedSecrets::originOf(base), QStringLiteral("http://127.0.0.1:41001"));
    QCOMPARE(SavedSecrets::originOf(QUrl(QStringLiteral("https://API.cloudflare.com/client/v4"))),
             QStringLiteral("https://api.cloudflare.com:443"));

    QSignalSpy written(&store, &CredentialStore::writeFinished);
    secrets.save(base, name, QStringLiteral("secret-of-41001"));
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().at(1).value<Outcome>(), Outcome::Ok);

    QSignalSpy loaded(&secrets, &SavedSecrets::secretLoaded);
    QSignalSpy missing(&secrets, &SavedSecrets::notFound);
    // Another port, another host name for the same address, another scheme: other origins.
    for (const char *other : {"http://127.0.0.1:41002/client/v4", "http://localhost:41001/client/v4",
                              "https://127.0.0.1:41001/client/v4"}) {
        const int before = int(missing.size());
        secrets.load(QUrl(QString::fromLatin1(other)), name);
        QVERIFY2(missing.wait(10000), other);
        QCOMPARE(missing.size(), before + 1);
        QCOMPARE(loaded.size(), 0);
    }
    // The same origin under another path is the same API.
    secrets.load(QUrl(QStringLiteral("http://127.0.0.1:41001/other/path")), name);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toString(), QStringLiteral("http://127.0.0.1:41001"));
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("secret-of-41001"));

    // A read in flight when the demo starts is never answered.
    QSignalSpy read(&store, &CredentialStore::readFinished);
    secrets.load(base, name);
    secrets.setDemoMode(true);
    store.read(QStringLiteral("barrier")); // QtKeychain runs its jobs in order: this one ends last
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() && read.last().at(0).toString() == QLatin1String("barrier"), 10000);
    QCOMPARE(read.size(), 2); // the load did reach the keychain…
    QCOMPARE(loaded.size(), 1); // …but its answer went nowhere
    secrets.save(base, name, QStringLiteral("never-written"));
    secrets.forget(base, name);
    secrets.load(base, name);
    store.read(QStringLiteral("barrier"));
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 3, 10000);
    QCOMPARE(written.size(), 1); // in demo mode nothing is written, removed or read

    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.remove(SavedSecrets::entryFor(name, SavedSecrets::originOf(base)));
    QVERIFY(removed.wait(10000));
}

void TestKeychain::oldEntryMovesToCloudflareOrigin()
{
    CredentialStore store;
    store.setServiceName(m_service);
    SavedSecrets secrets(&store);
    const QString name = CredentialStore::tokenKey();
    const QString legacySecret = QStringLiteral("legacy-token-0123456789");
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    store.write(name, legacySecret); // as versions before origin keys saved it
    QVERIFY(written.wait(10000));

    // It belongs to Cloudflare: another base does not get it.
    QSignalSpy loaded(&secrets, &SavedSecrets::secretLoaded);
    QSignalSpy missing(&secrets, &SavedSecrets::notFound);
    secrets.load(QUrl(QStringLiteral("http://127.0.0.1:41003/client/v4")), name);
    QVERIFY(missing.wait(10000));
    QCOMPARE(loaded.size(), 0);

    QSignalSpy info(&secrets, &SavedSecrets::info);
    secrets.load(QUrl(QStringLiteral("https://api.cloudflare.com/client/v4")), name);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toString(), QStringLiteral("https://api.cloudflare.com:443"));
    QCOMPARE(loaded.first().at(1).toString(), legacySecret);
    QTRY_VERIFY_WITH_TIMEOUT(!info.isEmpty() && info.last().first().toString().startsWith(QLatin1String("Moved")),
                             10000);

    // Moved: under Cloudflare's origin now, and the old entry is gone.
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(name);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.last().at(1).value<Outcome>(), Outcome::NotFound);
    const QString keyed = SavedSecrets::entryFor(name, QStringLiteral("https://api.cloudflare.com:443"));
    store.read(keyed);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.last().at(1).value<Outcome>(), Outcome::Ok);
    QCOMPARE(read.last().at(2).toString(), legacySecret);

    // Forgetting it removes it.
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    secrets.forget(QUrl(QStringLiteral("https://api.cloudflare.com/client/v4")), name);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 10000); // the keyed entry and any old one
    store.read(keyed);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.last().at(1).value<Outcome>(), Outcome::NotFound);
}

namespace {
std::unique_ptr<emu::CloudflareEmulator> startEmulator(const QString &sample, const QString &token)
{
    auto emulator = std::make_unique<emu::CloudflareEmulator>();
    emulator->addApiToken(token);
    emulator->addAccount(AccountId, QStringLiteral("Keychain account"));
    emulator->addDatabase(AccountId, QStringLiteral("kept"), sample);
    if (!emulator->listen())
        return {};
    return emulator;
}

// Every request `emulator` saw carried the token `token`, and there was at least one.
bool onlyAuthorizedWith(const emu::CloudflareEmulator &emulator, const QString &token)
{
    const QList<emu::RecordedRequest> requests = emulator.requests();
    return !requests.isEmpty() && std::all_of(requests.cbegin(), requests.cend(), [&](const emu::RecordedRequest &r) {
        return r.headers.value("authorization") == "Bearer " + token.toUtf8();
    });
}
} // namespace

void TestKeychain::windowReadsOnlyTheBasesOwnSecret()
{
    const QString sample = m_dir.filePath(QStringLiteral("origin.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(sample, {emu::SampleSpec::Plain, 0, 1}, &error), qPrintable(error));
    // Two APIs that would both accept the token.
    const auto owner = startEmulator(sample, Token);
    const auto other = startEmulator(sample, Token);
    QVERIFY(owner && other);

    QNetworkAccessManager nam;
    CredentialStore store;
    store.setServiceName(m_service);
    {
        SavedSecrets secrets(&store);
        QSignalSpy written(&store, &CredentialStore::writeFinished);
        secrets.save(owner->apiBase(), CredentialStore::tokenKey(), Token);
        QVERIFY(written.wait(10000));
    }
    AppSettings settings(m_dir.filePath(QStringLiteral("origin.ini")));
    settings.setRememberSecret(true);

    MainWindow window(&nam, &settings, &store);
    QSignalSpy verified(&window, &MainWindow::verificationFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    window.setApiBaseOverride(other->apiBase().toString());
    window.show();
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(0).toString(),
             SavedSecrets::entryFor(CredentialStore::tokenKey(), SavedSecrets::originOf(other->apiBase())));
    QCOMPARE(read.first().at(1).value<Outcome>(), Outcome::NotFound);
    auto *token = window.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QVERIFY(token->text().isEmpty());
    QVERIFY(window.logModel()->allText().contains(QLatin1String("No saved secret for http://127.0.0.1")));

    // The user points the window at the owner's API: its secret comes back and is checked there,
    // after one keychain read once typing paused (not one for every character).
    auto *base = window.findChild<QLineEdit *>(QStringLiteral("apiBaseEdit"));
    base->selectAll();
    QTest::keyClicks(base, owner->apiBase().toString());
    QVERIFY(verified.wait(10000));
    QVERIFY(verified.first().first().toBool());
    QCOMPARE(token->text(), Token);
    QCOMPARE(read.size(), 2);

    // And back to the other API: the owner's secret leaves the form before anything is sent.
    base->selectAll();
    QTest::keyClicks(base, other->apiBase().toString());
    QVERIFY(token->text().isEmpty());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QCOMPARE(verified.size(), 2); // "enter a token first", said at once
    QVERIFY(!verified.last().first().toBool());

    // Once more, but the sign-in method is switched before the base changes: the token's own field is
    // cleared, not only the field on show, so switching back does not bring the owner's token to the other API.
    base->selectAll();
    QTest::keyClicks(base, owner->apiBase().toString());
    QVERIFY(verified.wait(10000));
    QVERIFY(verified.last().first().toBool());
    QCOMPARE(token->text(), Token);
    auto *method = window.findChild<QComboBox *>(QStringLiteral("authMethodCombo"));
    method->setCurrentIndex(method->findData(int(Credentials::Scheme::GlobalKey)));
    base->selectAll();
    QTest::keyClicks(base, other->apiBase().toString());
    method->setCurrentIndex(method->findData(int(Credentials::Scheme::ApiToken)));
    QVERIFY(token->text().isEmpty());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QCOMPARE(verified.size(), 4); // "enter a token first", said at once
    QVERIFY(!verified.last().first().toBool());

    QVERIFY(onlyAuthorizedWith(*owner, Token));
    QVERIFY(other->requests().isEmpty());
    QVERIFY(window.close());
}

void TestKeychain::demoNeverSendsSavedSecret()
{
    const QString sample = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(emu::SampleDatabase::generate(sample, {emu::SampleSpec::Plain, 0, 1}, &error), qPrintable(error));
    const QString demoToken = QStringLiteral("demo-token");
    const auto remembered = startEmulator(sample, Token); // the base the user works with for real
    const auto demo = startEmulator(sample, demoToken);
    QVERIFY(remembered && demo);

    QNetworkAccessManager nam;
    CredentialStore store;
    store.setServiceName(m_service);
    {
        // Saved both ways: under the base's origin, and as versions before origin keys did.
        SavedSecrets secrets(&store);
        QSignalSpy written(&store, &CredentialStore::writeFinished);
        secrets.save(remembered->apiBase(), CredentialStore::tokenKey(), Token);
        store.write(CredentialStore::tokenKey(), Token);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 10000);
    }
    AppSettings settings(m_dir.filePath(QStringLiteral("demo.ini")));
    settings.setRememberSecret(true);
    settings.setApiBase(remembered->apiBase().toString());

    // A stand-in for the demo's emulator that has not said "ready" yet.
    const QString slowEmulator = m_dir.filePath(QStringLiteral("slow-emulator.sh"));
    {
        QFile script(slowEmulator);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec sleep infinity\n");
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
    }

    MainWindow window(&nam, &settings, &store);
    QSignalSpy verified(&window, &MainWindow::verificationFinished);
    window.startDemo(slowEmulator); // what main() does right after building the window
    window.show();
    // Whatever the window asked the keychain is answered before this (QtKeychain runs jobs in order).
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(QStringLiteral("barrier"));
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() && read.last().at(0).toString() == QLatin1String("barrier"), 10000);
    auto *token = window.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QVERIFY2(token->text() != Token, "the saved secret reached the demo's form");

    // The emulator is ready now: the demo runs with the demo token only.
    window.useDemoSession(demo->apiBase().toString(), AccountId, demoToken);
    QVERIFY(verified.wait(10000));
    QVERIFY(verified.last().first().toBool());
    QCOMPARE(token->text(), demoToken);
    QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QTableView *>(QStringLiteral("databaseView"))->model()->rowCount(), 1,
                              10000);
    QVERIFY(onlyAuthorizedWith(*demo, demoToken));
    QCOMPARE(remembered->requests().size(), 0);
    QVERIFY(window.close());

    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.remove(CredentialStore::tokenKey());
    store.remove(SavedSecrets::entryFor(CredentialStore::tokenKey(), SavedSecrets::originOf(remembered->apiBase())));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 10000);
}

void TestKeychain::forgetDuringLoadThenSaveWrites()
{
    // "Remember" unticked while the saved secret is still being read, then ticked again: the secret
    // is written anew, not taken for saved because the late read said so.
    CredentialStore store;
    store.setServiceName(m_service);
    SavedSecrets secrets(&store);
    const QUrl base(QStringLiteral("http://127.0.0.1:41005/client/v4"));
    const QString name = CredentialStore::tokenKey();
    const QString entry = SavedSecrets::entryFor(name, SavedSecrets::originOf(base));
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    secrets.save(base, name, Token);
    QVERIFY(written.wait(10000));

    QSignalSpy loaded(&secrets, &SavedSecrets::secretLoaded);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    secrets.load(base, name);
    secrets.forget(base, name);
    QVERIFY(removed.wait(10000));
    QCOMPARE(loaded.size(), 0);

    secrets.save(base, name, Token);
    QVERIFY(written.wait(10000));
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(entry);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.last().at(1).value<Outcome>(), Outcome::Ok);
    QCOMPARE(read.last().at(2).toString(), Token);
    store.remove(entry);
    QVERIFY(removed.wait(10000));
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
