// StatementReader: streaming statement splitter (see header).
#include "StatementReader.h"

#include <sqlite3.h>

namespace emu {

namespace {
constexpr qint64 kReadBytes = 1024 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}
} // namespace

StatementReader::StatementReader(const QString &path, qint64 limitBytes)
    : m_file(path)
    , m_limit(limitBytes)
{
}

bool StatementReader::open()
{
    return m_file.open(QIODevice::ReadOnly);
}

bool StatementReader::fill()
{
    if (m_eof)
        return false;
    // Drop what earlier statements used before growing the buffer.
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_scan -= m_start;
        m_start = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kReadBytes);
    const qint64 got = m_file.read(m_buffer.data() + old, kReadBytes);
    m_buffer.resize(old + qMax<qint64>(0, got));
    m_peak = qMax<qint64>(m_peak, m_buffer.capacity());
    if (got <= 0)
        m_eof = true;
    return got > 0;
}

StatementReader::Result StatementReader::next(QByteArray *statement)
{
    for (;;) {
        // Skip whitespace between statements.
        while (m_state == State::Normal && m_scan == m_start && m_start < m_buffer.size()
               && isSpace(m_buffer.at(m_start)))
            m_scan = ++m_start;

        while (m_scan < m_buffer.size()) {
            const char c = m_buffer.at(m_scan);
            const char after = m_scan + 1 < m_buffer.size() ? m_buffer.at(m_scan + 1) : '\0';
            const bool haveAfter = m_scan + 1 < m_buffer.size();
            switch (m_state) {
            case State::Normal:
                if (c == '\'')
                    m_state = State::Single;
                else if (c == '"')
                    m_state = State::Double;
                else if (c == '`')
                    m_state = State::Backtick;
                else if (c == '[')
                    m_state = State::Bracket;
                else if ((c == '-' || c == '/') && !haveAfter && !m_eof)
                    goto needMore; // a comment may start across the boundary
                else if (c == '-' && after == '-')
                    m_state = State::LineComment, ++m_scan;
                else if (c == '/' && after == '*')
                    m_state = State::BlockComment, ++m_scan;
                else if (c == ';') {
                    const QByteArray candidate(m_buffer.constData() + m_start, m_scan + 1 - m_start);
                    if (sqlite3_complete(candidate.constData())) {
                        ++m_scan;
                        *statement = candidate;
                        m_start = m_scan;
                        return Result::Statement;
                    }
                }
                break;
            case State::Single:
                if (c == '\'')
                    m_state = State::Normal; // a doubled '' simply re-enters the string
                break;
            case State::Double:
                if (c == '"')
                    m_state = State::Normal;
                break;
            case State::Backtick:
                if (c == '`')
                    m_state = State::Normal;
                break;
            case State::Bracket:
                if (c == ']')
                    m_state = State::Normal;
                break;
            case State::LineComment:
                if (c == '\n')
                    m_state = State::Normal;
                break;
            case State::BlockComment:
                if (c == '*' && !haveAfter && !m_eof)
                    goto needMore;
                if (c == '*' && after == '/')
                    m_state = State::Normal, ++m_scan;
                break;
            }
            ++m_scan;
            if (m_scan - m_start > m_limit)
                return Result::TooLong;
        }
    needMore:
        if (!fill()) {
            if (m_file.error() != QFileDevice::NoError)
                return Result::ReadError;
            if (m_scan < m_buffer.size())
                continue; // the held-back last byte, now that the end is known
            // The end: what is left is a last statement without ';' (or only a comment).
            const QByteArray rest = m_buffer.mid(m_start).trimmed();
            m_start = m_scan = m_buffer.size();
            if (rest.isEmpty())
                return Result::End;
            if (rest.size() > m_limit)
                return Result::TooLong;
            *statement = rest;
            return Result::Statement;
        }
    }
}

} // namespace emu
