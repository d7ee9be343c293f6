// LanguageMenu: the "Language" menu of the main window. "System default" plus every shipped
// language, each named in its own language; the choice is remembered in AppSettings and applies
// the next time the application starts (the widgets are not rebuilt on a language change).
#pragma once

#include <QMenu>

class QActionGroup;

namespace d1x {
class AppSettings;
}

namespace d1x::ui {

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(AppSettings *settings, QWidget *parent = nullptr);

    // The remembered choice: empty for "System default", else a language code ("de", "zh_CN").
    QString chosenLanguage() const;

signals:
    // The user picked another entry; it is already remembered.
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);
    // "Restart to apply" in the chosen language when there is a translation for it.
    QString restartNotice(const QString &language) const;

    AppSettings *m_settings;
    QActionGroup *m_group;
};

} // namespace d1x::ui
