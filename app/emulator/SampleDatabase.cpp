// SampleDatabase: builds the sample SQLite files (see header).
#include "SampleDatabase.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <sqlite3.h>

#include <limits>
#include <memory>

namespace emu {

namespace {

struct Value {
    enum Type { Null, Integer, Real, Text, Blob } type = Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes;
};
Value integer(qint64 v) { return {Value::Integer, v, 0, {}}; }
Value real(double v) { return {Value::Real, 0, v, {}}; }
Value text(const QByteArray &v) { return {Value::Text, 0, 0, v}; }
Value blob(const QByteArray &v) { return {Value::Blob, 0, 0, v}; }
const Value null;

struct StatementDeleter {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void bind(sqlite3_stmt *stmt, int index, const Value &value)
{
    switch (value.type) {
    case Value::Null: sqlite3_bind_null(stmt, index); break;
    case Value::Integer: sqlite3_bind_int64(stmt, index, value.integer); break;
    case Value::Real: sqlite3_bind_double(stmt, index, value.real); break;
    case Value::Text:
        sqlite3_bind_text(stmt, index, value.bytes.constData(), int(value.bytes.size()), SQLITE_TRANSIENT);
        break;
    case Value::Blob:
        if (value.bytes.isEmpty()) // a zero-length blob, not NULL
            sqlite3_bind_zeroblob(stmt, index, 0);
        else
            sqlite3_bind_blob(stmt, index, value.bytes.constData(), int(value.bytes.size()), SQLITE_TRANSIENT);
        break;
    }
}

bool insertRows(sqlite3 *db, const char *sql, const QList<QList<Value>> &rows)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return false;
    Statement stmt(raw);
    for (const QList<Value> &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            bind(raw, i + 1, row.at(i));
        if (sqlite3_step(raw) != SQLITE_DONE)
            return false;
        sqlite3_reset(raw);
    }
    return true;
}

// A fixed 64-bit LCG (Knuth's MMIX constants): the same seed gives the same rows on every machine.
class Lcg
{
public:
    explicit Lcg(quint64 seed) : m_state(seed * 2862933555777941757ULL + 3037000493ULL) {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 32);
    }
    quint32 below(quint32 bound) { return next() % bound; }

private:
    quint64 m_state;
};

QByteArray everyByte()
{
    QByteArray bytes(256, '\0');
    for (int i = 0; i < 256; ++i)
        bytes[i] = char(i);
    return bytes;
}

QByteArray randomBytes(Lcg &rng, int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char(rng.next() & 0xff);
    return bytes;
}

} // namespace

bool SampleDatabase::generate(const QString &path, const SampleSpec &spec, QString *error)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return false;
    }
    // Speed over durability: the file is scratch data and gets rebuilt if anything goes wrong.
    bool ok = exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON; BEGIN");
    if (ok) {
        switch (spec.kind) {
        case SampleSpec::Awkward: ok = createAwkward(db); break;
        case SampleSpec::WithVirtualTable: ok = createAwkward(db) && addVirtualTables(db); break;
        case SampleSpec::Numbers64: ok = createNumbers64(db); break;
        case SampleSpec::LargeRows: ok = createLargeRows(db); break;
        case SampleSpec::Plain: ok = fillPlain(db, spec.targetBytes, spec.seed, spec.bigIntegerEvery); break;
        }
    }
    ok = ok && exec(db, "COMMIT");
    if (ok && spec.kind != SampleSpec::Plain)
        ok = exec(db, "ANALYZE"); // gives the dump sqlite_stat1 rows to carry
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (!ok)
        QFile::remove(path);
    return ok;
}

