// ConcurrentDumpCheck: a DumpPipe between the DumpSink and the DumpVerifier, and the kept result.
#include "ConcurrentDumpCheck.h"

#include "DumpPipe.h"
#include "DumpSink.h"

namespace d1x {

ConcurrentDumpCheck::ConcurrentDumpCheck(QObject *parent)
    : QObject(parent)
{
    connect(&m_verifier, &DumpVerifier::finished, this, [this](const VerifyReport &report) {
        m_report = report;
        m_done = true;
        emit finished(report);
    });
}

ConcurrentDumpCheck::~ConcurrentDumpCheck()
{
    stop();
}

void ConcurrentDumpCheck::stop()
{
    m_verifier.stop(); // aborts the pipe: neither side waits for the other any more
}

void ConcurrentDumpCheck::attach(DumpSink *sink, DumpVerifier::Job job)
{
    m_pipe = std::make_shared<DumpPipe>();
    job.pipe = m_pipe;
    sink->setTap(m_pipe);
    m_verifier.start(job);
}

qint64 ConcurrentDumpCheck::bytesChecked() const
{
    return m_pipe ? m_pipe->bytesRead() : 0;
}

bool ConcurrentDumpCheck::isUsable() const
{
    return m_pipe && !m_pipe->isAbandoned();
}

} // namespace d1x
