// ImportSqlWriter: writes a SQLite database as SQL that D1's import loads, in an order that works
// with D1's foreign keys and leaves no trigger firing on restored rows:
//   PRAGMA defer_foreign_keys = on; every table; every row (long ones in pieces, see
//   ImportRowWriter); sqlite_sequence (AUTOINCREMENT goes on where it was); virtual tables with their
//   content (not their shadow tables); indexes; sqlite_stat* rows; triggers; views last.
// No transaction statements, nothing of D1's own _cf_* tables (said in `skipped`). Rowid tables keep
// their rowids. Runs on the transform's worker thread over a database no one else writes.
#pragma once

#include "ImportTransform.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

struct sqlite3;

namespace d1x {

class ImportOutput;
class ImportRowWriter;
struct VirtualTable;

class ImportSqlWriter
{
public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    ImportSqlWriter(sqlite3 *db, ImportOutput &out, const std::atomic<bool> &cancelled, Progress progress);
    // False with errorString() on failure (or cancel). Fills tables, rowsPerTable, virtualTables,
    // splitRows and skipped of `result`.
    bool write(ImportPreparation &result);
    QString errorString() const { return m_error; }
    // The largest statement the row writer built (bytes).
    qsizetype peakRowBytes() const { return m_peakRow; }

private:
    struct Object {
        QString name;
        QString type;
        QString tableName;
        QByteArray sql;
    };
    bool fail(const QString &what);
    bool put(const QByteArray &sql);
    bool writeRows(ImportRowWriter &rows, const QString &table, const QByteArray &select, const QByteArray &prefix,
                   ImportPreparation &result);
    bool writeTableRows(ImportRowWriter &rows, const QString &table, ImportPreparation &result);
    bool writeVirtual(ImportRowWriter &rows, const VirtualTable &table, ImportPreparation &result);
    bool writeSequence(const QStringList &tables);
    bool writeStatistics(const QStringList &tables);
    qint64 count(const QString &table);

    sqlite3 *m_db;
    ImportOutput &m_out;
    const std::atomic<bool> &m_cancelled;
    Progress m_progress;
    qint64 m_rowsDone = 0;
    qint64 m_rowsTotal = 0;
    qsizetype m_peakRow = 0;
    QString m_error;
};

} // namespace d1x
