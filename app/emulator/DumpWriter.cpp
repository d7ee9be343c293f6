// DumpWriter: D1-format SQL dump of a SQLite file (see header and README.md for the format's rules).
#include "DumpWriter.h"

#include <QFile>
#include <QIODevice>

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>

namespace emu {

namespace {

constexpr qsizetype kFlushBytes = 1024 * 1024;

struct StatementDeleter {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr);
    return Statement(stmt);
}

QByteArray columnBytes(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return QByteArray(text, sqlite3_column_bytes(stmt, column));
}

// "name" with embedded double quotes doubled, as miniflare's escapeId.
QByteArray quoteIdentifier(const QByteArray &name)
{
    QByteArray quoted = name;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

void appendInteger(QByteArray &out, sqlite3_int64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

// Follows ECMAScript Number::toString(10): shortest round-trip digits, positional notation for
// exponents in [-7, 21), exponential ("1e+21", "1.5e-7") outside.
void appendReal(QByteArray &out, double value, bool asJavaScript)
{
    if (value == 0) { // also -0, which JavaScript prints as "0"
        out.append('0');
        return;
    }
    if (std::isinf(value)) {
        // JavaScript prints "Infinity", which is no SQL literal (D1's dumps do not load); 9e999 reads back
        // as infinity.
        if (asJavaScript)
            out.append(value < 0 ? "-Infinity" : "Infinity");
        else
            out.append(value < 0 ? "-9e999" : "9e999");
        return;
    }
    char sci[40];
    const auto result = std::to_chars(sci, sci + sizeof sci, value, std::chars_format::scientific);
    const char *p = sci;
    const char *end = result.ptr;
    if (*p == '-') {
        out.append('-');
        ++p;
    }
    char digits[24];
    int k = 0;
    for (; p < end && *p != 'e'; ++p) {
        if (*p != '.')
            digits[k++] = *p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);
    const int n = exponent + 1; // value = 0.digits * 10^n

    if (k <= n && n <= 21) {
        out.append(digits, k);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits, n);
        out.append('.');
        out.append(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits, k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        appendInteger(out, std::abs(n - 1));
    }
}

// A string literal as miniflare's outputQuotedEscapedString writes it: ' doubled, and CR / LF written
// as the two characters \r / \n inside replace(..., '\r', char(13)) / replace(..., '\n', char(10)).
// That only round-trips if the text does not itself contain a backslash-r (with a CR present) or a
// backslash-n (with an LF present); D1 shares this limitation.
void appendText(QByteArray &out, const char *text, int length)
{
    // Three memchr passes (vectorised in libc) beat one byte-by-byte loop on typical text.
    const bool hasCr = std::memchr(text, '\r', size_t(length)) != nullptr;
    const bool hasLf = std::memchr(text, '\n', size_t(length)) != nullptr;
    const bool hasQuote = std::memchr(text, '\'', size_t(length)) != nullptr;
    if (hasLf)
        out.append("replace(");
    if (hasCr)
        out.append("replace(");
    out.append('\'');
    if (!hasCr && !hasLf && !hasQuote) {
        out.append(text, length);
    } else {
        int start = 0;
        for (int i = 0; i < length; ++i) {
            const char c = text[i];
            if (c != '\'' && c != '\r' && c != '\n')
                continue;
            out.append(text + start, i - start);
            out.append(c == '\'' ? "''" : c == '\r' ? "\\r" : "\\n");
            start = i + 1;
        }
        out.append(text + start, length - start);
    }
    out.append('\'');
    if (hasCr)
        out.append(",'\\r',char(13))");
    if (hasLf)
        out.append(",'\\n',char(10))");
}

void appendBlob(QByteArray &out, const unsigned char *data, int length)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append("X'");
    const qsizetype at = out.size();
    out.resize(at + 2 * qsizetype(length));
    char *dst = out.data() + at;
    for (int i = 0; i < length; ++i) {
        *dst++ = hex[data[i] >> 4];
        *dst++ = hex[data[i] & 0x0f];
    }
    out.append('\'');
}

// Integers that a double holds exactly; D1 passes every number through one.
constexpr sqlite3_int64 kSafeInteger = (sqlite3_int64(1) << 53);

void appendValue(QByteArray &out, sqlite3_stmt *stmt, int column, bool exactNumbers)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: {
        const sqlite3_int64 value = sqlite3_column_int64(stmt, column);
        if (!exactNumbers && (value > kSafeInteger || value < -kSafeInteger))
            appendReal(out, double(value), true); // 2^53+1 → 9007199254740992, as JavaScript prints it
        else
            appendInteger(out, value);
        break;
    }
    case SQLITE_FLOAT:
        appendReal(out, sqlite3_column_double(stmt, column), !exactNumbers);
        break;
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        appendText(out, text, sqlite3_column_bytes(stmt, column));
        break;
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, column));
        appendBlob(out, data, sqlite3_column_bytes(stmt, column));
        break;
    }
    default:
        out.append("NULL");
        break;
    }
}

} // namespace

