// CliProgress: terminal progress line or throttled plain progress lines.
#include "CliProgress.h"

#include "TerminalText.h"

#include <QLocale>

namespace d1x {

CliProgress::CliProgress(QTextStream &err, bool interactive, QObject *parent)
    : QObject(parent)
    , m_err(err)
    , m_interactive(interactive)
{
    m_waiting.setInterval(m_intervalMs);
    connect(&m_waiting, &QTimer::timeout, this, &CliProgress::onWaiting);
}

void CliProgress::endLine()
{
    if (m_lineOpen) {
        m_err << Qt::endl;
        m_lineOpen = false;
    }
}

void CliProgress::log(ExportController::LogLevel level, const QString &text)
{
    endLine();
    QString prefix;
    switch (level) {
    case ExportController::LogLevel::Server:
        prefix = tr("D1: ");
        break;
    case ExportController::LogLevel::Warning:
        prefix = tr("Warning: ");
        break;
    case ExportController::LogLevel::Error:
        prefix = tr("Error: ");
        break;
    case ExportController::LogLevel::Info:
        break;
    }
    m_err << prefix << TerminalText::clean(text) << Qt::endl; // log lines quote server names and messages
    m_lastLine.start();
}

void CliProgress::line(const QString &text, int percent, bool force)
{
    if (m_interactive) {
        m_err << '\r' << text << QStringLiteral("\x1b[K") << Qt::flush;
        m_lineOpen = true;
        return;
    }
    // Plain: at each new 10 % step, or when the last line is a few seconds old.
    const bool newStep = percent >= 0 && percent / 10 > m_lastPercent / 10;
    const bool stale = !m_lastLine.isValid() || m_lastLine.elapsed() >= m_intervalMs;
    if (text == m_lastText)
        return; // said already
    if (force || newStep || stale) {
        m_lastText = text;
        m_err << text << Qt::endl;
        m_lastLine.start();
        m_pending.clear();
        if (percent >= 0)
            m_lastPercent = percent;
    } else {
        m_pending = text;
    }
}

void CliProgress::download(qint64 received, qint64 total, double bytesPerSecond)
{
    m_waiting.stop();
    const QLocale locale;
    const int percent = total > 0 ? int(received * 100 / total) : -1;
    QString text = total > 0 ? tr("Downloading: %1 of %2 (%3%)")
                                   .arg(locale.formattedDataSize(received), locale.formattedDataSize(total))
                                   .arg(percent)
                             : tr("Written: %1").arg(locale.formattedDataSize(received));
    if (bytesPerSecond > 0)
        text += tr(", %1/s").arg(locale.formattedDataSize(qint64(bytesPerSecond)));
    line(text, percent, false);
}

void CliProgress::verify(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(done * 100 / total);
    line(tr("Verifying: %1%").arg(percent), percent, false);
}

void CliProgress::upload(qint64 sent, qint64 total, double bytesPerSecond)
{
    const QLocale locale;
    const int percent = total > 0 ? int(sent * 100 / total) : -1;
    QString text = tr("Uploading: %1 of %2 (%3%)")
                       .arg(locale.formattedDataSize(sent), locale.formattedDataSize(qMax(total, sent)))
                       .arg(qMax(percent, 0));
    if (bytesPerSecond > 0) {
        text += tr(", %1/s").arg(locale.formattedDataSize(qint64(bytesPerSecond)));
        if (total > sent)
            text += tr(", %n s left", nullptr, int(qMin<double>((total - sent) / bytesPerSecond + 0.5, 1e9)));
    }
    line(text, percent, false);
}

void CliProgress::prepare(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(done * 100 / total);
    line(tr("Preparing the file: %1%").arg(percent), percent, false);
}

void CliProgress::stateChanged(ExportController::State state)
{
    // A new phase: its progress starts from 0 %, and what the last one had not said yet is said now.
    finish();
    m_lastPercent = -1;
    m_lastText.clear();
    if (state == ExportController::State::Exporting && !m_interactive) {
        m_waitingSince.start();
        m_waiting.setInterval(m_intervalMs);
        m_waiting.start();
    } else {
        m_waiting.stop();
    }
}

void CliProgress::rateLimitWait(int secondsLeft)
{
    if (!m_interactive)
        return;
    if (secondsLeft <= 0)
        return endLine();
    line(tr("Rate limited by Cloudflare: going on in %1 s").arg(secondsLeft), -1, true);
}

void CliProgress::onWaiting()
{
    if (m_lastLine.isValid() && m_lastLine.elapsed() < m_intervalMs)
        return; // something was said recently enough
    m_err << tr("D1 is still preparing the dump (%1 s)…").arg(m_waitingSince.elapsed() / 1000) << Qt::endl;
    m_lastLine.start();
}

void CliProgress::finish()
{
    endLine();
    if (!m_pending.isEmpty()) {
        m_lastText = m_pending;
        m_err << m_pending << Qt::endl;
        m_pending.clear();
        m_lastLine.start();
    }
}

} // namespace d1x
