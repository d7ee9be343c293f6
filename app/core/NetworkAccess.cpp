// NetworkAccess: every request's TLS configuration gets the extra certificate authorities.
#include "NetworkAccess.h"

#include <QNetworkRequest>
#include <QSslConfiguration>

namespace d1x {

void NetworkAccess::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    // A configuration given its own CA list no longer loads the system's on demand: list them too.
    if (m_trusted.isEmpty())
        m_trusted = QSslConfiguration::systemCaCertificates();
    m_extraCas += certificates;
    m_trusted += certificates;
}

QNetworkReply *NetworkAccess::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    if (m_extraCas.isEmpty() || request.url().scheme() != QLatin1String("https"))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QNetworkRequest trusting(request);
    QSslConfiguration tls = trusting.sslConfiguration();
    tls.setCaCertificates(m_trusted); // the system's and the extra ones: verification stays on
    trusting.setSslConfiguration(tls);
    return QNetworkAccessManager::createRequest(op, trusting, outgoingData);
}

} // namespace d1x
