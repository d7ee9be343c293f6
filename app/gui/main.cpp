// Entry point of d1-exporter, the desktop application: parses the command line, builds the
// window with its dependencies and shows it. Everything else lives in d1ui and d1core.
#include "ProxyFactory.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "TerminationWatcher.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMenuBar>
#include <QNetworkAccessManager>

#include <cstring>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("d1-exporter"));
    QCoreApplication::setOrganizationName(QStringLiteral("D1 Exporter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(D1X_VERSION));
}

struct Options {
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Offline demo: run the bundled D1 emulator with a "
                                                                "sample database; nothing is sent to Cloudflare.")};
    QCommandLineOption apiBase{QStringLiteral("api-base"),
                               QCoreApplication::translate("main", "Cloudflare API base URL (default: "
                                                                   "CLOUDFLARE_API_BASE_URL, else the remembered one)."),
                               QCoreApplication::translate("main", "url")};
};

void setUpParser(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Export Cloudflare D1 databases as SQL."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.apiBase});
}

// --help and --version answer on the terminal and must work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"--help", "-h", "--help-all", "-?", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

// The Language menu goes before Help (the last menu), so MainWindow need not know about it.
void addLanguageMenu(QMainWindow &window, d1x::AppSettings &settings)
{
    auto *menu = new d1x::ui::LanguageMenu(&settings, &window);
    const QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        d1x::Translations::install(d1x::AppSettings().language());
        const Options options;
        QCommandLineParser parser;
        setUpParser(parser, options);
        parser.process(core); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    // HTTPS_PROXY / NO_PROXY and the system's proxy, never for loopback (owned by Qt).
    QNetworkProxyFactory::setApplicationProxyFactory(new d1x::ProxyFactory);
    setApplicationNames();
    // Before any text is made: the remembered language (Language menu), else the system's.
    d1x::AppSettings settings;
    d1x::Translations::install(settings.language());
    QApplication::setApplicationDisplayName(QStringLiteral("D1 Exporter"));
    // The application id the launcher is installed under, so desktops match the window to it.
    QApplication::setDesktopFileName(QStringLiteral("io.github.d1exporter.D1Exporter"));

    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/d1-exporter-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    const Options options;
    QCommandLineParser parser;
    setUpParser(parser, options);
    parser.process(app);

    QNetworkAccessManager nam;
    d1x::CredentialStore credentialStore;
    d1x::ui::MainWindow window(&nam, &settings, &credentialStore);
    addLanguageMenu(window, settings);
    if (parser.isSet(options.apiBase))
        window.setApiBaseOverride(parser.value(options.apiBase));
    if (parser.isSet(options.demo))
        window.startDemo();
    window.show();
    // SIGTERM/SIGINT leave through the event loop, so the window's destructor cancels an export cleanly.
    d1x::ui::TerminationWatcher termination;
    QObject::connect(&termination, &d1x::ui::TerminationWatcher::terminationRequested, &app, &QApplication::quit);
    return app.exec();
}
