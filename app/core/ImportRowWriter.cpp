// ImportRowWriter: rows of any length as statements D1 accepts (see header).
#include "ImportRowWriter.h"

#include "ExportPlan.h"
#include "ImportOutput.h"

#include <QCoreApplication>

#include <algorithm>
#include <sqlite3.h>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportTransform)
};
// What a piece statement adds around its literal: UPDATE "…" SET v = v || <piece> WHERE n = <slot>;
constexpr qsizetype PieceOverhead = 64;
// An upper bound for a number's or NULL's literal (-1.2345678901234567e-308, -9223372036854775808).
constexpr qsizetype NumberBound = 32;
} // namespace

ImportRowWriter::ImportRowWriter(ImportOutput &out, qint64 statementLimit)
    : m_out(out)
    , m_limit(statementLimit)
{
    setScratchTable(QStringLiteral("d1x_import_pieces"));
}

void ImportRowWriter::setScratchTable(const QString &name)
{
    m_scratch = ExportPlan::quoteIdentifier(name).toUtf8();
}

bool ImportRowWriter::put(const QByteArray &sql)
{
    m_peak = qMax(m_peak, sql.size());
    if (!m_out.statement(sql)) {
        m_error = m_out.errorString();
        return false;
    }
    return true;
}

bool ImportRowWriter::write(const QByteArray &prefix, sqlite3_stmt *stmt, bool *split)
{
    *split = false;
    const int count = sqlite3_column_count(stmt);
    m_values.resize(count);
    qsizetype estimate = prefix.size() + 2 + qMax(0, count - 1);
    for (int i = 0; i < count; ++i) {
        Value &v = m_values[i];
        v = Value();
        v.type = sqlite3_column_type(stmt, i);
        if (v.type == SQLITE_TEXT || v.type == SQLITE_BLOB) {
            // text before bytes, as SQLite asks (the conversion, if any, happens in the first call)
            v.data = v.type == SQLITE_TEXT ? reinterpret_cast<const char *>(sqlite3_column_text(stmt, i))
                                           : static_cast<const char *>(sqlite3_column_blob(stmt, i));
            v.size = sqlite3_column_bytes(stmt, i);
            v.kind = SqlLiteral::kindOf(v.type, v.data, v.size);
            v.length = SqlLiteral::length(v.kind, v.data, v.size);
        } else {
            v.length = NumberBound;
        }
        estimate += v.length;
    }
    auto build = [&] {
        m_sql.resize(0);
        m_sql.append(prefix);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                m_sql.append(',');
            const Value &v = m_values.at(i);
            if (v.slot > 0) {
                const QByteArray read = "(SELECT v FROM " + m_scratch + " WHERE n = " + QByteArray::number(v.slot) + ')';
                m_sql.append(v.kind == SqlLiteral::Kind::Blob ? "CAST(" + read + " AS BLOB)" : read);
            } else if (v.type == SQLITE_TEXT || v.type == SQLITE_BLOB) {
                SqlLiteral::appendPiece(m_sql, v.kind, v.data, v.size);
            } else {
                SqlLiteral::append(m_sql, stmt, i);
            }
        }
        m_sql.append(");");
        return put(m_sql);
    };
    if (estimate <= m_limit)
        return build();

    // Exact lengths of the numbers too: a row at the limit's edge stays one statement when it fits.
    qsizetype total = prefix.size() + 2 + qMax(0, count - 1);
    for (int i = 0; i < count; ++i) {
        Value &v = m_values[i];
        if (v.type != SQLITE_TEXT && v.type != SQLITE_BLOB) {
            m_number.resize(0);
            SqlLiteral::append(m_number, stmt, i);
            v.length = m_number.size();
        }
        total += v.length;
    }
    if (total <= m_limit)
        return build();

    // The longest values go to the scratch table until the row's own INSERT fits.
    QList<int> order;
    for (int i = 0; i < count; ++i)
        if (m_values.at(i).type == SQLITE_TEXT || m_values.at(i).type == SQLITE_BLOB)
            order << i;
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_values.at(a).length > m_values.at(b).length; });
    int slotsUsed = 0;
    for (int i : std::as_const(order)) {
        if (total <= m_limit)
            break;
        Value &v = m_values[i];
        v.slot = ++slotsUsed;
        total -= v.length;
        total += m_scratch.size() + 48; // CAST((SELECT v FROM … WHERE n = k) AS BLOB)
    }
    if (total > m_limit) {
        m_error = Tr::tr("a row has too many columns to be written in statements of at most %1 bytes").arg(m_limit);
        return false;
    }
    *split = true;
    if (!m_scratchMade) {
        if (!put("CREATE TABLE " + m_scratch + " (n INTEGER PRIMARY KEY, v);"))
            return false;
        m_scratchMade = true;
    }
    for (const Value &v : std::as_const(m_values))
        if (v.slot > 0 && !stage(v))
            return false;
    return build() && put("DELETE FROM " + m_scratch + ';');
}

bool ImportRowWriter::stage(const Value &value)
{
    const qsizetype budget = m_limit - PieceOverhead - m_scratch.size();
    const QByteArray slot = QByteArray::number(value.slot);
    qsizetype at = 0;
    bool first = true;
    while (first || at < value.size) {
        const qsizetype n = SqlLiteral::pieceSize(value.kind, value.data + at, value.size - at, budget);
        m_sql.resize(0);
        if (first)
            m_sql.append("INSERT INTO " + m_scratch + " (n, v) VALUES(" + slot + ", ");
        else
            m_sql.append("UPDATE " + m_scratch + " SET v = v || ");
        SqlLiteral::appendPiece(m_sql, value.kind, value.data + at, n);
        m_sql.append(first ? QByteArray(");") : " WHERE n = " + slot + ';');
        if (!put(m_sql))
            return false;
        if (n == 0 && !first) { // cannot happen with a sane limit; never loop for ever
            m_error = Tr::tr("a value could not be cut into pieces of at most %1 bytes").arg(budget);
            return false;
        }
        at += n;
        first = false;
    }
    return true;
}

bool ImportRowWriter::finish()
{
    if (!m_scratchMade)
        return true;
    m_scratchMade = false;
    return put("DROP TABLE " + m_scratch + ';');
}

} // namespace d1x
