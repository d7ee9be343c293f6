// StatementReader: reads a SQL file one complete statement at a time, streaming (a 1 MiB read
// buffer plus the statement being gathered), so a 5 GB import never sits in memory. A ';' outside
// quotes and comments ends a statement when sqlite3_complete() agrees (a trigger's body holds more).
// A statement that grows past the byte limit stops the reading: D1 would refuse it anyway.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace emu {

class StatementReader
{
public:
    enum class Result { Statement, End, TooLong, ReadError };

    StatementReader(const QString &path, qint64 limitBytes);
    bool open(); // false: errorString()
    // The next statement (leading whitespace dropped, up to and including its ';'; the last one of
    // the file may lack the ';'), or End / TooLong / ReadError.
    Result next(QByteArray *statement);
    QString errorString() const { return m_file.errorString(); }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 peakBufferedBytes() const { return m_peak; }

private:
    enum class State { Normal, Single, Double, Backtick, Bracket, LineComment, BlockComment };

    bool fill();

    QFile m_file;
    qint64 m_limit;
    QByteArray m_buffer;
    qsizetype m_start = 0; // where the current statement starts in m_buffer
    qsizetype m_scan = 0;  // how far the current statement has been scanned
    State m_state = State::Normal;
    bool m_eof = false;
    qint64 m_peak = 0;
};

} // namespace emu
