// DumpReader: the dump's SQL text for the checker, from a saved file or from a DumpPipe as it is saved.
//
// A file is read with zlib's gzread (gzip or plain, told apart by zlib). A pipe carries the file's
// bytes as written, so a gzip dump arrives compressed: the first bytes say which, and a gzip stream is
// inflated here (every member, as gunzip does), so the check reads the very bytes that end up on disk.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct gzFile_s;
struct z_stream_s;

namespace d1x {

class DumpPipe;

class DumpReader
{
public:
    DumpReader();
    ~DumpReader(); // closes the file, or the pipe's reading end

    bool openFile(const QString &path);
    void openPipe(std::shared_ptr<DumpPipe> pipe);

    // Up to maxBytes of SQL text; 0 at the end; -1 on an error (see errorString()) or an abandoned pipe.
    qint64 read(char *into, qint64 maxBytes);
    // Bytes of the source consumed so far (compressed bytes for gzip).
    qint64 offset() const;
    QString errorString() const { return m_error; }

private:
    qint64 readPipe(char *into, qint64 maxBytes);
    bool fillInput();

    gzFile_s *m_file = nullptr;
    std::shared_ptr<DumpPipe> m_pipe;
    std::unique_ptr<z_stream_s> m_inflate; // a gzip stream from the pipe
    bool m_sniffed = false;
    bool m_pipeEnded = false;
    bool m_inMember = false; // inside a gzip member (its end not yet seen)
    QByteArray m_input;    // raw bytes from the pipe
    qsizetype m_inputAt = 0;
    qint64 m_pipeBytes = 0;
    QString m_error;
};

} // namespace d1x
