// LanguageMenu: the language choice, remembered for the next start (see LanguageMenu.h).
#include "LanguageMenu.h"

#include "AppSettings.h"
#include "Translations.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QTranslator>

namespace d1x::ui {

namespace {
// Said in the language just chosen, so the user can read it even if they cannot read the current one.
const char *const RestartText = QT_TRANSLATE_NOOP("d1x::ui::LanguageMenu",
                                                  "The language changes the next time D1 Exporter starts.");
} // namespace

LanguageMenu::LanguageMenu(AppSettings *settings, QWidget *parent)
    : QMenu(tr("Lan&guage"), parent), m_settings(settings), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    const QString current = chosenLanguage();

    auto add = [this, &current](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("language_") + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setStatusTip(tr("Takes effect the next time D1 Exporter starts."));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(tr("&System Default"), QString());
    addSeparator();
    QStringList languages = Translations::available();
    // Each language named in its own language, in the order of those names.
    std::sort(languages.begin(), languages.end(), [](const QString &a, const QString &b) {
        return Translations::nativeName(a).compare(Translations::nativeName(b), Qt::CaseInsensitive) < 0;
    });
    for (const QString &language : std::as_const(languages))
        add(Translations::nativeName(language), language);
    // A remembered language that no longer ships: nothing checked would hide the choice.
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
}

QString LanguageMenu::chosenLanguage() const { return m_settings->language(); }

void LanguageMenu::choose(const QString &language)
{
    if (language == m_settings->language())
        return;
    m_settings->setLanguage(language);
    m_settings->sync();
    emit languageChosen(language);
    // Not modal-blocking: open() returns at once and the box deletes itself.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), restartNotice(language),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

QString LanguageMenu::restartNotice(const QString &language) const
{
    const QString here = tr(RestartText);
    const QString target = Translations::resolve(language);
    QTranslator *translator = Translations::load(target, nullptr);
    const QString there = translator ? translator->translate("d1x::ui::LanguageMenu", RestartText) : QString();
    delete translator;
    if (target == QLatin1String("en") && here != QLatin1String(RestartText))
        return here + QStringLiteral("\n\n") + QLatin1String(RestartText);
    if (there.isEmpty() || there == here)
        return here;
    return here + QStringLiteral("\n\n") + there;
}

} // namespace d1x::ui
