// SavedSecrets: the window's remembered API token or global API key, kept in the system keychain
// (through CredentialStore) under an entry per API origin (scheme, host and port of the API base), so
// a secret saved for api.cloudflare.com is only ever read back for api.cloudflare.com. In demo mode
// it reads, writes and removes nothing, and drops the answer of a read already in flight: nothing
// real may reach the demo session. The entries of earlier versions (not keyed by origin) belong to
// Cloudflare's API and are moved under its origin the first time they are read.
#pragma once

#include "CredentialStore.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace d1x {

class SavedSecrets : public QObject
{
    Q_OBJECT
public:
    // `store` is not owned and must outlive this object.
    explicit SavedSecrets(CredentialStore *store, QObject *parent = nullptr);

    // "https://api.cloudflare.com:443": scheme, host and port (the scheme's default when absent).
    static QString originOf(const QUrl &apiBase);
    // The keychain entry of `name` (CredentialStore::tokenKey() or globalKeyKey(email)) for `origin`.
    static QString entryFor(const QString &name, const QString &origin);

    // From now on nothing is read, written or removed, and a read in flight is forgotten.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    // Reads the secret `name` saved for the origin of `apiBase`: secretLoaded() or notFound() follows,
    // unless another load() or cancelLoad() comes first (only the latest load is answered).
    void load(const QUrl &apiBase, const QString &name);
    void cancelLoad();
    // Saves `secret` for the origin of `apiBase` (nothing is written when it is known to be there).
    void save(const QUrl &apiBase, const QString &name, const QString &secret);
    // Removes the secret `name` of the origin of `apiBase`.
    void forget(const QUrl &apiBase, const QString &name);

signals:
    void secretLoaded(const QString &origin, const QString &secret);
    void notFound(const QString &origin);
    // Progress for the log: loaded, saved, removed, moved.
    void info(const QString &text);
    // The keychain failed: `reason` for the log; `notice` (empty once said) for the user.
    void problem(const QString &reason, const QString &notice);

private:
    void onRead(const QString &key, CredentialStore::Outcome outcome, const QString &secret, const QString &errorText);
    void onWritten(const QString &key, CredentialStore::Outcome outcome, const QString &errorText);
    void onRemoved(const QString &key, CredentialStore::Outcome outcome, const QString &errorText);
    void report(CredentialStore::Outcome outcome, const QString &errorText);

    CredentialStore *m_store;
    bool m_demo = false;
    bool m_problemShown = false;
    QString m_pendingEntry;  // the entry of the latest load()
    QString m_pendingLegacy; // the old, un-keyed entry read after the keyed one was not found
    QString m_pendingOrigin;
    QHash<QString, QString> m_known;     // entry -> what the keychain holds as far as we know
    QHash<QString, QString> m_migrating; // keyed entry being written -> the old entry to remove after
    QHash<QString, int> m_quietRemovals; // entries removed without a word (the old ones after a move)
};

} // namespace d1x
