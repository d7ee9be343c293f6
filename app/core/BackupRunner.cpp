// BackupRunner: resolving the databases, exporting them in turn, and the manifest.
#include "BackupRunner.h"

#include "CloseMatches.h"
#include "FileNames.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

namespace d1x {

namespace {
QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString hex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}
} // namespace

int BackupSummary::succeeded() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const BackupEntry &e) { return e.ok(); }));
}

int BackupSummary::failed() const
{
    return int(entries.size()) - succeeded();
}

QJsonObject BackupEntry::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("database"), database);
    o.insert(QLatin1String("uuid"), uuid);
    o.insert(QLatin1String("started"), isoUtc(started));
    o.insert(QLatin1String("finished"), isoUtc(finished));
    o.insert(QLatin1String("ok"), ok());
    o.insert(QLatin1String("bookmark"), result.bookmark.isEmpty() ? QJsonValue() : QJsonValue(result.bookmark));
    if (!file.isEmpty()) {
        o.insert(QLatin1String("file"), file);
        o.insert(QLatin1String("bytes"), result.fileBytes);
        o.insert(QLatin1String("dump_bytes"), result.bytes);
        o.insert(QLatin1String("compressed"), result.compressed);
        o.insert(QLatin1String("sha256"), hex(result.sha256));
    }
    const VerifyReport &v = result.verification;
    if (!sqliteFile.isEmpty()) {
        o.insert(QLatin1String("sqlite_file"), sqliteFile);
        o.insert(QLatin1String("sqlite_bytes"), v.sqliteBytes);
        o.insert(QLatin1String("sqlite_sha256"), hex(v.sqliteSha256));
    }
    if (!result.virtualTables.isEmpty())
        o.insert(QLatin1String("virtual_tables"), QJsonArray::fromStringList(result.virtualTables));
    QJsonObject verification;
    verification.insert(QLatin1String("status"), v.statusKeyword());
    if (v.status != VerifyReport::Status::NotRun) {
        verification.insert(QLatin1String("compared_with_live"), v.comparedWithLive);
        QJsonObject tables;
        for (const TableCount &t : v.tables) {
            QJsonObject counts;
            counts.insert(QLatin1String("dump"), t.dumpRows);
            if (t.liveRows >= 0)
                counts.insert(QLatin1String("live"), t.liveRows);
            tables.insert(t.table, counts);
        }
        verification.insert(QLatin1String("tables"), tables);
        verification.insert(QLatin1String("differences"), QJsonArray::fromStringList(v.differences));
        verification.insert(QLatin1String("statements_over_100kb"), v.longStatements);
        if (!v.error.isEmpty())
            verification.insert(QLatin1String("error"), v.error);
    }
    o.insert(QLatin1String("verification"), verification);
    // How many values D1 had rounded or broken, and that they were restored (rows read, rows changed meanwhile).
    if (result.repair.status != ValueRepairReport::Status::NotRun)
        o.insert(QLatin1String("exact_values"), result.repair.toJson());
    if (result.liveValues.status != LiveValueReport::Status::NotRun)
        o.insert(QLatin1String("live_values"), result.liveValues.toJson());
    o.insert(QLatin1String("error"), result.error ? QJsonValue(result.error.toString()) : QJsonValue());
    return o;
}

BackupRunner::BackupRunner(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<d1x::BackupEntry>();
    qRegisterMetaType<d1x::BackupSummary>();
}

BackupRunner::~BackupRunner()
{
    if (m_listCall)
        m_listCall->abort();
}

