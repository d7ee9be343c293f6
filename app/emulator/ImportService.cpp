// ImportService: import, uploads and Time Travel of the emulator (see header).
#include "ImportService.h"

#include "ApiAnswers.h"
#include "CloudflareEmulator.h"
#include "ImportTask.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

namespace emu {

namespace {

constexpr qint64 kMaxUploadBytes = 5'000'000'000; // D1 takes import files up to 5 GB
const QByteArray kUploadPrefix = "/uploads/";

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

} // namespace

ImportService::ImportService(std::function<QString()> workDirectory, std::function<QUrl()> uploadOrigin,
                             QObject *parent)
    : QObject(parent)
    , m_workDirectory(std::move(workDirectory))
    , m_uploadOrigin(std::move(uploadOrigin))
    , m_timeTravel([this] { return QDir(m_workDirectory()).filePath(QStringLiteral("snapshots")); })
{
}

ImportService::~ImportService()
{
    qDeleteAll(m_tasks); // each joins its worker and removes its unused copy
    for (const Upload &upload : std::as_const(m_uploads)) {
        if (upload.received)
            QFile::remove(upload.path);
    }
}

QString ImportService::uploadDirectory() const
{
    const QString dir = QDir(m_workDirectory()).filePath(QStringLiteral("uploads"));
    QDir().mkpath(dir);
    return dir;
}

bool ImportService::isImporting(const QString &databaseUuid) const
{
    return std::any_of(m_tasks.cbegin(), m_tasks.cend(), [&](const ImportTask *t) {
        return t->status() == ImportTask::Status::Active && t->setup().databaseUuid == databaseUuid;
    });
}

void ImportService::forget(const QString &databaseUuid)
{
    for (auto it = m_uploads.begin(); it != m_uploads.end();) {
        if (it->databaseUuid == databaseUuid) {
            if (it->received)
                QFile::remove(it->path);
            it = m_uploads.erase(it);
        } else {
            ++it;
        }
    }
    m_timeTravel.forget(databaseUuid);
}

// ---- The import endpoint ------------------------------------------------------------------------

HttpResponse ImportService::import(const HttpRequest &request, const Target &target, bool mayEdit,
                                   const QString &busyWith, const FaultSpec *fault)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return answers::error(400, 7400, QStringLiteral("The request is malformed: the body must be a JSON object"));
    const QJsonObject body = document.object();
    const QString action = body.value(QStringLiteral("action")).toString();
    const bool writes = action == u"init" || action == u"ingest";
    if (writes && !mayEdit)
        return answers::error(403, 10000, QStringLiteral("Authentication error"));
    if (writes && !busyWith.isEmpty())
        return answers::error(503, 7500, busyWith);
    const QString etag = body.value(QStringLiteral("etag")).toString().toLower();

    if (action == u"init") {
        if (etag.isEmpty())
            return answers::error(400, 7400, QStringLiteral("The request is malformed: \"init\" needs an \"etag\""));
        // A file with that etag already uploaded for this database: the import starts at once.
        for (const Upload &held : std::as_const(m_uploads)) {
            if (held.databaseUuid == target.uuid && held.received && QString::fromLatin1(held.md5Hex) == etag)
                return startIngest(target, held, fault);
        }
        Upload upload;
        upload.databaseUuid = target.uuid;
        upload.filename = QStringLiteral("%1-%2.sql").arg(etag.left(32), QString::fromLatin1(randomHex(8)));
        const QString url = signUploadUrl(&upload);
        m_uploads.insert(upload.filename, upload);
        return answers::success(QJsonObject{{QStringLiteral("success"), true},
                                            {QStringLiteral("upload_url"), url},
                                            {QStringLiteral("filename"), upload.filename}});
    }

    if (action == u"ingest") {
        const QString filename = body.value(QStringLiteral("filename")).toString();
        const auto it = m_uploads.constFind(filename);
        const auto refuse = [&](const QString &error) {
            return answers::success(QJsonObject{{QStringLiteral("success"), true},
                                                {QStringLiteral("type"), QStringLiteral("import")},
                                                {QStringLiteral("at_bookmark"), m_timeTravel.current(target.uuid)},
                                                {QStringLiteral("status"), QStringLiteral("error")},
                                                {QStringLiteral("messages"), QJsonArray()},
                                                {QStringLiteral("error"), error}});
        };
        if (it == m_uploads.cend() || it->databaseUuid != target.uuid || !it->received)
            return refuse(QStringLiteral("No uploaded file %1 was found: upload it to the URL \"init\" gave first")
                              .arg(filename));
        if (QString::fromLatin1(it->md5Hex) != etag)
            return refuse(QStringLiteral("The uploaded file's etag %1 does not match %2")
                              .arg(QString::fromLatin1(it->md5Hex), etag));
        return startIngest(target, *it, fault);
    }

