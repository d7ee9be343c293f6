// ExportPlan: deciding the D1 table filter, related objects and virtual tables from sqlite_schema.
#include "ExportPlan.h"

#include "DumpInsertLine.h"

#include <QHash>
#include <QSet>
#include <QVariant>

namespace d1x {

namespace {

// SQLite compares identifiers case-insensitively (ASCII only).
QString folded(const QString &name)
{
    return name.toLower();
}

bool isInternal(const QString &name)
{
    // D1's own bookkeeping (_cf_*) never appears in a dump; sqlite_* tables are handled by name below.
    return name.startsWith(QLatin1String("_cf_"), Qt::CaseInsensitive);
}

bool isSqliteTableWithData(const QString &name)
{
    // The dump carries these (DELETE FROM sqlite_sequence / ANALYZE sqlite_schema, then their rows).
    return name.compare(QLatin1String("sqlite_sequence"), Qt::CaseInsensitive) == 0
        || (name.startsWith(QLatin1String("sqlite_stat"), Qt::CaseInsensitive) && name.size() > 11);
}

// Index just past a quoted token starting at `i` (quote char at i), or text.size() if unterminated.
qsizetype skipQuoted(const QString &text, qsizetype i)
{
    const QChar open = text.at(i);
    const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : open;
    for (qsizetype j = i + 1; j < text.size(); ++j) {
        if (text.at(j) == close) {
            if (close != QLatin1Char(']') && j + 1 < text.size() && text.at(j + 1) == close) {
                ++j; // a doubled quote stands for itself
                continue;
            }
            return j + 1;
        }
    }
    return text.size();
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[');
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && isQuote(value.front())) {
        const QChar open = value.front();
        const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : open;
        if (value.back() == close) {
            value = value.mid(1, value.size() - 2);
            if (close != QLatin1Char(']'))
                value.replace(QString(2, close), QString(close));
        }
    }
    return value;
}

// Splits "a, b, content='x,y'" at the commas that are not inside quotes or parentheses.
QStringList splitArguments(const QString &args)
{
    QStringList out;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < args.size();) {
        const QChar c = args.at(i);
        if (isQuote(c)) {
            i = skipQuoted(args, i);
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (c == QLatin1Char(',') && depth == 0) {
            out << args.mid(start, i - start).trimmed();
            start = i + 1;
        }
        ++i;
    }
    const QString last = args.mid(start).trimmed();
    if (!last.isEmpty() || !out.isEmpty())
        out << last;
    return out;
}

} // namespace

QStringList ExportPlan::shadowSuffixes(const QString &module)
{
    const QString m = module.toLower();
    if (m == QLatin1String("fts5"))
        return {QStringLiteral("data"), QStringLiteral("idx"), QStringLiteral("content"), QStringLiteral("docsize"),
                QStringLiteral("config")};
    if (m == QLatin1String("fts3") || m == QLatin1String("fts4"))
        return {QStringLiteral("content"), QStringLiteral("segments"), QStringLiteral("segdir"),
                QStringLiteral("docsize"), QStringLiteral("stat")};
    if (m == QLatin1String("rtree") || m == QLatin1String("rtree_i32") || m == QLatin1String("geopoly"))
        return {QStringLiteral("node"), QStringLiteral("rowid"), QStringLiteral("parent")};
    return {};
}

VirtualTable ExportPlan::parseVirtualTable(const QString &name, const QString &sql)
{
    VirtualTable table;
    table.name = name;
    table.sql = sql;
    // The first top-level USING (a quoted table name may contain the word) is followed by the module.
    qsizetype i = 0;
    qsizetype usingAt = -1;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (isQuote(c)) {
            i = skipQuoted(sql, i);
            continue;
        }
        if (c.isLetter() && (i == 0 || !sql.at(i - 1).isLetterOrNumber())
            && sql.mid(i, 5).compare(QLatin1String("USING"), Qt::CaseInsensitive) == 0
            && (i + 5 >= sql.size() || !sql.at(i + 5).isLetterOrNumber())) {
            usingAt = i;
            break;
        }
        ++i;
    }
    if (usingAt < 0)
        return table;
    qsizetype m = usingAt + 5;
    while (m < sql.size() && sql.at(m).isSpace())
        ++m;
    qsizetype end = m;
    while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == QLatin1Char('_')))
        ++end;
    table.module = sql.mid(m, end - m).toLower();

    const qsizetype open = sql.indexOf(QLatin1Char('('), end);
    const qsizetype close = sql.lastIndexOf(QLatin1Char(')'));
    const QStringList args = open >= 0 && close > open ? splitArguments(sql.mid(open + 1, close - open - 1))
                                                       : QStringList();
    bool hasContentOption = false;
    for (const QString &arg : args) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq < 0 || isQuote(arg.front()))
            continue; // a column, not an option
        if (arg.left(eq).trimmed().compare(QLatin1String("content"), Qt::CaseInsensitive) != 0)
            continue;
        hasContentOption = true;
        table.contentTable = unquote(arg.mid(eq + 1));
    }
    if (!table.isFts())
        table.content = VirtualTable::Content::Other;
    else if (!hasContentOption)
        table.content = VirtualTable::Content::Standalone;
    else if (table.contentTable.isEmpty())
        table.content = VirtualTable::Content::Contentless;
    else
        table.content = VirtualTable::Content::External;
    return table;
}

