// CloseMatches: "did you mean …?" for a name the user typed that is not in a list we know (database
// names, bindings, table names, command-line flags): the entries within a small edit distance, and
// those that differ only in case or contain the typed text.
#pragma once

#include <QString>
#include <QStringList>

namespace d1x {

class CloseMatches
{
public:
    // Up to `limit` candidates, closest first. Empty when nothing is close.
    static QStringList find(const QString &typed, const QStringList &candidates, int limit = 3);
    // " Did you mean a or b?" (with the leading space), or empty: ready to append to a message.
    static QString suggestion(const QString &typed, const QStringList &candidates, int limit = 3);
    // Optimal string alignment distance (Levenshtein with adjacent transpositions), case-insensitive.
    static int distance(const QString &a, const QString &b);
};

} // namespace d1x
