// CloudflareEmulator: a local stand-in for the parts of Cloudflare's REST API a D1 export uses
// (token check, accounts, databases, read-only queries, polling export) plus the object-storage host
// that serves the signed dump URLs. Tests run it in-process; d1-emulator wraps it as a program.
// It can inject the failures real clients meet (see Fault), and records every request it gets.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSslCertificate;
class QSslKey;
class QTemporaryDir;

namespace emu {

class ExportTask;
class HttpServer;
class ImportService;
struct HttpRequest;
struct HttpResponse;
struct UploadPlan;

enum class Step {
    Any, VerifyToken, ListAccounts, ListDatabases, GetDatabase, Query, ExportStart, ExportPoll, Download,
    Import, // POST …/import (init, ingest, poll)
    Upload, // PUT of an import file to its presigned URL (the object-storage listener)
};

enum class Fault {
    Http500,       // 500 with an error envelope (code 7500)
    Html502,       // 502 with an HTML page, as a proxy in front would send
    RateLimited,   // 429, Retry-After, error code 971
    CorruptJson,   // 200 with a truncated JSON body
    CutConnection, // headers and cutAfterBytes of the body, then a TCP reset
    ShortBody,     // Content-Length of the full body, cutAfterBytes of it, then an orderly close
    SlowBody,      // the body in small pieces, one every slowDelayMs
    NoAnswer,      // the request is read and never answered
    ExportError,   // (ExportStart, ExportPoll) status "error", "Simulated export failure"
    ExportBusy,    // (ExportStart, ExportPoll) status "error", "Currently processing a long-running export"
    ExpiredUrl,    // (Download, Upload) 403 with S3's "Request has expired" XML
    WrongEtag,     // (Upload) 200 with an ETag that is not the md5 of what arrived
    ImportError,   // (Import, action "ingest") the import fails after
                   // `afterStatements` statements ran: status "error", `message` or "Simulated import failure"
    Refused,       // (API) 403, error code 7403: this request is not allowed (not retried)
    Oversized,     // (API) 200 with the real answer padded with whitespace to more than 64 MiB + cutAfterBytes
};

struct FaultSpec {
    Step step = Step::Any;
    Fault fault = Fault::Http500;
    int times = 1;
    int retryAfterSeconds = 1;
    qint64 cutAfterBytes = 1024;
    int slowDelayMs = 50;
    QByteArray bodyContains; // when set, only requests whose body contains it (e.g. one table's name)
    QString message;         // ExportError / ImportError: D1's message instead of "Simulated … failure"
    int afterStatements = 1; // ImportError: how many statements run before the failure
    // When > 0: every matching request gets the fault for this long from the first one (instead of
    // `times` requests), as Cloudflare's rate limit blocks a token for a while.
    qint64 forMs = 0;
    qint64 startedAtMs = -1; // set by the emulator
};

enum class TokenStatus { Active, Disabled, Expired };

struct RecordedRequest {
    bool toDownloadListener = false;
    QByteArray method;
    QByteArray target;                    // path + query as received
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

class CloudflareEmulator : public QObject
{
    Q_OBJECT
public:
    explicit CloudflareEmulator(QObject *parent = nullptr);
    ~CloudflareEmulator() override;

    // Both on 127.0.0.1: two listeners, so the API and the signed URLs are different origins.
    bool listen(quint16 apiPort = 0, quint16 downloadPort = 0);
    QUrl apiBase() const;        // http://127.0.0.1:PORT/client/v4
    QUrl downloadOrigin() const; // http://127.0.0.1:PORT2
    // HTTPS: the API (and, with `downloadsToo`, the signed URLs) served over TLS with this certificate;
    // apiBase() and downloadOrigin() say https then.
    void setTls(const QSslCertificate &certificate, const QSslKey &key, bool downloadsToo = true);
    // The host name in apiBase() and the signed URLs instead of 127.0.0.1 (it must lead there: localhost,
    // or a name a test's proxy sends to 127.0.0.1).
    void setHostName(const QString &host) { m_hostName = host; }

    // `canEditD1` false: reads as before, but every write (import init/ingest, create, delete, restore)
    // answers 403, code 10000.
    void addApiToken(const QString &token, TokenStatus status = TokenStatus::Active, bool canListAccounts = true,
                     bool hasD1Permission = true, bool canEditD1 = true);
    void addGlobalKey(const QString &email, const QString &key);
    void addAccount(const QString &id, const QString &name);
    // Returns the uuid (derived from the name when `uuid` is empty, so it is stable across runs).
    QString addDatabase(const QString &accountId, const QString &name, const QString &sqlitePath,
                        const QString &uuid = {});

    void setPollsBeforeComplete(int n);     // default 2: "active" polls after the dump is generated
    // A poll that arrives while the dump is generated waits up to this long for it (D1 holds a poll
    // until it has news). Default 0: answered at once.
    void setLongPollMs(int ms);
    void setAbandonTimeoutMs(int ms);       // default 10000: unpolled tasks are cancelled after this
    void setSignedUrlLifetimeMs(qint64 ms); // default 3600000; expired URLs answer 403 XML
    void setDumpDirectory(const QString &dir); // default: a temporary directory owned by the emulator
    // Dumps from the signed URLs go out at this average rate per connection, as over a real network
    // link; 0 (default): as fast as the client reads. Applies to downloads that start afterwards.
    void setDownloadRate(qint64 bytesPerSecond);
    // Default false: numbers leave as D1 lets them out, through a JavaScript double (dumps and /query,
    // /raw answers: integers beyond ±2^53 rounded, infinities as bare Infinity in dumps and null in
    // JSON). true: every value exact, as a kinder server would send it (a reference for tests and the
    // benchmark).
    void setExactNumbers(bool exact) { m_exactNumbers = exact; }
    bool exactNumbers() const { return m_exactNumbers; }

