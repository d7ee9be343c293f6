// Translations: installs the translators of the application's own .qm files (embedded at
// :/i18n/d1-exporter_<lang>.qm) and Qt's qtbase_<lang>.qm for one language, either a chosen one
// or the system's. Widgets-free, so the desktop application and the command line share it.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace d1x {

class Translations
{
public:
    // The languages the application ships, as settings store them ("de", "zh_CN", …), plus "en"
    // (the source language, which needs no file). Sorted, "en" included.
    static QStringList available();
    // A language's name in that language ("Deutsch", "日本語"), for menus.
    static QString nativeName(const QString &language);

    // The shipped language that best fits `language` (empty: the system's UI languages, as
    // LC_ALL / LC_MESSAGES / LANG / LANGUAGE give them on Unix). "en" when none fits.
    static QString resolve(const QString &language = QString());

    // Installs the translators for resolve(language) into the running QCoreApplication, removing
    // ones installed by an earlier call, and returns the language now in use. A chosen language
    // also becomes QLocale's default, so numbers and dates follow it.
    static QString install(const QString &language = QString());

    // A loaded translator of the application's strings for `language` (not installed), or null
    // when it is English or has no file: to say something in a language not yet in use.
    static QTranslator *load(const QString &language, QObject *parent);

private:
    static QStringList systemLanguages();
};

} // namespace d1x
