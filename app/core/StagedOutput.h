// StagedOutput: the dump is written under a hidden staging name beside the file the user chose, and
// renamed over it only once its content is final (after the values D1 rounded were restored). A
// failed or cancelled export removes the staging file, so the user's existing file stays byte for
// byte as it was and no partial or half-repaired dump ever takes its place. Same folder, so the final
// rename is atomic; the staging file is the user's alone (the DumpSink makes it 0600), and a
// replaced file keeps its permissions.
#pragma once

#include <QString>

namespace d1x {

class StagedOutput
{
public:
    StagedOutput() = default;
    ~StagedOutput(); // discards what was not committed
    StagedOutput(const StagedOutput &) = delete;
    StagedOutput &operator=(const StagedOutput &) = delete;

    // Chooses the staging name beside `target` (discarding any earlier one). False (and `error`) when
    // `target` is a symbolic link, which is refused rather than replaced.
    bool begin(const QString &target, QString *error);
    bool isActive() const { return !m_staging.isEmpty(); }
    QString target() const { return m_target; }
    QString stagingPath() const { return m_staging; }
    // Renames the staging file over the target (an existing target's permissions carried over). False
    // (and `error`) when that fails; the staging file is then removed and the target left as it was.
    bool commit(QString *error);
    bool isCommitted() const { return m_committed; }
    // Removes the staging file, if any; the target is untouched. Safe to call more than once.
    void discard();

private:
    QString m_target;
    QString m_staging;
    bool m_committed = false;
};

} // namespace d1x
