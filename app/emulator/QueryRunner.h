// QueryRunner: runs the SQL of a D1 /query or /raw request against a SQLite file, read-only, and
// shapes the answer as D1 does (one result object per statement). Runs on the caller's thread: the
// emulator's queries are small, and SQLite opens and answers them in microseconds.
#pragma once

#include <QJsonArray>
#include <QString>

namespace emu {

class QueryRunner
{
public:
    enum class Format {
        Objects, // /query: "results": [{column: value, ...}, ...]
        Raw,     // /raw:   "results": {"columns": [...], "rows": [[...], ...]}
    };

    struct Outcome {
        bool ok = false;
        QString error;      // D1-style message ("...: SQLITE_ERROR") when !ok
        QJsonArray results; // the envelope's "result" when ok
    };

    // `exactNumbers` false: numbers in the answer and in `params` pass through a double, as D1's
    // JavaScript does (integers beyond ±2^53 rounded; infinities, which JSON cannot hold, become null).
    static Outcome run(const QString &sqlitePath, const QString &sql, const QJsonArray &params, Format format,
                       bool exactNumbers = false);
};

} // namespace emu
