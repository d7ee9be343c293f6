// Secrets stay secret: a whole export with a recognisable token, through the controller and the CLI,
// and a hostile server that echoes the credentials back in its error messages. The token must appear
// in no log line, no error text, no stdout/stderr, no file written — and never at the download host.
#include "CloudflareEmulator.h"
#include "ExportController.h"
#include "SampleDatabase.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace d1x;

namespace {
const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("SECRET-TOKEN-d6f1c2a9b8e7-UNIQUE");
const QString Key = QStringLiteral("SECRET-GLOBAL-KEY-4b5c6d7e8f90");

// Answers every request with a 403 envelope whose message repeats the credentials it received.
class EchoingServer : public QTcpServer
{
public:
    EchoingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->readAll();
                    QByteArray echoed;
                    for (const QByteArray &line : request.split('\n'))
                        if (line.toLower().startsWith("authorization:") || line.toLower().startsWith("x-auth-key:"))
                            echoed += line.trimmed() + ' ';
                    const QByteArray body = "{\"success\":false,\"errors\":[{\"code\":10000,\"message\":"
                                            "\"Authentication error: "
                        + echoed.replace('"', '_') + "\"}],\"messages\":[],\"result\":null}";
                    socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

bool treeContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void redaction_data();
    void redaction();
    void wholeExportLeaksNothing();
    void echoedSecretsAreRedacted_data();
    void echoedSecretsAreRedacted();
    void cliNeverPrintsEchoedSecrets();
};

void TestSecrets::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("token") << QStringLiteral("Bearer %1 refused").arg(Token) << QStringLiteral("Bearer [redacted] refused");
    QTest::newRow("twice") << Token + Token << QStringLiteral("[redacted][redacted]");
    QTest::newRow("key") << QStringLiteral("key=%1").arg(Key) << QStringLiteral("key=[redacted]");
    QTest::newRow("clean") << QStringLiteral("nothing here") << QStringLiteral("nothing here");
}

void TestSecrets::redaction()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Credentials c = Credentials::fromToken(Token);
    c.globalKey = Key; // both kinds at once, as a user switching schemes could have
    QCOMPARE(c.redact(text), expected);
    // A very short "secret" would redact ordinary words: it is left alone (and can't be a real token).
    QCOMPARE(Credentials::fromToken(QStringLiteral("a")).redact(QStringLiteral("a cat")), QStringLiteral("a cat"));
}

void TestSecrets::wholeExportLeaksNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    QVERIFY(emu::SampleDatabase::generate(db, {}));
    emu::CloudflareEmulator emulator;
    QVERIFY(emulator.listen());
    emulator.addApiToken(Token);
    emulator.addAccount(AccountId, QStringLiteral("A"));
    const QString uuid = emulator.addDatabase(AccountId, QStringLiteral("s"), db);

    QNetworkAccessManager nam;
    CloudflareClient client(&nam, *ApiEndpoint::fromString(emulator.apiBase().toString()), Credentials::fromToken(Token));
    ExportController controller(&client);
    controller.setMinimumPollIntervalMs(10);
    QStringList log;
    connect(&controller, &ExportController::logMessage, this,
            [&log](ExportController::LogLevel, const QString &t) { log << t; });
    QSignalSpy finished(&controller, &ExportController::finished);
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    controller.start({AccountId, uuid, QStringLiteral("s"), {}, out + QStringLiteral("/s.sql")});
    QVERIFY(finished.wait(30000));
    QVERIFY(controller.result().ok());
    QVERIFY(!log.join(QLatin1Char('\n')).contains(Token));
    QVERIFY(!treeContains(out, Token.toUtf8()));
    for (const auto &req : emulator.requests()) {
        if (!req.toDownloadListener)
            continue;
        for (auto it = req.headers.cbegin(); it != req.headers.cend(); ++it)
            QVERIFY2(!it.value().contains(Token.toUtf8()), it.key().constData());
        QVERIFY(!req.target.contains(Token.toUtf8()));
    }
}

void TestSecrets::echoedSecretsAreRedacted_data()
{
    QTest::addColumn<bool>("globalKey");
    QTest::newRow("api token") << false;
    QTest::newRow("global key") << true;
}

void TestSecrets::echoedSecretsAreRedacted()
{
    QFETCH(bool, globalKey);
    EchoingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = QStringLiteral("http://127.0.0.1:%1/client/v4").arg(server.serverPort());
    QNetworkAccessManager nam;
    const Credentials credentials = globalKey ? Credentials::fromGlobalKey(QStringLiteral("me@example.com"), Key)
                                              : Credentials::fromToken(Token);
    const QString secret = globalKey ? Key : Token;
    CloudflareClient client(&nam, *ApiEndpoint::fromString(base), credentials);

    // The echo really happens: the raw answer carries the secret …
    // … but no ApiError handed to a caller does, whichever call it came from.
    ApiCall *verify = client.verifyToken();
    QSignalSpy verified(verify, &ApiTask::finished);
    QVERIFY(verified.wait(10000));
    QCOMPARE(verify->error().kind(), ApiError::Kind::Forbidden);
    QVERIFY2(verify->error().toString().contains(QLatin1String("[redacted]")), qPrintable(verify->error().toString()));
    QVERIFY(!verify->error().toString().contains(secret));

    PagedCall *list = client.listAccounts();
    QSignalSpy listed(list, &ApiTask::finished);
    QVERIFY(listed.wait(10000));
    QVERIFY(!list->error().toString().contains(secret));

    QTemporaryDir dir;
    ExportController controller(&client);
    QStringList log;
    connect(&controller, &ExportController::logMessage, this,
            [&log](ExportController::LogLevel, const QString &t) { log << t; });
    QSignalSpy finished(&controller, &ExportController::finished);
    controller.start({AccountId, QStringLiteral("db"), QString(), {}, dir.filePath(QStringLiteral("x.sql"))});
    QVERIFY(finished.wait(10000));
    QVERIFY(!controller.result().ok());
    QVERIFY(!controller.result().error.toString().contains(secret));
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("[redacted]")));
    QVERIFY(!log.join(QLatin1Char('\n')).contains(secret));
}

void TestSecrets::cliNeverPrintsEchoedSecrets()
{
    EchoingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLOUDFLARE_API_TOKEN"), Token);
    env.insert(QStringLiteral("CLOUDFLARE_API_BASE_URL"), QStringLiteral("http://127.0.0.1:%1/client/v4").arg(server.serverPort()));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    cli.setProcessEnvironment(env);
    cli.setWorkingDirectory(dir.path());
    QSignalSpy done(&cli, &QProcess::finished);
    cli.start(QStringLiteral(D1X_CLI_PATH), {QStringLiteral("export"), QStringLiteral("db"), QStringLiteral("-o"),
                                             QStringLiteral("x.sql"), QStringLiteral("--account"), AccountId});
    QVERIFY(done.wait(20000));
    QCOMPARE(cli.exitCode(), 3);
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(err.contains("[redacted]"), err.constData());
    QVERIFY(!err.contains(Token.toUtf8()));
    QVERIFY(!cli.readAllStandardOutput().contains(Token.toUtf8()));
    // Nothing written anywhere the CLI could write: working directory, HOME, config.
    QVERIFY(!treeContains(dir.path(), Token.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
