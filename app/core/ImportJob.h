// ImportJob: one D1 import of a prepared SQL file, from `init` to D1's final answer, on the same
// polling core as the export (PollPacer):
//  - init with the file's md5 → an upload URL (or, when D1 still holds that file, straight to polling);
//  - PUT of the file to the upload URL, streamed from disk (a QFile as the body, Content-Length set),
//    in a request built here with no Cloudflare credentials, no cookies and no redirects followed;
//    the answer's ETag (quotes stripped) must be the md5, else the file is sent again (capped); a cut
//    upload or a 5xx is sent again after a pause (capped); an expired upload URL → init again (capped);
//  - ingest → poll with the bookmark until "complete" or "error", every D1 message passed on. The
//    ingest is sent once: when its answer is lost (cut, timeout, a page that is not D1's answer, a
//    5xx) D1 may be importing already, and sending it again would run the file twice once the first
//    run is done. With setBookmarkBefore() the import is then looked for by polling with that bookmark
//    (the emulator's import carries the bookmark it started at; for D1 this is inferred); without it,
//    or when D1 knows no import under it, the job fails and says so (ingestSent() stays true). The same
//    holds for `init` into an existing database (D1 starts at once when it still holds the file), except
//    that when no import is found, init is simply asked again.
// cancel() stops without a signal. Once ingest was sent (ingestSent()), D1 goes on by itself: it
// completes the import or rolls it back; cancelling then changes nothing on D1.
#pragma once

#include "CloudflareClient.h"
#include "PollPacer.h"
#include "TransferRate.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QFile;
class QNetworkReply;

namespace d1x {

class ImportJob : public QObject
{
    Q_OBJECT
public:
    struct Policy {
        PollPacer::Policy poll;        // init, ingest and the polls; its time limit runs from ingest
        int maxUploadAttempts = 5;     // sends of the file after a cut or a 5xx, the first included
        int maxEtagMismatches = 3;     // uploads whose ETag is not the md5 before giving up
        int maxUrlRenewals = 3;        // expired upload URLs in a row
        int uploadRetryDelayMs = 1000; // doubled after each failed upload
        int uploadStallTimeoutMs = 60000; // no upload progress for this long: the upload is cut
    };

    ImportJob(CloudflareClient *client, QObject *parent = nullptr);
    ~ImportJob() override;

    void setPolicy(const Policy &policy);
    const Policy &policy() const { return m_policy; }

    // `md5Hex`: lower-case hex md5 of the file (the transform computes it while writing).
    void start(const QString &accountId, const QString &databaseId, const QString &filePath, const QByteArray &md5Hex);
    // The database's Time Travel bookmark taken before the upload (empty: none). Before start().
    void setBookmarkBefore(const QString &bookmark) { m_bookmarkBefore = bookmark; }
    void cancel();

    bool isRunning() const { return m_running; }
    bool ingestSent() const { return m_ingestSent; }
    qint64 uploadedBytes() const { return m_uploaded; }
    int uploadAttempts() const { return m_uploadAttempts; }
    int pollCount() const { return m_pacer.polls(); }
    QString bookmark() const { return m_bookmark; }
    // Average upload rate over the last few seconds, bytes per second.
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }

    // "ETag: \"abc\"" → "abc" (also a weak W/"…"), lower-case.
    static QByteArray etagValue(const QByteArray &header);

signals:
    void info(const QString &text);
    void warning(const QString &text);
    void serverMessage(const QString &text);
    void uploadProgress(qint64 sent, qint64 total, double bytesPerSecond);
    // D1 took the file (ingest answered): from here on it completes or rolls back by itself.
    void ingesting();
    // Each polling answer while D1 imports: the polls so far and D1's latest message.
    void ingestProgress(int polls, const QString &lastMessage);
    void waiting(int secondsLeft);
    void finished(const d1x::ImportStatus &status);
    void failed(const d1x::ApiError &error);

private:
    enum class Step { Init, Ingest, Poll };
    void send();
    void onAnswer(ApiCall *call);
    static bool mayHaveReachedD1(const ApiError &error);
    bool mayStartTheImport() const;
    void onLostStartAnswer(const ApiError &error);
    void onPollingAnswer(const ImportStatus &status);
    void startUpload();
    void onUploadProgress(qint64 sent, qint64 total);
    void onUploadFinished();
    void retryUpload(const QString &why);
    void onTimeLimit();
    void fail(const ApiError &error);
    void stopUpload();
    QJsonObject requestBody() const;

    CloudflareClient *m_client;
    Policy m_policy;
    PollPacer m_pacer;
    QString m_accountId;
    QString m_databaseId;
    QString m_filePath;
    QByteArray m_md5;
    qint64 m_fileSize = 0;
    Step m_step = Step::Init;
    QPointer<ApiCall> m_call;
    QPointer<QNetworkReply> m_reply;
    QPointer<QFile> m_body;
    QUrl m_uploadUrl;
    QString m_filename;
    QString m_bookmark;
    bool m_running = false;
    bool m_ingestSent = false;
    static constexpr int MaxInitLookups = 3;
    bool m_lookingForLostStart = false; // polling with m_bookmarkBefore after an answer to m_lostStep was lost
    Step m_lostStep = Step::Init;
    QString m_lostCause; // how that answer was lost, for the error when no import is found
    int m_initLookups = 0;
    QString m_bookmarkBefore;
    int m_uploadAttempts = 0;
    int m_etagMismatches = 0;
    int m_urlRenewals = 0;
    qint64 m_uploaded = 0;
    TransferRate m_rate{5000};
    QSet<QString> m_seenMessages;
    QElapsedTimer m_uploadClock;
    QTimer m_uploadRetryTimer;
};

} // namespace d1x
