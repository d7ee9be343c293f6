// ExportController: planning, the polling state machine, the hand-over to the Downloader and the
// DumpSink, what is appended for virtual tables, and verification.
#include "ExportController.h"

#include "CloseMatches.h"
#include "ExportRequestCheck.h"
#include "LocalExportSource.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTimer>

namespace d1x {

namespace {
constexpr qint64 EpilogueReadBytes = 1024 * 1024;

QString joinedNames(const QStringList &names)
{
    return names.join(QLatin1String(", "));
}
} // namespace

ExportController::ExportController(CloudflareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_downloader(client->networkAccessManager())
    , m_poller(client)
{
    connect(&m_poller, &ExportPollJob::info, this, [this](const QString &text) { log(LogLevel::Info, text); });
    connect(&m_poller, &ExportPollJob::warning, this, [this](const QString &text) { log(LogLevel::Warning, text); });
    connect(&m_poller, &ExportPollJob::serverMessage, this,
            [this](const QString &text) { log(LogLevel::Server, text); });
    connect(&m_poller, &ExportPollJob::active, this, [this] {
        m_result.bookmark = m_poller.bookmark();
        setState(State::Exporting);
    });
    connect(&m_poller, &ExportPollJob::waiting, this, &ExportController::rateLimitWait);
    connect(&m_poller, &ExportPollJob::ready, this, &ExportController::onExportReady);
    connect(&m_poller, &ExportPollJob::failed, this, &ExportController::finishWith);

    connect(&m_downloader, &Downloader::progress, this, [this](qint64 received, qint64 total) {
        emit downloadProgress(received, total, m_downloader.bytesPerSecond());
    });
    connect(&m_downloader, &Downloader::notice, this, [this](const QString &text) { log(LogLevel::Warning, text); });
    connect(&m_downloader, &Downloader::urlExpired, this, [this] {
        m_refreshingUrl = true;
        m_poller.refreshUrl(); // polling a finished task hands out a fresh signed URL
    });
    connect(&m_downloader, &Downloader::finished, this, &ExportController::onDownloadFinished);
}

ExportController::~ExportController()
{
    m_poller.cancel();
    if (m_call)
        m_call->abort();
    m_verifier.reset(); // stops the worker before the files it uses are removed
    m_concurrentCheck.reset();
    m_local.reset();
    if (m_sink)
        m_sink->cancel();
    cleanUpTemporaries();
}

void ExportController::setOrphanRecovery(int intervalMs, int maxWaitMs)
{
    ExportPollJob::Policy policy = m_poller.policy();
    policy.orphanIntervalMs = intervalMs;
    policy.orphanMaxWaitMs = maxWaitMs;
    m_poller.setPolicy(policy);
}

void ExportController::setPollRetryPolicy(const RetryPolicy &retry)
{
    ExportPollJob::Policy policy = m_poller.policy();
    policy.call = retry;
    m_poller.setPolicy(policy);
}

void ExportController::setMinimumPollIntervalMs(int ms)
{
    ExportPollJob::Policy policy = m_poller.policy();
    policy.firstIntervalMs = ms;
    m_poller.setPolicy(policy);
}

void ExportController::setDownloadPolicy(const Downloader::Policy &policy)
{
    m_downloader.setPolicy(policy);
}

bool ExportController::isRunning() const
{
    return m_state == State::Starting || m_state == State::Exporting || m_state == State::Downloading
        || m_state == State::Repairing || m_state == State::Verifying;
}

QString ExportController::stateText(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Ready");
    case State::Starting:
        return tr("Starting the export…");
    case State::Exporting:
        return tr("D1 is preparing the dump…");
    case State::Downloading:
        return tr("Downloading the dump…");
    case State::Repairing:
        return tr("Restoring the values D1 rounded…");
    case State::Verifying:
        return tr("Verifying the dump…");
    case State::Succeeded:
        return tr("Export finished");
    case State::Failed:
        return tr("Export failed");
    case State::Cancelled:
        return tr("Export cancelled");
    }
    return {};
}

bool ExportController::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
    // A receiver may have cancelled the export from stateChanged(): then the caller must stop.
    return m_state == state;
}

void ExportController::log(LogLevel level, const QString &text)
{
    emit logMessage(level, m_client->credentials().redact(text));
}

void ExportController::logFromJob(bool warning, const QString &text)
{
    log(warning ? LogLevel::Warning : LogLevel::Info, text);
}

ApiCall *ExportController::trackCall(ApiCall *call)
{
    m_call = call;
    connect(call, &ApiTask::retrying, this, [this](const ApiError &why, int attempt, int delayMs) {
        log(LogLevel::Warning, tr("%1 Retrying in %2 s (attempt %3).")
                                   .arg(why.summary()).arg(delayMs / 1000.0, 0, 'f', 1).arg(attempt + 1));
    });
    return call;
}