DumpWriter::DumpWriter()
    : DumpWriter(Options())
{
}

DumpWriter::DumpWriter(Options options)
    : m_options(std::move(options))
{
    for (const QString &table : std::as_const(m_options.tables))
        m_tableFilter.append(table.toUtf8());
}

QByteArray DumpWriter::formatReal(double value, bool asJavaScript)
{
    QByteArray out;
    appendReal(out, value, asJavaScript);
    return out;
}

bool DumpWriter::writeFile(const QString &sqlitePath, const QString &outPath)
{
    QFile file(outPath);
    // Unbuffered: we already hand over 1 MiB blocks, a second buffer would only copy them again.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fail(QStringLiteral("Cannot write %1: %2").arg(outPath, file.errorString()));
    return write(sqlitePath, &file);
}

bool DumpWriter::write(const QString &sqlitePath, QIODevice *out)
{
    m_out = out;
    m_buffer.clear();
    m_buffer.reserve(kFlushBytes + 64 * 1024);
    m_firstStatement = true;
    m_written = 0;
    m_error.clear();

    sqlite3 *db = nullptr;
    // NOMUTEX: the connection lives on one thread only, so SQLite's per-call locking is pure cost.
    const int rc = sqlite3_open_v2(sqlitePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return fail(QStringLiteral("Cannot open %1: %2").arg(sqlitePath, message));
    }
    sqlite3_busy_timeout(db, 5000);
    // One read transaction: the dump is a consistent snapshot even if someone writes meanwhile.
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    bool ok = dump(db) && flush();
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    m_out = nullptr;
    return ok;
}

