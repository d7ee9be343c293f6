// DumpWriter: writes a SQLite database as SQL in the format of a Cloudflare D1 export (the format of
// miniflare's dumpSql, see README.md). It streams row by row, so memory stays flat on any size, and may
// run on a worker thread (cancel flag and progress callback are thread-safe by construction).
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;
struct sqlite3;

namespace emu {

class DumpWriter
{
public:
    struct Options {
        bool noData = false;   // schema only
        bool noSchema = false; // data only
        QStringList tables;    // empty: everything; else only objects whose own name is listed
        // false (default): numbers pass through a double as in D1 (integers beyond ±2^53 rounded,
        // infinities as the bare words Infinity / -Infinity); true: every value exact.
        bool exactNumbers = false;
    };

    DumpWriter();
    explicit DumpWriter(Options options);

    // Checked once per row; when it turns true, write() stops with an error.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Called on the writing thread after each flush with the total bytes written so far.
    void setProgressCallback(std::function<void(qint64)> callback) { m_progress = std::move(callback); }

    bool write(const QString &sqlitePath, QIODevice *out);
    bool writeFile(const QString &sqlitePath, const QString &outPath);

    QString errorString() const { return m_error; }
    qint64 bytesWritten() const { return m_written; }

    // A REAL as JavaScript's Number#toString prints it (shortest round-trip digits), the way D1 does;
    // infinities as 9e999 / -9e999 (which SQLite reads back), or as JavaScript's words with `asJavaScript`.
    static QByteArray formatReal(double value, bool asJavaScript = false);

private:
    bool dump(sqlite3 *db);
    bool dumpRows(sqlite3 *db, const QByteArray &table);
    void statement(const QByteArray &sql);
    bool flush();
    bool fail(const QString &message);
    bool sqliteFailed(sqlite3 *db, const char *what);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    bool wanted(const QByteArray &name) const;

    Options m_options;
    QList<QByteArray> m_tableFilter; // UTF-8 form of m_options.tables
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(qint64)> m_progress;
    QIODevice *m_out = nullptr;
    QByteArray m_buffer;
    bool m_firstStatement = true;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace emu
