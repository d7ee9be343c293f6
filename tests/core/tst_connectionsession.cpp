// ConnectionSession against the in-process emulator: both sign-in schemes and every token status,
// the account-owned token fallback, the lists as typed values, retries, and aborts that stay silent.
#include "CloudflareClient.h"
#include "CloudflareEmulator.h"
#include "ConnectionSession.h"
#include "SampleDatabase.h"
#include "SqliteCheck.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace d1x;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("session-token-0123456789abcdef");
const QString Email = QStringLiteral("owner@example.com");
const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef01234");
} // namespace

class TestConnectionSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void activeTokenIsAccepted();
    void tokenStatuses_data();
    void tokenStatuses();
    void unknownTokenTriesTheAccountForm();
    void globalKeyIsCheckedByListingAccounts();
    void wrongGlobalKeyIsRejected();
    void incompleteCredentialsAskNothing();
    void listsAreTyped();
    void tablesNamedLikeSqlitesOwnAreListed();
    void retriesAreReported();
    void abortedRequestStaysSilent();

private:
    SignInResult verifyWith(const Credentials &credentials, const QString &accountId = {});
    int requestsTo(const QByteArray &pathPart) const;

    QTemporaryDir m_data;
    QString m_sample;
    std::unique_ptr<emu::CloudflareEmulator> m_emu;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CloudflareClient> m_client;
    std::unique_ptr<ConnectionSession> m_session;
};

void TestConnectionSession::initTestCase()
{
    m_sample = m_data.filePath(QStringLiteral("sample.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(m_sample, {emu::SampleSpec::Plain, 0, 1}));
}

void TestConnectionSession::init()
{
    m_emu = std::make_unique<emu::CloudflareEmulator>();
    QVERIFY(m_emu->listen());
    m_emu->addApiToken(Token);
    m_emu->addApiToken(QStringLiteral("disabled-token-0123456789"), emu::TokenStatus::Disabled);
    m_emu->addApiToken(QStringLiteral("expired-token-01234567890"), emu::TokenStatus::Expired);
    m_emu->addGlobalKey(Email, Key);
    m_emu->addAccount(AccountId, QStringLiteral("Shop"));
    m_emu->addDatabase(AccountId, QStringLiteral("orders"), m_sample);
    m_emu->addDatabase(AccountId, QStringLiteral("orders-archive"), m_sample);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<CloudflareClient>(m_nam.get(), *ApiEndpoint::fromString(m_emu->apiBase().toString()),
                                                  Credentials::fromToken(Token));
    RetryPolicy fast;
    fast.maxAttempts = 3;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    fast.maxRetryAfterSeconds = 1;
    m_client->setRetryPolicy(fast);
    m_session = std::make_unique<ConnectionSession>();
    m_session->setClient(m_client.get());
}

void TestConnectionSession::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_nam.reset();
    m_emu.reset();
}

SignInResult TestConnectionSession::verifyWith(const Credentials &credentials, const QString &accountId)
{
    m_client->setCredentials(credentials);
    QSignalSpy spy(m_session.get(), &ConnectionSession::verificationFinished);
    m_session->verify(accountId);
    if (spy.isEmpty())
        spy.wait(10000);
    if (spy.count() != 1)
        return {}; // Failed without an error: every test's comparisons then fail
    return spy.first().first().value<SignInResult>();
}

int TestConnectionSession::requestsTo(const QByteArray &pathPart) const
{
    int n = 0;
    for (const emu::RecordedRequest &r : m_emu->requests())
        n += r.target.contains(pathPart) ? 1 : 0;
    return n;
}

void TestConnectionSession::activeTokenIsAccepted()
{
    const SignInResult result = verifyWith(Credentials::fromToken(Token));
    QCOMPARE(result.outcome, SignInResult::Outcome::Accepted);
    QCOMPARE(result.scheme, Credentials::Scheme::ApiToken);
    QCOMPARE(result.status, QStringLiteral("active"));
    QVERIFY(m_session->isVerified());
    QCOMPARE(requestsTo("/user/tokens/verify"), 1);
    QVERIFY(!m_session->isBusy(ConnectionSession::Step::Verify));

    // Edited credentials: the session forgets the check.
    QVERIFY(m_session->forgetVerification());
    QVERIFY(!m_session->isVerified());
}

void TestConnectionSession::tokenStatuses_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<SignInResult::Outcome>("outcome");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("expires");
    QTest::newRow("disabled") << QStringLiteral("disabled-token-0123456789") << SignInResult::Outcome::Disabled
                              << QStringLiteral("disabled") << false;
    QTest::newRow("expired") << QStringLiteral("expired-token-01234567890") << SignInResult::Outcome::Expired
                             << QStringLiteral("expired") << true;
}

