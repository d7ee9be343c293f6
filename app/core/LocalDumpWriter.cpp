// LocalDumpWriter: miniflare's dump order and quoting, read from the local SQLite file directly.
#include "LocalDumpWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUrl>

#include <sqlite3.h>

#include <cmath>

namespace d1x {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("d1x::LocalDumpWriter", text);
}

QByteArray escapeId(const QByteArray &name)
{
    QByteArray quoted = name;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray textColumn(sqlite3_stmt *stmt, int column)
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                      sqlite3_column_bytes(stmt, column));
}

// The stand-in for CR or LF inside replace(): `usual` (backslash-r / backslash-n, as miniflare writes)
// unless the text holds it already; then one it does not hold, as SQLite's own .dump chooses. A
// backslash followed by characters that are not backslashes cannot be formed across the edge of a
// stand-in, so absent from the text means absent from the literal.
QByteArray standIn(QByteArrayView text, const char *usual, const char *octal)
{
    if (!text.contains(QByteArrayView(usual)))
        return usual;
    if (!text.contains(QByteArrayView(octal)))
        return octal;
    for (int n = 1;; ++n) {
        QByteArray candidate = QByteArray(usual) + QByteArray::number(n);
        if (!text.contains(candidate))
            return candidate;
    }
}

// As miniflare's outputQuotedEscapedString: ' doubled; CR and LF written as \r and \n inside
// replace(…, '\r', char(13)) and replace(…, '\n', char(10)). miniflare writes \n also when the text
// holds a backslash-n of its own, which the replace() then turns into a line break as well: here the
// stand-in is one the text does not hold.
void appendText(QByteArray &out, const char *text, qsizetype length)
{
    const QByteArrayView value(text, length);
    const bool cr = value.contains('\r');
    const bool lf = value.contains('\n');
    const QByteArray crText = cr ? standIn(value, "\\r", "\\015") : QByteArray();
    const QByteArray lfText = lf ? standIn(value, "\\n", "\\012") : QByteArray();
    if (lf)
        out.append("replace(");
    if (cr)
        out.append("replace(");
    out.append('\'');
    for (qsizetype i = 0; i < length; ++i) {
        switch (text[i]) {
        case '\'':
            out.append("''");
            break;
        case '\n':
            out.append(lfText);
            break;
        case '\r':
            out.append(crText);
            break;
        default:
            out.append(text[i]);
        }
    }
    out.append('\'');
    if (cr)
        out.append(",'" + crText + "',char(13))");
    if (lf)
        out.append(",'" + lfText + "',char(10))");
}

// A column where a REAL written as "2" would come back as the INTEGER 2: BLOB affinity (no declared
// type) and a STRICT table's ANY. REAL affinity turns "2" back into 2.0; INTEGER and NUMERIC affinity
// never store an integral REAL in the first place.
bool needsRealMarker(const QByteArray &declaredType)
{
    const QByteArray type = declaredType.toUpper();
    if (type == "ANY")
        return true;
    return !type.contains("INT") && !type.contains("CHAR") && !type.contains("CLOB") && !type.contains("TEXT")
        && !type.contains("REAL") && !type.contains("FLOA") && !type.contains("DOUB")
        && (type.isEmpty() || type.contains("BLOB"));
}
} // namespace

LocalDumpWriter::LocalDumpWriter() = default;

LocalDumpWriter::~LocalDumpWriter()
{
    close();
}

void LocalDumpWriter::close()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    if (m_db) {
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr); // ends the read transaction
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

bool LocalDumpWriter::fail(const QString &what)
{
    m_error = m_db ? tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))) : what;
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    return false;
}