    // Rate-limit mode, as Cloudflare's API limits a user: more than `limit` API requests (the signed
    // URLs do not count) in any `windowMs` get 429, error code 971 and a Retry-After of the seconds
    // until the oldest leaves the window. limit 0 (default): no limit. Tests and benchmarks scale
    // time down (1200 per 5 s for 1200 per 5 minutes).
    void setRateLimit(int limit, qint64 windowMs);
    int rateLimitedCount() const { return m_rateLimited; }

    void addFault(const FaultSpec &fault); // consumed in order, each by `times` matching requests
    void clearFaults();

    QList<RecordedRequest> requests() const;
    void clearRequests();
    int activeExports() const;
    bool isImporting(const QString &databaseUuid) const;
    // The most bytes of a request body the object-storage listener held in memory at once (uploads
    // stream to disk, so this stays small whatever the file's size).
    qint64 peakUploadBufferedBytes() const;
    // The most bytes of an import file an ingest held in memory at once (read in pieces, so small too).
    qint64 peakIngestBufferedBytes() const;

signals:
    void requestReceived(const emu::RecordedRequest &request);
    // An API request was refused by the rate-limit mode; `count` so far.
    void rateLimited(int count);

private:
    struct Token {
        TokenStatus status = TokenStatus::Active;
        bool canListAccounts = true;
        bool hasD1Permission = true;
        bool canEditD1 = true;
    };
    struct Account {
        QString id;
        QString name;
    };
    struct Database {
        QString uuid;
        QString accountId;
        QString name;
        QString path;
        QString createdAt;
        bool created = false; // by POST …/d1/database: its file is the emulator's, removed on DELETE
    };
    struct SignedObject {
        QString file;
        QByteArray signature;
        qint64 expiresAtMs = 0;
    };
    struct Caller; // who a request authenticated as

    HttpResponse handle(const HttpRequest &request, bool downloadListener);
    HttpResponse handleApi(const HttpRequest &request, Step step, const std::optional<FaultSpec> &fault);
    HttpResponse handleDownload(const HttpRequest &request, const std::optional<FaultSpec> &fault);
    Step classify(const HttpRequest &request, bool downloadListener) const;
    std::optional<FaultSpec> takeFault(Step step, bool downloadListener, const QByteArray &body);

    std::optional<HttpResponse> authenticate(const HttpRequest &request, bool verifyRoute, Caller *caller) const;
    HttpResponse verifyToken(const Caller &caller) const;
    HttpResponse listAccounts(const HttpRequest &request, const Caller &caller, bool memberships) const;
    HttpResponse getAccount(const Account &account) const;
    HttpResponse listDatabases(const HttpRequest &request, const QString &accountId) const;
    HttpResponse getDatabase(const HttpRequest &request, const Database &database) const;
    HttpResponse query(const HttpRequest &request, const Database &database, bool raw) const;
    HttpResponse createDatabase(const HttpRequest &request, const QString &accountId);
    HttpResponse deleteDatabase(const Database &database);
    QString busyWith(const QString &databaseUuid) const; // the long-running operation holding it, in D1's words
    UploadPlan planUpload(const HttpRequest &head);
    HttpResponse exportDatabase(const HttpRequest &request, const Database &database,
                                const std::optional<FaultSpec> &fault);

    const Account *findAccount(const QString &id) const;
    const Database *findDatabase(const QString &accountId, const QString &uuidOrName) const;
    bool isExporting(const QString &databaseUuid) const;
    QString dumpDirectory();
    QString signUrl(const QString &file);

    std::unique_ptr<HttpServer> m_api;
    std::unique_ptr<HttpServer> m_download;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<ImportService> m_imports;
    QHash<QByteArray, FaultSpec> m_uploadFaults; // taken when an upload's head arrived, by UploadPlan::tag
    quint64 m_uploadCounter = 0;
    QString m_dumpDirectory;

    QHash<QString, Token> m_tokens;
    QHash<QString, QString> m_globalKeys; // email -> key
    QList<Account> m_accounts;
    QList<Database> m_databases;
    QList<FaultSpec> m_faults;
    QList<RecordedRequest> m_requests;
    QList<ExportTask *> m_tasks; // owned; kept after they end so late polls get a proper answer
    QHash<QString, SignedObject> m_objects; // object name in the URL -> dump file

    int m_pollsBeforeComplete = 2;
    int m_longPollMs = 0;
    int m_abandonTimeoutMs = 10000;
    qint64 m_signedUrlLifetimeMs = 3600000;
    qint64 m_downloadRate = 0;
    bool m_exactNumbers = false;
    int m_exportCounter = 0;
    int m_rateLimit = 0;
    qint64 m_rateWindowMs = 0;
    QList<qint64> m_apiArrivals; // ms on m_rateClock of the API requests in the current window
    QElapsedTimer m_rateClock;
    int m_rateLimited = 0;
    QString m_hostName = QStringLiteral("127.0.0.1");
};

} // namespace emu

Q_DECLARE_METATYPE(emu::RecordedRequest)
