// RequestBudget: a log of the last `limit` send times.
#include "RequestBudget.h"

#include <QStringList>

namespace d1x {

RequestBudget::RequestBudget(int limit, qint64 windowMs, QObject *parent)
    : QObject(parent)
    , m_limit(qMax(1, limit))
    , m_windowMs(qMax<qint64>(1, windowMs))
    , m_spacingMs(m_windowMs * (100 + MarginPercent) / 100)
    , m_reserve(m_limit >= 10 ? qMax(1, m_limit * ReservePercent / 100) : 0) // none for tiny test limits
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
}

qint64 RequestBudget::take(qint64 *token, bool fromReserve)
{
    constexpr qint64 InFlightRecheckMs = 50;
    const qint64 now = m_now();
    while (!m_spent.empty() && m_spent.front() >= 0 && m_spent.front() + m_spacingMs <= now) {
        m_spent.pop_front();
        ++m_frontToken;
    }
    const qsizetype allowed = m_limit - (fromReserve ? 1 : 2) * m_reserve;
    if (qsizetype(m_spent.size()) >= allowed) {
        // The token that comes back next: the one sent `allowed` requests before this one.
        const qint64 due = m_spent[size_t(qsizetype(m_spent.size()) - allowed)];
        return due < 0 ? InFlightRecheckMs : qMax<qint64>(1, due + m_spacingMs - now);
    }
    m_spent.push_back(-1);
    *token = m_frontToken + qint64(m_spent.size()) - 1;
    ++m_taken;
    return 0;
}

void RequestBudget::answered(qint64 token)
{
    const qint64 at = token - m_frontToken;
    if (at >= 0 && at < qint64(m_spent.size()) && m_spent[size_t(at)] < 0)
        m_spent[size_t(at)] = m_now();
}

std::optional<std::pair<int, qint64>> RequestBudget::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLimit = false;
    bool okSeconds = false;
    const int limit = parts.at(0).trimmed().toInt(&okLimit);
    const double seconds = parts.at(1).trimmed().toDouble(&okSeconds);
    if (!okLimit || !okSeconds || limit < 1 || seconds <= 0)
        return std::nullopt;
    return std::make_pair(limit, qint64(seconds * 1000));
}

} // namespace d1x