QString ExportPlan::quoteIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString ExportPlan::sqlValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("NULL");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        // Integers stay exact (Qt keeps 64-bit integers from the JSON text); REALs round-trip.
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return QString::number(v.toLongLong());
        const double d = value.toDouble();
        if (!qIsFinite(d))
            return d > 0 ? QStringLiteral("9e999") : (d < 0 ? QStringLiteral("-9e999") : QStringLiteral("NULL"));
        QString text = QString::number(d, 'g', 17);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
            text += QLatin1String(".0"); // stays a REAL
        return text;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        QString out;
        out.reserve(text.size() + 2);
        out += QLatin1Char('\'');
        bool open = true;
        for (const QChar c : text) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                out += open ? QLatin1String("'||") : QLatin1String("||");
                out += c == QLatin1Char('\n') ? QLatin1String("char(10)") : QLatin1String("char(13)");
                open = false;
                continue;
            }
            if (!open) {
                out += QLatin1String("||'");
                open = true;
            }
            if (c == QLatin1Char('\''))
                out += QLatin1Char('\'');
            out += c;
        }
        if (open)
            out += QLatin1Char('\'');
        return out;
    }
    case QJsonValue::Array: {
        const QJsonArray bytes = value.toArray();
        QByteArray raw;
        raw.reserve(bytes.size());
        for (const QJsonValue &b : bytes)
            raw.append(char(b.toInt()));
        return QLatin1String("X'") + QString::fromLatin1(raw.toHex()) + QLatin1Char('\'');
    }
    case QJsonValue::Object:
        break;
    }
    return QStringLiteral("NULL");
}