bool LocalDumpWriter::open(const QString &path)
{
    close();
    // mode=ro: never writes, never checkpoints or removes the -wal file of a running wrangler dev; a
    // reader still sees what the writer committed into the WAL (immutable=1 would not).
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?mode=ro";
    const int rc = sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        m_error = tr("%1 cannot be opened: %2")
                      .arg(path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_exec(m_db, "PRAGMA query_only=1", nullptr, nullptr, nullptr);
    // The snapshot starts with the first read inside the transaction.
    if (sqlite3_exec(m_db, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("%1 cannot be read").arg(path));
    return true;
}

QList<TableInfo> LocalDumpWriter::schema()
{
    QList<TableInfo> out;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, type, tbl_name, sql FROM sqlite_schema ORDER BY rowid", -1, &stmt,
                           nullptr)
        != SQLITE_OK)
        return out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        TableInfo t;
        t.name = QString::fromUtf8(textColumn(stmt, 0));
        t.type = QString::fromUtf8(textColumn(stmt, 1));
        t.tableName = QString::fromUtf8(textColumn(stmt, 2));
        t.sql = QString::fromUtf8(textColumn(stmt, 3));
        out << t;
    }
    sqlite3_finalize(stmt);
    return out;
}

void LocalDumpWriter::start(const Options &options)
{
    m_options = options;
    m_phase = Phase::Tables;
    m_first = true;
    m_tableIndex = -1;
    m_virtualIndex = -1;
    m_virtualRowCounts.clear();
    m_tables.clear();
}

bool LocalDumpWriter::wanted(const QString &name) const
{
    if (m_options.skipMainPass)
        return false;
    return m_options.tables.isEmpty() || m_options.tables.contains(name);
}

void LocalDumpWriter::statement(QByteArray &out, const QByteArray &sql)
{
    if (!m_first)
        out.append('\n');
    m_first = false;
    out.append(sql);
}

void LocalDumpWriter::appendInteger(QByteArray &out, qint64 value)
{
    out.append(QByteArray::number(value));
}

void LocalDumpWriter::appendReal(QByteArray &out, double value, bool keepReal)
{
    if (std::isinf(value)) {
        out.append(value > 0 ? "9e999" : "-9e999");
        return;
    }
    if (value == 0) { // -0 too, as JavaScript prints it
        out.append(keepReal ? "0.0" : "0");
        return;
    }
    // Shortest round-trip digits, then laid out as ECMAScript's Number::toString(10) does.
    const QByteArray sci = QString::number(value, 'e', QLocale::FloatingPointShortest).toLatin1();
    const qsizetype e = sci.indexOf('e');
    QByteArray mantissa = sci.left(e);
    const int exponent = sci.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith('-');
    if (negative)
        mantissa.remove(0, 1);
    mantissa.replace(".", "");
    const qsizetype k = mantissa.size();
    const qsizetype n = exponent + 1; // value = 0.mantissa × 10^n
    QByteArray text = negative ? "-" : "";
    bool plain = false;
    if (k <= n && n <= 21) {
        text += mantissa + QByteArray(n - k, '0');
        plain = true;
    } else if (0 < n && n <= 21) {
        text += mantissa.left(n) + '.' + mantissa.mid(n);
    } else if (-6 < n && n <= 0) {
        text += "0." + QByteArray(-n, '0') + mantissa;
    } else {
        text += mantissa.left(1);
        if (k > 1)
            text += '.' + mantissa.mid(1);
        text += 'e';
        text += n - 1 >= 0 ? '+' : '-';
        text += QByteArray::number(std::abs(n - 1));
    }
    out.append(text);
    if (plain && keepReal)
        out.append(".0");
}

