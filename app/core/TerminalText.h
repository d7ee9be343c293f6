// TerminalText: text from a server (names, messages) made safe to print on a terminal. A database
// name or an error message may carry escape sequences that would move the cursor, recolour, retitle
// or clear the user's terminal: every control character is dropped before such text is printed.
#pragma once

#include <QString>

namespace d1x {

class TerminalText
{
public:
    // `text` without C0 and C1 control characters, DEL, and the bidirectional overrides that can make
    // a line read differently from what it holds; each is replaced by U+FFFD so nothing is hidden.
    // Keeps line breaks and tabs when `keepLineBreaks` (a multi-line message), else replaces them too.
    static QString clean(const QString &text, bool keepLineBreaks = true);
};

} // namespace d1x
