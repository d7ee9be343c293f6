// ImportService: the emulator's side of D1's import and Time Travel: the `import` endpoint (init,
// ingest, poll), the presigned upload URLs and the PUTs that fill them (streamed to disk by
// HttpConnection, see UploadPlan), the uploads it holds by etag, the running ImportTasks, and the
// bookmark / restore endpoints. CloudflareEmulator routes to it after authentication and faults.
#pragma once

#include "HttpConnection.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "TimeTravel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace emu {

class ImportTask;
struct FaultSpec;

class ImportService : public QObject
{
    Q_OBJECT
public:
    struct Target {
        QString uuid;
        QString name;
        QString path;
    };

    // `workDirectory`: where uploads and snapshots go (asked when needed); `uploadOrigin`: the
    // object-storage listener's origin for the presigned upload URLs.
    ImportService(std::function<QString()> workDirectory, std::function<QUrl()> uploadOrigin,
                  QObject *parent = nullptr);
    ~ImportService() override;

    void setPollsAfterIngest(int n) { m_pollsAfterIngest = n; }
    void setLongPollMs(int ms) { m_longPollMs = ms; }
    void setSignedUrlLifetimeMs(qint64 ms) { m_urlLifetimeMs = ms; }

    // POST …/import. `mayEdit`: the caller may write (init and ingest need it); `busyWith`: non-empty
    // when another long-running operation holds the database (its D1 message). `fault`: the one taken
    // for this request (ImportError makes the ingest fail on purpose).
    HttpResponse import(const HttpRequest &request, const Target &target, bool mayEdit, const QString &busyWith,
                        const FaultSpec *fault);
    // GET …/time_travel/bookmark[?timestamp=]
    HttpResponse bookmark(const HttpRequest &request, const Target &target);
    // POST …/time_travel/restore?bookmark= (or ?timestamp=); the caller checked permission and busy.
    HttpResponse restore(const HttpRequest &request, const Target &target);

    // The object store: how a PUT's body is taken in (decided from its head), and the PUT itself.
    UploadPlan planUpload(const HttpRequest &head, qint64 cutAfterBytes, const QByteArray &tag);
    HttpResponse receiveUpload(const HttpRequest &request, bool expiredByFault, bool wrongEtag);

    bool isImporting(const QString &databaseUuid) const;
    // The most bytes of an uploaded file an ingest held in memory at once (its statement reader).
    qint64 peakIngestBufferedBytes() const { return m_peakIngestBuffered; }
    QString currentBookmark(const QString &databaseUuid) { return m_timeTravel.current(databaseUuid); }
    void forget(const QString &databaseUuid); // a deleted database: its tasks, uploads and snapshots go

private:
    struct Upload {
        QString databaseUuid;
        QString filename;
        QByteArray signature;
        qint64 expiresAtMs = 0;
        QString path;       // where the object lives once uploaded
        QByteArray md5Hex;  // of what arrived
        qint64 bytes = 0;
        bool received = false;
    };

    HttpResponse startIngest(const Target &target, const Upload &upload, const FaultSpec *fault);
    HttpResponse pollingAnswer(ImportTask *task);
    QString uploadDirectory() const;
    QString signUploadUrl(Upload *upload);

    std::function<QString()> m_workDirectory;
    std::function<QUrl()> m_uploadOrigin;
    TimeTravel m_timeTravel;
    QHash<QString, Upload> m_uploads; // by filename (the object's name in the URL)
    QList<ImportTask *> m_tasks;      // owned; kept after they end so late polls get their answer
    int m_pollsAfterIngest = 2;
    int m_longPollMs = 0;
    qint64 m_urlLifetimeMs = 3600000;
    int m_counter = 0;
    qint64 m_peakIngestBuffered = 0;
};

} // namespace emu
