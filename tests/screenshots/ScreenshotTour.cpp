// d1x-screenshot-tour: shows the real main window against the in-process emulator, walks the whole
// flow the way a user would (sign in, pick a database and tables, export with an SQLite copy and live
// row counts, then back up every database) and saves the window at seven moments: form filled, export
// running, export done with its report, the backup dialog, the backup done; then the export imported
// back into D1: the import summary, the import report. Run by take.sh under xvfb-run.
// Usage: d1x-screenshot-tour OUT_DIR [WIDTHxHEIGHT]
#include "AccountCombo.h"
#include "AppSettings.h"
#include "CloudflareEmulator.h"
#include "CredentialStore.h"
#include "FileDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "SampleDatabase.h"

#include <QApplication>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QIcon>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {
int fail(const QString &why)
{
    std::fprintf(stderr, "screenshot tour: %s\n", qPrintable(why));
    QCoreApplication::exit(1);
    return 1;
}

bool save(QWidget *window, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    std::fflush(stdout);
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("d1-exporter-screenshots"));
    QCoreApplication::setOrganizationName(QStringLiteral("D1 Exporter"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128})
        icon.addFile(QStringLiteral(":/icons/d1-exporter-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(outDir);
    QTemporaryDir work;
    if (!work.isValid())
        return fail(QStringLiteral("no temporary directory"));

    // A believable account: a few databases of different kinds and sizes.
    emu::CloudflareEmulator emulator;
    const QString account = QStringLiteral("5f3c0ab1e2d94c7f8a6b1c2d3e4f5a6b");
    emulator.addApiToken(QStringLiteral("demo-token"));
    emulator.addAccount(account, QStringLiteral("Acme Corp"));
    struct Sample {
        const char *name;
        emu::SampleSpec spec;
    };
    const Sample samples[] = {
        {"shop-production", {emu::SampleSpec::Awkward, 0, 1}},
        {"analytics-events", {emu::SampleSpec::Plain, 400 * 1024, 2}},
        {"blog", {emu::SampleSpec::Plain, 60 * 1024, 3}},
        {"search-index", {emu::SampleSpec::WithVirtualTable, 0, 4}},
        {"staging", {emu::SampleSpec::Awkward, 0, 5}},
    };
    for (const Sample &s : samples) {
        const QString path = work.filePath(QString::fromLatin1(s.name) + QStringLiteral(".sqlite"));
        QString error;
        if (!emu::SampleDatabase::generate(path, s.spec, &error))
            return fail(error);
        emulator.addDatabase(account, QString::fromLatin1(s.name), path);
    }
    emulator.setPollsBeforeComplete(3); // the core spaces polls 0.5 s apart: a couple of seconds of "preparing"
    if (!emulator.listen())
        return fail(QStringLiteral("the emulator cannot listen"));
    // A slow download, so "running" shows bytes, rate and time left.
    emu::FaultSpec slow;
    slow.step = emu::Step::Download;
    slow.fault = emu::Fault::SlowBody;
    slow.slowDelayMs = 2;
    emulator.addFault(slow);

    QNetworkAccessManager nam;
    d1x::AppSettings settings(work.filePath(QStringLiteral("settings.ini")));
    // Exports go apart from the emulator's databases (which are named <database>.sqlite too).
    const QString exports = work.filePath(QStringLiteral("exports"));
    QDir().mkpath(exports);
    settings.setLastFolder(exports);
    d1x::CredentialStore store;
    store.setServiceName(QStringLiteral("D1 Exporter screenshot tour"));
    d1x::ui::MainWindow window(&nam, &settings, &store);
    // An optional WIDTHxHEIGHT checks how the layout copes with smaller screens.
    QSize size(1120, 860);
    if (argc > 2) {
        const QStringList parts = QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x'));
        if (parts.size() == 2)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    window.resize(size);
    window.show();

    bool shotRunning = false;
    QObject::connect(&window, &d1x::ui::MainWindow::databasesLoaded, &window, [&](int) {
        // The user picks the analytics database (not the first in the list).
        auto *view = window.findChild<QAbstractItemView *>(QStringLiteral("databaseView"));
        const QModelIndexList hits = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole,
                                                          QStringLiteral("shop-production"), 1, Qt::MatchExactly);
        if (!hits.isEmpty())
            view->setCurrentIndex(hits.first());
    });
    QObject::connect(&window, &d1x::ui::MainWindow::tablesLoaded, &window, [&](int) {
        // Leave one table out, so the picture shows a partial selection.
        auto *tables = window.findChild<QTreeView *>(QStringLiteral("tableView"));
        if (tables && tables->model()->rowCount() > 2)
            tables->model()->setData(tables->model()->index(1, 0), Qt::Unchecked, Qt::CheckStateRole);
        QTimer::singleShot(300, &window, [&] {
            if (!save(&window, outDir, QStringLiteral("01-form-filled.png")))
                return void(fail(QStringLiteral("cannot save")));
            window.findChild<QCheckBox *>(QStringLiteral("sqliteCopyCheck"))->setChecked(true);
            window.findChild<QCheckBox *>(QStringLiteral("liveCountsCheck"))->setChecked(true);
            d1x::ui::FileDialog::setNextFileName(QDir(exports).filePath(QStringLiteral("shop-production.sql")));
            window.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        });
    });
    QObject::connect(&window, &d1x::ui::MainWindow::exportStateChanged, &window,
                     [&](d1x::ExportController::State state) {
                         if (state != d1x::ExportController::State::Downloading)
                             return;
                         // Let a few hundred milliseconds of the slow download go by first.
                         QTimer::singleShot(700, &window, [&] {
                             if (window.isExportRunning() && !shotRunning) {
                                 shotRunning = true;
                                 save(&window, outDir, QStringLiteral("02-export-running.png"));
                             }
                         });
                     });
    QObject::connect(&window, &d1x::ui::MainWindow::exportFinished, &window, [&](const d1x::ExportResult &result) {
        if (!shotRunning)
            save(&window, outDir, QStringLiteral("02-export-running.png")); // too fast: the best we have
        if (!result.ok())
            return void(QCoreApplication::exit(2));
        QTimer::singleShot(200, &window, [&] {
            save(&window, outDir, QStringLiteral("03-export-done.png"));
            // Then every database of the account into one folder.
            window.findChild<QPushButton *>(QStringLiteral("backupButton"))->click();
            QTimer::singleShot(300, &window, [&] {
                auto *dialog = window.findChild<QDialog *>(QStringLiteral("backupDialog"));
                if (!dialog)
                    return void(fail(QStringLiteral("no backup dialog")));
                dialog->findChild<QPushButton *>(QStringLiteral("backupSelectAllButton"))->click();
                dialog->findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"))
                    ->setText(QDir::toNativeSeparators(QDir(exports).filePath(QStringLiteral("backups"))));
                save(dialog, outDir, QStringLiteral("04-backup-dialog.png"));
                dialog->findChild<QPushButton *>(QStringLiteral("backupStartButton"))->click();
            });
        });
    });
    // Then the export goes back into D1: File → Import into D1…, first aimed at a database that holds
    // tables (the summary with its warning), then into a new database (the report). The dialog at the
    // smallest size it is meant to be used at.
    int importPhase = 0;
    const auto importTour = [&] {
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        auto *dialog = window.findChild<d1x::ui::ImportDialog *>(QStringLiteral("importDialog"));
        if (!dialog)
            return void(fail(QStringLiteral("no import dialog")));
        dialog->resize(700, 560);
        QObject::connect(dialog, &d1x::ui::ImportDialog::controllerCreated, dialog, [&, dialog](d1x::ImportController *c) {
            QObject::connect(c, &d1x::ImportController::prepared, dialog, [&, dialog] {
                QTimer::singleShot(200, dialog, [&, dialog] {
                    if (importPhase++ == 0) {
                        save(dialog, outDir, QStringLiteral("06-import-summary.png"));
                        dialog->findChild<QRadioButton *>(QStringLiteral("importNewRadio"))->click();
                        dialog->findChild<QLineEdit *>(QStringLiteral("importNewNameEdit"))
                            ->setText(QStringLiteral("shop-production-restored"));
                        dialog->findChild<QPushButton *>(QStringLiteral("importPrepareButton"))->click();
                    } else {
                        dialog->findChild<QPushButton *>(QStringLiteral("importStartButton"))->click();
                    }
                });
            });
        });
        QObject::connect(dialog, &d1x::ui::ImportDialog::importFinished, dialog, [&, dialog](const d1x::ImportResult &r) {
            QTimer::singleShot(200, dialog, [&, dialog, ok = r.ok()] {
                save(dialog, outDir, QStringLiteral("07-import-report.png"));
                QCoreApplication::exit(ok ? 0 : 4);
            });
        });
        d1x::ui::FileDialog::setNextFileName(QDir(exports).filePath(QStringLiteral("shop-production.sql")));
        dialog->findChild<QPushButton *>(QStringLiteral("importBrowseButton"))->click();
        QTimer::singleShot(200, dialog, [dialog] {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("importDatabaseCombo"));
            combo->setCurrentIndex(combo->findText(QStringLiteral("blog"))); // holds other tables: the warning
            dialog->findChild<QCheckBox *>(QStringLiteral("importCountRowsCheck"))->setChecked(true);
            dialog->findChild<QPushButton *>(QStringLiteral("importPrepareButton"))->click();
        });
    };
    QObject::connect(&window, &d1x::ui::MainWindow::backupFinished, &window, [&](const d1x::BackupSummary &summary) {
        QTimer::singleShot(200, &window, [&, ok = summary.ok()] {
            save(&window, outDir, QStringLiteral("05-backup-done.png"));
            if (!ok)
                return void(QCoreApplication::exit(3));
            importTour();
        });
    });
    QTimer::singleShot(60000, &app, [] { fail(QStringLiteral("timed out")); });

    window.useDemoSession(emulator.apiBase().toString(), account, QStringLiteral("demo-token"));
    return app.exec();
}