    if (action == u"poll") {
        const QString bookmark = body.value(QStringLiteral("current_bookmark")).toString();
        // The newest: a failed import leaves the bookmark as it was, so a later one may share it.
        for (qsizetype i = m_tasks.size() - 1; i >= 0; --i) {
            ImportTask *task = m_tasks.at(i);
            if (task->setup().databaseUuid == target.uuid && task->setup().atBookmark == bookmark)
                return pollingAnswer(task);
        }
        return answers::success(QJsonObject{
            {QStringLiteral("success"), false},
            {QStringLiteral("error"), QStringLiteral("No import is known for bookmark %1").arg(bookmark)}});
    }
    return answers::error(400, 7400,
                          QStringLiteral("The request is malformed: \"action\" must be init, ingest or poll"));
}

HttpResponse ImportService::startIngest(const Target &target, const Upload &upload, const FaultSpec *fault)
{
    ImportTask::Setup setup;
    setup.atBookmark = m_timeTravel.current(target.uuid);
    setup.databaseUuid = target.uuid;
    setup.filename = upload.filename;
    setup.importer.databasePath = target.path;
    setup.importer.sqlPath = upload.path;
    setup.importer.workPath = target.path + QStringLiteral(".import-%1").arg(++m_counter);
    if (fault && fault->fault == Fault::ImportError) {
        setup.importer.failAfterStatements = qMax(0, fault->afterStatements);
        setup.importer.failMessage =
            fault->message.isEmpty() ? QStringLiteral("Simulated import failure") : fault->message;
    }
    setup.pollsAfterIngest = m_pollsAfterIngest;
    setup.longPollMs = m_longPollMs;
    const QString uuid = target.uuid;
    const QString live = target.path;
    auto *task = new ImportTask(std::move(setup),
                                [this, uuid, live](const QString &work, QString *error) {
                                    return m_timeTravel.replace(uuid, live, work, error);
                                },
                                this);
    m_tasks.append(task);
    connect(task, &ImportTask::ended, this, [this, task] {
        m_peakIngestBuffered = qMax(m_peakIngestBuffered, task->outcome().peakBufferedBytes);
    });
    task->start();
    return pollingAnswer(task);
}

HttpResponse ImportService::pollingAnswer(ImportTask *task)
{
    const ImportTask::Status status = task->poll();
    QJsonObject r{{QStringLiteral("success"), true},
                  {QStringLiteral("type"), QStringLiteral("import")},
                  {QStringLiteral("at_bookmark"), task->setup().atBookmark},
                  {QStringLiteral("messages"), QJsonArray::fromStringList(task->takeMessages())}};
    switch (status) {
    case ImportTask::Status::Active:
        r.insert(QStringLiteral("status"), QStringLiteral("active"));
        break;
    case ImportTask::Status::Error:
        r.insert(QStringLiteral("status"), QStringLiteral("error"));
        r.insert(QStringLiteral("error"), task->error());
        break;
    case ImportTask::Status::Complete: {
        const SqlImporter::Outcome &o = task->outcome();
        r.insert(QStringLiteral("status"), QStringLiteral("complete"));
        r.insert(QStringLiteral("result"),
                 QJsonObject{{QStringLiteral("final_bookmark"), task->finalBookmark()},
                             {QStringLiteral("num_queries"), o.numQueries},
                             {QStringLiteral("meta"),
                              QJsonObject{{QStringLiteral("duration"), o.durationMs},
                                          {QStringLiteral("rows_read"), o.rowsRead},
                                          {QStringLiteral("rows_written"), o.rowsWritten},
                                          {QStringLiteral("size_after"), o.sizeAfter},
                                          {QStringLiteral("changes"), o.changes}}}});
        break;
    }
    }
    return answers::success(r);
}

// ---- Time Travel --------------------------------------------------------------------------------

namespace {
// RFC 3339 ("2026-12-06T18:00:00Z", also with an offset or fractions) to ms since the epoch; -1 if not.
qint64 parseTimestamp(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}
} // namespace

HttpResponse ImportService::bookmark(const HttpRequest &request, const Target &target)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    QString bookmark = m_timeTravel.current(target.uuid);
    if (query.hasQueryItem(QStringLiteral("timestamp"))) {
        const QString text = query.queryItemValue(QStringLiteral("timestamp"), QUrl::FullyDecoded);
        const qint64 ms = parseTimestamp(text);
        if (ms < 0)
            return answers::error(400, 7400,
                                  QStringLiteral("The request is malformed: timestamp %1 is not an RFC 3339 time")
                                      .arg(text));
        bookmark = m_timeTravel.at(target.uuid, ms);
    }
    return answers::success(QJsonObject{{QStringLiteral("bookmark"), bookmark}});
}