bool SampleDatabase::createAwkward(sqlite3 *db)
{
    // Parent before child (D1 enforces foreign keys, and a child row cannot be checked against a table
    // that does not exist yet). Child rows point forward to later child rows: the import only works
    // because the dump starts with PRAGMA defer_foreign_keys.
    const bool schemaOk = exec(db, R"sql(
        CREATE TABLE "parent" (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE child (id INTEGER PRIMARY KEY AUTOINCREMENT,
                            parent_id INTEGER NOT NULL REFERENCES "parent"(id),
                            next_sibling INTEGER REFERENCES child(id),
                            label TEXT);
        CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, message TEXT, at TEXT);
        CREATE TABLE "values" (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,
                               i INTEGER, r REAL, t TEXT, b BLOB, anything);
        CREATE TABLE "my ""quoted"" table" ("col with space" TEXT, "order" INTEGER, "group" TEXT,
                                            "we""ird" TEXT, "select" BLOB);
        CREATE TABLE "order" ("group" TEXT PRIMARY KEY, "by" INTEGER) WITHOUT ROWID;
        CREATE TABLE strict_things (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, label TEXT,
                                    twice INTEGER GENERATED ALWAYS AS (n * 2) VIRTUAL) STRICT;
        CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,
                                    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL);
        CREATE TABLE _cf_KV (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
        CREATE INDEX child_by_parent ON child (parent_id);
        CREATE UNIQUE INDEX "values by kind" ON "values" (kind, id);
        CREATE VIEW parent_summary AS
            SELECT p.name, count(c.id) AS children FROM "parent" p LEFT JOIN child c ON c.parent_id = p.id
            GROUP BY p.id;
        CREATE TRIGGER parent_audit AFTER INSERT ON "parent" BEGIN
            INSERT INTO audit_log (message, at) VALUES ('parent ' || NEW.name, '2024-01-01T00:00:00Z');
        END;
    )sql");
    if (!schemaOk)
        return false;

    // Foreign keys are checked at COMMIT, so rows may point at rows inserted after them.
    if (!exec(db, "PRAGMA defer_foreign_keys=ON"))
        return false;
    const QList<QList<Value>> parents = {
        {integer(1), text("one")}, {integer(2), text("two")}, {integer(3), text("three \"3\"")}};
    const QList<QList<Value>> children = {
        {integer(1), integer(2), text("first child")}, {integer(1), null, text("second child")},
        {integer(2), integer(4), text("only child of 'two'")}, {integer(3), null, null}};
    if (!insertRows(db, "INSERT INTO \"parent\" (id, name) VALUES (?, ?)", parents)
        || !insertRows(db, "INSERT INTO child (parent_id, next_sibling, label) VALUES (?, ?, ?)", children))
        return false;

    Lcg rng(7);
    QByteArray longText;
    while (longText.size() < 20000)
        longText += "It's a long line with 'quotes', \"doubles\" and \\backslashes\\ #" + QByteArray::number(longText.size()) + "; ";

    // One property per row: kind names what the row tests.
    const QList<QList<Value>> values = {
        {text("int64 min"), integer(std::numeric_limits<qint64>::min()), null, null, null, integer(std::numeric_limits<qint64>::min())},
        {text("int64 max"), integer(std::numeric_limits<qint64>::max()), null, null, null, integer(std::numeric_limits<qint64>::max())},
        {text("2^53+1"), integer(9007199254740993LL), null, null, null, integer(9007199254740993LL)},
        {text("zero and negative"), integer(0), real(-42.5), null, null, integer(-42)},
        {text("real 0.1"), null, real(0.1), null, null, real(0.1)},
        {text("real 1/3"), null, real(1.0 / 3.0), null, null, real(1.0 / 3.0)},
        {text("real 1e-300"), null, real(1e-300), null, null, real(-1e-300)},
        {text("real max"), null, real(1.7976931348623157e308), null, null, real(-1.7976931348623157e308)},
        {text("real min subnormal"), null, real(5e-324), null, null, null},
        {text("real integral"), null, real(2.0), null, null, real(1e21)},
        {text("real exponent forms"), null, real(1.5e-7), null, null, real(123456789012345680000.0)},
        {text("real ordinary"), null, real(123456.789), null, null, real(-0.000001)},
        {text("quotes"), null, null, text("it's \"quoted\" ''twice''"), null, text("'")},
        {text("backslashes"), null, null, text("C:\\path\\to\\file \\ end\\"), null, text("\\n stays a backslash-n here")},
        {text("lf"), null, null, text("line one\nline two\n"), null, text("\n")},
        {text("cr"), null, null, text("carriage\rreturn"), null, text("\r")},
        {text("crlf"), null, null, text("windows\r\nline\r\n"), null, text("\r\n\r\n")},
        {text("lf with literal backslash-r"), null, null, text("a literal \\r and a real\nnewline"), null, null},
        {text("tabs"), null, null, text("col1\tcol2\t\tcol4"), null, text("\t")},
        {text("emoji"), null, null, text("smile 😀 party 🎉 family 👨‍👩‍👧"), null, null},
        {text("cjk and others"), null, null, text("漢字 かな 한국어 العربية Ünïcödé façade naïve"), null, null},
        {text("sql-looking"), null, null, text("'); DROP TABLE \"values\"; --"), null, text("NULL")},
        {text("empty strings"), null, null, text(""), null, text("")},
        {text("long text"), null, null, text(longText), null, null},
        {text("empty blob"), null, null, null, blob(QByteArray()), blob(QByteArray())},
        {text("every byte"), null, null, null, blob(everyByte()), blob(QByteArray("\x00\xff", 2))},
        {text("random blob"), null, null, null, blob(randomBytes(rng, 65536)), null},
        {text("all null"), null, null, null, null, null},
    };
    if (!insertRows(db, "INSERT INTO \"values\" (kind, i, r, t, b, anything) VALUES (?, ?, ?, ?, ?, ?)",
                    values))
        return false;

    const QList<QList<Value>> quoted = {
        {text("a b"), integer(1), text("g1"), text("w\"1"), blob(QByteArray("\x01\x02", 2))},
        {null, integer(-1), text("it's"), null, null},
    };
    const QList<QList<Value>> order = {{text("first"), integer(1)}, {text("second 'quoted'"), integer(2)}};
    const QList<QList<Value>> strict = {{integer(1), integer(21), text("half of 42")},
                                        {integer(2), integer(-5), null}};
    const QList<QList<Value>> migrations = {{text("0001_init.sql"), text("2024-01-01 10:00:00")},
                                            {text("0002_more.sql"), text("2024-02-02 12:30:00")}};
    const QList<QList<Value>> kv = {{text("internal"), blob(QByteArray("x"))}};
    return insertRows(db,
                      "INSERT INTO \"my \"\"quoted\"\" table\" (\"col with space\", \"order\", \"group\", "
                      "\"we\"\"ird\", \"select\") VALUES (?, ?, ?, ?, ?)",
                      quoted)
           && insertRows(db, "INSERT INTO \"order\" (\"group\", \"by\") VALUES (?, ?)", order)
           && insertRows(db, "INSERT INTO strict_things (id, n, label) VALUES (?, ?, ?)", strict)
           && insertRows(db, "INSERT INTO d1_migrations (name, applied_at) VALUES (?, ?)", migrations)
           && insertRows(db, "INSERT INTO _cf_KV (key, value) VALUES (?, ?)", kv)
           // A gap in the AUTOINCREMENT sequence, so sqlite_sequence differs from max(id).
           && exec(db, "INSERT INTO child (id, parent_id, label) VALUES (100, 2, 'jumped ahead');"
                       "DELETE FROM child WHERE id = 100;");
}

