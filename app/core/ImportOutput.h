// ImportOutput: the file the import transform writes, statement by statement: a QSaveFile (an
// existing file is replaced only by a complete one; nothing is left behind on failure or cancel),
// the MD5 that D1's import asks for computed as the bytes are written, statement counts, and a
// check that no statement exceeds D1's limit. Its buffer is bounded (flushed every FlushBytes) and
// the largest it reached is kept, so tests can prove memory stays flat with the file's size.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QSaveFile>
#include <QString>

namespace d1x {

class ImportOutput
{
public:
    static constexpr qsizetype FlushBytes = 1024 * 1024;

    explicit ImportOutput(qint64 statementLimit);
    bool open(const QString &path, QString *error);
    // One statement, without its trailing newline (written after it). False when it could not be
    // written or is longer than the limit (a bug: see errorString()).
    bool statement(const QByteArray &sql);
    bool commit(QString *error);
    void cancel();

    qint64 statementLimit() const { return m_limit; }
    qint64 statements() const { return m_statements; }
    qint64 bytes() const { return m_bytes; }
    QByteArray md5Hex() const { return m_md5.result().toHex(); }
    qint64 longestStatement() const { return m_longest; }
    qsizetype peakBufferBytes() const { return m_peak; }
    QString errorString() const { return m_error; }

private:
    bool flush();

    qint64 m_limit;
    QSaveFile m_file;
    QByteArray m_buffer;
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    qint64 m_statements = 0;
    qint64 m_bytes = 0;
    qint64 m_longest = 0;
    qsizetype m_peak = 0;
    QString m_error;
};

} // namespace d1x
