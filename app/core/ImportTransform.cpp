// ImportTransform: sniffing the input, loading a dump, writing the D1-loadable SQL (see header).
#include "ImportTransform.h"

#include "DumpReader.h"
#include "DumpVerifier.h"
#include "ImportOutput.h"
#include "ImportSqlWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace d1x {

namespace {
constexpr qint64 ProgressEveryMs = 100;
constexpr qint64 SniffBytes = 4096;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportTransform)
};
} // namespace

ImportTransform::ImportTransform(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<d1x::ImportPreparation>();
}

ImportTransform::~ImportTransform()
{
    cancel();
}

ImportTransform::Input ImportTransform::sniff(const QString &path, QString *detail)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return Input::Missing;
    }
    const QByteArray head = file.read(16);
    if (head.isEmpty())
        return Input::Empty;
    if (head == QByteArray("SQLite format 3\0", 16))
        return Input::SqliteFile;
    file.close();
    // The first bytes of the text (gzip or plain alike).
    DumpReader reader;
    if (!reader.openFile(path))
        return Input::Dump; // the loader says why
    QByteArray text(SniffBytes, '\0');
    const qint64 n = reader.read(text.data(), text.size());
    if (n < 0)
        return Input::Dump;
    text.resize(n);
    if (text.startsWith("\xef\xbb\xbf"))
        text.remove(0, 3);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Input::Empty;
    if (trimmed.startsWith('<'))
        return Input::WebPage;
    if (trimmed.contains('\0'))
        return Input::Binary;
    return Input::Dump;
}

void ImportTransform::start(const QString &inputPath, const QString &outputPath)
{
    cancel(); // a run still going is replaced
    ++m_run;
    m_cancelled = false;
    m_peakBuffer = 0;
    m_committed = false;
    m_input = inputPath;
    m_output = outputPath;
    m_inputBytes = QFileInfo(inputPath).size();
    m_fromDump = false;
    const QString name = QDir::toNativeSeparators(inputPath);
    const QFileInfo in(inputPath);
    const QFileInfo out(outputPath);
    if (in.exists() && out.exists() && in.canonicalFilePath() == out.canonicalFilePath())
        return fail(Tr::tr("%1 would be replaced by its own transformed copy: choose another file for the SQL "
                           "that is uploaded.")
                        .arg(name));
    QString detail;
    switch (sniff(inputPath, &detail)) {
    case Input::Missing:
        return fail(Tr::tr("%1 cannot be read: %2. Check the path and that you may read the file.").arg(name, detail));
    case Input::Empty:
        return fail(Tr::tr("%1 is empty: there is nothing to import. Choose an SQL dump or a SQLite database file.")
                        .arg(name));
    case Input::WebPage:
        return fail(Tr::tr("%1 is a web page (HTML), not an SQL dump: it was probably saved from a browser or an "
                           "error page instead of the file itself. Download or export the database again.")
                        .arg(name));
    case Input::Binary:
        return fail(Tr::tr("%1 is neither an SQL dump nor a SQLite database (it holds binary data). Choose a .sql "
                           "or .sql.gz dump, or a SQLite database file.")
                        .arg(name));
    case Input::SqliteFile:
        return startWriting(inputPath, true);
    case Input::Dump:
        break;
    }
    m_fromDump = true;
    const QString folder = m_workFolder.isEmpty() ? QFileInfo(outputPath).absolutePath() : m_workFolder;
    m_scratch = QDir(folder).filePath(QStringLiteral(".d1x-import-%1.sqlite")
                                          .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    m_loader = std::make_unique<DumpVerifier>();
    const quint64 run = m_run;
    connect(m_loader.get(), &DumpVerifier::progress, this, [this, run](qint64 done, qint64 total) {
        if (run == m_run && !m_cancelled)
            emit progress(done, 2 * qMax<qint64>(total, 1));
    });
    connect(m_loader.get(), &DumpVerifier::finished, this, [this, run](const VerifyReport &report) {
        if (run == m_run && !m_cancelled)
            loaded(report);
    });
    DumpVerifier::Job job;
    job.dumpPath = inputPath;
    job.workFolder = folder;
    job.sqlitePath = m_scratch;
    job.syncSqlite = false;
    m_loader->start(job);
}

void ImportTransform::loaded(const VerifyReport &report)
{
    m_peakBuffer = qMax(m_peakBuffer.load(), report.peakBufferBytes);
    m_loader.release()->deleteLater(); // its thread has ended (or is about to; its destructor waits)
    if (report.status == VerifyReport::Status::Cancelled)
        return;
    if (report.status == VerifyReport::Status::LoadFailed) {
        removeScratch();
        const QString name = QDir::toNativeSeparators(m_input);
        if (report.error.contains(QLatin1String("unexpected end of file")))
            return fail(Tr::tr("%1 is cut short (the compressed file ends too early): it was not downloaded or "
                               "saved completely. Download or export it again.")
                            .arg(name));
        return fail(Tr::tr("%1 cannot be read as an SQL dump: %2. Choose a complete .sql or .sql.gz dump, or a "
                           "SQLite database file.")
                        .arg(name, report.error));
    }
    startWriting(m_scratch, false);
}

void ImportTransform::fail(const QString &error)
{
    ImportPreparation result;
    result.error = error;
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run, result] {
            if (run == m_run && !m_cancelled)
                emit finished(result);
        },
        Qt::QueuedConnection);
}

