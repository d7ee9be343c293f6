// Translations: which language to use and installing its translators (see Translations.h).
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

namespace d1x {

namespace {

const QString ResourceDir = QStringLiteral(":/i18n");
const QString AppFilePrefix = QStringLiteral("d1-exporter_");
const QString SourceLanguage = QStringLiteral("en");

// Translators installed by install(); kept so a second call replaces rather than stacks them.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// "de_DE.UTF-8@euro" -> "de_DE"
QString stripEncoding(QString name)
{
    const qsizetype cut = name.indexOf(QRegularExpression(QStringLiteral("[.@]")));
    if (cut >= 0)
        name.truncate(cut);
    return name;
}

// The shipped language for one locale name, "en" for English, empty when none fits.
QString match(const QString &name, const QStringList &shipped)
{
    const QLocale locale(name);
    if (name.isEmpty() || locale.language() == QLocale::C)
        return {};
    if (locale.language() == QLocale::English)
        return SourceLanguage;
    if (locale.language() == QLocale::Chinese) {
        // Only Simplified Chinese ships: Traditional-script readers get English instead.
        const bool simplified = locale.script() == QLocale::SimplifiedChineseScript
                                || (locale.script() == QLocale::AnyScript
                                    && locale.territory() != QLocale::Taiwan
                                    && locale.territory() != QLocale::HongKong
                                    && locale.territory() != QLocale::Macao);
        return simplified && shipped.contains(QStringLiteral("zh_CN")) ? QStringLiteral("zh_CN") : QString();
    }
    const QString language = QLocale::languageToCode(locale.language());
    return shipped.contains(language) ? language : QString();
}

} // namespace

QStringList Translations::available()
{
    QStringList languages{SourceLanguage};
    const QStringList files = QDir(ResourceDir).entryList({AppFilePrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(AppFilePrefix.size()).chopped(3);
    languages.sort();
    languages.removeDuplicates();
    return languages;
}

QString Translations::nativeName(const QString &language)
{
    // Fixed names: QLocale's would say "español de España" or "中文（中国）".
    static const QHash<QString, QString> names{
        {QStringLiteral("de"), QStringLiteral("Deutsch")},  {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},  {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},    {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    if (const auto it = names.constFind(language); it != names.constEnd())
        return it.value();
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? language : name;
}

QStringList Translations::systemLanguages()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // gettext's rules: LC_ALL, then LC_MESSAGES, then LANG decide; LANGUAGE (a list) refines them
    // unless that locale is C/POSIX, which means "untranslated" (tests rely on LANG=C.UTF-8).
    QString messages;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        messages = qEnvironmentVariable(variable);
        if (!messages.isEmpty())
            break;
    }
    messages = stripEncoding(messages);
    if (messages.isEmpty() || messages == QLatin1String("C") || messages == QLatin1String("POSIX"))
        return {};
    QStringList languages;
    const QStringList list = qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &entry : list)
        languages << stripEncoding(entry);
    languages << messages;
    return languages;
#else
    return QLocale::system().uiLanguages();
#endif
}

QString Translations::resolve(const QString &language)
{
    const QStringList shipped = available();
    const QStringList wanted = language.isEmpty() ? systemLanguages() : QStringList{language};
    for (const QString &name : wanted) {
        const QString found = match(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')), shipped);
        if (!found.isEmpty())
            return found;
    }
    return SourceLanguage;
}

QTranslator *Translations::load(const QString &language, QObject *parent)
{
    if (language.isEmpty() || language == SourceLanguage)
        return nullptr;
    auto *translator = new QTranslator(parent);
    if (!translator->load(AppFilePrefix + language, ResourceDir)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

QString Translations::install(const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QString chosen = resolve(language);
    // A chosen language that differs from the system's also brings its number and date formats.
    if (!language.isEmpty() && QLocale(chosen).language() != QLocale::system().language())
        QLocale::setDefault(QLocale(chosen));
    if (chosen == SourceLanguage)
        return chosen;

    // Qt's own strings first (dialog buttons, context menus), then ours, which win on a clash.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    if (QTranslator *own = load(chosen, QCoreApplication::instance())) {
        QCoreApplication::installTranslator(own);
        installed() << own;
    }
    return chosen;
}

} // namespace d1x
