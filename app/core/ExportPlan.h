// ExportPlan: what to ask D1 for, decided from the database's sqlite_schema before the export starts.
//
// Two things D1's export cannot do on its own are planned here:
// - its `tables` filter keeps only objects whose own name is listed, so choosing tables silently drops
//   their indexes and triggers; the plan adds them back (when asked to);
// - it refuses a database that holds any virtual table (FTS5…); the plan turns "everything" into an
//   explicit list of everything else, leaves out the virtual tables' shadow tables (CREATE VIRTUAL
//   TABLE makes those again) and lists the virtual tables whose statements and data the exporter
//   appends to the dump itself.
// Pure logic, no I/O: the controller feeds it the rows of sqlite_schema.
#pragma once

#include "CloudflareTypes.h"
#include "ExportDependencies.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace d1x {

struct VirtualTable {
    // How the table's rows come back on import.
    enum class Content {
        Standalone,    // stores its own rows: they are fetched through /query and written as INSERTs
        External,      // indexes another table (content='t'): an FTS `rebuild` refills it after the import
        Contentless,   // content='': the rows cannot be read back; the table is recreated empty
        Other,         // another module (rtree, …): rows fetched like Standalone, without the rowid column
    };
    QString name;
    QString sql;           // CREATE VIRTUAL TABLE … as stored
    QString module;        // lower case: fts5, fts4, rtree…
    Content content = Content::Standalone;
    QString contentTable;  // External: the table it indexes
    bool isFts() const { return module.startsWith(QLatin1String("fts")); }
};

struct ExportPlan {
    // The `tables` to send to D1: empty for "everything" (only possible without virtual tables).
    QStringList d1Tables;
    // Indexes and triggers added because they belong to a chosen table.
    QStringList addedRelated;
    // Virtual tables to recreate after the dump (in creation order), and the shadow tables left out.
    QList<VirtualTable> virtualTables;
    QStringList shadowTables;
    // Chosen names that are not in the database (D1 would silently export nothing for them).
    QStringList unknownNames;
    // Tables whose rows the dump carries, for counting (ordinary and virtual; no sqlite_* or shadow).
    QStringList countedTables;
    // With a table filter: tables the exported triggers, views and foreign keys need but that are
    // not exported (see ExportDependencies).
    QList<MissingDependency> missingDependencies;

    bool hasVirtualTables() const { return !virtualTables.isEmpty(); }

    // `objects`: every row of `SELECT name, type, tbl_name, sql FROM sqlite_schema ORDER BY rowid`.
    static ExportPlan make(const QList<TableInfo> &objects, const ExportOptions &options, bool includeRelatedObjects);

    // Shadow-table suffixes a module creates for each of its tables ("data", "idx", …); empty if unknown.
    static QStringList shadowSuffixes(const QString &module);
    // Parses "CREATE VIRTUAL TABLE x USING fts5(a, b, content='t')" into module and content kind.
    static VirtualTable parseVirtualTable(const QString &name, const QString &sql);

    // SQL text for the statements appended to the dump (D1's own quoting rules).
    static QString quoteIdentifier(const QString &name);
    // A value as /raw answers it (JSON number, string, null, or an array of byte values for a BLOB).
    // Text keeps every character: line breaks become `||char(10)||` so each statement stays on one line.
    static QString sqlValue(const QJsonValue &value);
    // INSERT INTO "t" (…) VALUES(…); for one /raw row. A leading column named rowid is written bare.
    // `quotedValues`: the row holds quote() of each value (exact, where JSON numbers are rounded by D1).
    static QString insertStatement(const QString &table, const QJsonArray &columns, const QJsonArray &row,
                                   bool skipFirstColumn = false, bool quotedValues = false);
    // INSERT INTO "t"("t") VALUES('rebuild'); — refills an external-content FTS index from its table.
    static QString rebuildStatement(const QString &table);
};

} // namespace d1x
