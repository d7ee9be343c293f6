// ImportTransform: any dump or database becomes SQL that D1's import loads, with every value exact.
//
// Input: a .sql or .sql.gz dump (ours, wrangler's, sqlite3's .dump with its BEGIN/COMMIT and PRAGMA
// lines) or a SQLite database file, told apart by content, not by name. A database file is opened
// read-only as it is; a dump is first loaded, statement by statement and inside DumpVerifier's
// sandbox, into a scratch SQLite database beside the output (foreign keys off, so any order loads;
// loading also normalises the quirks of each dump format). The output is then written from that
// database by ImportSqlWriter, in the order D1 needs, each statement at most StatementLimit bytes.
// Streamed throughout (memory does not grow with the file), the MD5 computed while writing, the
// output replaced only when complete; cancel() removes it and the scratch database.
#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace d1x {

class DumpVerifier;
struct VerifyReport;

struct ImportPreparation {
    QString error;              // empty on success; else what happened and what to do (tr())
    QString outputPath;         // the D1-loadable SQL written
    qint64 bytes = 0;           // its size
    QByteArray md5Hex;          // md5 of it, lower-case hex (computed while writing)
    qint64 statements = 0;
    QStringList tables;         // in the order they are created
    QMap<QString, qint64> rowsPerTable; // rows written per table (virtual tables' content included)
    QStringList virtualTables;
    int splitRows = 0;          // rows longer than D1's statement limit written in pieces
    QStringList skipped;        // what was left out and why, one line each (e.g. "_cf_KV: D1's own table")
};

class ImportTransform : public QObject // runs its work on a thread of its own; signals in the caller's thread
{
    Q_OBJECT
public:
    explicit ImportTransform(QObject *parent = nullptr);
    ~ImportTransform() override; // as cancel()

    void start(const QString &inputPath, const QString &outputPath); // .sql, .sql.gz, .sqlite/.sqlite3/.db (by content)
    void cancel();            // no signal after; the output file removed
    static constexpr qint64 StatementLimit = 100000;

    // The most bytes the transform held in its own buffers at once (output buffer plus the statement
    // being built), for tests that prove memory stays flat.
    qint64 peakBufferBytes() const { return m_peakBuffer.load(); }
    // Where a dump is loaded before it is written out; the output's folder when not set.
    void setWorkFolder(const QString &folder) { m_workFolder = folder; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const d1x::ImportPreparation &result);

private:
    enum class Input { Missing, Empty, SqliteFile, Dump, WebPage, Binary };
    static Input sniff(const QString &path, QString *detail);
    void fail(const QString &error);
    void loaded(const VerifyReport &report);
    void startWriting(const QString &databasePath, bool readOnly);
    void stopWorker();
    void removeScratch();

    QString m_input;
    QString m_output;
    QString m_workFolder;
    QString m_scratch; // the loaded dump
    qint64 m_inputBytes = 0;
    bool m_fromDump = false;
    quint64 m_run = 0; // results of an earlier (cancelled) run are dropped
    std::unique_ptr<DumpVerifier> m_loader;
    std::unique_ptr<QThread> m_worker;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_committed{false}; // the output is complete, its result not yet delivered
    std::atomic<void *> m_db{nullptr};
    std::atomic<qint64> m_peakBuffer{0};
};

} // namespace d1x

Q_DECLARE_METATYPE(d1x::ImportPreparation)
