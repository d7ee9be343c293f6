// FileNames: the one rule for turning a database name into part of a file name, used by the window's
// suggested export name and by the backup's file names alike.
#pragma once

#include <QString>

namespace d1x {

class FileNames
{
public:
    enum class Charset {
        Unicode, // keeps letters of every script: what a person reads in a save dialog
        Ascii,   // letters, digits, '.', '_' and '-' only: what scripts and archives read alike
    };
    // A name that is safe as part of a file name on every system we ship to: no separators, no
    // characters Windows forbids, no control characters, never hidden, never empty, at most 120
    // characters.
    static QString safeBaseName(const QString &name, Charset charset = Charset::Unicode);
};

} // namespace d1x
