// Entry point of d1-exporter-cli: builds the application object and hands over to CliApp.
#include "CliApp.h"
#include "ProxyFactory.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("d1-exporter-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("D1 Exporter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(D1X_VERSION));
    d1x::Translations::install(); // LC_ALL / LC_MESSAGES / LANG (and LANGUAGE), before any output
    // HTTPS_PROXY / NO_PROXY and the system's proxy, never for loopback (owned by Qt).
    QNetworkProxyFactory::setApplicationProxyFactory(new d1x::ProxyFactory);
    d1x::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
