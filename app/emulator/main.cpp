// d1-emulator: the Cloudflare D1 API emulator as a program, for the offline demo, the benchmark and
// manual runs of Cloudflare's own CLI. Prints where it listens, then serves until SIGTERM/SIGINT.
#include "CloudflareEmulator.h"
#include "SampleDatabase.h"
#include "TerminationWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace {

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// "125M" -> 125000000. Decimal suffixes K, M, G (10^3, 10^6, 10^9), as network speeds are counted:
// 125M is 1 Gbit/s. A fraction is fine ("2.5G"); no suffix means bytes. -1 when it is no rate.
qint64 parseRate(const QString &text)
{
    QString number = text.trimmed();
    double unit = 1;
    if (!number.isEmpty()) {
        switch (number.back().toUpper().unicode()) {
        case u'K': unit = 1e3; break;
        case u'M': unit = 1e6; break;
        case u'G': unit = 1e9; break;
        default: break;
        }
        if (unit != 1)
            number.chop(1);
    }
    bool ok = false;
    const double value = number.toDouble(&ok) * unit;
    if (!ok || !(value >= 0) || value > 1e15)
        return -1;
    return qint64(value);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("d1-emulator: %1\n").arg(message)), stderr);
    return 2;
}

} // namespace

using namespace emu;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("d1-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(D1X_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local emulator of the Cloudflare D1 REST API (export flow)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("API port (default: any free port)."),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption downloadPort(QStringLiteral("download-port"),
                                          QStringLiteral("Port of the signed-URL host (default: any free port)."),
                                          QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Accepted API token."), QStringLiteral("T"),
                                   QStringLiteral("demo-token"));
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("Account id."), QStringLiteral("ID"),
                                     QStringLiteral("0123456789abcdef0123456789abcdef"));
    const QCommandLineOption accountName(QStringLiteral("account-name"), QStringLiteral("Account name."),
                                         QStringLiteral("NAME"), QStringLiteral("Demo account"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Serve the SQLite file PATH as database NAME (repeatable)."),
                                      QStringLiteral("NAME=PATH"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QStringLiteral("Generate a sample database NAME and serve it (repeatable); "
                                                   "NAME:KIND gives it a --sample-kind of its own."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption sampleSize(QStringLiteral("sample-size"),
                                        QStringLiteral("Make the samples plain tables of about BYTES bytes."),
                                        QStringLiteral("BYTES"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where samples and dumps go (default: a temporary directory)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption polls(QStringLiteral("polls"),
                                   QStringLiteral("Polls answered \"active\" after a dump is ready (default 2)."),
                                   QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption downloadRate(
        QStringLiteral("download-rate"),
        QStringLiteral("Send dumps from the signed URLs at RATE bytes per second per connection, as over a "
                       "real link: plain bytes or with K, M, G (10^3, 10^6, 10^9; 125M = 1 Gbit/s). "
                       "0 (default): as fast as the client reads."),
        QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption sampleKind(QStringLiteral("sample-kind"),
                                        QStringLiteral("What the samples hold: awkward (default: every storage "
                                                       "class and quoting case), numbers64 (what D1 rounds: "
                                                       "64-bit ids, infinities), virtual (awkward plus FTS5)."),
                                        QStringLiteral("KIND"), QStringLiteral("awkward"));
    const QCommandLineOption bigEvery(QStringLiteral("sample-64bit-every"),
                                      QStringLiteral("With --sample-size: every Nth row also carries a 64-bit id."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption exactNumbers(
        QStringLiteral("exact-numbers"),
        QStringLiteral("Send every number exactly. Default: as D1 does, through a JavaScript double (integers "
                       "beyond 2^53 rounded, infinities as the bare word Infinity in dumps)."));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Answer 429 (code 971, Retry-After) beyond LIMIT API requests in any SECONDS, as Cloudflare "
                       "limits a user to 1200/300. Default: no limit."),
        QStringLiteral("LIMIT/SECONDS"));
    const QCommandLineOption copies(QStringLiteral("database-copies"),
                                    QStringLiteral("List every --database N times more, as NAME-1 … NAME-N (the "
                                                   "same file): an account with many small databases."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({port, downloadPort, token, account, accountName, database, sample, sampleSize, dataDir, polls,
                       downloadRate, sampleKind, bigEvery, exactNumbers, rateLimit, copies});
    parser.process(app);

    bool ok = false;
    const quint16 apiPort = parser.value(port).toUShort(&ok);
    if (!ok)
        return fail(QStringLiteral("--port needs a port number"));
    const quint16 filePort = parser.value(downloadPort).toUShort(&ok);
    if (!ok)
        return fail(QStringLiteral("--download-port needs a port number"));
    const int pollCount = parser.value(polls).toInt(&ok);
    if (!ok || pollCount < 0)
        return fail(QStringLiteral("--polls needs a number >= 0"));
    const qint64 rate = parseRate(parser.value(downloadRate));
    if (rate < 0)
        return fail(QStringLiteral("--download-rate needs bytes per second, like 125000000 or 125M, got \"%1\"")
                        .arg(parser.value(downloadRate)));

    std::unique_ptr<QTemporaryDir> tempDir;
    QString dataPath = parser.value(dataDir);
    if (dataPath.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("d1-emulator-XXXXXX")));
        if (!tempDir->isValid())
            return fail(QStringLiteral("cannot create a temporary directory"));
        dataPath = tempDir->path();
    } else if (!QDir().mkpath(dataPath)) {
        return fail(QStringLiteral("cannot create %1").arg(dataPath));
    }

    CloudflareEmulator emulator;
    const QString accountId = parser.value(account);
    emulator.addApiToken(parser.value(token));
    emulator.addAccount(accountId, parser.value(accountName));
    emulator.setPollsBeforeComplete(pollCount);
    emulator.setDownloadRate(rate);
    emulator.setExactNumbers(parser.isSet(exactNumbers));
    if (parser.isSet(rateLimit)) {
        const QStringList parts = parser.value(rateLimit).split(u'/');
        bool limitOk = false;
        bool secondsOk = false;
        const int limit = parts.value(0).toInt(&limitOk);
        const double seconds = parts.value(1).toDouble(&secondsOk);
        if (parts.size() != 2 || !limitOk || !secondsOk || limit < 1 || seconds <= 0)
            return fail(QStringLiteral("--rate-limit needs LIMIT/SECONDS, like 1200/300, got \"%1\"").arg(parser.value(rateLimit)));
        emulator.setRateLimit(limit, qint64(seconds * 1000));
        QObject::connect(&emulator, &CloudflareEmulator::rateLimited, &emulator, [](int count) {
            std::fprintf(stderr, "rate limited: 429 number %d\n", count);
        });
    }
    const int copyCount = parser.value(copies).toInt(&ok);
    if (!ok || copyCount < 0)
        return fail(QStringLiteral("--database-copies needs a number >= 0"));
    const QString kind = parser.value(sampleKind);
    const int every = parser.value(bigEvery).toInt(&ok);
    if (!ok || every < 0)
        return fail(QStringLiteral("--sample-64bit-every needs a number >= 0"));
    if (kind != u"awkward" && kind != u"numbers64" && kind != u"virtual")
        return fail(QStringLiteral("--sample-kind is awkward, numbers64 or virtual, got \"%1\"").arg(kind));
    emulator.setDumpDirectory(QDir(dataPath).filePath(QStringLiteral("dumps")));

    for (const QString &entry : parser.values(database)) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq <= 0 || eq == entry.size() - 1)
            return fail(QStringLiteral("--database needs NAME=PATH, got \"%1\"").arg(entry));
        if (!QFileInfo::exists(entry.mid(eq + 1)))
            return fail(QStringLiteral("no such file: %1").arg(entry.mid(eq + 1)));
        emulator.addDatabase(accountId, entry.left(eq), entry.mid(eq + 1));
        for (int i = 1; i <= copyCount; ++i)
            emulator.addDatabase(accountId, entry.left(eq) + QLatin1Char('-') + QString::number(i), entry.mid(eq + 1));
    }
    for (QString name : parser.values(sample)) {
        // NAME or NAME:KIND (a kind for this sample only)
        const QString sampleKindOf = name.contains(u':') ? name.section(u':', 1) : kind;
        name = name.section(u':', 0, 0);
        SampleSpec spec;
        spec.kind = sampleKindOf == u"numbers64" ? SampleSpec::Numbers64
                    : sampleKindOf == u"virtual" ? SampleSpec::WithVirtualTable
                                                 : SampleSpec::Awkward;
        if (parser.isSet(sampleSize)) {
            spec.kind = SampleSpec::Plain;
            spec.bigIntegerEvery = every;
            spec.targetBytes = parser.value(sampleSize).toLongLong(&ok);
            if (!ok || spec.targetBytes < 0)
                return fail(QStringLiteral("--sample-size needs a number of bytes"));
        }
        const QString path = QDir(dataPath).filePath(name + QStringLiteral(".sqlite"));
        QString error;
        if (!SampleDatabase::generate(path, spec, &error))
            return fail(QStringLiteral("cannot generate sample %1: %2").arg(name, error));
        emulator.addDatabase(accountId, name, path);
    }

    if (!emulator.listen(apiPort, filePort))
        return 1;
    // SIGTERM / SIGINT end the event loop normally, so temporary files are removed on the way out.
    d1x::TerminationWatcher termination;
    QObject::connect(&termination, &d1x::TerminationWatcher::terminationRequested, &app, &QCoreApplication::quit);

    printLine(QStringLiteral("API_BASE=") + emulator.apiBase().toString());
    printLine(QStringLiteral("DOWNLOAD_ORIGIN=") + emulator.downloadOrigin().toString());
    printLine(QStringLiteral("ACCOUNT_ID=") + accountId);
    printLine(QStringLiteral("READY"));
    return app.exec();
}