bool LocalDumpWriter::beginRows()
{
    const Table &table = m_tables.at(m_tableIndex);
    const QByteArray name = table.name.toUtf8();
    sqlite3_stmt *info = nullptr;
    if (sqlite3_prepare_v2(m_db, ("PRAGMA table_info=" + escapeId(name)).constData(), -1, &info, nullptr) != SQLITE_OK)
        return fail(tr("reading the columns of %1").arg(table.name));
    QList<QByteArray> columns;
    m_keepReal.clear();
    while (sqlite3_step(info) == SQLITE_ROW) {
        columns << escapeId(textColumn(info, 1));
        m_keepReal << needsRealMarker(textColumn(info, 2));
    }
    sqlite3_finalize(info);
    const QByteArray select = "SELECT " + columns.join(", ") + " FROM " + escapeId(name) + ';';
    if (sqlite3_prepare_v2(m_db, select.constData(), int(select.size()), &m_stmt, nullptr) != SQLITE_OK)
        return fail(tr("reading the rows of %1").arg(table.name));
    m_insertPrefix = "INSERT INTO " + escapeId(name) + " VALUES(";
    return true;
}

bool LocalDumpWriter::writeRow(QByteArray &out)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_phase = Phase::Tables;
        return true;
    }
    if (rc != SQLITE_ROW)
        return fail(tr("reading the rows of %1").arg(m_tables.at(m_tableIndex).name));
    if (!m_first)
        out.append('\n');
    m_first = false;
    out.append(m_insertPrefix);
    const int count = sqlite3_column_count(m_stmt);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out.append(',');
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            appendInteger(out, sqlite3_column_int64(m_stmt, i));
            break;
        case SQLITE_FLOAT:
            appendReal(out, sqlite3_column_double(m_stmt, i), m_keepReal.value(i));
            break;
        case SQLITE_TEXT:
            appendText(out, reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                       sqlite3_column_bytes(m_stmt, i));
            break;
        case SQLITE_BLOB: {
            const QByteArray blob(static_cast<const char *>(sqlite3_column_blob(m_stmt, i)), sqlite3_column_bytes(m_stmt, i));
            out.append("X'" + blob.toHex() + '\'');
            break;
        }
        default:
            out.append("NULL");
        }
    }
    out.append(");");
    return true;
}

bool LocalDumpWriter::writeVirtual(QByteArray &out)
{
    if (m_stmt) {
        const VirtualTable &v = m_options.virtualTables.at(m_virtualIndex);
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            return true;
        }
        if (rc != SQLITE_ROW)
            return fail(tr("reading the rows of %1").arg(v.name));
        QJsonArray columns;
        QJsonArray row;
        for (int i = 0; i < sqlite3_column_count(m_stmt); ++i) {
            columns.append(QString::fromUtf8(sqlite3_column_name(m_stmt, i)));
            switch (sqlite3_column_type(m_stmt, i)) {
            case SQLITE_INTEGER:
                row.append(qint64(sqlite3_column_int64(m_stmt, i)));
                break;
            case SQLITE_FLOAT:
                row.append(sqlite3_column_double(m_stmt, i));
                break;
            case SQLITE_TEXT:
                row.append(QString::fromUtf8(textColumn(m_stmt, i)));
                break;
            case SQLITE_BLOB: {
                QJsonArray bytes;
                const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, i));
                for (int b = 0; b < sqlite3_column_bytes(m_stmt, i); ++b)
                    bytes.append(int(data[b]));
                row.append(bytes);
                break;
            }
            default:
                row.append(QJsonValue::Null);
            }
        }
        statement(out, ExportPlan::insertStatement(v.name, columns, row, v.content == VirtualTable::Content::Other)
                           .toUtf8());
        ++m_virtualRowCounts[v.name];
        return true;
    }
    if (++m_virtualIndex >= m_options.virtualTables.size()) {
        m_phase = Phase::Done;
        return true;
    }
    const VirtualTable &v = m_options.virtualTables.at(m_virtualIndex);
    if (!m_options.noSchema)
        statement(out, v.sql.toUtf8() + ';');
    if (m_options.noData)
        return true;
    if (m_options.virtualTablesToRebuild.contains(v.name))
        statement(out, ExportPlan::rebuildStatement(v.name).toUtf8());
    if (!m_options.virtualTablesWithRows.contains(v.name))
        return true;
    m_virtualRowCounts[v.name] = 0;
    const QByteArray select = "SELECT rowid, * FROM " + escapeId(v.name.toUtf8()) + " ORDER BY rowid";
    if (sqlite3_prepare_v2(m_db, select.constData(), int(select.size()), &m_stmt, nullptr) != SQLITE_OK)
        return fail(tr("reading the rows of %1").arg(v.name));
    return true;
}

