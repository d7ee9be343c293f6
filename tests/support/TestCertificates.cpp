// TestCertificates: openssl req / x509 run in the given folder.
#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace testsupport {

namespace {
// Runs openssl with `arguments` in `folder`; empty on success, else what went wrong.
QString openssl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000))
        return QStringLiteral("openssl could not be started (install the openssl package): ") + process.errorString();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TestCertificates TestCertificates::make(const QString &folder, const QStringList &hostNames, const QString &caName)
{
    TestCertificates made;
    const QDir dir(folder);
    const QStringList ecKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    made.error = openssl(folder, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                                     + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                                   QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                                   QStringLiteral("-days"), QStringLiteral("2"),
                                                   QStringLiteral("-subj"), QStringLiteral("/CN=") + caName,
                                                   QStringLiteral("-addext"),
                                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                                   QStringLiteral("-addext"),
                                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    if (!made.error.isEmpty())
        return made;
    made.error = openssl(folder, QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ecKey
                                     + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                                   QStringLiteral("-out"), QStringLiteral("server.csr"),
                                                   QStringLiteral("-subj"),
                                                   QStringLiteral("/CN=") + hostNames.value(0)});
    if (!made.error.isEmpty())
        return made;
    QStringList names;
    for (const QString &host : hostNames)
        names << QStringLiteral("DNS:") + host;
    QFile extensions(dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        made.error = extensions.errorString();
        return made;
    }
    extensions.write(QStringLiteral("subjectAltName=%1\nbasicConstraints=CA:FALSE\n"
                                    "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n")
                         .arg(names.join(QLatin1Char(',')))
                         .toUtf8());
    extensions.close();
    made.error = openssl(folder, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                  QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                                  QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                                  QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                                  QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
    if (!made.error.isEmpty())
        return made;
    made.ca = QSslCertificate(readFile(dir.filePath(QStringLiteral("ca.pem"))), QSsl::Pem);
    made.server = QSslCertificate(readFile(dir.filePath(QStringLiteral("server.pem"))), QSsl::Pem);
    made.serverKey = QSslKey(readFile(dir.filePath(QStringLiteral("server.key"))), QSsl::Ec, QSsl::Pem);
    if (made.ca.isNull() || made.server.isNull() || made.serverKey.isNull())
        made.error = QStringLiteral("the certificates openssl made could not be read");
    return made;
}

} // namespace testsupport
