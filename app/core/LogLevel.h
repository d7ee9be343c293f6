// LogLevel: how much a line of an export's story matters. One enum for the core's log signals, the
// command line's stderr and the window's log (which picks colours and icons for it).
#pragma once

namespace d1x {

enum class LogLevel {
    Info,    // a step taken
    Server,  // what Cloudflare said, word for word
    Warning, // something went wrong but the export goes on
    Error,   // the export stops
};

} // namespace d1x
