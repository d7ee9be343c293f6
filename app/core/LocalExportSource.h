// LocalExportSource: feeds the dump of a local development database (LocalDumpWriter) into a DumpSink
// in slices from the event loop, pausing while the sink's writer is behind (drained() resumes it), so
// memory stays flat and the window stays responsive. Cancelled by deleting it.
#pragma once

#include "ApiError.h"
#include "LocalDumpWriter.h"

#include <QObject>
#include <QPointer>

namespace d1x {

class DumpSink;

class LocalExportSource : public QObject
{
    Q_OBJECT
public:
    explicit LocalExportSource(QObject *parent = nullptr);
    ~LocalExportSource() override;

    // Opens the file read-only and takes the snapshot the dump will show. False and `error` on failure.
    bool open(const QString &path, QString *error);
    QList<TableInfo> schema() { return m_writer.schema(); }
    // Starts writing into `sink` (opened by the caller); finished() follows once everything was handed over.
    void start(const LocalDumpWriter::Options &options, DumpSink *sink);
    qint64 bytes() const { return m_bytes; }
    qint64 virtualRows(const QString &table) const { return m_writer.virtualRows(table); }

signals:
    void progress(qint64 bytes);
    // Empty error: the whole dump is in the sink (not yet committed).
    void finished(const d1x::ApiError &error);

private:
    void pump();

    LocalDumpWriter m_writer;
    QPointer<DumpSink> m_sink;
    QString m_path;
    qint64 m_bytes = 0;
    bool m_scheduled = false;
    bool m_done = false;
};

} // namespace d1x
