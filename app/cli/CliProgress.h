// CliProgress: what d1-exporter-cli says on stderr while it works. On a terminal, one live progress
// line. Otherwise (cron, CI, `2>log`), plain lines: the download's progress at every 10 % step or
// every few seconds, whichever comes first, the last one always, and while D1 prepares the dump a
// line every few seconds, so a log never goes silent for long. Log lines end an open progress line.
#pragma once

#include "ExportController.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace d1x {

class CliProgress : public QObject
{
    Q_OBJECT
public:
    CliProgress(QTextStream &err, bool interactive, QObject *parent = nullptr);

    void log(ExportController::LogLevel level, const QString &text);
    void download(qint64 received, qint64 total, double bytesPerSecond);
    void verify(qint64 done, qint64 total);
    // An import's upload: bytes sent of total, the rate and the time left.
    void upload(qint64 sent, qint64 total, double bytesPerSecond);
    // The preparation of an import's file (ImportTransform).
    void prepare(qint64 done, qint64 total);
    void stateChanged(ExportController::State state);
    // Cloudflare's rate limit: the log said how long; a terminal also gets a live countdown.
    void rateLimitWait(int secondsLeft);
    // Ends an open terminal line, and in plain mode writes the last progress figure not yet written.
    void finish();

private:
    void line(const QString &text, int percent, bool force);
    void endLine();
    void onWaiting();

    QTextStream &m_err;
    bool m_interactive;
    bool m_lineOpen = false;
    int m_intervalMs = 5000;
    int m_lastPercent = -1;
    QString m_pending; // plain mode: the newest figure, not written yet
    QString m_lastText; // plain mode: the last figure written
    QElapsedTimer m_lastLine;
    QElapsedTimer m_waitingSince;
    QTimer m_waiting;
};

} // namespace d1x
