// DamageScan: finds the rows of a D1 dump that may hold a value D1 damaged on the way out.
//
// D1 passes every number through a JavaScript double (see ValueRepairJob): only a bare integer of 16
// digits or more and the word Infinity can be damaged, so the dump itself says which rows to read
// again. The scan is fed the dump's SQL in order, in pieces of any size, and notes each such row (its
// line, table, number within its table, key and text) in a small work database beside the dump, so its
// memory stays flat at any size. The export feeds it the bytes as they are saved, on a thread of its
// own (ConcurrentDamageScan), so the scan costs no time after the download; ValueRepairJob feeds it the
// saved file when that was not possible. Not thread-safe: one thread at a time uses it.
#pragma once

#include "CloudflareTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace d1x {

class DamageScan
{
public:
    // A table as SQLite sees it: what a dump row without a column list holds, and how rows are found.
    struct Shape {
        bool withoutRowid = false;
        QList<QByteArray> columns; // as PRAGMA table_info lists them
        QList<QByteArray> primaryKey;
    };

    // `schema`: sqlite_schema of the database (keys and column lists).
    explicit DamageScan(QList<TableInfo> schema);
    ~DamageScan(); // closes and removes the work database
    DamageScan(const DamageScan &) = delete;
    DamageScan &operator=(const DamageScan &) = delete;

    // Creates the work database in `folder` (beside the dump: the disk that has room for it, not /tmp).
    bool open(const QString &folder);
    // Only lines starting before this many bytes are looked at: D1's part of the dump (what the
    // exporter adds after it is exact already). Negative: all of them.
    void setLimit(qint64 bytes) { m_limit = bytes; }
    // The next bytes of the dump. False once the work database failed (errorString()).
    bool feed(QByteArrayView bytes);
    // The end of the dump (its last line may lack a line break): the rows found are indexed for the re-read.
    bool finish();

    bool isFinished() const { return m_finished; }
    QString errorString() const { return m_error; }
    qint64 bytesFed() const { return m_fed; }
    qint64 suspectRows() const { return m_suspectRows; }
    qint64 suspectValues() const { return m_suspectValues; }
    // The table `suspects (line, tbl, table_row, key, text, new_text, state)`; for the re-read, after finish().
    sqlite3 *workDatabase() const { return m_work; }
    const Shape &shapeOf(const QByteArray &table);
    // The indexes in `columns` of the table's key columns, in the key's order (those present).
    static QList<int> keyColumns(const QList<QByteArray> &columns, const Shape &shape);

private:
    bool takeLine(QByteArrayView line);
    bool scanLine(QByteArrayView line);
    bool fail(const QString &error);

    QList<TableInfo> m_schema;
    QString m_workPath;
    sqlite3 *m_work = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3 *m_shapes = nullptr;
    QHash<QByteArray, std::shared_ptr<Shape>> m_shapeCache;

    qint64 m_limit = -1;
    qint64 m_fed = 0;
    qint64 m_offset = 0;     // where the next line starts
    qint64 m_lineNumber = 0; // its number, from 0
    QByteArray m_carry;      // the unfinished line of the last piece
    QByteArray m_pending;    // a statement over several lines (CREATE TRIGGER…)
    QByteArray m_lastTableRaw;
    qint64 *m_lastTableRows = nullptr;
    QHash<QByteArray, qint64> m_tableRows;
    qint64 m_suspectRows = 0;
    qint64 m_suspectValues = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace d1x