bool SampleDatabase::addVirtualTables(sqlite3 *db)
{
    // External-content FTS5 over a normal table, and a standalone one: D1 refuses to export either.
    return exec(db, R"sql(
        CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT);
        INSERT INTO docs (title, body) VALUES ('Hello', 'full text search in sqlite'),
                                              ('Second', 'another document body');
        CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id');
        INSERT INTO docs_fts (docs_fts) VALUES ('rebuild');
        CREATE VIRTUAL TABLE notes_fts USING fts5(note);
        INSERT INTO notes_fts (note) VALUES ('standalone note'), ('another note');
    )sql");
}

bool SampleDatabase::createNumbers64(sqlite3 *db)
{
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    const qint64 p53 = qint64(1) << 53;
    // Snowflake-style: a 42-bit millisecond time above a 22-bit worker/sequence part; neighbours
    // differ in the last bits, so several of them round to the same double (spacing 256 near 2^60).
    const qint64 snow = (qint64(1700000000000LL - 1288834974657LL) << 22) | (7 << 12);
    const double inf = std::numeric_limits<double>::infinity();
    const bool schemaOk = exec(db, R"sql(
        CREATE TABLE users (id INTEGER PRIMARY KEY, handle TEXT NOT NULL UNIQUE, invited_by INTEGER REFERENCES users(id));
        CREATE TABLE numbers (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL, i INTEGER, r REAL, anything);
        CREATE TABLE ledger (account INTEGER NOT NULL, seq INTEGER NOT NULL, amount INTEGER, note TEXT,
                             PRIMARY KEY (account, seq)) WITHOUT ROWID;
        CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER, kind TEXT);
        CREATE TABLE accounts (id BIGINT PRIMARY KEY, owner INTEGER, balance REAL);
        CREATE TABLE readings (sensor TEXT, value, at INTEGER);
        CREATE INDEX events_by_user ON events (user_id);
    )sql");
    if (!schemaOk || !exec(db, "PRAGMA defer_foreign_keys=ON"))
        return false;
    const QList<QList<Value>> users = {
        {integer(snow), text("first"), null},
        {integer(snow + 1), text("same double as first"), integer(snow)},
        {integer(snow + 255), text("another near it"), integer(snow + 1)},
        {integer(snow + 4096), text("next worker"), integer(snow + 255)},
        {integer(max), text("int64 max"), null},
        {integer(p53 + 1), text("2^53+1"), integer(max)},
        {integer(42), text("small id"), integer(snow)},
        {integer(-p53 - 1), text("-(2^53+1)"), null},
    };
    const QList<QList<Value>> numbers = {
        {text("2^53-1"), integer(p53 - 1), real(double(p53 - 1)), integer(p53 - 1)},
        {text("2^53"), integer(p53), real(double(p53)), integer(p53)},
        {text("2^53+1"), integer(p53 + 1), null, integer(p53 + 1)},
        {text("-(2^53+1)"), integer(-p53 - 1), null, integer(-p53 - 1)},
        {text("int64 max"), integer(max), real(9.2233720368547758e18), integer(max)},
        {text("int64 max-1"), integer(max - 1), null, text("9223372036854775806")},
        {text("int64 min"), integer(min), real(-9.2233720368547758e18), integer(min)},
        {text("int64 min+1"), integer(min + 1), null, blob(QByteArray("\x7f\xff", 2))},
        {text("snowflake"), integer(snow + 3), real(0.1), integer(snow + 3)},
        {text("+infinity"), null, real(inf), real(inf)},
        {text("-infinity"), null, real(-inf), real(-inf)},
        {text("real 2^60 in an untyped column"), null, real(1152921504606846976.0), real(1152921504606846976.0)},
        {text("real 1e300"), null, real(1e300), real(-1e300)},
        {text("small"), integer(7), real(2.5), text("7")},
        {text("nothing"), null, null, null},
    };
    const QList<QList<Value>> ledger = {
        {integer(snow), integer(1), integer(max - 7), text("a")},
        {integer(snow), integer(2), integer(10), text("b")},
        {integer(snow + 1), integer(1), integer(min + 7), text("c")},
        {integer(5), integer(p53 + 3), integer(-1), text("big sequence")},
        {integer(5), integer(p53 + 5), null, text("its neighbour")},
    };
    const QList<QList<Value>> accounts = {
        {integer(snow + 9), integer(snow + 1), real(12.5)},
        {integer(snow + 10), integer(snow), real(-inf)},
        {integer(3), integer(p53 + 1), real(1.0 / 3.0)},
    };
    const QList<QList<Value>> readings = {
        {text("t1"), integer(p53 + 11), integer(1700000000)},
        {text("t2"), real(inf), integer(1700000001)},
        {text("t3"), text("not a number"), integer(max)},
        {text("t4"), integer(5), null},
    };
    if (!insertRows(db, "INSERT INTO users (id, handle, invited_by) VALUES (?, ?, ?)", users)
        || !insertRows(db, "INSERT INTO numbers (label, i, r, anything) VALUES (?, ?, ?, ?)", numbers)
        || !insertRows(db, "INSERT INTO ledger (account, seq, amount, note) VALUES (?, ?, ?, ?)", ledger)
        || !insertRows(db, "INSERT INTO accounts (id, owner, balance) VALUES (?, ?, ?)", accounts)
        || !insertRows(db, "INSERT INTO readings (sensor, value, at) VALUES (?, ?, ?)", readings))
        return false;
    // AUTOINCREMENT beyond 2^53: sqlite_sequence carries a 64-bit value too.
    return exec(db, "INSERT INTO events (id, user_id, kind) VALUES (4611686018427387905, 42, 'big start');"
                    "INSERT INTO events (user_id, kind) VALUES (9007199254740993, 'next');"
                    "INSERT INTO events (user_id, kind) VALUES (NULL, 'and next');");
}

