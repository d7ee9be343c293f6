// The d1-emulator program itself: SIGTERM / SIGINT (through d1x::TerminationWatcher) end it through its
// event loop, exit status 0, with the temporary directory of its samples and dumps removed on the way out.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
// The program with one sample, its temporary directory under `tmpDir`.
void start(QProcess *p, const QString &tmpDir, QByteArray *out)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmpDir);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(D1X_EMULATOR_PATH), {QStringLiteral("--sample"), QStringLiteral("shop")});
    out->clear();
}
} // namespace

class TestEmulatorProgram : public QObject
{
    Q_OBJECT
private slots:
    void terminationSignalCleansUp_data();
    void terminationSignalCleansUp();
    void demoTokenMayEdit();
};

void TestEmulatorProgram::terminationSignalCleansUp_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestEmulatorProgram::terminationSignalCleansUp()
{
    QFETCH(int, signalNumber);
    QTemporaryDir scratch; // the program's TMPDIR: its own temporary directory goes here
    QVERIFY(scratch.isValid());
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    QByteArray out;
    start(&p, scratch.path(), &out);
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("READY\n"), 30000);
    const QStringList made = QDir(scratch.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(made.size(), 1);
    QVERIFY(QFileInfo::exists(QDir(scratch.filePath(made.first())).filePath(QStringLiteral("shop.sqlite"))));

    ::kill(pid_t(p.processId()), signalNumber);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QDir(scratch.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

// The offline demo may import into the program: its token may create databases (and import, restore).
void TestEmulatorProgram::demoTokenMayEdit()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    QByteArray out;
    start(&p, scratch.path(), &out);
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("READY\n"), 30000);
    QString apiBase;
    QString account;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("API_BASE="))
            apiBase = QString::fromUtf8(line.mid(9));
        if (line.startsWith("ACCOUNT_ID="))
            account = QString::fromUtf8(line.mid(11));
    }
    QVERIFY(!apiBase.isEmpty() && !account.isEmpty());

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(apiBase + QStringLiteral("/accounts/%1/d1/database").arg(account)));
    request.setRawHeader("Authorization", "Bearer demo-token");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QByteArray(R"({"name":"restored"})"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || done.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll())[QStringLiteral("result")][QStringLiteral("name")].toString(),
             QStringLiteral("restored"));
    delete reply;

    ::kill(pid_t(p.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(p.exitCode(), 0);
    // The created database went with the program's temporary directory.
    QVERIFY(QDir(scratch.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorProgram)
#include "tst_emulatorprogram.moc"
