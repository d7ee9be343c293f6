// RequestBudget: one allowance of API requests shared by every request of a run (a backup's exports,
// their polls, counts and re-reads), so the run stays inside Cloudflare's limit of 1,200 requests per
// 5 minutes per user instead of running into 429s and their long Retry-After pauses.
//
// A token bucket whose tokens each come back one window after the request that spent it was answered:
// `limit` requests go at once, and from then on a request waits until the one `limit` requests before
// it was answered a window ago. The server saw that one before it answered, so any window of the
// server's holds at most `limit` requests however late requests arrive, and a run is as fast as the
// limit allows. The window is taken a little longer than the server's (MarginPercent).
//
// Two reserves of ReservePercent of the limit each (12 of Cloudflare's 1,200): ordinary requests stop
// while fewer than both are left, and the polls of an export already running (`fromReserve`) stop
// only at the second. So requests outside the budget (the command line's look at the token before a
// backup, another tool on the same token) up to one reserve still stay inside the server's limit, and
// an export started with the last tokens of a window is not left unpolled until the next window: D1
// cancels an export that goes unpolled for a while.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace d1x {

class RequestBudget : public QObject
{
    Q_OBJECT
public:
    static constexpr int CloudflareLimit = 1200;
    static constexpr qint64 CloudflareWindowMs = 5 * 60 * 1000;
    static constexpr int MarginPercent = 2;
    static constexpr int ReservePercent = 1;

    explicit RequestBudget(int limit = CloudflareLimit, qint64 windowMs = CloudflareWindowMs, QObject *parent = nullptr);

    // 0: a token was taken (its number in *token), send now. Otherwise: wait this many ms and ask
    // again (nothing taken). `fromReserve`: a poll of a running export, which may use the polls' reserve.
    qint64 take(qint64 *token, bool fromReserve = false);
    int reserve() const { return m_reserve; }
    // The request that took `token` was answered (or given up): its window starts now.
    void answered(qint64 token);
    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    qint64 requestsTaken() const { return m_taken; }
    // The average time between requests at the limit (250 ms at Cloudflare's): what a request costs a
    // run that the budget paces, so a poll that finds nothing new is worth delaying by up to this much.
    qint64 paceMs() const { return m_windowMs / m_limit; }
    // Milliseconds since some fixed start, rising (tests drive a clock of their own); default: a
    // QElapsedTimer started with the budget.
    void setClock(std::function<qint64()> clock) { m_now = std::move(clock); }

    // "LIMIT/SECONDS" (e.g. "1200/300"), as the environment variable D1X_REQUEST_LIMIT may set it for a
    // benchmark or a test that scales time down; nullopt when malformed.
    static std::optional<std::pair<int, qint64>> parse(const QString &text);

private:
    int m_limit;
    qint64 m_windowMs;
    qint64 m_spacingMs; // the window plus the margin
    int m_reserve;      // each of the two reserves
    qint64 m_taken = 0;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    // When each of the last `limit` requests was answered (-1: not yet), in the order they were sent.
    std::deque<qint64> m_spent;
    qint64 m_frontToken = 0; // the token number of m_spent.front()
};

} // namespace d1x