bool SampleDatabase::createLargeRows(sqlite3 *db)
{
    // `edge`: INSERT INTO "edge" VALUES(<digit>,'<text>'); is 32 bytes plus the text: the texts make
    // statements of 99,997 to 100,003 bytes. A trigger that would change titles if it fired while
    // rows are restored (the import writes triggers after every row).
    const bool schemaOk = exec(db, R"sql(
        CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT,
                           body_chars INTEGER GENERATED ALWAYS AS (length(body)) STORED);
        CREATE TABLE attachments (id INTEGER PRIMARY KEY AUTOINCREMENT,
                                  doc_id INTEGER NOT NULL REFERENCES docs(id), name TEXT, data BLOB NOT NULL);
        CREATE TABLE edge (id INTEGER PRIMARY KEY, text TEXT);
        CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB, note TEXT) WITHOUT ROWID;
        CREATE TABLE uniq (id INTEGER PRIMARY KEY, doc TEXT NOT NULL UNIQUE);
        CREATE TABLE checked (id INTEGER PRIMARY KEY, body TEXT NOT NULL CHECK (length(body) >= 200000));
        CREATE TABLE raw_text (id INTEGER PRIMARY KEY, t TEXT);
        CREATE TABLE wide (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c BLOB, d TEXT, n INTEGER, r REAL);
        CREATE INDEX attachments_by_doc ON attachments (doc_id);
        CREATE TRIGGER attachment_marks_doc AFTER INSERT ON attachments BEGIN
            UPDATE docs SET title = title || ' (attached)' WHERE id = NEW.doc_id;
        END;
    )sql");
    if (!schemaOk || !exec(db, "PRAGMA defer_foreign_keys=ON"))
        return false;
    Lcg rng(12);
    // 300 KB of text: 1-, 2-, 3- and 4-byte characters, quotes and line breaks, so the pieces are
    // cut next to multi-byte characters and doubled quotes.
    static const char *const pieces[] = {"a", "é", "ß", "€", "漢", "字", "😀", "🎉", "'", "''", "\n", "\n", "\r\n", " ", "\\"};
    QByteArray multiByte;
    while (multiByte.size() < 300 * 1024)
        multiByte += pieces[rng.below(sizeof pieces / sizeof *pieces)];
    QByteArray quotes(130 * 1024, '\'');
    const QByteArray blob15 = randomBytes(rng, 1536 * 1024);
    QList<QList<Value>> docs = {{integer(1), text("multi-byte"), text(multiByte)},
                                {integer(2), text("only quotes"), text(quotes)},
                                {integer(3), text("short"), text("a short row")}};
    QList<QList<Value>> attachments = {{integer(1), text("big.bin"), blob(blob15)},
                                       {integer(3), text("small.bin"), blob(randomBytes(rng, 100))}};
    QList<QList<Value>> edge;
    for (int k = -3; k <= 3; ++k) {
        const qint64 id = k + 4;
        QByteArray t(100000 - 32 + k, 'e');
        t[0] = char('0' + id);
        edge.append({integer(id), text(t)});
    }
    QByteArray longKey;
    while (longKey.size() < 120 * 1024)
        longKey += "key-" + QByteArray::number(longKey.size()) + "-ü ";
    const QList<QList<Value>> kv = {{text("short key"), blob(randomBytes(rng, 200 * 1024)), text("long value")},
                                    {text(longKey), blob(QByteArray("x")), text("long key")},
                                    {text(longKey + "and more"), null, text("a key that starts with the other")}};
    // UNIQUE: values that share their first 150 KB, and one that is the start of another.
    QByteArray common;
    while (common.size() < 150 * 1024)
        common += "shared prefix " + QByteArray::number(common.size()) + ' ';
    const QList<QList<Value>> uniq = {{integer(1), text(common)},
                                      {integer(2), text(common + "one")},
                                      {integer(3), text(common + "two")},
                                      {integer(4), text(common.left(99000))}};
    const QList<QList<Value>> checked = {{integer(1), text(QByteArray(250 * 1024, 'c'))}};
    // Not valid UTF-8 (stray bytes): stored as text all the same. No NUL (no dump format carries one)
    // and no backslash: wrangler's format (and so our local dumps) writes line breaks as \n inside
    // replace(…, '\n', char(10)), which would turn a literal backslash-n of the text into one too.
    QByteArray invalid = randomBytes(rng, 120 * 1024);
    invalid.replace('\0', '\x80');
    invalid.replace('\\', '/');
    const QList<QList<Value>> rawText = {{integer(1), text(invalid)}, {integer(2), text(QByteArray("\xff\xfe ok", 5))}};
    // Many values of 30 KB: no single one is long, the row is.
    const QList<QList<Value>> wide = {{integer(1), text(QByteArray(30000, 'a')), text(QByteArray(30000, 'b')),
                                       blob(randomBytes(rng, 20000)), text(QByteArray(30000, 'd')),
                                       integer(std::numeric_limits<qint64>::min()), real(0.1)}};
    return insertRows(db, "INSERT INTO docs (id, title, body) VALUES (?, ?, ?)", docs)
        && insertRows(db, "INSERT INTO edge (id, text) VALUES (?, ?)", edge)
        && insertRows(db, "INSERT INTO kv (k, v, note) VALUES (?, ?, ?)", kv)
        && insertRows(db, "INSERT INTO uniq (id, doc) VALUES (?, ?)", uniq)
        && insertRows(db, "INSERT INTO checked (id, body) VALUES (?, ?)", checked)
        && insertRows(db, "INSERT INTO raw_text (id, t) VALUES (?, ?)", rawText)
        && insertRows(db, "INSERT INTO wide (id, a, b, c, d, n, r) VALUES (?, ?, ?, ?, ?, ?, ?)", wide)
        && insertRows(db, "INSERT INTO attachments (doc_id, name, data) VALUES (?, ?, ?)", attachments);
}

