// ExportDependencies: what a filtered dump needs but leaves out. A chosen table's trigger may write
// to another table, a chosen view may read one, a foreign key may point at one: loaded without those
// tables, the dump "verifies" but breaks on first use ("no such table: main.audit_log"). Found from
// sqlite_schema before the export, so the window and the command line can name them and offer to
// add them.
#pragma once

#include "CloudflareTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace d1x {

struct MissingDependency {
    enum class Kind { Trigger, View, ForeignKey };
    Kind kind = Kind::Trigger;
    QString object; // the exported trigger, view or table that needs it
    QString table;  // the table not exported
};

class ExportDependencies
{
public:
    // For the exported names (tables, and the views, triggers and indexes going with them), every
    // table of `objects` they mention that is not exported, in schema order. Mentions are found
    // token by token (quoted names included; strings and comments skipped): a trigger or view names
    // a table wherever it uses it; for a table, only what follows REFERENCES counts.
    static QList<MissingDependency> find(const QList<TableInfo> &objects, const QStringList &exported);
    // The distinct tables of `missing`, in order.
    static QStringList tables(const QList<MissingDependency> &missing);
    // One translated sentence naming each dependency, e.g. for a log line or the Tables box.
    static QString describe(const QList<MissingDependency> &missing);
};

} // namespace d1x