void TestConnectionSession::tokenStatuses()
{
    QFETCH(QString, token);
    QFETCH(SignInResult::Outcome, outcome);
    QFETCH(QString, status);
    QFETCH(bool, expires);
    const SignInResult result = verifyWith(Credentials::fromToken(token));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.status, status);
    QCOMPARE(result.expires.isValid(), expires);
    if (expires)
        QCOMPARE(result.expires, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!m_session->isVerified());
}

void TestConnectionSession::unknownTokenTriesTheAccountForm()
{
    const SignInResult result = verifyWith(Credentials::fromToken(QStringLiteral("nobody-knows-this-token")), AccountId);
    QCOMPARE(result.outcome, SignInResult::Outcome::Rejected);
    QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(requestsTo("/user/tokens/verify"), 1);
    QCOMPARE(requestsTo("/accounts/" + AccountId.toLatin1() + "/tokens/verify"), 1);
    QVERIFY(!m_session->isVerified());
}

void TestConnectionSession::globalKeyIsCheckedByListingAccounts()
{
    QSignalSpy accounts(m_session.get(), &ConnectionSession::accountsListed);
    const SignInResult result = verifyWith(Credentials::fromGlobalKey(Email, Key));
    QCOMPARE(result.outcome, SignInResult::Outcome::Accepted);
    QCOMPARE(result.scheme, Credentials::Scheme::GlobalKey);
    QVERIFY(m_session->isVerified());
    QCOMPARE(requestsTo("/tokens/verify"), 0);
    // The list that proved the key arrives too, without a second request.
    QTRY_COMPARE(accounts.count(), 1);
    const auto list = accounts.first().at(0).value<QList<Account>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, AccountId);
    QCOMPARE(list.first().name, QStringLiteral("Shop"));
    QCOMPARE(requestsTo("/accounts?"), 1);
}

void TestConnectionSession::wrongGlobalKeyIsRejected()
{
    QSignalSpy accounts(m_session.get(), &ConnectionSession::accountsListed);
    const SignInResult result = verifyWith(Credentials::fromGlobalKey(Email, QStringLiteral("wrong-key")));
    QCOMPARE(result.outcome, SignInResult::Outcome::Rejected);
    QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(accounts.count(), 0);
    QVERIFY(!m_session->isVerified());
}

void TestConnectionSession::incompleteCredentialsAskNothing()
{
    const SignInResult result = verifyWith(Credentials::fromGlobalKey(Email, QString()));
    QCOMPARE(result.outcome, SignInResult::Outcome::Incomplete);
    QCOMPARE(result.scheme, Credentials::Scheme::GlobalKey);
    QCOMPARE(m_emu->requests().size(), 0);
}

