// libFuzzer target for what reads a download and the disk: the Content-Range and Retry-After
// headers, the dump checker's statement splitter (DumpStatements, with sqlite3_complete as the
// checker uses it), the virtual-table parser and the statements the exporter writes into a dump
// for a virtual table's rows (ExportPlan). Built like fuzz_parsers; see tests/fuzz/README.md.
#include "ContentRange.h"
#include "DumpStatements.h"
#include "ExportPlan.h"
#include "RetryAfter.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <sqlite3.h>

namespace {
// The checker's way: a statement ends at a line ending in ';' that sqlite3_complete() agrees ends one.
void splitLikeTheChecker(const QByteArray &bytes)
{
    QByteArray buffer = bytes;
    buffer.append('\0');
    const char *base = buffer.constData();
    const qsizetype size = bytes.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (base[i] != '\n')
            continue;
        qsizetype last = i;
        while (last > start && d1x::DumpStatements::isSpace(base[last - 1]))
            --last;
        if (last == start || base[last - 1] != ';') {
            if (last == start)
                start = i + 1;
            continue;
        }
        const QByteArray statement(base + start, last - start);
        if (!sqlite3_complete(statement.constData()))
            continue;
        const char *p = d1x::DumpStatements::skipSpaceAndComments(base + start, base + last);
        if (p < base + start || p > base + last)
            __builtin_trap(); // out of the statement's bounds
        (void)d1x::DumpStatements::isTransactionControl(p, base + last);
        (void)d1x::DumpStatements::insertTable(p, base + last);
        start = i + 1;
    }
    if (start < size) {
        const char *p = d1x::DumpStatements::skipSpaceAndComments(base + start, base + size);
        if (p < base + start || p > base + size)
            __builtin_trap();
        (void)d1x::DumpStatements::insertTable(p, base + size);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto range = d1x::ContentRange::parse(bytes)) {
        if (range->first < 0 || range->last < range->first || (range->total >= 0 && range->last >= range->total))
            __builtin_trap(); // a range the downloader would trust must be consistent
        (void)range->length();
    }

    static const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);
    if (d1x::RetryAfter::parse(bytes, now) < -1)
        __builtin_trap(); // -1 (unreadable) or a wait of 0 or more seconds

    splitLikeTheChecker(bytes);

    const QString text = QString::fromUtf8(bytes);
    const qsizetype cut = text.indexOf(QLatin1Char('\n'));
    const QString name = cut < 0 ? text : text.left(cut);
    const d1x::VirtualTable table = d1x::ExportPlan::parseVirtualTable(name, text.mid(cut + 1));
    (void)d1x::ExportPlan::shadowSuffixes(table.module);
    (void)d1x::ExportPlan::rebuildStatement(name);

    // A /query answer's columns and one row, as the exporter turns them into an INSERT.
    const QJsonArray parts = QJsonDocument::fromJson(bytes).array();
    if (parts.size() >= 2) {
        const QJsonArray columns = parts.at(0).toArray();
        const QJsonArray row = parts.at(1).toArray();
        const QString insert = d1x::ExportPlan::insertStatement(name, columns, row, parts.size() > 2);
        (void)insert;
        for (const QJsonValue &value : row)
            (void)d1x::ExportPlan::sqlValue(value);
    }
    return 0;
}
