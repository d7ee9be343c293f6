// NetworkAccess: the apps' QNetworkAccessManager, with one addition: certificate authorities that
// every request trusts besides the system's. Tests use it to trust the CA they make at test time for
// the emulator's HTTPS; certificate verification itself is never turned off.
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace d1x {

class NetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void addCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QList<QSslCertificate> m_extraCas;
    QList<QSslCertificate> m_trusted; // the system's CAs and the extra ones
};

} // namespace d1x
