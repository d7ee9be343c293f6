// ConcurrentDumpCheck: runs the dump check (DumpVerifier) while the dump is being saved.
//
// attach() taps the DumpSink: the verifier loads each piece the sink writes as it is written, so an
// export with the check takes about as long as the slower of the two, not their sum. The result is kept
// until the owner asks for it, after the save (and the value repair) is done. When the data had to
// start again from byte 0, what was checked is not the saved file: isUsable() then says false and the
// owner checks the file instead. A rewrite of the saved file afterwards (the value repair) is not seen
// here: the owner knows of it and checks the file then too.
#pragma once

#include "DumpVerifier.h"

#include <QObject>

#include <memory>

namespace d1x {

class DumpPipe;
class DumpSink;

class ConcurrentDumpCheck : public QObject
{
    Q_OBJECT
public:
    explicit ConcurrentDumpCheck(QObject *parent = nullptr);
    ~ConcurrentDumpCheck() override; // stops the verifier; its temporary database is removed

    // Starts `job` (its pipe is set here) reading what `sink` writes from now on.
    void attach(DumpSink *sink, DumpVerifier::Job job);
    // Stops the verifier now (it removes its temporary database); no finished() follows.
    void stop();
    // The data did not start again from byte 0 so far (the sink's tap was not restarted). Says nothing
    // of a later rewrite of the saved file.
    bool isUsable() const;
    // Bytes the verifier has taken from the sink so far.
    qint64 bytesChecked() const;
    bool isDone() const { return m_done; }
    const VerifyReport &report() const { return m_report; }
    DumpVerifier *verifier() { return &m_verifier; }

signals:
    // Once, when the verifier is done; report() holds the same.
    void finished(const d1x::VerifyReport &report);

private:
    DumpVerifier m_verifier;
    std::shared_ptr<DumpPipe> m_pipe;
    VerifyReport m_report;
    bool m_done = false;
};

} // namespace d1x
