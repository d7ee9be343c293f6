// CredentialStore: QtKeychain jobs mapped to three signals.
#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace d1x {

namespace {
CredentialStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Outcome::Unavailable;
    default:
        return CredentialStore::Outcome::Failed;
    }
}
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

void CredentialStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        const Outcome outcome = outcomeOf(j->error());
        emit readFinished(key, outcome, outcome == Outcome::Ok ? read->textData() : QString(),
                          outcome == Outcome::Ok ? QString() : j->errorString());
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        const Outcome outcome = outcomeOf(j->error());
        emit writeFinished(key, outcome, outcome == Outcome::Ok ? QString() : j->errorString());
    });
    job->start();
}

void CredentialStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        const Outcome outcome = outcomeOf(j->error());
        emit removeFinished(key, outcome, outcome == Outcome::Ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace d1x
