// ExportDependencies: tables a filtered dump's triggers, views and foreign keys need but leave out.
#include "ExportDependencies.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportDependencies)
};

struct Token {
    QString text;
    bool keyword = false; // bare, and an SQL keyword (VALUES, SELECT…): not a name
};

// The words of an SQL text (bare or quoted, unquoted here), strings and comments left out.
QList<Token> identifiers(const QString &sql)
{
    QList<Token> out;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            QString text;
            qsizetype j = i + 1;
            for (; j < n; ++j) {
                if (sql.at(j) == close) {
                    if (close != QLatin1Char(']') && j + 1 < n && sql.at(j + 1) == close) {
                        text += close;
                        ++j;
                        continue;
                    }
                    break;
                }
                text += sql.at(j);
            }
            if (c != QLatin1Char('\'')) // a string literal is a value, not a name
                out.append({text, false});
            i = j + 1;
        } else if (c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80) {
            qsizetype j = i;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_') || sql.at(j) == QLatin1Char('$')
                             || sql.at(j).unicode() >= 0x80))
                ++j;
            const QByteArray word = sql.mid(i, j - i).toUtf8();
            // Bare, a keyword is the keyword (VALUES, SELECT…): a table of that name must be quoted.
            out.append({sql.mid(i, j - i), sqlite3_keyword_check(word.constData(), int(word.size())) != 0});
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}
} // namespace

QList<MissingDependency> ExportDependencies::find(const QList<TableInfo> &objects, const QStringList &exported)
{
    QSet<QString> chosen;
    for (const QString &name : exported)
        chosen.insert(name.toLower());
    QSet<QString> tables; // every table that could be missing (not sqlite_*, not D1's _cf_*)
    for (const TableInfo &o : objects)
        if (o.isTable() && !o.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive)
            && !o.name.startsWith(QLatin1String("_cf_"), Qt::CaseInsensitive))
            tables.insert(o.name.toLower());
    QHash<QString, QString> spelled; // lower case → as in the schema
    for (const TableInfo &o : objects)
        spelled.insert(o.name.toLower(), o.name);

    QList<MissingDependency> out;
    QSet<QString> seen; // object + table
    for (const TableInfo &o : objects) {
        if (!chosen.contains(o.name.toLower()) || o.sql.isEmpty())
            continue;
        MissingDependency::Kind kind;
        if (o.type == QLatin1String("trigger"))
            kind = MissingDependency::Kind::Trigger;
        else if (o.type == QLatin1String("view"))
            kind = MissingDependency::Kind::View;
        else if (o.isTable() && !o.isVirtual())
            kind = MissingDependency::Kind::ForeignKey;
        else
            continue;
        const QList<Token> names = identifiers(o.sql);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).keyword)
                continue;
            if (kind == MissingDependency::Kind::ForeignKey
                && (i == 0 || names.at(i - 1).text.compare(QLatin1String("REFERENCES"), Qt::CaseInsensitive) != 0))
                continue;
            const QString key = names.at(i).text.toLower();
            if (!tables.contains(key) || chosen.contains(key) || key == o.name.toLower())
                continue;
            const QString pair = o.name.toLower() + QLatin1Char('\n') + key;
            if (seen.contains(pair))
                continue;
            seen.insert(pair);
            out.append({kind, o.name, spelled.value(key)});
        }
    }
    return out;
}

QStringList ExportDependencies::tables(const QList<MissingDependency> &missing)
{
    QStringList out;
    for (const MissingDependency &m : missing)
        if (!out.contains(m.table))
            out << m.table;
    return out;
}

QString ExportDependencies::describe(const QList<MissingDependency> &missing)
{
    QStringList parts;
    for (const MissingDependency &m : missing) {
        switch (m.kind) {
        case MissingDependency::Kind::Trigger:
            parts << Tr::tr("the trigger %1 uses %2").arg(m.object, m.table);
            break;
        case MissingDependency::Kind::View:
            parts << Tr::tr("the view %1 reads %2").arg(m.object, m.table);
            break;
        case MissingDependency::Kind::ForeignKey:
            parts << Tr::tr("the table %1 has a foreign key to %2").arg(m.object, m.table);
            break;
        }
    }
    return Tr::tr("Not exported but needed: %1. Without them the dump loads, but fails on first use.")
        .arg(parts.join(QLatin1String("; ")));
}

} // namespace d1x
