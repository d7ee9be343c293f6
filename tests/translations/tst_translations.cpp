// Translations at run time: the shipped .qm files are embedded and load, the language is chosen
// from the settings or the environment the way the programs do it, and the Language menu offers
// every language (named in its own language) and remembers the choice.
#include "AppSettings.h"
#include "LanguageMenu.h"
#include "Translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void shippedLanguagesAreEmbedded();
    void installTranslatesStrings_data();
    void installTranslatesStrings();
    void resolvesLanguageNames_data();
    void resolvesLanguageNames();
    void followsTheEnvironment_data();
    void followsTheEnvironment();
    void languageMenuOffersEveryLanguage();
    void languageMenuRemembersTheChoice();

private:
    void setEnvironment(const QList<QPair<const char *, const char *>> &values);
};

void TestTranslations::cleanup()
{
    d1x::Translations::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
    setEnvironment({{"LANG", "C.UTF-8"}, {"LC_ALL", "C.UTF-8"}});
}

void TestTranslations::setEnvironment(const QList<QPair<const char *, const char *>> &values)
{
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        qunsetenv(name);
    for (const auto &[name, value] : values)
        qputenv(name, value);
}

void TestTranslations::shippedLanguagesAreEmbedded()
{
    const QStringList expected{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                               QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("zh_CN")};
    QCOMPARE(d1x::Translations::available(), expected);
}

void TestTranslations::installTranslatesStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");   // the main window's File menu
    QTest::addColumn<QString>("cancel"); // one of Qt's own strings (qtbase_*.qm)
    QTest::newRow("de") << "de" << "&Datei" << "Abbrechen";
    QTest::newRow("fr") << "fr" << "&Fichier" << "Annuler";
    QTest::newRow("es") << "es" << "&Archivo" << "Cancelar";
    QTest::newRow("ja") << "ja" << "ファイル(&F)" << "キャンセル";
    QTest::newRow("zh_CN") << "zh_CN" << "文件(&F)" << "取消";
    QTest::newRow("en") << "en" << "&File" << "Cancel";
}

void TestTranslations::installTranslatesStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, cancel);
    QCOMPARE(d1x::Translations::install(language), language);
    QCOMPARE(QCoreApplication::translate("d1x::ui::MainWindow", "&File"), file);
    // Plural forms: %n stays a number in every language.
    const QString accounts = QCoreApplication::translate("d1x::ui::MainWindow", "Accounts found: %n", nullptr, 3);
    QVERIFY2(accounts.contains(QLatin1Char('3')), qPrintable(accounts));
    if (language != QLatin1String("en")) // qtbase translations are a separate Debian package
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel); // dialog buttons
}

void TestTranslations::resolvesLanguageNames_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("resolved");
    QTest::newRow("exact") << "fr" << "fr";
    QTest::newRow("territory") << "de_AT" << "de";
    QTest::newRow("dash") << "es-MX" << "es";
    QTest::newRow("simplified chinese") << "zh_CN" << "zh_CN";
    QTest::newRow("script") << "zh_Hans_SG" << "zh_CN";
    QTest::newRow("traditional chinese") << "zh_TW" << "en";
    QTest::newRow("not shipped") << "pt_BR" << "en";
    QTest::newRow("english") << "en_GB" << "en";
}

void TestTranslations::resolvesLanguageNames()
{
    QFETCH(QString, requested);
    QFETCH(QString, resolved);
    QCOMPARE(d1x::Translations::resolve(requested), resolved);
}