QString BackupRunner::baseName(const QString &database, const QDateTime &when)
{
    return FileNames::safeBaseName(database, FileNames::Charset::Ascii) + QLatin1Char('-') + when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QDateTime BackupRunner::now() const
{
    return m_clockOverride.isValid() ? m_clockOverride : QDateTime::currentDateTimeUtc();
}

void BackupRunner::log(ExportController::LogLevel level, const QString &text)
{
    emit logMessage(level, m_client->credentials().redact(text));
}

void BackupRunner::start(const BackupRequest &request)
{
    if (m_running)
        return;
    m_request = request;
    m_summary = BackupSummary();
    m_queue.clear();
    m_missing.clear();
    m_manifestEntries.clear();
    m_manifestBehind = false;
    m_sinceManifest.invalidate();
    m_index = -1;
    m_cancelled = false;
    m_running = true;
    m_summary.manifestPath = QDir(request.folder).filePath(manifestFileName());
    m_budget.reset();
    if (request.requestLimit > 0)
        m_budget = std::make_unique<RequestBudget>(request.requestLimit, request.requestWindowMs);
    m_client->setRequestBudget(m_budget.get());

    if (request.folder.isEmpty())
        return finish(ApiError(ApiError::Kind::InvalidInput, tr("no backup folder was chosen")));
    if (!request.allDatabases && request.databases.isEmpty())
        return finish(ApiError(ApiError::Kind::InvalidInput, tr("no database was chosen")));
    const QFileInfo folder(request.folder);
    if (!folder.exists() && !PrivateFiles::makeFolder(request.folder)) // owner-only, as what goes in it
        return finish(ApiError(ApiError::Kind::FileError,
                               tr("the folder %1 could not be created").arg(QDir::toNativeSeparators(request.folder))));
    if (!QFileInfo(request.folder).isDir() || !QFileInfo(request.folder).isWritable())
        return finish(ApiError(ApiError::Kind::FileError,
                               tr("%1 is not a writable folder").arg(QDir::toNativeSeparators(request.folder))));
    loadPreviousManifest();

    PagedCall *call = m_client->listDatabases(request.accountId);
    m_listCall = call;
    connect(call, &ApiTask::retrying, this, [this](const ApiError &why, int attempt, int delayMs) {
        log(ExportController::LogLevel::Warning, tr("%1 Retrying in %2 s (attempt %3).")
                                                     .arg(why.summary()).arg(delayMs / 1000.0, 0, 'f', 1).arg(attempt + 1));
    });
    connect(call, &ApiTask::finished, this, [this, call] { onDatabasesListed(call); });
}

void BackupRunner::onDatabasesListed(PagedCall *call)
{
    if (call != m_listCall || !m_running)
        return;
    m_listCall = nullptr;
    if (call->error())
        return finish(call->error());
    QList<DatabaseInfo> all = DatabaseInfo::listFromJson(call->items());
    std::sort(all.begin(), all.end(), [](const DatabaseInfo &a, const DatabaseInfo &b) { return a.name < b.name; });
    if (m_request.allDatabases) {
        m_queue = all;
    } else {
        QSet<QString> taken;
        for (const QString &wanted : std::as_const(m_request.databases)) {
            auto it = std::find_if(all.cbegin(), all.cend(), [&](const DatabaseInfo &d) {
                return d.uuid.compare(wanted, Qt::CaseInsensitive) == 0 || d.name == wanted;
            });
            if (it == all.cend()) {
                BackupEntry missing;
                missing.database = wanted;
                missing.started = missing.finished = now();
                QStringList names;
                for (const DatabaseInfo &d : std::as_const(all))
                    names << d.name;
                missing.result.error = ApiError(ApiError::Kind::DatabaseNotFound, tr("no database named \"%1\".%2")
                                                                                    .arg(wanted, CloseMatches::suggestion(wanted, names)));
                m_missing << missing;
                continue;
            }
            if (!taken.contains(it->uuid)) {
                taken.insert(it->uuid);
                m_queue << *it;
            }
        }
    }
    emit databasesResolved(m_queue);
    if (m_queue.isEmpty() && m_missing.isEmpty())
        log(ExportController::LogLevel::Warning, tr("The account has no D1 databases: nothing to back up."));
    // Counted as the summary counts them: every database asked for, found or not.
    const int asked = int(m_queue.size() + m_missing.size());
    if (m_missing.isEmpty())
        log(ExportController::LogLevel::Info, tr("Backing up %n database(s) into %1.", nullptr, asked)
                                                  .arg(QDir::toNativeSeparators(m_request.folder)));
    else
        log(ExportController::LogLevel::Info, tr("Backing up %n database(s) into %1; %2 of them not found.", nullptr, asked)
                                                  .arg(QDir::toNativeSeparators(m_request.folder))
                                                  .arg(m_missing.size()));
    for (const BackupEntry &missing : std::as_const(m_missing)) {
        log(ExportController::LogLevel::Error, tr("%1: %2").arg(missing.database, missing.result.error.toString()));
        m_summary.entries << missing;
        addToManifest(missing);
    }
    if (!m_missing.isEmpty())
        writeManifest();
    exportNext();
}

void BackupRunner::exportNext()
{
    if (!m_running)
        return;
    if (m_cancelled || ++m_index >= m_queue.size())
        return finish();
    const DatabaseInfo &db = m_queue.at(m_index);
    const QDir folder(m_request.folder);
    const QDateTime started = now();
    const QString sqlSuffix = m_request.gzip ? QStringLiteral(".sql.gz") : QStringLiteral(".sql");
    // Two runs within the same second (or a clock override) must not overwrite each other's files.
    QString base = baseName(db.name, started);
    for (int n = 2; QFileInfo::exists(folder.filePath(base + sqlSuffix))
                    || QFileInfo::exists(folder.filePath(base + QLatin1String(".sqlite")));
         ++n)
        base = baseName(db.name, started) + QLatin1Char('-') + QString::number(n);

    m_current = BackupEntry();
    m_current.database = db.name;
    m_current.uuid = db.uuid;
    m_current.started = started;

    ExportRequest r = m_request.exportTemplate;
    r.accountId = m_request.accountId;
    r.databaseId = db.uuid;
    r.databaseName = db.name;
    r.outputPath = folder.filePath(base + sqlSuffix);
    r.compression = m_request.gzip ? ExportRequest::Compression::Gzip : ExportRequest::Compression::None;
    r.sqlitePath = m_request.sqliteCopy ? folder.filePath(base + QLatin1String(".sqlite")) : QString();

    m_controller = std::make_unique<ExportController>(m_client);
    if (m_budget) {
        // Polls spend the budget too: the first waits the budget's pace rather than going at once.
        ExportPollJob::Policy poll = m_controller->pollPolicy();
        poll.firstPollDelayMs = int(qMin<qint64>(m_budget->paceMs(), poll.maxIntervalMs));
        poll.firstIntervalMs = qMax(poll.firstIntervalMs, poll.firstPollDelayMs);
        m_controller->setPollPolicy(poll);
    }
    if (m_setup)
        m_setup(m_controller.get());
    const QString name = db.name;
    connect(m_controller.get(), &ExportController::logMessage, this,
            [this, name](ExportController::LogLevel level, const QString &text) {
                emit logMessage(level, tr("%1: %2").arg(name, text));
            });
    connect(m_controller.get(), &ExportController::stateChanged, this, &BackupRunner::stateChanged);
    connect(m_controller.get(), &ExportController::downloadProgress, this, &BackupRunner::downloadProgress);
    connect(m_controller.get(), &ExportController::verifyProgress, this, &BackupRunner::verifyProgress);
    connect(m_controller.get(), &ExportController::rateLimitWait, this, &BackupRunner::rateLimitWait);
    connect(m_controller.get(), &ExportController::finished, this, &BackupRunner::onExportFinished);
    emit databaseStarted(m_index, int(m_queue.size()), db);
    log(ExportController::LogLevel::Info,
        tr("Database %1 of %2: %3.").arg(m_index + 1).arg(m_queue.size()).arg(db.name));
    m_controller->start(r);
}

void BackupRunner::onExportFinished(const ExportResult &result)
{
    BackupEntry entry = m_current;
    entry.finished = now();
    entry.result = result;
    if (result.ok() || result.error.kind() == ApiError::Kind::VerifyFailed) {
        if (!result.path.isEmpty() && QFileInfo::exists(result.path))
            entry.file = QFileInfo(result.path).fileName();
        if (!result.verification.sqlitePath.isEmpty())
            entry.sqliteFile = QFileInfo(result.verification.sqlitePath).fileName();
    } else if (result.error.kind() == ApiError::Kind::Cancelled && !result.path.isEmpty()
               && QFileInfo::exists(result.path) && result.fileBytes > 0) {
        entry.file = QFileInfo(result.path).fileName(); // saved before the cancel reached the verification
    }
    m_summary.entries << entry;
    addToManifest(entry);
    if (!m_sinceManifest.isValid() || m_sinceManifest.elapsed() >= m_manifestIntervalMs)
        writeManifest();
    emit databaseFinished(m_index, entry);
    if (entry.ok())
        log(ExportController::LogLevel::Info, tr("%1: done.").arg(entry.database));
    else
        log(ExportController::LogLevel::Error,
            tr("%1: failed (%2).")
                .arg(entry.database, result.error ? result.error.summary() : result.verification.summary()));
    // Deleted later: this runs inside the controller's own finished() signal.
    if (ExportController *done = m_controller.release())
        done->deleteLater();
    if (m_cancelled)
        return finish();
    QTimer::singleShot(0, this, &BackupRunner::exportNext);
}

void BackupRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_controller && m_controller->isRunning()) {
        m_controller->cancel(); // its finished() ends the run
        return;
    }
    if (m_listCall) {
        m_listCall->abort();
        m_listCall = nullptr;
    }
    finish(ApiError(ApiError::Kind::Cancelled));
}

