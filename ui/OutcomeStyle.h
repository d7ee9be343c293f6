// OutcomeStyle: how the line that tells the outcome of a run looks (the export panel's, the import
// dialog's): the text, an icon for good news, a warning or a failure, and red text for a failure (also for
// other lines that report a failure: the reports' headlines, the database picker's status).
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace d1x::ui {

class OutcomeStyle
{
public:
    enum class Kind { Neutral, Good, Warning, Bad };

    // Shows `text` in `label` (also as its accessible description) and the kind's icon in `icon`;
    // `styleSource` gives the palette and the icons.
    static void apply(QWidget *styleSource, QLabel *icon, QLabel *label, const QString &text, Kind kind);
    // `label`'s text in the failure colour when `failing`, else in `styleSource`'s usual one.
    static void setFailing(QWidget *styleSource, QWidget *label, bool failing);
};

} // namespace d1x::ui
