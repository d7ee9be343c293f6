// NoticeBar: icon, wrapped text and a close button on a tinted strip.
#include "NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace d1x::ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_close->setObjectName(QStringLiteral("noticeCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setText(text);
    setAccessibleDescription(text);
    applyLevel();
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

void NoticeBar::applyLevel()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    // Soft tints that keep the window's own text colour readable on light and dark palettes alike.
    QColor tint(0x3d, 0x8b, 0xd9);
    if (m_level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xe0, 0xa0, 0x20);
    } else if (m_level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xd0, 0x40, 0x40);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));

    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    // 18 % of the tint blended into the window colour.
    QColor background;
    background.setRgbF(base.redF() * 0.82 + tint.redF() * 0.18, base.greenF() * 0.82 + tint.greenF() * 0.18,
                       base.blueF() * 0.82 + tint.blueF() * 0.18);
    pal.setColor(QPalette::Window, background);
    setPalette(pal);
}

} // namespace d1x::ui