bool LocalDumpWriter::next(QByteArray &out, qsizetype budget)
{
    if (!m_db)
        return fail(tr("no database is open"));
    while (out.size() < budget) {
        switch (m_phase) {
        case Phase::Idle:
        case Phase::Done:
            return true;
        case Phase::Tables: {
            if (m_tableIndex < 0) {
                // Always first, even for no-data and no-schema dumps.
                statement(out, "PRAGMA defer_foreign_keys=TRUE;");
                sqlite3_stmt *stmt = nullptr;
                if (sqlite3_prepare_v2(m_db,
                                       "SELECT name, type, sql FROM sqlite_schema AS o WHERE (true) AND type=='table' "
                                       "AND sql NOT NULL ORDER BY tbl_name='sqlite_sequence', rowid;",
                                       -1, &stmt, nullptr)
                    != SQLITE_OK)
                    return fail(tr("reading the schema"));
                while (sqlite3_step(stmt) == SQLITE_ROW)
                    m_tables.append({QString::fromUtf8(textColumn(stmt, 0)), textColumn(stmt, 2)});
                sqlite3_finalize(stmt);
            }
            if (++m_tableIndex >= m_tables.size()) {
                m_phase = Phase::Rest;
                break;
            }
            const Table &table = m_tables.at(m_tableIndex);
            if (!wanted(table.name))
                break;
            if (table.name == QLatin1String("sqlite_sequence")) {
                if (!m_options.noSchema)
                    statement(out, "DELETE FROM sqlite_sequence;");
            } else if (table.name.startsWith(QLatin1String("sqlite_stat")) && table.name.size() > 11) {
                if (!m_options.noSchema)
                    statement(out, "ANALYZE sqlite_schema;");
            } else {
                if (table.sql.startsWith("CREATE VIRTUAL TABLE"))
                    return fail(tr("%1 is a virtual table; it must be recreated after the dump").arg(table.name));
                if (table.name.startsWith(QLatin1String("_cf_")) || table.name.startsWith(QLatin1String("sqlite_")))
                    break;
                if (!m_options.noSchema) {
                    if (table.sql.startsWith("CREATE TABLE \"") || table.sql.startsWith("CREATE TABLE '"))
                        statement(out, "CREATE TABLE IF NOT EXISTS " + table.sql.mid(13) + ';');
                    else
                        statement(out, table.sql + ';');
                }
            }
            if (m_options.noData)
                break;
            if (!beginRows())
                return false;
            m_phase = Phase::Rows;
            break;
        }
        case Phase::Rows:
            if (!writeRow(out))
                return false;
            break;
        case Phase::Rest: {
            if (!m_options.noSchema) {
                sqlite3_stmt *stmt = nullptr;
                if (sqlite3_prepare_v2(m_db,
                                       "SELECT name, sql FROM sqlite_schema AS o WHERE (true) AND sql NOT NULL   AND "
                                       "type IN ('index', 'trigger', 'view') ORDER BY type COLLATE NOCASE",
                                       -1, &stmt, nullptr)
                    != SQLITE_OK)
                    return fail(tr("reading the schema"));
                while (sqlite3_step(stmt) == SQLITE_ROW)
                    if (wanted(QString::fromUtf8(textColumn(stmt, 0))))
                        statement(out, textColumn(stmt, 1) + ';');
                sqlite3_finalize(stmt);
            }
            m_phase = Phase::Virtual;
            break;
        }
        case Phase::Virtual:
            if (!writeVirtual(out))
                return false;
            break;
        }
    }
    return true;
}

} // namespace d1x