void ImportTransform::startWriting(const QString &databasePath, bool readOnly)
{
    const quint64 run = m_run;
    const QString input = m_input;
    const QString output = m_output;
    const bool fromDump = m_fromDump;
    const qint64 inputBytes = m_inputBytes;
    m_worker.reset(QThread::create([this, run, input, databasePath, readOnly, output, fromDump, inputBytes] {
        ImportPreparation result;
        result.outputPath = output;
        const QString name = QDir::toNativeSeparators(input);
        sqlite3 *db = nullptr;
        // A database file is read as it is: read-only, in one read transaction (one snapshot).
        const QByteArray uri = QUrl::fromLocalFile(databasePath).toEncoded() + (readOnly ? "?mode=ro" : "");
        int rc = sqlite3_open_v2(uri.constData(), &db, (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
                                     | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc == SQLITE_OK) {
            m_db = db;
            sqlite3_busy_timeout(db, 10000);
            sqlite3_exec(db, "PRAGMA query_only=1; PRAGMA cache_size=-32768;", nullptr, nullptr, nullptr);
            rc = sqlite3_exec(db, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
        }
        if (rc != SQLITE_OK) {
            result.error = Tr::tr("%1 cannot be opened as a SQLite database: %2. Choose an intact SQLite database "
                                  "file or an SQL dump.")
                               .arg(name, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
        } else {
            ImportOutput out(StatementLimit);
            QElapsedTimer clock; // invalid until the first report, which always goes out
            auto progress = [this, run, fromDump, inputBytes, &clock](qint64 done, qint64 total) {
                if (clock.isValid() && clock.elapsed() < ProgressEveryMs && done != total)
                    return;
                clock.start();
                qint64 at = done;
                qint64 of = total;
                if (fromDump) { // the second half of the way, after loading
                    of = 2 * qMax<qint64>(inputBytes, 1);
                    at = of / 2 + (total > 0 ? qint64(double(done) / double(total) * double(of / 2)) : of / 2);
                }
                QMetaObject::invokeMethod(
                    this,
                    [this, run, at, of] {
                        if (run == m_run && !m_cancelled)
                            emit this->progress(at, of);
                    },
                    Qt::QueuedConnection);
            };
            ImportSqlWriter writer(db, out, m_cancelled, progress);
            QString error;
            if (!out.open(output, &error)) {
                result.error = error;
            } else if (!writer.write(result)) {
                result.error = Tr::tr("%1 could not be turned into SQL for D1: %2").arg(name, writer.errorString());
                out.cancel();
            } else if (m_cancelled) {
                out.cancel();
            } else if (!out.commit(&error)) {
                result.error = error;
            } else {
                m_committed = true;
                result.bytes = out.bytes();
                result.md5Hex = out.md5Hex();
                result.statements = out.statements();
            }
            m_peakBuffer = qMax<qint64>(m_peakBuffer.load(), out.peakBufferBytes() + writer.peakRowBytes());
        }
        m_db = nullptr;
        sqlite3_close(db);
        if (!result.error.isEmpty()) { // nothing half-made stays
            result.bytes = 0;
            result.md5Hex.clear();
            result.statements = 0;
        }
        QMetaObject::invokeMethod(
            this,
            [this, run, result] {
                if (run != m_run || m_cancelled)
                    return;
                if (m_worker)
                    m_worker->wait();
                m_worker.reset();
                removeScratch();
                m_committed = false;
                emit finished(result);
            },
            Qt::QueuedConnection);
    }));
    m_worker->setObjectName(QStringLiteral("d1x-import-transform"));
    m_worker->start(QThread::LowPriority);
}

void ImportTransform::stopWorker()
{
    if (!m_worker)
        return;
    if (void *db = m_db.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(db));
    m_worker->wait(); // it stops after the row it is writing
    m_worker.reset();
}

void ImportTransform::removeScratch()
{
    if (m_scratch.isEmpty())
        return;
    QFile::remove(m_scratch);
    QFile::remove(m_scratch + QLatin1String("-journal"));
    m_scratch.clear();
}

void ImportTransform::cancel()
{
    m_cancelled = true;
    ++m_run; // a result already queued is dropped
    if (m_loader) {
        m_loader->stop();
        m_loader.reset();
    }
    stopWorker();
    removeScratch();
    // The worker may have committed the file just before it saw the cancel: no output then either.
    if (m_committed.exchange(false))
        QFile::remove(m_output);
}

} // namespace d1x