QString ExportPlan::insertStatement(const QString &table, const QJsonArray &columns, const QJsonArray &row,
                                    bool skipFirstColumn, bool quotedValues)
{
    QStringList names;
    QStringList values;
    for (qsizetype i = skipFirstColumn ? 1 : 0; i < columns.size(); ++i) {
        const QString name = columns.at(i).toString();
        // A quoted "rowid" would name a column; bare, it is the row id even where no column has that name.
        names << (i == 0 && name.compare(QLatin1String("rowid"), Qt::CaseInsensitive) == 0 ? name
                                                                                            : quoteIdentifier(name));
        values << (quotedValues ? QString::fromUtf8(DumpInsertLine::literalFromQuoted(row.at(i).toString().toUtf8()))
                                : sqlValue(row.at(i)));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES(%3);")
        .arg(quoteIdentifier(table), names.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
}

QString ExportPlan::rebuildStatement(const QString &table)
{
    const QString q = quoteIdentifier(table);
    return QStringLiteral("INSERT INTO %1(%1) VALUES('rebuild');").arg(q);
}

ExportPlan ExportPlan::make(const QList<TableInfo> &objects, const ExportOptions &options, bool includeRelatedObjects)
{
    ExportPlan plan;

    // Virtual tables first: their shadow tables look like ordinary tables in sqlite_schema.
    QHash<QString, VirtualTable> virtualByName;
    QSet<QString> shadow;
    QSet<QString> present;
    for (const TableInfo &o : objects) {
        present.insert(folded(o.name));
        if (o.isTable() && o.isVirtual() && !isInternal(o.name))
            virtualByName.insert(folded(o.name), parseVirtualTable(o.name, o.sql));
    }
    for (const VirtualTable &v : std::as_const(virtualByName))
        for (const QString &suffix : shadowSuffixes(v.module))
            shadow.insert(folded(v.name + QLatin1Char('_') + suffix));
    auto isShadow = [&](const TableInfo &o) { return o.isTable() && shadow.contains(folded(o.name)); };
    auto isOrdinaryTable = [&](const TableInfo &o) {
        return o.isTable() && !o.isVirtual() && !isShadow(o) && !isInternal(o.name) && !o.sql.isEmpty()
            && (!o.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive) || isSqliteTableWithData(o.name));
    };
    auto countable = [](const TableInfo &o) { return !o.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive); };
    for (const TableInfo &o : objects)
        if (isShadow(o))
            plan.shadowTables << o.name;

    QSet<QString> tablesOfVirtual; // objects built on a virtual or shadow table (none in practice: refused by SQLite)
    for (const QString &s : std::as_const(shadow))
        tablesOfVirtual.insert(s);
    for (auto it = virtualByName.cbegin(); it != virtualByName.cend(); ++it)
        tablesOfVirtual.insert(it.key());

    if (options.tables.isEmpty()) {
        for (const TableInfo &o : objects) {
            if (o.isTable() && o.isVirtual() && !isInternal(o.name))
                plan.virtualTables << virtualByName.value(folded(o.name));
            if ((isOrdinaryTable(o) && countable(o)) || (o.isTable() && o.isVirtual() && !isInternal(o.name)))
                plan.countedTables << o.name;
        }
        if (plan.virtualTables.isEmpty())
            return plan; // D1 exports everything itself
        // "Everything" must be spelled out, leaving the virtual and shadow tables off the list.
        for (const TableInfo &o : objects) {
            if (isOrdinaryTable(o))
                plan.d1Tables << o.name;
            else if (!o.isTable() && !o.sql.isEmpty() && !isInternal(o.name)
                     && !tablesOfVirtual.contains(folded(o.tableName)))
                plan.d1Tables << o.name; // indexes, triggers, views
        }
        return plan;
    }

    QSet<QString> chosen;
    for (const QString &name : options.tables) {
        const QString key = folded(name);
        if (chosen.contains(key))
            continue;
        chosen.insert(key);
        if (virtualByName.contains(key))
            continue; // added below, in creation order
        if (shadow.contains(key))
            continue; // recreated by its CREATE VIRTUAL TABLE, or meaningless without it
        plan.d1Tables << name;
        if (!present.contains(key))
            plan.unknownNames << name;
    }
    for (const TableInfo &o : objects) {
        if (!chosen.contains(folded(o.name)))
            continue;
        if (o.isTable() && o.isVirtual() && !isInternal(o.name)) {
            plan.virtualTables << virtualByName.value(folded(o.name));
            plan.countedTables << o.name;
        } else if (isOrdinaryTable(o) && countable(o)) {
            plan.countedTables << o.name;
        }
    }
    if (includeRelatedObjects) {
        for (const TableInfo &o : objects) {
            const bool belongs = o.type == QLatin1String("index") || o.type == QLatin1String("trigger");
            if (belongs && !o.sql.isEmpty() && chosen.contains(folded(o.tableName)) && !chosen.contains(folded(o.name))
                && !tablesOfVirtual.contains(folded(o.tableName))) {
                plan.d1Tables << o.name;
                plan.addedRelated << o.name;
                chosen.insert(folded(o.name));
            }
        }
    }
    QStringList exported = plan.d1Tables;
    for (const VirtualTable &v : std::as_const(plan.virtualTables))
        exported << v.name;
    plan.missingDependencies = ExportDependencies::find(objects, exported);
    return plan;
}

} // namespace d1x