void ExportController::start(const ExportRequest &request)
{
    if (isRunning())
        return;
    m_request = request;
    m_result = ExportResult();
    m_result.path = request.outputPath;
    m_plan = ExportPlan();
    m_d1Options = request.options;
    m_needsD1Export = true;
    m_poller.cancel();
    m_refreshingUrl = false;
    m_epilogue.reset();
    m_epiloguePumping = false;
    m_sink.reset();
    m_verifier.reset();
    m_concurrentCheck.reset();
    m_damageScan.reset();
    m_repairWaitsForScan = false;
    m_repair.reset();
    m_valueCheck.reset();
    m_liveCount.reset();
    m_vtReader.reset();
    m_schema.clear();
    m_d1DumpBytes = 0;
    m_sqlIsTemporary = false;
    m_staged.discard();
    m_clock.start();
    if (!setState(State::Starting))
        return;

    const QString name = request.databaseName.isEmpty() ? request.databaseId : request.databaseName;
    // Checked before D1 is asked for anything: an export can take minutes and lock the database.
    if (const auto problem = ExportRequestCheck::check(request); problem != ExportRequestCheck::Problem::None)
        return finishWith(ApiError(ApiError::Kind::InvalidInput, ExportRequestCheck::message(problem)));
    for (const QString &path : {request.outputPath, request.sqlitePath}) {
        if (const QString why = path.isEmpty() ? QString() : ExportRequestCheck::targetError(path); !why.isEmpty())
            return finishWith(ApiError(ApiError::Kind::FileError, why));
    }

    if (request.outputPath.isEmpty()) {
        // SQLite only: the SQL passes through a hidden file beside the database, removed at the end.
        m_sqlIsTemporary = true;
        m_sqlPath = QDir(QFileInfo(request.sqlitePath).absolutePath())
                        .filePath(QStringLiteral(".d1x-dump-%1.sql")
                                      .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    } else {
        m_sqlPath = request.outputPath;
        QString why;
        if (!m_staged.begin(m_sqlPath, &why))
            return finishWith(ApiError(ApiError::Kind::FileError, why));
    }

    QString what = tr("schema and data");
    if (request.options.noData)
        what = tr("schema only");
    else if (request.options.noSchema)
        what = tr("data only");
    const QString tables = request.options.tables.isEmpty()
        ? tr("all tables")
        : tr("%n table(s): %1", nullptr, int(request.options.tables.size())).arg(joinedNames(request.options.tables));
    log(LogLevel::Info, tr("Starting the export of %1 (%2, %3).").arg(name, what, tables));
    if (!request.localDatabasePath.isEmpty())
        return startLocal();
    readSchema();
}

void ExportController::readSchema()
{
    ApiCall *call = trackCall(m_client->listAllSchemaObjects(m_request.accountId, m_request.databaseId));
    connect(call, &ApiTask::finished, this, [this, call] { onSchema(call); });
}

bool ExportController::applyPlan(const QList<TableInfo> &objects)
{
    m_schema = objects;
    m_plan = ExportPlan::make(objects, m_request.options, m_request.includeRelatedObjects);
    m_d1Options.tables = m_plan.d1Tables;
    m_needsD1Export = !(m_plan.d1Tables.isEmpty() && !m_request.options.tables.isEmpty());
    m_result.addedRelatedObjects = m_plan.addedRelated;

    if (!m_plan.unknownNames.isEmpty()) {
        // A typo would otherwise give a dump holding nothing but its PRAGMA line, and exit 0.
        QStringList known;
        for (const TableInfo &o : objects)
            known << o.name;
        QStringList what;
        for (const QString &name : std::as_const(m_plan.unknownNames))
            what << tr("no table named \"%1\" in %2.%3")
                        .arg(name, m_request.databaseName.isEmpty() ? m_request.databaseId : m_request.databaseName,
                             CloseMatches::suggestion(name, known));
        finishWith(ApiError(ApiError::Kind::TableNotFound, what.join(QLatin1Char(' '))));
        return false;
    }
    if (!m_plan.missingDependencies.isEmpty()) {
        const QStringList missing = ExportDependencies::tables(m_plan.missingDependencies);
        log(LogLevel::Warning, tr("%1 To include them, choose them too (command line: --table %2).")
                                   .arg(ExportDependencies::describe(m_plan.missingDependencies),
                                        missing.join(QLatin1String(" --table "))));
    }
    if (!m_plan.addedRelated.isEmpty())
        log(LogLevel::Info, tr("Also exporting the indexes and triggers of the chosen tables, which D1's table "
                               "filter would leave out: %1.")
                                .arg(joinedNames(m_plan.addedRelated)));

    if (m_plan.hasVirtualTables()) {
        QStringList names;
        for (const VirtualTable &v : std::as_const(m_plan.virtualTables)) {
            names << QStringLiteral("%1 (%2)").arg(v.name, v.module);
            m_result.virtualTables << v.name;
        }
        log(LogLevel::Info,
            tr("%n virtual table(s): %1. D1 refuses to export a database that holds them, so everything else is "
               "exported and their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.",
               nullptr, int(names.size()))
                .arg(joinedNames(names)));
        if (!m_plan.shadowTables.isEmpty())
            log(LogLevel::Info, tr("Left out their internal tables, which CREATE VIRTUAL TABLE makes again: %1.")
                                    .arg(joinedNames(m_plan.shadowTables)));
    }
    return true;
}

bool ExportController::warnIfRecreatedEmpty(const VirtualTable &v)
{
    if (v.content == VirtualTable::Content::External && !isExported(v.contentTable)) {
        log(LogLevel::Warning, tr("%1 indexes the table %2, which is not exported: it is recreated "
                                  "empty; run INSERT INTO %1(%1) VALUES('rebuild') once %2 is back.")
                                   .arg(v.name, v.contentTable));
        return true;
    }
    if (v.content == VirtualTable::Content::Contentless) {
        log(LogLevel::Warning, tr("%1 is a contentless full-text index: its rows cannot be read back, so it "
                                  "is recreated empty. Fill it again from its source.")
                                   .arg(v.name));
        return true;
    }
    return false;
}

bool ExportController::isExported(const QString &table) const
{
    if (m_request.options.tables.isEmpty())
        return true;
    for (const QString &t : std::as_const(m_plan.d1Tables))
        if (t.compare(table, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void ExportController::onSchema(ApiCall *call)
{
    if (call != m_call || !isRunning())
        return;
    m_call = nullptr;
    if (call->error())
        return finishWith(call->error());
    if (!applyPlan(TableInfo::listFromQueryResult(call->result())))
        return;
    if (m_plan.hasVirtualTables()) {
        m_epilogue = std::make_unique<QTemporaryFile>();
        if (!m_epilogue->open())
            return finishWith(ApiError(ApiError::Kind::FileError, m_epilogue->errorString()));
        VirtualTableReadJob::Job job;
        job.accountId = m_request.accountId;
        job.databaseId = m_request.databaseId;
        job.tables = m_plan.virtualTables;
        job.noSchema = m_request.options.noSchema;
        job.noData = m_request.options.noData;
        job.recreatedEmpty = [this](const VirtualTable &v) { return warnIfRecreatedEmpty(v); };
        m_vtReader = std::make_unique<VirtualTableReadJob>(m_client);
        m_vtReader->setPageSize(m_vtPageSize);
        connect(m_vtReader.get(), &VirtualTableReadJob::logMessage, this, &ExportController::logFromJob);
        connect(m_vtReader.get(), &VirtualTableReadJob::finished, this, &ExportController::onVirtualTablesRead);
        m_vtReader->start(job, m_epilogue.get());
        return;
    }
    countLiveRows();
}

void ExportController::onVirtualTablesRead(const ApiError &error)
{
    if (!isRunning() || m_finishing)
        return;
    if (error)
        return finishWith(error);
    countLiveRows();
}

void ExportController::startLocal()
{
    if (m_request.compareLiveCounts)
        return finishWith(ApiError(ApiError::Kind::InvalidInput,
                                   tr("a local database has no live row counts on D1 to compare with")));
    if (m_request.compareLiveValues)
        return finishWith(ApiError(ApiError::Kind::InvalidInput,
                                   tr("a local database has no values on D1 to compare with")));
    m_local = std::make_unique<LocalExportSource>();
    QString error;
    if (!m_local->open(m_request.localDatabasePath, &error))
        return finishWith(ApiError(ApiError::Kind::LocalReadFailed, error));
    log(LogLevel::Info, tr("Reading the local database %1 (read-only; a running wrangler dev is not disturbed).")
                            .arg(QDir::toNativeSeparators(m_request.localDatabasePath)));
    if (!applyPlan(m_local->schema()))
        return;
    LocalDumpWriter::Options options;
    options.noData = m_request.options.noData;
    options.noSchema = m_request.options.noSchema;
    options.tables = m_plan.d1Tables;
    options.skipMainPass = !m_needsD1Export;
    options.virtualTables = m_plan.virtualTables;
    for (const VirtualTable &v : std::as_const(m_plan.virtualTables)) {
        if (options.noData || warnIfRecreatedEmpty(v))
            continue;
        if (v.content == VirtualTable::Content::External)
            options.virtualTablesToRebuild << v.name;
        else
            options.virtualTablesWithRows << v.name;
    }
    if (!setState(State::Downloading) || !openSink())
        return;
    connect(m_local.get(), &LocalExportSource::progress, this, [this](qint64 bytes) {
        emit downloadProgress(bytes, 0, double(bytes) * 1000.0 / double(qMax<qint64>(1, m_clock.elapsed())));
    });
    connect(m_local.get(), &LocalExportSource::finished, this, &ExportController::onLocalWritten);
    m_local->start(options, m_sink.get());
}

void ExportController::onLocalWritten(const ApiError &error)
{
    if (m_state != State::Downloading || m_finishing)
        return;
    if (error)
        return finishWith(error);
    m_result.bytes = m_local->bytes();
    for (const VirtualTable &v : std::as_const(m_plan.virtualTables))
        if (!m_request.options.noData && m_local->virtualRows(v.name) > 0)
            log(LogLevel::Info, tr("%1: recreated with its %n row(s).", nullptr, int(m_local->virtualRows(v.name))).arg(v.name));
    log(LogLevel::Info, tr("Wrote the dump of the local database (%1).").arg(QLocale().formattedDataSize(m_result.bytes)));
    m_sink->commit(); // onSinkCommitted follows
}

void ExportController::countLiveRows()
{
    if (!m_request.compareLiveCounts || m_plan.countedTables.isEmpty())
        return startD1Export();
    if (m_request.options.noData) {
        // A schema-only dump has no rows to compare: no reason to pay for reading them on D1.
        log(LogLevel::Info, tr("Schema only: the live rows are not counted."));
        return startD1Export();
    }
    m_liveCount = std::make_unique<LiveCountJob>(m_client);
    connect(m_liveCount.get(), &LiveCountJob::logMessage, this, &ExportController::logFromJob);
    connect(m_liveCount.get(), &LiveCountJob::finished, this, &ExportController::onLiveCounts);
    m_liveCount->start(m_request.accountId, m_request.databaseId, m_plan.countedTables);
}

void ExportController::onLiveCounts(const ApiError &error)
{
    if (!isRunning() || m_finishing)
        return;
    if (error)
        return finishWith(error);
    m_result.liveCounts = m_liveCount->counts();
    startD1Export();
}

void ExportController::startD1Export()
{
    if (m_needsD1Export) {
        ExportPollJob::Policy policy = m_poller.policy();
        policy.timeLimitMs = m_request.timeLimitMs > 0 ? m_request.timeLimitMs : ExportPollJob::DefaultTimeLimitMs;
        m_poller.setPolicy(policy);
        return m_poller.start(m_request.accountId, m_request.databaseId, m_d1Options);
    }
    // Only virtual tables were chosen: D1 has nothing to export; the dump is ours alone.
    log(LogLevel::Info, tr("None of the chosen tables is one D1 exports itself, so D1 is not asked to export anything."));
    if (!setState(State::Downloading) || !openSink())
        return;
    const QByteArray header = QByteArrayLiteral("PRAGMA defer_foreign_keys=TRUE;");
    m_sink->write(header);
    m_result.bytes = header.size();
    m_d1DumpBytes = m_result.bytes;
    pumpEpilogue();
}

void ExportController::onExportReady(const ExportStatus &status)
{
    if (!isRunning() || m_finishing)
        return;
    m_result.bookmark = m_poller.bookmark();
    beginDownload(status);
}

bool ExportController::isAcceptableDownloadUrl(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    // Plain http only where the API itself is a local server (the emulator, tests).
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1String("http") && m_client->endpoint().base().scheme() == QLatin1String("http")
        && ((!host.isNull() && host.isLoopback()) || url.host() == QLatin1String("localhost"));
}

bool ExportController::openSink()
{
    DumpSink::Options options;
    switch (m_request.compression) {
    case ExportRequest::Compression::Auto:
        options.compression = m_sqlIsTemporary ? DumpSink::Compression::None : DumpSink::compressionForPath(m_sqlPath);
        break;
    case ExportRequest::Compression::None:
        options.compression = DumpSink::Compression::None;
        break;
    case ExportRequest::Compression::Gzip:
        options.compression = DumpSink::Compression::Gzip;
        break;
    }
    options.gzipLevel = m_request.gzipLevel;
    m_sink = std::make_unique<DumpSink>();
    connect(m_sink.get(), &DumpSink::committed, this, &ExportController::onSinkCommitted);
    if (!m_sink->open(dumpFile(), options)) {
        finishWith(ApiError(ApiError::Kind::FileError, m_sink->errorString()));
        return false;
    }
    m_result.compressed = options.compression == DumpSink::Compression::Gzip;
    // The check reads the dump while it is saved; an .sqlite copy is made from the final file only.
    if (m_request.wantsVerification() && m_request.sqlitePath.isEmpty()) {
        log(LogLevel::Info, tr("Verifying while it downloads: loading the dump into a temporary SQLite database…"));
        m_concurrentCheck = std::make_unique<ConcurrentDumpCheck>();
        connect(m_concurrentCheck.get(), &ConcurrentDumpCheck::finished, this, &ExportController::onVerified);
        m_concurrentCheck->attach(m_sink.get(), verificationJob());
    }
    return true;
}

void ExportController::beginDownload(const ExportStatus &status)
{
    const QUrl url(status.signedUrl, QUrl::StrictMode);
    if (url.scheme() == QLatin1String("http") && m_client->endpoint().base().scheme() == QLatin1String("https"))
        return finishWith(ApiError(ApiError::Kind::Tls,
                                   tr("the API (%1) is reached over HTTPS, but the download link it gave is plain "
                                      "HTTP (%2): the dump would travel unencrypted, so it was not downloaded")
                                       .arg(m_client->endpoint().base().host(), url.host())));
    if (!isAcceptableDownloadUrl(url))
        return finishWith(ApiError(ApiError::Kind::BadResponse, tr("the export finished without a usable download link")));
    if (m_refreshingUrl) {
        m_refreshingUrl = false;
        if (status.filename != m_result.serverFilename)
            return finishWith(ApiError(ApiError::Kind::DownloadFailed,
                                       tr("the fresh link is for another file (%1, not %2): the parts are not joined")
                                           .arg(status.filename, m_result.serverFilename)));
        log(LogLevel::Info, tr("Got a fresh download link; resuming."));
        if (setState(State::Downloading))
            m_downloader.resumeWithUrl(url);
        return;
    }
    m_result.serverFilename = status.filename;
    // The signed URL itself is a credential for an hour: it is never logged.
    log(LogLevel::Info, tr("The dump %1 is ready; downloading it from %2.").arg(status.filename, url.host()));
    if (!setState(State::Downloading) || !openSink())
        return;
    if (m_result.compressed)
        log(LogLevel::Info, tr("Compressing it with gzip while it downloads."));
    scanWhileSaving();
    m_downloader.start(url, m_sink.get());
}

void ExportController::onDownloadFinished()
{
    if (m_state != State::Downloading || m_finishing)
        return;
    if (m_downloader.error())
        return finishWith(m_downloader.error());
    m_result.bytes = m_downloader.bytesReceived();
    m_d1DumpBytes = m_result.bytes;
    m_sink->endInputTap(); // the scan for rounded values has all of D1's part
    const double seconds = qMax<qint64>(1, m_downloader.transferMs()) / 1000.0;
    const QLocale locale;
    log(LogLevel::Info, tr("Downloaded %1 in %2 s (%3/s).")
                            .arg(locale.formattedDataSize(m_result.bytes))
                            .arg(seconds, 0, 'f', 2)
                            .arg(locale.formattedDataSize(qint64(double(m_result.bytes) / seconds))));
    pumpEpilogue();
}

void ExportController::pumpEpilogue()
{
    // What was prepared for the virtual tables follows D1's dump, at the pace the writer takes it.
    if (m_epilogue) {
        if (!m_epiloguePumping) {
            m_epiloguePumping = true;
            m_epilogue->flush();
            m_epilogue->seek(0);
            connect(m_sink.get(), &DumpSink::drained, this, &ExportController::pumpEpilogue, Qt::UniqueConnection);
        }
        while (!m_epilogue->atEnd()) {
            if (m_sink->queuedBytes() >= DumpSink::highWaterBytes())
                return; // drained() brings us back
            const QByteArray chunk = m_epilogue->read(EpilogueReadBytes);
            if (chunk.isEmpty())
                break;
            if (!m_sink->write(chunk))
                return finishWith(ApiError(ApiError::Kind::FileError, m_sink->errorString()));
            m_result.bytes += chunk.size();
        }
    }
    if (m_sink->isCommitted() || m_sink->hasFailed())
        return;
    m_sink->commit(); // onSinkCommitted follows
}

void ExportController::onSinkCommitted(bool ok)
{
    if (!isRunning() || m_finishing)
        return;
    if (!ok)
        return finishWith(ApiError(ApiError::Kind::FileError, m_sink->errorString()));
    m_result.fileBytes = m_sink->fileSize();
    m_result.sha256 = m_sink->sha256();
    DumpSink::releaseFreedMemory();
    if (!m_request.options.noData)
        return startRepair(); // logs the checksum of the file as it ends up
    if (!publishDump())
        return;
    if (!m_sqlIsTemporary)
        log(LogLevel::Info, tr("SHA-256 of %1: %2")
                                .arg(QFileInfo(m_sqlPath).fileName(), QString::fromLatin1(m_result.sha256.toHex())));
    if (m_request.wantsVerification())
        return startVerification();
    compareValuesOrFinish();
}

void ExportController::scanWhileSaving()
{
    // D1's part is scanned for values it rounded as it is saved (the repair reads the file otherwise).
    if (m_request.options.noData)
        return;
    auto scan = std::make_unique<DamageScan>(m_schema);
    if (!scan->open(QFileInfo(dumpFile()).absolutePath()))
        return; // the repair tries again on the saved file, and says what failed
    m_damageScan = std::make_unique<ConcurrentDamageScan>();
    connect(m_damageScan.get(), &ConcurrentDamageScan::finished, this, [this] {
        if (std::exchange(m_repairWaitsForScan, false) && m_state == State::Repairing && !m_finishing)
            startRepair();
    });
    m_damageScan->attach(m_sink.get(), std::move(scan));
}

void ExportController::startRepair()
{
    if (m_state != State::Repairing && !setState(State::Repairing))
        return;
    if (m_damageScan && !m_damageScan->isDone()) {
        m_repairWaitsForScan = true; // the last of D1's part is still being scanned
        return;
    }
    ValueRepairJob::Job job;
    job.accountId = m_request.accountId;
    job.databaseId = m_request.databaseId;
    job.dumpPath = dumpFile();
    job.scanBytes = m_d1DumpBytes;
    job.sinkOptions.compression = m_sink->compression();
    job.sinkOptions.gzipLevel = m_request.gzipLevel;
    job.schema = m_schema;
    if (m_damageScan) {
        job.scanned = m_damageScan->take();
        m_damageScan.release()->deleteLater(); // this may run inside its finished()
    }
    m_repair = std::make_unique<ValueRepairJob>(m_client);
    connect(m_repair.get(), &ValueRepairJob::logMessage, this, &ExportController::logFromJob);
    connect(m_repair.get(), &ValueRepairJob::progress, this, &ExportController::verifyProgress);
    connect(m_repair.get(), &ValueRepairJob::finished, this, &ExportController::onRepaired);
    m_repair->start(job);
}

void ExportController::onRepaired(const ValueRepairReport &report)
{
    if (m_state != State::Repairing || m_finishing)
        return;
    m_result.repair = report;
    m_repair.release()->deleteLater(); // this runs inside its signal
    if (report.status == ValueRepairReport::Status::Failed) {
        // A dump with D1's rounded values must not take the place of the user's file: nothing is saved.
        // finishWith() logs the error; the error's own advice says what to do about a local file error.
        const QString kept = !m_sqlIsTemporary && QFileInfo::exists(m_sqlPath)
            ? tr(" %1 was left as it was.").arg(QDir::toNativeSeparators(m_sqlPath))
            : QString();
        if (report.errorKind == ApiError::Kind::FileError)
            return finishWith(ApiError(report.errorKind,
                                       tr("the values D1 rounded could not be written back into the dump (%1), so "
                                          "nothing was saved.%2")
                                           .arg(report.error, kept)));
        return finishWith(ApiError(report.errorKind,
                                   tr("the values D1 rounded could not be read again exactly (%1), so nothing was "
                                      "saved: the dump would hold them rounded.%2 Try again later.")
                                       .arg(report.error, kept)));
    }
    if (report.status == ValueRepairReport::Status::Cancelled)
        return finishWith(ApiError(ApiError::Kind::Cancelled));
    if (!publishDump())
        return;
    if (report.rewritten) {
        m_result.sha256 = report.sha256;
        m_result.fileBytes = report.fileBytes;
        m_result.bytes = report.dumpBytes;
    }
    if (!m_sqlIsTemporary)
        log(LogLevel::Info, tr("SHA-256 of %1: %2")
                                .arg(QFileInfo(m_sqlPath).fileName(), QString::fromLatin1(m_result.sha256.toHex())));
    log(report.ok() ? LogLevel::Info : LogLevel::Warning, report.summary());
    for (const QString &example : report.changedExamples)
        log(LogLevel::Warning, example);
    if (report.status == ValueRepairReport::Status::Changed)
        log(LogLevel::Warning, tr("Export again once nothing writes to the database, to get those rows exact too."));
    if (m_request.wantsVerification())
        return startVerification();
    compareValuesOrFinish();
}

bool ExportController::publishDump()
{
    if (m_sqlIsTemporary || !m_staged.isActive())
        return true;
    QString why;
    if (m_staged.commit(&why))
        return true;
    finishWith(ApiError(ApiError::Kind::FileError, why));
    return false;
}

void ExportController::dropConcurrentCheck()
{
    if (!m_concurrentCheck)
        return;
    m_concurrentCheck->stop();
    m_concurrentCheck.release()->deleteLater(); // this may run inside one of its signals
}

void ExportController::startVerification()
{
    if (!setState(State::Verifying))
        return;
    // What the concurrent check read is the saved file unless the download started over or the
    // value repair rewrote it.
    if (m_concurrentCheck && m_concurrentCheck->isUsable() && !m_result.repair.rewritten) {
        connect(m_concurrentCheck->verifier(), &DumpVerifier::progress, this, &ExportController::verifyProgress);
        if (m_concurrentCheck->isDone())
            onVerified(m_concurrentCheck->report());
        return; // otherwise its finished() brings onVerified()
    }
    dropConcurrentCheck();
    log(LogLevel::Info, m_request.sqlitePath.isEmpty()
                            ? tr("Verifying: loading the dump into a temporary SQLite database…")
                            : tr("Loading the dump into the SQLite database %1…")
                                  .arg(QDir::toNativeSeparators(m_request.sqlitePath)));
    m_verifier = std::make_unique<DumpVerifier>();
    connect(m_verifier.get(), &DumpVerifier::progress, this, &ExportController::verifyProgress);
    connect(m_verifier.get(), &DumpVerifier::finished, this, &ExportController::onVerified);
    m_verifier->start(verificationJob());
}

DumpVerifier::Job ExportController::verificationJob() const
{
    DumpVerifier::Job job;
    job.dumpPath = m_sqlPath;
    job.workFolder = QFileInfo(m_sqlPath).absolutePath();
    job.sqlitePath = m_request.sqlitePath;
    job.compareWithLive = m_request.compareLiveCounts && !m_request.options.noData && !m_result.liveCounts.isEmpty();
    job.liveCounts = m_result.liveCounts;
    job.cacheBytes = m_request.verifyCacheBytes;
    return job;
}

void ExportController::onVerified(const VerifyReport &report)
{
    if (m_state != State::Verifying || m_finishing)
        return;
    m_result.verification = report;
    const QLocale locale;
    if (report.status != VerifyReport::Status::LoadFailed && report.status != VerifyReport::Status::Cancelled) {
        QStringList counts;
        for (const TableCount &t : report.tables) {
            if (t.liveRows >= 0 && t.dumpRows != t.liveRows)
                counts << tr("%1: %2 (D1: %3)").arg(t.table, locale.toString(t.dumpRows), locale.toString(t.liveRows));
            else
                counts << tr("%1: %2").arg(t.table, locale.toString(t.dumpRows));
        }
        log(LogLevel::Info, tr("Rows per table after loading the dump: %1.").arg(joinedNames(counts)));
    }
    for (const LongStatement &s : report.longExamples)
        log(LogLevel::Warning, tr("Statement %1 is %2 long%3; D1 imports statements of at most 100 KB.")
                                   .arg(s.number)
                                   .arg(locale.formattedDataSize(s.bytes))
                                   .arg(s.table.isEmpty() ? QString() : tr(" (a row of %1)").arg(s.table)));
    // A success is said as one (the long statements were each warned about above).
    const LogLevel level = report.ok() ? LogLevel::Info : LogLevel::Error;
    log(level, report.summary());
    log(LogLevel::Info, tr("Loaded and checked %n statement(s) in %1 s.", nullptr, int(qMin<qint64>(report.statements, INT_MAX)))
                            .arg(report.elapsedMs / 1000.0, 0, 'f', 1));
    if (report.status == VerifyReport::Status::Differences)
        log(LogLevel::Warning, tr("Rows written to D1 between the count and the start of the export also show up "
                                  "as differences."));
    if (!report.sqlitePath.isEmpty())
        log(LogLevel::Info, tr("Saved the SQLite database %1 (%2), SHA-256 %3.")
                                .arg(QDir::toNativeSeparators(report.sqlitePath),
                                     locale.formattedDataSize(report.sqliteBytes),
                                     QString::fromLatin1(report.sqliteSha256.toHex())));
    if (report.status == VerifyReport::Status::Cancelled)
        return finishWith(ApiError(ApiError::Kind::Cancelled));
    // An .sqlite file that was asked for and could not be made is a failure; a dump that was saved
    // but does not load is reported through `verification`.
    if (report.status == VerifyReport::Status::LoadFailed && (!m_request.sqlitePath.isEmpty() || m_sqlIsTemporary))
        return finishWith(ApiError(ApiError::Kind::VerifyFailed, report.error));
    if (report.status == VerifyReport::Status::LoadFailed)
        return finishWith(ApiError()); // nothing to compare values in
    compareValuesOrFinish();
}

void ExportController::compareValuesOrFinish()
{
    if (!m_request.compareLiveValues)
        return finishWith(ApiError());
    if (m_request.options.noData) {
        log(LogLevel::Info, tr("Schema only: no values to compare with D1."));
        return finishWith(ApiError());
    }
    if (!setState(State::Verifying))
        return;
    QStringList tables;
    for (const QString &t : std::as_const(m_plan.countedTables)) {
        bool isVirtual = false;
        for (const VirtualTable &v : std::as_const(m_plan.virtualTables))
            isVirtual = isVirtual || v.name.compare(t, Qt::CaseInsensitive) == 0;
        if (!isVirtual) // (their rows are read through /query as they are; contentless ones cannot be)
            tables << t;
    }
    log(LogLevel::Info, tr("Comparing the values of %n table(s) with D1 (D1 bills every row this reads)…", nullptr,
                           int(tables.size())));
    LiveValueCheckJob::Job job;
    job.accountId = m_request.accountId;
    job.databaseId = m_request.databaseId;
    job.dumpPath = m_sqlPath;
    job.workFolder = QFileInfo(m_sqlPath).absolutePath();
    job.tables = tables;
    m_valueCheck = std::make_unique<LiveValueCheckJob>(m_client);
    connect(m_valueCheck.get(), &LiveValueCheckJob::logMessage, this, &ExportController::logFromJob);
    connect(m_valueCheck.get(), &LiveValueCheckJob::progress, this, &ExportController::verifyProgress);
    connect(m_valueCheck.get(), &LiveValueCheckJob::finished, this, &ExportController::onValuesCompared);
    m_valueCheck->start(job);
}

void ExportController::onValuesCompared(const LiveValueReport &report)
{
    if (m_state != State::Verifying || m_finishing)
        return;
    m_result.liveValues = report;
    m_valueCheck.release()->deleteLater(); // this runs inside its signal
    log(report.ok() ? LogLevel::Info : LogLevel::Warning, report.summary());
    if (report.status == LiveValueReport::Status::Differences)
        log(LogLevel::Warning, tr("Rows written to D1 since the export also show up as differences."));
    finishWith(ApiError());
}

void ExportController::cancel()
{
    if (!isRunning())
        return;
    finishWith(ApiError(ApiError::Kind::Cancelled));
}

void ExportController::cleanUpTemporaries()
{
    m_epilogue.reset();
    if (m_local)
        m_local.release()->deleteLater(); // may be inside one of its signals; ends its read transaction
    if (m_sqlIsTemporary && !m_sqlPath.isEmpty())
        QFile::remove(m_sqlPath);
}

void ExportController::finishWith(const ApiError &error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_poller.cancel();
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->abort();
    }
    if (m_downloader.isRunning())
        m_downloader.cancel();
    if (m_sink && !m_sink->isCommitted())
        m_sink->cancel(); // removes the temporary file; an existing file stays as it was
    if (m_repair) {
        m_repair->stop(); // its own temporary files go; the staging file goes below
        m_repair.release()->deleteLater();
    }
    // Until the dump was final, it was only ever the staging file: the target is as it was.
    const bool sqlWasSaved = m_staged.isCommitted();
    m_staged.discard();
    if (m_valueCheck) {
        m_valueCheck->stop();
        m_valueCheck.release()->deleteLater();
    }
    if (m_vtReader) {
        m_vtReader->stop();
        m_vtReader.release()->deleteLater(); // this may run inside its finished()
    }
    if (m_liveCount) {
        m_liveCount->stop();
        m_liveCount.release()->deleteLater(); // this may run inside its finished()
    }
    if (m_verifier) {
        // Stopped now (it removes its temporary database), deleted later: this may run inside one
        // of its own signals.
        m_verifier->stop();
        m_verifier.release()->deleteLater();
    }
    dropConcurrentCheck();
    if (m_damageScan) {
        m_damageScan->stop();
        m_damageScan.release()->deleteLater(); // this may run inside its finished()
    }
    cleanUpTemporaries();
    m_result.error = error;
    m_result.elapsedMs = m_clock.elapsed();
    if (m_sqlIsTemporary)
        m_result.path.clear();
    const QLocale locale;
    if (!error) {
        QStringList saved;
        if (!m_sqlIsTemporary)
            saved << tr("%1 (%2)").arg(QDir::toNativeSeparators(m_sqlPath), locale.formattedDataSize(m_result.fileBytes));
        if (!m_result.verification.sqlitePath.isEmpty())
            saved << tr("%1 (%2)").arg(QDir::toNativeSeparators(m_result.verification.sqlitePath),
                                       locale.formattedDataSize(m_result.verification.sqliteBytes));
        log(LogLevel::Info, tr("Saved %1 in %2 s.").arg(saved.join(tr(" and ")))
                                .arg(m_result.elapsedMs / 1000.0, 0, 'f', 1));
        setState(State::Succeeded);
    } else if (error.kind() == ApiError::Kind::Cancelled) {
        if (sqlWasSaved && !m_sqlIsTemporary)
            log(LogLevel::Warning, tr("Cancelled; the SQL dump %1 had already been saved and was kept.")
                                       .arg(QDir::toNativeSeparators(m_sqlPath)));
        else
            log(LogLevel::Warning, tr("Export cancelled; no file was written."));
        setState(State::Cancelled);
    } else {
        log(LogLevel::Error, error.toString());
        setState(State::Failed);
    }
    m_finishing = false;
    emit finished(m_result);
}

} // namespace d1x
