// StagedOutput: a staging name beside the target, renamed over it once the dump is final.
#include "StagedOutput.h"

#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StagedOutput)
};
} // namespace

StagedOutput::~StagedOutput()
{
    discard();
}

bool StagedOutput::begin(const QString &target, QString *error)
{
    discard();
    m_committed = false;
    m_target = target;
    if (PrivateFiles::isSymlink(target)) {
        if (error)
            *error = PrivateFiles::symlinkRefused(target);
        return false;
    }
    // Hidden, unpredictable, and named after the target so that a leftover (after a crash) says whose it is.
    const QFileInfo info(target);
    m_staging = QDir(info.absolutePath())
                    .filePath(QStringLiteral(".d1x-staging-%1-%2")
                                  .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                                  .arg(info.fileName().left(120)));
    return true;
}

bool StagedOutput::commit(QString *error)
{
    if (!isActive() || m_committed)
        return m_committed;
    if (QFileInfo::exists(m_target) && !PrivateFiles::isSymlink(m_target))
        QFile::setPermissions(m_staging, QFile::permissions(m_target));
    // Replaced in one step: a reader sees the old file or the new one, never a mix.
    QString reason;
    if (!PrivateFiles::replaceFile(m_staging, m_target, &reason)) {
        if (error)
            *error = Tr::tr("the finished dump could not be moved to %1 (%2); that file was left as it was")
                         .arg(QDir::toNativeSeparators(m_target), reason);
        discard();
        return false;
    }
    m_committed = true;
    m_staging.clear();
    return true;
}

void StagedOutput::discard()
{
    if (!m_staging.isEmpty() && !m_committed)
        QFile::remove(m_staging);
    m_staging.clear();
}

} // namespace d1x
