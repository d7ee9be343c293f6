// TomlReader: a small recursive-descent TOML parser producing JSON values.
#include "TomlReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace d1x {

namespace {

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    QJsonObject document(QString *error)
    {
        QStringList current; // the table that keys go into
        bool ok = true;
        while (ok) {
            skipBlankLines();
            if (atEnd())
                break;
            if (peek() == QLatin1Char('[')) {
                const bool arrayOfTables = peek(1) == QLatin1Char('[');
                m_pos += arrayOfTables ? 2 : 1;
                skipSpaces();
                std::optional<QStringList> path = key();
                skipSpaces();
                if (!path || !expect(QLatin1Char(']')) || (arrayOfTables && !expect(QLatin1Char(']')))) {
                    ok = fail(tr("a table header is not closed with ]"));
                    break;
                }
                current = *path;
                ok = arrayOfTables ? appendTable(current) : openTable(current);
            } else {
                ok = keyValue(current);
            }
            if (ok)
                ok = endOfLine();
        }
        if (!ok) {
            if (error)
                *error = tr("line %1: %2").arg(line()).arg(m_error);
            return {};
        }
        return m_root;
    }

private:
    static QString tr(const char *text) { return QCoreApplication::translate("d1x::TomlReader", text); }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    int line() const { return int(m_text.left(m_pos).count(QLatin1Char('\n'))) + 1; }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool expect(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpaces()
    {
        while (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t'))
            ++m_pos;
    }
    void skipComment()
    {
        if (peek() == QLatin1Char('#'))
            while (!atEnd() && peek() != QLatin1Char('\n'))
                ++m_pos;
    }
    void skipBlankLines()
    {
        for (;;) {
            skipSpaces();
            skipComment();
            if (peek() == QLatin1Char('\r') || peek() == QLatin1Char('\n'))
                ++m_pos;
            else
                return;
        }
    }
    // Inside arrays: spaces, comments and line breaks.
    void skipWhitespace() { skipBlankLines(); }
    bool endOfLine()
    {
        skipSpaces();
        skipComment();
        if (peek() == QLatin1Char('\r'))
            ++m_pos;
        if (atEnd() || peek() == QLatin1Char('\n'))
            return true;
        return fail(tr("unexpected text after a value"));
    }

    std::optional<QString> simpleKey()
    {
        if (peek() == QLatin1Char('"') || peek() == QLatin1Char('\''))
            return string();
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_') || peek() == QLatin1Char('-')))
            ++m_pos;
        if (m_pos == start) {
            fail(tr("a key was expected"));
            return std::nullopt;
        }
        return m_text.mid(start, m_pos - start);
    }
    std::optional<QStringList> key()
    {
        QStringList parts;
        for (;;) {
            skipSpaces();
            std::optional<QString> part = simpleKey();
            if (!part)
                return std::nullopt;
            parts << *part;
            skipSpaces();
            if (peek() != QLatin1Char('.'))
                return parts;
            ++m_pos;
        }
    }

    // JSON values are immutable trees in Qt: edits rebuild the path from the root.
    static bool setAt(QJsonObject &object, const QStringList &path, qsizetype index, const QJsonValue &value,
                      bool appendToArray, bool mustBeNew, QString *why)
    {
        const QString &name = path.at(index);
        if (index + 1 == path.size()) {
            if (appendToArray) {
                QJsonValue existing = object.value(name);
                if (!existing.isUndefined() && !existing.isArray()) {
                    *why = tr("%1 is defined twice").arg(name);
                    return false;
                }
                QJsonArray array = existing.toArray();
                array.append(value);
                object.insert(name, array);
                return true;
            }
            if (object.contains(name) && (mustBeNew || !object.value(name).isObject() || !value.isObject())) {
                *why = tr("%1 is defined twice").arg(name);
                return false;
            }
            if (!object.contains(name))
                object.insert(name, value);
            return true;
        }
        QJsonValue child = object.value(name);
        if (child.isArray()) {
            // [[a]] followed by [a.b] or a.b = …: the last table of the array.
            QJsonArray array = child.toArray();
            if (array.isEmpty() || !array.last().isObject()) {
                *why = tr("%1 is not a table").arg(name);
                return false;
            }
            QJsonObject last = array.last().toObject();
            if (!setAt(last, path, index + 1, value, appendToArray, mustBeNew, why))
                return false;
            array.replace(array.size() - 1, last);
            object.insert(name, array);
            return true;
        }
        if (!child.isUndefined() && !child.isObject()) {
            *why = tr("%1 is not a table").arg(name);
            return false;
        }
        QJsonObject inner = child.toObject();
        if (!setAt(inner, path, index + 1, value, appendToArray, mustBeNew, why))
            return false;
        object.insert(name, inner);
        return true;
    }

    bool openTable(const QStringList &path)
    {
        QString why;
        return setAt(m_root, path, 0, QJsonObject(), false, false, &why) || fail(why);
    }
    bool appendTable(const QStringList &path)
    {
        QString why;
        return setAt(m_root, path, 0, QJsonObject(), true, false, &why) || fail(why);
    }

    bool keyValue(const QStringList &table)
    {
        std::optional<QStringList> path = key();
        if (!path)
            return false;
        skipSpaces();
        if (!expect(QLatin1Char('=')))
            return fail(tr("= was expected after the key %1").arg(path->join(QLatin1Char('.'))));
        skipSpaces();
        std::optional<QJsonValue> v = value();
        if (!v)
            return false;
        QString why;
        return setAt(m_root, table + *path, 0, *v, false, true, &why) || fail(why);
    }

    std::optional<QJsonValue> value()
    {
        const QChar c = peek();
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            std::optional<QString> s = string();
            if (!s)
                return std::nullopt;
            return QJsonValue(*s);
        }
        if (c == QLatin1Char('['))
            return array();
        if (c == QLatin1Char('{'))
            return inlineTable();
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar d = peek();
            if (d == QLatin1Char(',') || d == QLatin1Char(']') || d == QLatin1Char('}') || d == QLatin1Char('#')
                || d == QLatin1Char('\n') || d == QLatin1Char('\r'))
                break;
            ++m_pos;
        }
        const QString word = m_text.mid(start, m_pos - start).trimmed();
        if (word == QLatin1String("true"))
            return QJsonValue(true);
        if (word == QLatin1String("false"))
            return QJsonValue(false);
        QString digits = word;
        digits.remove(QLatin1Char('_'));
        bool ok = false;
        const qlonglong integer = digits.toLongLong(&ok, 0);
        if (ok)
            return QJsonValue(integer);
        const double real = digits.toDouble(&ok);
        if (ok)
            return QJsonValue(real);
        static const QRegularExpression dateTime(QStringLiteral(
            "^(\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?"
            "|\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)$"));
        if (dateTime.match(word).hasMatch())
            return QJsonValue(word); // a date or time: kept as text
        fail(tr("a value was expected"));
        return std::nullopt;
    }