void TestTranslations::followsTheEnvironment_data()
{
    QTest::addColumn<QByteArray>("language"); // LANGUAGE
    QTest::addColumn<QByteArray>("lcAll");
    QTest::addColumn<QByteArray>("lcMessages");
    QTest::addColumn<QByteArray>("lang");
    QTest::addColumn<QString>("resolved");
    QTest::newRow("LANG") << QByteArray() << QByteArray() << QByteArray() << QByteArray("fr_FR.UTF-8") << "fr";
    QTest::newRow("LC_MESSAGES over LANG") << QByteArray() << QByteArray() << QByteArray("ja_JP.UTF-8")
                                           << QByteArray("fr_FR.UTF-8") << "ja";
    QTest::newRow("LC_ALL over all") << QByteArray() << QByteArray("de_DE.UTF-8") << QByteArray("ja_JP.UTF-8")
                                     << QByteArray("fr_FR.UTF-8") << "de";
    QTest::newRow("LANGUAGE list") << QByteArray("pt:zh_CN:de") << QByteArray() << QByteArray()
                                   << QByteArray("es_ES.UTF-8") << "zh_CN";
    QTest::newRow("C ignores LANGUAGE") << QByteArray("de") << QByteArray("C.UTF-8") << QByteArray()
                                        << QByteArray("fr_FR.UTF-8") << "en";
    QTest::newRow("nothing set") << QByteArray() << QByteArray() << QByteArray() << QByteArray() << "en";
}

void TestTranslations::followsTheEnvironment()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("the environment variables decide only on Linux and other Unix desktops");
#endif
    QFETCH(QByteArray, language);
    QFETCH(QByteArray, lcAll);
    QFETCH(QByteArray, lcMessages);
    QFETCH(QByteArray, lang);
    QFETCH(QString, resolved);
    QList<QPair<const char *, const char *>> values;
    if (!language.isEmpty())
        values.append(qMakePair("LANGUAGE", language.constData()));
    if (!lcAll.isEmpty())
        values.append(qMakePair("LC_ALL", lcAll.constData()));
    if (!lcMessages.isEmpty())
        values.append(qMakePair("LC_MESSAGES", lcMessages.constData()));
    if (!lang.isEmpty())
        values.append(qMakePair("LANG", lang.constData()));
    setEnvironment(values);
    QCOMPARE(d1x::Translations::resolve(), resolved);
    QCOMPARE(d1x::Translations::install(), resolved);
}

void TestTranslations::languageMenuOffersEveryLanguage()
{
    QTemporaryDir dir;
    d1x::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLanguage(QStringLiteral("ja"));
    d1x::ui::LanguageMenu menu(&settings);
    QStringList names;
    QAction *checked = nullptr;
    QActionGroup *group = nullptr;
    for (QAction *action : menu.actions()) {
        if (action->isSeparator())
            continue;
        QVERIFY(action->isCheckable());
        QVERIFY(!action->statusTip().isEmpty());
        names << action->text();
        if (action->isChecked()) {
            QVERIFY2(!checked, "more than one language checked");
            checked = action;
        }
        QVERIFY(action->actionGroup());
        group = action->actionGroup();
    }
    QVERIFY(group && group->isExclusive());
    const QStringList expected{QStringLiteral("&System Default"), QStringLiteral("Deutsch"),
                               QStringLiteral("English"),         QStringLiteral("Español"),
                               QStringLiteral("Français"),        QStringLiteral("日本語"),
                               QStringLiteral("简体中文")};
    QCOMPARE(names, expected);
    QVERIFY(checked);
    QCOMPARE(checked->data().toString(), QStringLiteral("ja"));
}

void TestTranslations::languageMenuRemembersTheChoice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    d1x::AppSettings settings(path);
    QWidget window;
    d1x::ui::LanguageMenu menu(&settings, &window);
    QAction *system = menu.findChild<QAction *>(QStringLiteral("language_system"));
    QAction *german = menu.findChild<QAction *>(QStringLiteral("language_de"));
    QVERIFY(system && german);
    QVERIFY(system->isChecked());

    QSignalSpy chosen(&menu, &d1x::ui::LanguageMenu::languageChosen);
    german->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
    QVERIFY(german->isChecked() && !system->isChecked());
    QCOMPARE(d1x::AppSettings(path).language(), QStringLiteral("de")); // written through
    // The notice says "next start" in English and in German.
    auto *notice = window.findChild<QMessageBox *>(QStringLiteral("languageNotice"));
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(QStringLiteral("next time")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("D1 Exporter")) && notice->text().count(QLatin1Char('\n')) >= 2,
             qPrintable(notice->text()));
    notice->close();

    system->trigger();
    QCOMPARE(d1x::AppSettings(path).language(), QString());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