QByteArray BackupRunner::compactJson(const QJsonValue &value)
{
    // QJsonDocument holds objects and arrays only: any value is written inside an array, then unwrapped.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void BackupRunner::loadPreviousManifest()
{
    const QString path = m_summary.manifestPath;
    QFile file(path);
    if (!file.exists() || PrivateFiles::isSymlink(path)) // a planted link: writeManifest() says so
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                                             : QJsonDocument();
    file.close();
    if (doc.isObject() && doc.object().value(QLatin1String("backups")).isArray()) {
        const QJsonArray earlier = doc.object().value(QLatin1String("backups")).toArray();
        for (const QJsonValue &entry : earlier)
            m_manifestEntries << compactJson(entry);
        return;
    }
    // Kept, not overwritten: it may be the only record of earlier backups.
    const QString aside = QDir(m_request.folder).filePath(
        QStringLiteral("manifest-unreadable-%1.json").arg(now().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    QFile::rename(path, aside);
    log(ExportController::LogLevel::Warning,
        tr("The existing manifest could not be read; it was kept as %1 and a new one is started.")
            .arg(QDir::toNativeSeparators(aside)));
}

void BackupRunner::addToManifest(const BackupEntry &entry)
{
    m_manifestEntries << compactJson(entry.toJson());
    m_manifestBehind = true;
}

void BackupRunner::writeManifest()
{
    m_sinceManifest.start(); // a failed write is tried again an interval later, or at the end
    QJsonObject head;
    head.insert(QLatin1String("format"), QLatin1String("d1-exporter-backup-manifest"));
    head.insert(QLatin1String("version"), 1);
    head.insert(QLatin1String("account"), m_request.accountId);
    head.insert(QLatin1String("updated"), isoUtc(now()));
    QByteArray opening = QJsonDocument(head).toJson(QJsonDocument::Compact);
    opening.chop(1); // the closing brace: "backups" follows, one entry a line
    opening += ",\"backups\":[";
    QSaveFile file(m_summary.manifestPath);
    // A link planted at the manifest's fixed name would make QSaveFile write where it points.
    const bool refused = PrivateFiles::isSymlink(m_summary.manifestPath);
    const bool existed = QFileInfo::exists(m_summary.manifestPath);
    file.setDirectWriteFallback(false);
    const auto put = [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); };
    bool written = !refused && file.open(QIODevice::WriteOnly) && (existed || PrivateFiles::restrict(file))
        && put(opening);
    for (qsizetype i = 0; written && i < m_manifestEntries.size(); ++i)
        written = put(i == 0 ? "\n" : ",\n") && put(m_manifestEntries.at(i));
    if (!written || !put("\n]}\n") || !file.commit()) {
        m_summary.manifestError = refused ? PrivateFiles::symlinkRefused(m_summary.manifestPath)
                                          : tr("%1 could not be written: %2")
                                                .arg(QDir::toNativeSeparators(m_summary.manifestPath), file.errorString());
        log(ExportController::LogLevel::Error, m_summary.manifestError);
        return;
    }
    m_summary.manifestError.clear();
    m_manifestBehind = false;
    ++m_summary.manifestWrites;
}

void BackupRunner::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_manifestBehind)
        writeManifest();
    m_client->setRequestBudget(nullptr);
    m_summary.error = error;
    m_summary.cancelled = m_cancelled;
    m_summary.requests = m_budget ? m_budget->requestsTaken() : 0;
    if (error && error.kind() != ApiError::Kind::Cancelled)
        log(ExportController::LogLevel::Error, error.toString());
    else if (!m_summary.entries.isEmpty())
        log(m_summary.failed() ? ExportController::LogLevel::Error : ExportController::LogLevel::Info,
            tr("Backup finished: %1 of %n database(s) saved; manifest %2.", nullptr, int(m_summary.entries.size()))
                .arg(m_summary.succeeded())
                .arg(QDir::toNativeSeparators(m_summary.manifestPath)));
    if (m_budget && m_summary.requests > 0)
        log(ExportController::LogLevel::Info,
            tr("%n API request(s) sent, at most %1 per %2 s.", nullptr, int(qMin<qint64>(m_summary.requests, INT_MAX)))
                .arg(m_budget->limit())
                .arg(double(m_budget->windowMs()) / 1000.0));
    emit finished(m_summary);
}

} // namespace d1x