    std::optional<QString> string()
    {
        const QChar quote = peek();
        const bool literal = quote == QLatin1Char('\'');
        const bool multiLine = peek(1) == quote && peek(2) == quote;
        m_pos += multiLine ? 3 : 1;
        if (multiLine && peek() == QLatin1Char('\n'))
            ++m_pos; // a line break right after the opening quotes is not part of the text
        else if (multiLine && peek() == QLatin1Char('\r') && peek(1) == QLatin1Char('\n'))
            m_pos += 2;
        QString out;
        for (;;) {
            if (atEnd()) {
                fail(tr("a string is not closed"));
                return std::nullopt;
            }
            const QChar c = peek();
            if (c == quote && (!multiLine || (peek(1) == quote && peek(2) == quote))) {
                m_pos += multiLine ? 3 : 1;
                return out;
            }
            if (!multiLine && c == QLatin1Char('\n')) {
                fail(tr("a string is not closed"));
                return std::nullopt;
            }
            ++m_pos;
            if (literal || c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            const QChar e = peek();
            ++m_pos;
            switch (e.unicode()) {
            case 'n': out += QLatin1Char('\n'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 'b': out += QLatin1Char('\b'); break;
            case 'f': out += QLatin1Char('\f'); break;
            case '"': out += QLatin1Char('"'); break;
            case '\\': out += QLatin1Char('\\'); break;
            case 'u':
            case 'U': {
                const int length = e == QLatin1Char('u') ? 4 : 8;
                bool ok = false;
                const uint code = m_text.mid(m_pos, length).toUInt(&ok, 16);
                if (!ok) {
                    fail(tr("a \\u escape needs hexadecimal digits"));
                    return std::nullopt;
                }
                m_pos += length;
                const char32_t c32 = char32_t(code);
                out += QString::fromUcs4(&c32, 1);
                break;
            }
            default:
                if (multiLine && (e == QLatin1Char('\n') || e == QLatin1Char(' ') || e == QLatin1Char('\r'))) {
                    // A line-ending backslash joins the lines, dropping the whitespace that follows.
                    while (!atEnd() && peek().isSpace())
                        ++m_pos;
                    break;
                }
                fail(tr("unknown escape \\%1 in a string").arg(e));
                return std::nullopt;
            }
        }
    }

    std::optional<QJsonValue> array()
    {
        ++m_pos; // [
        QJsonArray out;
        for (;;) {
            skipWhitespace();
            if (expect(QLatin1Char(']')))
                return QJsonValue(out);
            std::optional<QJsonValue> v = value();
            if (!v)
                return std::nullopt;
            out.append(*v);
            skipWhitespace();
            if (expect(QLatin1Char(',')))
                continue;
            if (expect(QLatin1Char(']')))
                return QJsonValue(out);
            fail(tr("an array is not closed with ]"));
            return std::nullopt;
        }
    }

    std::optional<QJsonValue> inlineTable()
    {
        ++m_pos; // {
        QJsonObject out;
        skipSpaces();
        if (expect(QLatin1Char('}')))
            return QJsonValue(out);
        for (;;) {
            skipWhitespace();
            std::optional<QStringList> path = key();
            if (!path)
                return std::nullopt;
            skipSpaces();
            if (!expect(QLatin1Char('='))) {
                fail(tr("= was expected after the key %1").arg(path->join(QLatin1Char('.'))));
                return std::nullopt;
            }
            skipSpaces();
            std::optional<QJsonValue> v = value();
            if (!v)
                return std::nullopt;
            QString why;
            if (!setAt(out, *path, 0, *v, false, true, &why)) {
                fail(why);
                return std::nullopt;
            }
            skipWhitespace();
            if (expect(QLatin1Char(',')))
                continue;
            if (expect(QLatin1Char('}')))
                return QJsonValue(out);
            fail(tr("an inline table is not closed with }"));
            return std::nullopt;
        }
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QJsonObject m_root;
    QString m_error;
};

} // namespace

QJsonObject TomlReader::parse(const QString &text, QString *error)
{
    Parser parser(text);
    return parser.document(error);
}

} // namespace d1x
