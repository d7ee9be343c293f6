// Linked into the screenshot tour (tests/translations/CMakeLists.txt): installs the translators as
// soon as the application object exists, so screenshots show the language that LANG/LC_ALL/
// LANGUAGE (or D1X_LANGUAGE, e.g. "ja") ask for, without the tour knowing about translations.
#include "Translations.h"

#include <QCoreApplication>

namespace {
void installTourTranslations()
{
    d1x::Translations::install(qEnvironmentVariable("D1X_LANGUAGE"));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTourTranslations)