HttpResponse ImportService::restore(const HttpRequest &request, const Target &target)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    QString wanted = query.queryItemValue(QStringLiteral("bookmark"), QUrl::FullyDecoded);
    if (wanted.isEmpty() && query.hasQueryItem(QStringLiteral("timestamp"))) {
        const QString text = query.queryItemValue(QStringLiteral("timestamp"), QUrl::FullyDecoded);
        const qint64 ms = parseTimestamp(text);
        if (ms < 0)
            return answers::error(400, 7400,
                                  QStringLiteral("The request is malformed: timestamp %1 is not an RFC 3339 time")
                                      .arg(text));
        wanted = m_timeTravel.at(target.uuid, ms);
    }
    if (wanted.isEmpty())
        return answers::error(400, 7400, QStringLiteral("The request is malformed: restore needs a bookmark or a timestamp"));
    if (!m_timeTravel.knows(target.uuid, wanted))
        return answers::error(400, 7500,
                              QStringLiteral("Invalid bookmark %1: it is not a bookmark of database %2 (this "
                                             "emulator knows only the bookmarks it handed out)")
                                  .arg(wanted, target.uuid));
    const QString previous = m_timeTravel.current(target.uuid);
    QString error;
    const QString now = m_timeTravel.restore(target.uuid, target.path, wanted, &error);
    if (now.isEmpty())
        return answers::error(500, 7500, QStringLiteral("Internal error: %1").arg(error));
    return answers::success(QJsonObject{
        {QStringLiteral("bookmark"), now},
        {QStringLiteral("previous_bookmark"), previous},
        {QStringLiteral("message"),
         QStringLiteral("The database %1 has been restored back to bookmark %2").arg(target.name, wanted)}});
}

// ---- The object store's uploads -----------------------------------------------------------------

QString ImportService::signUploadUrl(Upload *upload)
{
    upload->signature = randomHex(32);
    upload->expiresAtMs = QDateTime::currentMSecsSinceEpoch() + m_urlLifetimeMs;
    QUrl url = m_uploadOrigin();
    url.setPath(QString::fromLatin1(kUploadPrefix) + upload->filename);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("X-Amz-Algorithm"), QStringLiteral("AWS4-HMAC-SHA256"));
    query.addQueryItem(QStringLiteral("X-Amz-Date"),
                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'hhmmss'Z'")));
    query.addQueryItem(QStringLiteral("X-Amz-Expires"), QString::number(qMax<qint64>(1, (m_urlLifetimeMs + 999) / 1000)));
    query.addQueryItem(QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("content-length;host"));
    query.addQueryItem(QStringLiteral("X-Amz-Signature"), QString::fromLatin1(upload->signature));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

UploadPlan ImportService::planUpload(const HttpRequest &head, qint64 cutAfterBytes, const QByteArray &tag)
{
    UploadPlan plan;
    if (head.method != "PUT")
        return plan; // GET and HEAD of dumps: bodies, if any, are tiny
    if (head.header("content-length").isEmpty()) {
        plan.reject = answers::xmlError(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
        return plan;
    }
    if (head.header("content-length").toLongLong() > kMaxUploadBytes) {
        plan.reject = answers::xmlError(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
        return plan;
    }
    plan.tag = tag;
    plan.cutAfterBytes = cutAfterBytes;
    const QString name = head.path.startsWith(kUploadPrefix)
                             ? QUrl::fromPercentEncoding(head.path.mid(kUploadPrefix.size()))
                             : QString();
    const auto it = m_uploads.constFind(name);
    const QByteArray signature =
        QUrlQuery(QString::fromUtf8(head.query)).queryItemValue(QStringLiteral("X-Amz-Signature")).toLatin1();
    if (it == m_uploads.cend() || it->signature != signature
        || QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs) {
        plan.mode = UploadPlan::Mode::Discard; // answered with 403 once the body is in
        return plan;
    }
    plan.mode = UploadPlan::Mode::File;
    plan.filePath = QDir(uploadDirectory()).filePath(name + QStringLiteral(".part-%1").arg(++m_counter));
    return plan;
}

HttpResponse ImportService::receiveUpload(const HttpRequest &request, bool expiredByFault, bool wrongEtag)
{
    if (expiredByFault)
        return answers::xmlError(403, "AccessDenied", "Request has expired");
    const QString name = request.path.startsWith(kUploadPrefix)
                             ? QUrl::fromPercentEncoding(request.path.mid(kUploadPrefix.size()))
                             : QString();
    const auto it = m_uploads.find(name);
    const QByteArray signature =
        QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(QStringLiteral("X-Amz-Signature")).toLatin1();
    if (it == m_uploads.end() || it->signature != signature)
        return answers::xmlError(403, "AccessDenied", "Access Denied");
    if (QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs || request.bodyFile.isEmpty())
        return answers::xmlError(403, "AccessDenied", "Request has expired");

    const QString path = QDir(uploadDirectory()).filePath(name);
    QFile::remove(path);
    if (!QFile::rename(request.bodyFile, path))
        return answers::xmlError(500, "InternalError", "We encountered an internal error. Please try again.");
    it->path = path;
    it->md5Hex = request.bodyMd5Hex;
    it->bytes = request.bodyBytes;
    it->received = true;

    HttpResponse response;
    response.status = 200;
    const QByteArray etag = wrongEtag ? QByteArray(it->md5Hex).replace(0, 1, it->md5Hex.startsWith('0') ? "1" : "0")
                                      : it->md5Hex;
    response.setHeader("ETag", '"' + etag + '"');
    return response;
}

} // namespace emu