bool DumpWriter::dump(sqlite3 *db)
{
    // Always first, even for no_data / no_schema: the importer relies on a non-empty dump.
    statement("PRAGMA defer_foreign_keys=TRUE;");

    // Tables in creation order, sqlite_sequence last (the query of SQLite's shell .dump).
    struct Table {
        QByteArray name;
        QByteArray sql;
    };
    QList<Table> tables;
    {
        Statement stmt = prepare(db, "SELECT name, sql FROM sqlite_schema AS o WHERE type == 'table' "
                                     "AND sql NOT NULL ORDER BY tbl_name == 'sqlite_sequence', rowid");
        if (!stmt)
            return sqliteFailed(db, "reading the schema");
        while (sqlite3_step(stmt.get()) == SQLITE_ROW)
            tables.append({columnBytes(stmt.get(), 0), columnBytes(stmt.get(), 1)});
    }

    for (const Table &table : std::as_const(tables)) {
        if (!wanted(table.name))
            continue;
        if (table.name == "sqlite_sequence") {
            if (!m_options.noSchema)
                statement("DELETE FROM sqlite_sequence;");
        } else if (table.name.startsWith("sqlite_stat") && table.name.size() > 11) {
            if (!m_options.noSchema)
                statement("ANALYZE sqlite_schema;");
        } else if (table.sql.startsWith("CREATE VIRTUAL TABLE")) {
            return fail(QStringLiteral("D1 Export error: cannot export databases with Virtual Tables (fts5)"));
        } else if (table.name.startsWith("_cf_") || table.name.startsWith("sqlite_")) {
            continue;
        } else if (!m_options.noSchema) {
            // SQLite stores "CREATE TABLE" normalised; a quoted name gets IF NOT EXISTS (as SQLite's shell).
            if (table.sql.startsWith("CREATE TABLE \"") || table.sql.startsWith("CREATE TABLE '"))
                statement("CREATE TABLE IF NOT EXISTS " + table.sql.mid(13) + ';');
            else
                statement(table.sql + ';');
        }
        if (!m_options.noData && !dumpRows(db, table.name))
            return false;
    }

    if (!m_options.noSchema) {
        Statement stmt = prepare(db, "SELECT name, sql FROM sqlite_schema AS o WHERE sql NOT NULL "
                                     "AND type IN ('index', 'trigger', 'view') "
                                     "ORDER BY type COLLATE NOCASE, rowid");
        if (!stmt)
            return sqliteFailed(db, "reading the schema");
        while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
            if (wanted(columnBytes(stmt.get(), 0)))
                statement(columnBytes(stmt.get(), 1) + ';');
        }
    }
    return true;
}

bool DumpWriter::dumpRows(sqlite3 *db, const QByteArray &table)
{
    // table_info leaves out generated and hidden columns, which cannot be inserted anyway.
    QList<QByteArray> columns;
    {
        Statement info = prepare(db, "PRAGMA table_info=" + quoteIdentifier(table));
        if (!info)
            return sqliteFailed(db, "reading the columns");
        while (sqlite3_step(info.get()) == SQLITE_ROW)
            columns.append(quoteIdentifier(columnBytes(info.get(), 1)));
    }
    const QByteArray columnList = columns.join(',');
    const QByteArray insertPrefix = "INSERT INTO " + quoteIdentifier(table) + " (" + columnList + ") VALUES(";

    Statement rows = prepare(db, "SELECT " + columns.join(", ") + " FROM " + quoteIdentifier(table) + ';');
    if (!rows)
        return sqliteFailed(db, "reading the rows");
    const int count = int(columns.size());
    int rc;
    while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
        if (cancelled())
            return fail(QStringLiteral("Export cancelled"));
        if (!m_firstStatement)
            m_buffer.append('\n');
        m_firstStatement = false;
        m_buffer.append(insertPrefix);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendValue(m_buffer, rows.get(), i, m_options.exactNumbers);
        }
        m_buffer.append(");");
        if (m_buffer.size() >= kFlushBytes && !flush())
            return false;
    }
    if (rc != SQLITE_DONE)
        return sqliteFailed(db, "reading the rows");
    return true;
}

void DumpWriter::statement(const QByteArray &sql)
{
    // Statements are joined by newlines, without one after the last (as miniflare's local export).
    if (!m_firstStatement)
        m_buffer.append('\n');
    m_firstStatement = false;
    m_buffer.append(sql);
}

bool DumpWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (m_out->write(m_buffer) != m_buffer.size())
        return fail(QStringLiteral("Cannot write the dump: %1").arg(m_out->errorString()));
    m_written += m_buffer.size();
    m_buffer.resize(0); // unlike clear(), keeps the allocation for the next block
    if (m_progress)
        m_progress(m_written);
    return true;
}

bool DumpWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool DumpWriter::sqliteFailed(sqlite3 *db, const char *what)
{
    return fail(QStringLiteral("SQLite error while %1: %2")
                    .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

bool DumpWriter::wanted(const QByteArray &name) const
{
    return m_tableFilter.isEmpty() || m_tableFilter.contains(name);
}

} // namespace emu
