// TerminalText: control characters out of server text before it reaches a terminal.
#include "TerminalText.h"

namespace d1x {

namespace {
bool isUnsafe(char16_t c, bool keepLineBreaks)
{
    if (c == u'\n' || c == u'\t')
        return !keepLineBreaks;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) // C0 (ESC, BEL, CR, BS…), DEL, C1 (CSI, OSC…)
        return true;
    // Bidirectional embeddings, overrides and isolates ("Trojan Source").
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
} // namespace

QString TerminalText::clean(const QString &text, bool keepLineBreaks)
{
    QString out = text;
    for (QChar &c : out)
        if (isUnsafe(c.unicode(), keepLineBreaks))
            c = QChar::ReplacementCharacter;
    return out;
}

} // namespace d1x
