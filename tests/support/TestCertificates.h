// TestCertificates: a certificate authority and a server certificate it signs, made at test time
// with the openssl program, for the emulator's HTTPS. Nothing is kept: the files live in the
// caller's temporary folder.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace testsupport {

struct TestCertificates {
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey serverKey;
    QString error; // empty when everything was made

    // A CA named `caName`, and a server certificate for the DNS names `hostNames` signed by it.
    static TestCertificates make(const QString &folder, const QStringList &hostNames,
                                 const QString &caName = QStringLiteral("D1 Exporter Test CA"));
};

} // namespace testsupport
