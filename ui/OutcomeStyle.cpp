// OutcomeStyle: the outcome line's icon and colour, in one place.
#include "OutcomeStyle.h"

#include <QLabel>
#include <QStyle>

namespace d1x::ui {

void OutcomeStyle::apply(QWidget *styleSource, QLabel *icon, QLabel *label, const QString &text, Kind kind)
{
    label->setText(text);
    label->setAccessibleDescription(text);
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    if (kind == Kind::Good)
        pixmap = QStyle::SP_DialogApplyButton;
    else if (kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Bad)
        pixmap = QStyle::SP_MessageBoxCritical;
    setFailing(styleSource, label, kind == Kind::Bad);
    QStyle *style = styleSource->style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, styleSource);
    icon->setPixmap(pixmap == QStyle::SP_CustomBase ? QPixmap() : style->standardIcon(pixmap).pixmap(size, size));
}

void OutcomeStyle::setFailing(QWidget *styleSource, QWidget *label, bool failing)
{
    QPalette pal = styleSource->palette();
    if (failing)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(pal);
}

} // namespace d1x::ui
