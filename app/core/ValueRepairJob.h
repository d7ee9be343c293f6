// ValueRepairJob: gives a saved D1 dump back the exact values D1 lost on the way out.
//
// D1 passes every number through a JavaScript double: an INTEGER beyond ±2^53 comes out rounded and a
// REAL infinity as the bare word Infinity (the dump does not even load). Only such literals can be
// damaged (a bare number of 2^53 or more, or Infinity), so the dump itself says which rows to read
// again, and everything else stays byte for byte as D1 wrote it:
//  1. scan: the saved dump (.sql or .sql.gz) is read once, line by line, and every row holding such a
//     literal is noted in a small work database beside it (memory stays flat at any size);
//  2. re-read: those rows are read again on D1 with quote() of every column, which D1 returns as exact
//     text. Rows are found by their key (a rounded INTEGER key stands for the exact range of integers
//     that round to it: an indexed range lookup; rows sharing a rounded key come in the table's order,
//     as the dump has them), many lookups per /query (each statement under D1's 100 KB limit). Tables
//     without a key are read in rowid order up to their last damaged row. Every column of a re-read row
//     must match the dump's (as D1 rounds it): a row written meanwhile is reported and left as D1 wrote it;
//  3. rewrite: only when a value was restored, the dump is streamed again into a DumpSink (same
//     compression) with those lines replaced, and renamed over the saved one.
#pragma once

#include "ApiError.h"
#include "CloudflareTypes.h"
#include "DamageScan.h"
#include "DumpSink.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace d1x {

class ApiCall;
class CloudflareClient;

struct ValueRepairReport {
    enum class Status {
        NotRun,
        Clean,     // no value D1 could have damaged
        Repaired,  // every damaged value restored
        Changed,   // some rows differ on D1 from the dump (written meanwhile): those were left as D1 wrote them
        Failed,    // the rows could not be read again (see error): the dump is as D1 wrote it
        Cancelled,
    };
    Status status = Status::NotRun;
    qint64 suspectRows = 0;    // rows of D1's dump holding a value it may have damaged
    qint64 suspectValues = 0;
    qint64 restoredValues = 0; // written exactly instead of as D1 rounded or broke them
    qint64 restoredInfinities = 0;
    qint64 rowsRead = 0;       // rows D1 read (and bills) for the repair, from its meta.rows_read
    qint64 requests = 0;
    qint64 changedRows = 0;
    QStringList changedExamples; // the first few, "table, row n: …"
    QMap<QString, qint64> restoredPerTable;
    QString error;
    // With Failed: what kind of failure (a refused or failed re-read: the API call's; else a file error).
    ApiError::Kind errorKind = ApiError::Kind::FileError;
    qint64 elapsedMs = 0;
    bool scannedWhileSaving = false; // the rows to read again were found while the dump downloaded
    bool rewritten = false; // the saved dump was replaced by the repaired one
    QByteArray sha256;      // of the rewritten file
    qint64 fileBytes = 0;
    qint64 dumpBytes = 0;   // its SQL, uncompressed

    bool ok() const { return status == Status::Clean || status == Status::Repaired; }
    // "clean", "repaired", "changed", "failed", "cancelled", "not run": for manifests and scripts.
    QString statusKeyword() const;
    // One translated sentence for the log and the Report tab.
    QString summary() const;
    QJsonObject toJson() const;
};

class ValueRepairJob : public QObject
{
    Q_OBJECT
public:
    struct Job {
        QString accountId;
        QString databaseId;
        QString dumpPath;        // the saved dump; replaced by the repaired one when anything changes
        qint64 scanBytes = -1;   // only lines starting before this many (uncompressed) bytes: D1's part
        DumpSink::Options sinkOptions;
        QList<TableInfo> schema; // sqlite_schema of the database (keys and column lists)
        // The scan of D1's part made while the dump was saved (finished), or null: the saved file is
        // scanned first then.
        std::shared_ptr<DamageScan> scanned;
    };

    explicit ValueRepairJob(CloudflareClient *client, QObject *parent = nullptr);
    ~ValueRepairJob() override;

    // Keys per lookup statement and statements per request; statements stay under this many bytes.
    void setBatchLimits(int lookupsPerStatement, int statementsPerRequest, int statementBytes);
    void start(const Job &job);
    // Stops at once; the saved dump stays as it was. No finished() follows.
    void stop();
    const ValueRepairReport &report() const { return m_report; }

signals:
    void logMessage(bool warning, const QString &text);
    void progress(qint64 done, qint64 total);
    void finished(const d1x::ValueRepairReport &report);

private:
    using Shape = DamageScan::Shape;
    struct Group;
    struct TableRead {
        QByteArray name;
        QList<QByteArray> columns;
        QList<int> keyColumns;    // indexes into columns
        QByteArray order;         // the table's scan order: the dump's
        QByteArray quotedColumns; // quote("a"), quote("b"), …
    };
    void scanSlice();
    void onScanned();
    sqlite3 *work() const { return m_scan->workDatabase(); }
    void nextTable();
    void sendKeyedBatch();
    void onKeyedBatch(ApiCall *call);
    void sendKeylessPage();
    void onKeylessPage(ApiCall *call);
    bool rowMatches(const QByteArray &line, const QJsonArray &quoted, int firstColumn, bool exactly);
    bool checkRow(const QByteArray &line, const QJsonArray &quoted, int firstColumn, qint64 lineNumber,
                  qint64 tableRow);
    void markChanged(qint64 lineNumber, const QString &why);
    bool takeAnswer(ApiCall *call, QJsonArray *statements);
    void startRewrite();
    void rewriteSlice();
    void onRewriteCommitted(bool ok);
    void finish(ValueRepairReport::Status status, const QString &error = {});
    void cleanUp();

    CloudflareClient *m_client;
    Job m_job;
    ValueRepairReport m_report;
    QElapsedTimer m_clock;
    bool m_running = false;
    int m_lookupsPerStatement = 300;
    int m_statementsPerRequest = 8;
    int m_statementBytes = 90000;

    // scan and rewrite
    std::shared_ptr<DamageScan> m_scan;
    void *m_in = nullptr; // gzFile
    qint64 m_fileBytes = 0;
    QByteArray m_carry;
    qint64 m_lineNumber = 0;

    // re-read
    QList<QByteArray> m_tables;
    TableRead m_current;
    int m_tableIndex = -1;
    QList<Group> *m_batch = nullptr;
    QPointer<ApiCall> m_call;
    QByteArray m_keylessAfter; // quote(rowid) of the last row read
    qint64 m_keylessOrdinal = 0;
    qint64 m_keylessLast = -1;  // last damaged row of the table

    // rewrite
    std::unique_ptr<DumpSink> m_sink;
    sqlite3_stmt *m_replacements = nullptr;
    qint64 m_nextReplacement = -1;
    QByteArray m_nextText;
};

} // namespace d1x

Q_DECLARE_METATYPE(d1x::ValueRepairReport)
