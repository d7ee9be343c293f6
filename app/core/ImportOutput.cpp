// ImportOutput: buffered, hashed, all-or-nothing writing of the transformed SQL (see header).
#include "ImportOutput.h"

#include "PrivateFiles.h"

#include <QCoreApplication>

namespace d1x {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportTransform)
};
} // namespace

ImportOutput::ImportOutput(qint64 statementLimit)
    : m_limit(statementLimit)
{
    m_buffer.reserve(FlushBytes + statementLimit + 2);
}

bool ImportOutput::open(const QString &path, QString *error)
{
    if (PrivateFiles::isSymlink(path)) {
        *error = PrivateFiles::symlinkRefused(path);
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(m_file)) {
        *error = Tr::tr("%1 cannot be written: %2").arg(path, m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    return true;
}

bool ImportOutput::statement(const QByteArray &sql)
{
    if (sql.size() > m_limit) {
        m_error = Tr::tr("a statement of %1 bytes came out longer than D1's limit of %2 bytes (a fault of this "
                         "program: please report it)")
                      .arg(sql.size())
                      .arg(m_limit);
        return false;
    }
    m_longest = qMax<qint64>(m_longest, sql.size());
    ++m_statements;
    m_buffer.append(sql);
    m_buffer.append('\n');
    m_peak = qMax(m_peak, m_buffer.size());
    return m_buffer.size() < FlushBytes || flush();
}

bool ImportOutput::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (m_file.write(m_buffer) != m_buffer.size()) {
        m_error = Tr::tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_md5.addData(m_buffer);
    m_bytes += m_buffer.size();
    m_buffer.resize(0); // keeps the allocation
    return true;
}

bool ImportOutput::commit(QString *error)
{
    if (!flush() || !m_file.commit()) {
        *error = m_error.isEmpty() ? Tr::tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString())
                                   : m_error;
        m_file.cancelWriting();
        return false;
    }
    return true;
}

void ImportOutput::cancel()
{
    m_file.cancelWriting();
}

} // namespace d1x
