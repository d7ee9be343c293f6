// The database picker with thousands of databases: how long one keystroke in its search field takes,
// from the key press to the list repainted. The real window signs in to the in-process emulator,
// which lists N synthetic databases (every one served from the same small SQLite file), then types
// a search one character at a time and deletes it again. Prints the time of every keystroke
// (median, 95th percentile, worst) beside the budget a person does not notice (50 ms).
//
// Usage: d1x-picker-benchmark [--databases N] [--rounds R] [--json]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. A benchmark, not a test: it asserts nothing.
#include "AppSettings.h"
#include "CloudflareEmulator.h"
#include "CredentialStore.h"
#include "MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace {

const QString AccountId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("picker-benchmark-token-0123456789");
constexpr double BudgetMs = 50.0;

bool makeTinyDatabase(const QString &path)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, "CREATE TABLE t(x INTEGER PRIMARY KEY, y TEXT)", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

struct Figures {
    double medianMs = 0;
    double p95Ms = 0;
    double worstMs = 0;
    int keystrokes = 0;
};

Figures summarise(QList<double> times)
{
    Figures f;
    f.keystrokes = int(times.size());
    if (times.isEmpty())
        return f;
    std::sort(times.begin(), times.end());
    f.medianMs = times.at(times.size() / 2);
    f.p95Ms = times.at(std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.95)));
    f.worstMs = times.last();
    return f;
}

template<typename T>
T *child(QWidget *window, const char *name)
{
    auto *w = window->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        std::fprintf(stderr, "picker-benchmark: no widget named %s\n", name);
    return w;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption countOption(QStringLiteral("databases"), QStringLiteral("Databases in the account."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Times the search is typed and erased."),
                                    QStringLiteral("R"), QStringLiteral("3"));
    QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    parser.addOptions({countOption, roundsOption, jsonOption});
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    QTemporaryDir data;
    const QString dbPath = data.filePath(QStringLiteral("tiny.sqlite"));
    if (!data.isValid() || !makeTinyDatabase(dbPath)) {
        std::fprintf(stderr, "picker-benchmark: cannot create the sample database\n");
        return 1;
    }
    emu::CloudflareEmulator emulator;
    emulator.addApiToken(Token);
    emulator.addAccount(AccountId, QStringLiteral("Benchmark account"));
    for (int i = 0; i < count; ++i)
        emulator.addDatabase(AccountId, QStringLiteral("tenant-%1").arg(i, 5, 10, QLatin1Char('0')), dbPath);
    if (!emulator.listen()) {
        std::fprintf(stderr, "picker-benchmark: the emulator cannot listen\n");
        return 1;
    }

    QNetworkAccessManager nam;
    d1x::AppSettings settings(data.filePath(QStringLiteral("settings.ini")));
    d1x::CredentialStore store;
    store.setServiceName(QStringLiteral("D1 Exporter picker benchmark"));
    d1x::ui::MainWindow window(&nam, &settings, &store);
    window.setApiBaseOverride(emulator.apiBase().toString());
    window.resize(1080, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    auto *token = child<QLineEdit>(&window, "tokenEdit");
    auto *verify = child<QPushButton>(&window, "verifyButton");
    auto *filter = child<QLineEdit>(&window, "databaseFilterEdit");
    auto *view = child<QTableView>(&window, "databaseView");
    if (!token || !verify || !filter || !view)
        return 1;
    token->setText(Token);
    QElapsedTimer listing;
    listing.start();
    QTest::mouseClick(verify, Qt::LeftButton);
    const int expected = count;
    if (!QTest::qWaitFor([&] { return view->model()->rowCount() == expected; }, 600000)) {
        std::fprintf(stderr, "picker-benchmark: %d of %d databases listed\n", view->model()->rowCount(), expected);
        return 1;
    }
    const qint64 listingMs = listing.elapsed();

    // A search a person types: narrowing one character at a time, then erasing it again (widening
    // is the costlier direction: rows come back).
    const QString search = QStringLiteral("tenant-04213");
    QList<double> narrowing;
    QList<double> widening;
    auto keystroke = [&](auto &&press, QList<double> &into) {
        QElapsedTimer t;
        t.start();
        press();
        view->viewport()->repaint(); // the time until the user sees the list
        into.append(double(t.nsecsElapsed()) / 1e6);
    };
    filter->setFocus();
    for (int r = 0; r < rounds; ++r) {
        for (const QChar c : search)
            keystroke([&] { QTest::keyClicks(filter, QString(c)); }, narrowing);
        if (view->model()->rowCount() != 1)
            std::fprintf(stderr, "picker-benchmark: the search matched %d rows, not 1\n", view->model()->rowCount());
        for (qsizetype i = 0; i < search.size(); ++i)
            keystroke([&] { QTest::keyClick(filter, Qt::Key_Backspace); }, widening);
        if (view->model()->rowCount() != expected)
            std::fprintf(stderr, "picker-benchmark: %d rows after erasing the search\n", view->model()->rowCount());
    }
    QList<double> all = narrowing + widening;
    const Figures total = summarise(all);
    const Figures narrow = summarise(narrowing);
    const Figures wide = summarise(widening);

    if (parser.isSet(jsonOption)) {
        auto obj = [](const Figures &f) {
            return QJsonObject{{QStringLiteral("keystrokes"), f.keystrokes},
                               {QStringLiteral("median_ms"), f.medianMs},
                               {QStringLiteral("p95_ms"), f.p95Ms},
                               {QStringLiteral("worst_ms"), f.worstMs}};
        };
        const QJsonObject out{{QStringLiteral("databases"), count},
                              {QStringLiteral("listing_ms"), listingMs},
                              {QStringLiteral("budget_ms"), BudgetMs},
                              {QStringLiteral("all"), obj(total)},
                              {QStringLiteral("narrowing"), obj(narrow)},
                              {QStringLiteral("widening"), obj(wide)}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("database picker, %d databases (listed in %lld ms), %s platform\n", count, listingMs,
                    qPrintable(QGuiApplication::platformName()));
        std::printf("%-12s %10s %12s %10s %10s %10s\n", "keystrokes", "count", "median ms", "p95 ms", "worst ms",
                    "budget ms");
        for (const auto &[name, f] : {std::pair{"narrowing", narrow}, std::pair{"widening", wide},
                                      std::pair{"all", total}})
            std::printf("%-12s %10d %12.2f %10.2f %10.2f %10.0f\n", name, f.keystrokes, f.medianMs, f.p95Ms,
                        f.worstMs, BudgetMs);
        std::printf("worst keystroke / budget: %.2fx\n", total.worstMs / BudgetMs);
    }
    return 0;
}
