// SavedSecrets: origin-keyed keychain entries over CredentialStore, with the move of old entries.
#include "SavedSecrets.h"

#include "ApiEndpoint.h"

namespace d1x {

namespace {
int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("http") ? 80 : 443;
}

// Entries written before they were keyed by origin were Cloudflare's: the only base anyone saved
// a real secret for.
QString legacyOrigin()
{
    return SavedSecrets::originOf(QUrl(ApiEndpoint::defaultBase()));
}
} // namespace

SavedSecrets::SavedSecrets(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &CredentialStore::readFinished, this, &SavedSecrets::onRead);
    connect(m_store, &CredentialStore::writeFinished, this, &SavedSecrets::onWritten);
    connect(m_store, &CredentialStore::removeFinished, this, &SavedSecrets::onRemoved);
}

QString SavedSecrets::originOf(const QUrl &apiBase)
{
    const QString scheme = apiBase.scheme().toLower();
    if (scheme.isEmpty() || apiBase.host().isEmpty())
        return {};
    return QStringLiteral("%1://%2:%3")
        .arg(scheme, apiBase.host(QUrl::FullyEncoded).toLower())
        .arg(apiBase.port(defaultPort(scheme)));
}

QString SavedSecrets::entryFor(const QString &name, const QString &origin)
{
    return name + QLatin1String(" @ ") + origin;
}

void SavedSecrets::setDemoMode(bool demo)
{
    m_demo = demo;
    if (demo)
        cancelLoad();
}

void SavedSecrets::load(const QUrl &apiBase, const QString &name)
{
    cancelLoad();
    const QString origin = originOf(apiBase);
    if (m_demo || origin.isEmpty() || name.isEmpty())
        return;
    m_pendingOrigin = origin;
    m_pendingEntry = entryFor(name, origin);
    m_store->read(m_pendingEntry);
    // Kept for the move of an old entry, should the keyed one not exist.
    if (origin == legacyOrigin())
        m_pendingLegacy = name;
}

void SavedSecrets::cancelLoad()
{
    m_pendingEntry.clear();
    m_pendingLegacy.clear();
    m_pendingOrigin.clear();
}

void SavedSecrets::save(const QUrl &apiBase, const QString &name, const QString &secret)
{
    const QString origin = originOf(apiBase);
    if (m_demo || origin.isEmpty() || name.isEmpty() || secret.isEmpty())
        return;
    const QString entry = entryFor(name, origin);
    if (m_known.value(entry) == secret)
        return;
    m_known.insert(entry, secret);
    m_store->write(entry, secret);
}

void SavedSecrets::forget(const QUrl &apiBase, const QString &name)
{
    const QString origin = originOf(apiBase);
    if (m_demo || origin.isEmpty() || name.isEmpty())
        return;
    const QString entry = entryFor(name, origin);
    if (m_pendingOrigin == origin)
        cancelLoad(); // its answer would mark the entry as saved again after the removal below
    m_known.remove(entry);
    m_store->remove(entry);
    if (origin == legacyOrigin()) { // an old entry not moved yet goes too
        ++m_quietRemovals[name];
        m_store->remove(name);
    }
}

void SavedSecrets::onRead(const QString &key, CredentialStore::Outcome outcome, const QString &secret,
                          const QString &errorText)
{
    if (m_demo || key.isEmpty())
        return;
    const bool keyed = !m_pendingEntry.isEmpty() && key == m_pendingEntry;
    const bool legacy = m_pendingEntry.isEmpty() && !m_pendingLegacy.isEmpty() && key == m_pendingLegacy;
    if (!keyed && !legacy)
        return; // an answer nobody waits for any more
    const QString origin = m_pendingOrigin;
    const QString entry = keyed ? key : entryFor(key, origin);
    if (keyed && outcome == CredentialStore::Outcome::NotFound && !m_pendingLegacy.isEmpty()) {
        m_pendingEntry.clear(); // now waiting for the old entry
        m_store->read(m_pendingLegacy);
        return;
    }
    cancelLoad();
    switch (outcome) {
    case CredentialStore::Outcome::Ok:
        if (secret.isEmpty())
            return emit notFound(origin);
        m_known.insert(entry, secret);
        if (legacy) {
            m_migrating.insert(entry, key);
            m_store->write(entry, secret);
        }
        emit info(tr("Loaded the saved secret for %1 from the system keychain.").arg(origin));
        emit secretLoaded(origin, secret);
        return;
    case CredentialStore::Outcome::NotFound:
        emit info(tr("No saved secret for %1 was found in the system keychain.").arg(origin));
        emit notFound(origin);
        return;
    case CredentialStore::Outcome::Unavailable:
    case CredentialStore::Outcome::Failed:
        report(outcome, errorText);
        return;
    }
}

void SavedSecrets::onWritten(const QString &key, CredentialStore::Outcome outcome, const QString &errorText)
{
    const QString legacy = m_migrating.take(key);
    if (outcome != CredentialStore::Outcome::Ok) {
        m_known.remove(key); // not stored after all: the next save tries again
        report(outcome, errorText);
        return;
    }
    if (legacy.isEmpty()) {
        emit info(tr("Saved the secret in the system keychain."));
        return;
    }
    ++m_quietRemovals[legacy];
    m_store->remove(legacy);
    emit info(tr("Moved the saved secret to an entry for %1 only.").arg(legacyOrigin()));
}

void SavedSecrets::onRemoved(const QString &key, CredentialStore::Outcome outcome, const QString &errorText)
{
    if (auto quiet = m_quietRemovals.find(key); quiet != m_quietRemovals.end()) {
        if (--quiet.value() <= 0)
            m_quietRemovals.erase(quiet);
        return;
    }
    if (outcome == CredentialStore::Outcome::Ok)
        emit info(tr("Removed the secret from the system keychain."));
    else if (outcome != CredentialStore::Outcome::NotFound)
        report(outcome, errorText);
}

void SavedSecrets::report(CredentialStore::Outcome outcome, const QString &errorText)
{
    const QString reason = errorText.isEmpty() ? tr("no reason given") : errorText;
    QString notice;
    if (!m_problemShown) { // said once; the log keeps the rest
        m_problemShown = true;
        notice = outcome == CredentialStore::Outcome::Unavailable
            ? tr("No system keychain is available (%1). Your secret is kept for this session only and will not "
                 "be remembered.")
                  .arg(reason)
            : tr("The system keychain could not be used (%1). Your secret is kept for this session only.").arg(reason);
    }
    emit problem(reason, notice);
}

} // namespace d1x
