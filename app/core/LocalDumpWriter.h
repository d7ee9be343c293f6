// LocalDumpWriter: the SQL dump of a local development database (the SQLite file `wrangler dev` keeps),
// in the format `wrangler d1 export --local` writes (miniflare's dumpSql: INSERT INTO "t" VALUES(…)
// without column names, statements joined by line breaks), byte for byte where wrangler is right and
// exact where it is not: wrangler passes every number through a JavaScript double, so it rounds
// integers beyond 2^53, writes bare Infinity (no SQL literal), and writes a REAL such as 2.0 as "2",
// which a column without REAL affinity reads back as an INTEGER. Here integers are written exactly,
// infinities as 9e999 / -9e999, and an integral REAL keeps a ".0" where the column would not make it
// a REAL again. Virtual tables (which wrangler refuses) are left out of the main pass by the plan and
// recreated at the end, as the remote export does.
//
// The file is opened read-only (SQLite URI mode=ro) and read in one read transaction: a running
// `wrangler dev` keeps writing undisturbed (WAL included: what is committed in the -wal file is
// seen), and the dump is one consistent snapshot. It is a generator: next() hands out the following
// statements in slices, so the caller keeps its event loop (and its writer's back-pressure) going.
#pragma once

#include "CloudflareTypes.h"
#include "ExportPlan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace d1x {

class LocalDumpWriter
{
public:
    struct Options {
        bool noData = false;
        bool noSchema = false;
        // D1's filter: only objects whose own name is listed; empty for everything.
        QStringList tables;
        // Nothing but the virtual tables: the main pass writes only its PRAGMA line.
        bool skipMainPass = false;
        // Recreated after the main pass (their CREATE statement, then rows or an FTS rebuild).
        QList<VirtualTable> virtualTables;
        // Virtual tables whose rows are written (the others are recreated empty or rebuilt).
        QStringList virtualTablesWithRows;
        QStringList virtualTablesToRebuild;
    };

    LocalDumpWriter();
    ~LocalDumpWriter();
    LocalDumpWriter(const LocalDumpWriter &) = delete;
    LocalDumpWriter &operator=(const LocalDumpWriter &) = delete;

    // Opens `path` read-only and starts the read transaction. False and errorString() on failure.
    bool open(const QString &path);
    // Rows of sqlite_schema (name, type, tbl_name, sql) in creation order, from the same snapshot.
    QList<TableInfo> schema();
    void start(const Options &options);
    // Appends the next statements to `out` until it holds at least `budget` bytes or the dump ends.
    // False on a read error (errorString()).
    bool next(QByteArray &out, qsizetype budget);
    bool atEnd() const { return m_phase == Phase::Done; }
    QString errorString() const { return m_error; }
    // Rows written per virtual table (for the log).
    qint64 virtualRows(const QString &table) const { return m_virtualRowCounts.value(table); }

    // Number formats, exposed for tests.
    static void appendInteger(QByteArray &out, qint64 value);
    // JavaScript's Number#toString, except infinities (9e999 / -9e999) and, when `keepReal`, an
    // integral value gets ".0" so that it stays a REAL.
    static void appendReal(QByteArray &out, double value, bool keepReal);

private:
    enum class Phase { Idle, Tables, Rows, Rest, Virtual, Done };
    bool fail(const QString &what);
    void statement(QByteArray &out, const QByteArray &sql);
    bool wanted(const QString &name) const;
    bool beginRows();
    bool writeRow(QByteArray &out);
    bool writeVirtual(QByteArray &out);
    void close();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Options m_options;
    Phase m_phase = Phase::Idle;
    struct Table {
        QString name;
        QByteArray sql;
    };
    QList<Table> m_tables;
    qsizetype m_tableIndex = -1;
    QList<bool> m_keepReal; // per column of the current table: an integral REAL needs ".0"
    QByteArray m_insertPrefix;
    qsizetype m_virtualIndex = -1;
    QHash<QString, qint64> m_virtualRowCounts;
    bool m_first = true;
    QString m_error;
};

} // namespace d1x
