// CloseMatches: edit distance and the ranking of near names.
#include "CloseMatches.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace d1x {

int CloseMatches::distance(const QString &a, const QString &b)
{
    const QString s = a.toCaseFolded();
    const QString t = b.toCaseFolded();
    const qsizetype n = s.size();
    const qsizetype m = t.size();
    // Three rows are enough for the transposition rule.
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = s.at(i - 1) == t.at(j - 1) ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && s.at(i - 1) == t.at(j - 2) && s.at(i - 2) == t.at(j - 1))
                best = std::min(best, before[j - 2] + 1);
            current[j] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QStringList CloseMatches::find(const QString &typed, const QStringList &candidates, int limit)
{
    if (typed.isEmpty())
        return {};
    // One edit per three characters typed, at least one and at most three.
    const int allowed = int(std::clamp<qsizetype>(typed.size() / 3, 1, 3));
    struct Scored {
        int score;
        QString name;
    };
    QList<Scored> scored;
    for (const QString &candidate : candidates) {
        if (candidate == typed)
            continue;
        int score = distance(typed, candidate);
        if (score > allowed) {
            // "staging" for "shop-staging": a part of the name is close enough too.
            if (typed.size() >= 3 && candidate.contains(typed, Qt::CaseInsensitive))
                score = allowed + 1;
            else
                continue;
        }
        if (std::none_of(scored.cbegin(), scored.cend(), [&](const Scored &s) { return s.name == candidate; }))
            scored.append({score, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &x, const Scored &y) { return x.score < y.score; });
    QStringList out;
    for (const Scored &s : std::as_const(scored)) {
        if (out.size() >= limit)
            break;
        out << s.name;
    }
    return out;
}

QString CloseMatches::suggestion(const QString &typed, const QStringList &candidates, int limit)
{
    const QStringList matches = find(typed, candidates, limit);
    if (matches.isEmpty())
        return {};
    QString list = matches.first();
    if (matches.size() > 1)
        list = QCoreApplication::translate("d1x::CloseMatches", "%1 or %2")
                   .arg(matches.mid(0, matches.size() - 1).join(QLatin1String(", ")), matches.last());
    return QCoreApplication::translate("d1x::CloseMatches", " Did you mean %1?").arg(list);
}

} // namespace d1x
