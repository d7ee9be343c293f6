// ValueFingerprint: the fingerprint SQL (see header) and running it on a local database.
#include "ValueFingerprint.h"

#include "ExportPlan.h"

#include <sqlite3.h>

namespace d1x {

namespace {
const QString P = QString::number(ValueFingerprint::Prime);

// The bytes of `piece` (a BLOB of at most 2 KB), four at a time, as a polynomial modulo the prime.
QString windowHash(const QString &piece)
{
    QString digits = QStringLiteral("hex(substr(%1, i, 4))").arg(piece);
    // 8 → 80, 9 → 81, A → 82 … F → 87: a prefix code, so each four bytes map to a distinct integer (≤ 16 digits).
    const char *hexDigits = "89ABCDEF";
    for (int d = 0; d < 8; ++d)
        digits = QStringLiteral("replace(%1,'%2','8%3')").arg(digits).arg(QLatin1Char(hexDigits[d])).arg(d);
    return QStringLiteral("(WITH RECURSIVE w(i, h) AS (SELECT 1, 0 UNION ALL SELECT i + 4, (h * 16777619 + "
                          "CAST(%1 AS INTEGER) %% %2) %% %2 FROM w WHERE i <= length(%3)) "
                          "SELECT h FROM w WHERE i > length(%3))")
        .replace(QLatin1String("%%"), QLatin1String("%"))
        .arg(digits, P, piece);
}

// The bytes of a TEXT or BLOB column, window by window (2 KB each, so a window stays in memory and
// long values cost linear time).
QString bytesHash(const QString &column)
{
    const QString bytes = QStringLiteral("CAST(%1 AS BLOB)").arg(column);
    return QStringLiteral("(WITH RECURSIVE v(j, g, p) AS (SELECT 1, 0, NULL UNION ALL SELECT j + 2048, "
                          "(g * 1000003 + coalesce(%1, 0)) %% %2, substr(%3, j, 2048) FROM v "
                          "WHERE j <= length(%3) + 2048) SELECT g FROM v WHERE j > length(%3) + 2048)")
        .replace(QLatin1String("%%"), QLatin1String("%"))
        .arg(windowHash(QStringLiteral("p")), P, bytes);
}
} // namespace

QString ValueFingerprint::valueHash(const QString &c)
{
    // Each branch stays below the prime; every product stays far below 2^63.
    return QStringLiteral("CASE typeof(%1) WHEN 'null' THEN 1 "
                          "WHEN 'integer' THEN ((%1 %% %2 + %2) %% %2 + 2) %% %2 "
                          "WHEN 'real' THEN ((CAST(%1 AS INTEGER) %% %2 + %2) %% %2 * 31 + "
                          "(CAST((%1 - CAST(%1 AS INTEGER)) * 4503599627370496.0 AS INTEGER) %% %2 + %2) %% %2 + "
                          "(%1 = 9e999) * 5 + (%1 = -9e999) * 7 + 3) %% %2 "
                          "WHEN 'text' THEN (length(CAST(%1 AS BLOB)) * 7 + %3 + 5) %% %2 "
                          "ELSE (length(%1) * 7 + %3 + 11) %% %2 END")
        .replace(QLatin1String("%%"), QLatin1String("%"))
        .arg(c, P, bytesHash(c));
}

QStringList ValueFingerprint::statements(const QString &table, const QStringList &columns, bool hasRowid,
                                         const std::optional<RowidRange> &range)
{
    QStringList out;
    QString where;
    if (hasRowid && range)
        where = QStringLiteral(" WHERE _rowid_ BETWEEN %1 AND %2").arg(range->first).arg(range->last);
    const QString rowWeight = hasRowid ? QStringLiteral("((_rowid_ % %1 + %1) % %1 + 1)").arg(P) : QStringLiteral("1");
    const auto statement = [&](const QStringList &terms) {
        const QString row = terms.isEmpty() ? QStringLiteral("0") : terms.join(QLatin1String(" + "));
        return QStringLiteral("SELECT CAST(count(*) AS TEXT) AS n, CAST(coalesce(sum((%1) %% %2 * %3 %% %2), 0) %% %2 AS TEXT) "
                              "AS d FROM %4%5")
            .replace(QLatin1String("%%"), QLatin1String("%"))
            .arg(row, P, rowWeight, ExportPlan::quoteIdentifier(table), where);
    };
    // Columns are packed in order, up to ColumnsPerStatement a statement and as many as fit in
    // MaxStatementBytes (long column names make each term longer).
    QStringList terms;
    const qsizetype frame = statement({}).toUtf8().size();
    qsizetype bytes = frame;
    for (const QString &column : columns) {
        const QString hash = valueHash(ExportPlan::quoteIdentifier(column));
        const qsizetype termBytes = hash.toUtf8().size() + 10; // "NN * (" ") + "
        if (!terms.isEmpty() && (terms.size() == ColumnsPerStatement || bytes + termBytes > MaxStatementBytes)) {
            out << statement(terms);
            terms.clear();
            bytes = frame;
        }
        terms << QStringLiteral("%1 * (%2)").arg(terms.size() + 1).arg(hash);
        bytes += termBytes;
    }
    if (!terms.isEmpty() || out.isEmpty())
        out << statement(terms);
    return out;
}

QStringList ValueFingerprint::computeLocally(sqlite3 *db, const QStringList &statements, QString *error)
{
    QStringList out;
    for (const QString &sql : statements) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK
            || sqlite3_step(stmt) != SQLITE_ROW) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(stmt);
            return {};
        }
        out << fromRawRow({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                           QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)))});
        sqlite3_finalize(stmt);
    }
    return out;
}

QString ValueFingerprint::fromRawRow(const QStringList &row)
{
    if (row.size() != 2 || row.at(0).isEmpty() || row.at(1).isEmpty())
        return {};
    return row.at(0) + QLatin1Char(':') + row.at(1);
}

} // namespace d1x
