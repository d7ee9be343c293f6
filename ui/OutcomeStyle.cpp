// OutcomeStyle: the outcome line's icon and colour, in one place.
#include "OutcomeStyle.h"

#include <QLabel>
#include <QStyle>

namespace d1x::ui {

void OutcomeStyle::apply(QWidget *styleSource, QLabel *icon, QLabel *label, const QString &text, Kind kind)
{
    label->setText(text);
    label->setAccessibleDescription(text);
    QPalette pal = styleSource->palette();
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    if (kind == Kind::Good) {
        pixmap = QStyle::SP_DialogApplyButton;
    } else if (kind == Kind::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
    } else if (kind == Kind::Bad) {
        pixmap = QStyle::SP_MessageBoxCritical;
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    }
    label->setPalette(pal);
    QStyle *style = styleSource->style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, styleSource);
    icon->setPixmap(pixmap == QStyle::SP_CustomBase ? QPixmap() : style->standardIcon(pixmap).pixmap(size, size));
}

} // namespace d1x::ui