void TestConnectionSession::listsAreTyped()
{
    QSignalSpy databases(m_session.get(), &ConnectionSession::databasesListed);
    m_session->listDatabases(AccountId);
    QVERIFY(m_session->isBusy(ConnectionSession::Step::Databases));
    QVERIFY(databases.wait(10000));
    QCOMPARE(databases.first().at(0).toString(), AccountId);
    const auto list = databases.first().at(1).value<QList<DatabaseInfo>>();
    QStringList names;
    for (const DatabaseInfo &db : list)
        names << db.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("orders"), QStringLiteral("orders-archive")}));
    QCOMPARE(m_session->lastDatabaseItems().size(), 2);
    QVERIFY(!m_session->isBusy(ConnectionSession::Step::Databases));

    // The name filter reaches the server as the API's name parameter.
    m_session->listDatabases(AccountId, QStringLiteral("archive"));
    QVERIFY(databases.wait(10000));
    QCOMPARE(requestsTo("name=archive"), 1);
    const auto filtered = databases.last().at(1).value<QList<DatabaseInfo>>();
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(filtered.first().name, QStringLiteral("orders-archive"));

    QSignalSpy tables(m_session.get(), &ConnectionSession::tablesListed);
    m_session->listTables(AccountId, list.first().uuid);
    QVERIFY(tables.wait(10000));
    QVERIFY(!tables.first().at(1).value<ApiError>());
    const auto objects = tables.first().at(0).value<QList<TableInfo>>();
    QVERIFY(std::any_of(objects.cbegin(), objects.cend(), [](const TableInfo &t) { return t.isTable(); }));
}

void TestConnectionSession::tablesNamedLikeSqlitesOwnAreListed()
{
    // Only SQLite's objects (sqlite_*) and D1's (_cf_*) are left out: "_" is not a wildcard here.
    const QString path = m_data.filePath(QStringLiteral("names.sqlite"));
    QFile::remove(path);
    QVERIFY(testsupport::execSql(path, "CREATE TABLE scfg (a); CREATE TABLE sqlite3_notes (a); "
                                       "CREATE TABLE _cf_KV (k PRIMARY KEY, v) WITHOUT ROWID; CREATE TABLE plain (a)"));
    const QString uuid = m_emu->addDatabase(AccountId, QStringLiteral("names"), path);
    QSignalSpy tables(m_session.get(), &ConnectionSession::tablesListed);
    m_session->listTables(AccountId, uuid);
    QVERIFY(tables.wait(10000));
    QStringList names;
    for (const TableInfo &t : tables.first().at(0).value<QList<TableInfo>>())
        names << t.name;
    QCOMPARE(names, (QStringList{QStringLiteral("scfg"), QStringLiteral("sqlite3_notes"), QStringLiteral("plain")}));
}

void TestConnectionSession::retriesAreReported()
{
    emu::FaultSpec fault;
    fault.step = emu::Step::ListDatabases;
    fault.fault = emu::Fault::Http500;
    fault.times = 1;
    m_emu->addFault(fault);
    QSignalSpy retrying(m_session.get(), &ConnectionSession::retrying);
    QSignalSpy databases(m_session.get(), &ConnectionSession::databasesListed);
    m_session->listDatabases(AccountId);
    QTRY_COMPARE_WITH_TIMEOUT(databases.count(), 1, 10000);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.first().at(0).value<ConnectionSession::Step>(), ConnectionSession::Step::Databases);
    QVERIFY(!databases.first().at(2).value<ApiError>());
    QCOMPARE(databases.first().at(1).value<QList<DatabaseInfo>>().size(), 2);
}

void TestConnectionSession::abortedRequestStaysSilent()
{
    QSignalSpy tables(m_session.get(), &ConnectionSession::tablesListed);
    QSignalSpy databases(m_session.get(), &ConnectionSession::databasesListed);
    m_session->listTables(AccountId, QStringLiteral("no-such-database"));
    QVERIFY(m_session->abort(ConnectionSession::Step::Tables));
    QVERIFY(!m_session->abort(ConnectionSession::Step::Tables));
    // A later request's answer comes; the aborted one's never does.
    m_session->listDatabases(AccountId);
    QVERIFY(databases.wait(10000));
    QCOMPARE(tables.count(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionSession)
#include "tst_connectionsession.moc"