bool SampleDatabase::fillPlain(sqlite3 *db, qint64 targetBytes, quint32 seed, int bigIntegerEvery)
{
    const bool withRef = bigIntegerEvery > 0;
    if (!exec(db, withRef ? "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, payload TEXT, amount REAL, "
                            "data BLOB, ref INTEGER)"
                          : "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, payload TEXT, amount REAL, data BLOB)"))
        return false;
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db,
                           withRef ? "INSERT INTO items (id, name, payload, amount, data, ref) VALUES (?, ?, ?, ?, ?, ?)"
                                   : "INSERT INTO items (id, name, payload, amount, data) VALUES (?, ?, ?, ?, ?)",
                           -1, &raw, nullptr)
        != SQLITE_OK)
        return false;
    Statement insert(raw);

    // Payloads are slices of one pseudo-random pool: cheap to make, still incompressible enough.
    Lcg rng(seed);
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:'-";
    QByteArray pool(1 << 16, '\0');
    for (char &c : pool)
        c = alphabet[rng.below(sizeof alphabet - 1)];

    sqlite3_stmt *pageCount = nullptr;
    sqlite3_prepare_v2(db, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size", -1,
                       &pageCount, nullptr);
    Statement sizeQuery(pageCount);

    constexpr int kMinimumRows = 100;
    constexpr int kRowsBetweenSizeChecks = 2048;
    for (qint64 id = 1;; ++id) {
        const QByteArray name = "item-" + QByteArray::number(id);
        const int payloadLength = 50 + int(rng.below(400));
        const int payloadAt = int(rng.below(quint32(pool.size() - payloadLength)));
        const qint64 cents = qint64(rng.next()) - (qint64(1) << 31);
        quint32 blobBytes[16];
        const int blobWords = 2 + int(rng.below(14));
        for (int i = 0; i < blobWords; ++i)
            blobBytes[i] = rng.next();

        sqlite3_bind_int64(raw, 1, id);
        sqlite3_bind_text(raw, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(raw, 3, pool.constData() + payloadAt, payloadLength, SQLITE_STATIC);
        sqlite3_bind_double(raw, 4, double(cents) / 100.0);
        sqlite3_bind_blob(raw, 5, blobBytes, blobWords * int(sizeof(quint32)), SQLITE_TRANSIENT);
        if (withRef) {
            if (id % bigIntegerEvery == 0) // a Snowflake-style id, beyond 2^53
                sqlite3_bind_int64(raw, 6, (qint64(1) << 60) + (id << 8) + qint64(rng.below(255)) + 1);
            else
                sqlite3_bind_int64(raw, 6, id * 3);
        }
        if (sqlite3_step(raw) != SQLITE_DONE)
            return false;
        sqlite3_reset(raw);

        if (targetBytes <= 0) {
            if (id == kMinimumRows)
                return true;
        } else if (id % kRowsBetweenSizeChecks == 0) {
            if (sqlite3_step(pageCount) != SQLITE_ROW)
                return false;
            const qint64 size = sqlite3_column_int64(pageCount, 0);
            sqlite3_reset(pageCount);
            if (size >= targetBytes)
                return true;
        }
    }
}

} // namespace emu
