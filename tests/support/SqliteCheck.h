// Test helpers that judge a dump by what matters: load it into a fresh SQLite database and compare
// every table, row by row, with the database it came from.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace testsupport {

// Runs `sql` (any number of statements) on the database at `dbPath`, created when missing, without
// syncs (test scratch files). False with SQLite's message in `error` when a statement fails.
bool execSql(const QString &dbPath, const QByteArray &sql, QString *error = nullptr);

// Executes the SQL file at `sqlPath` in a new database at `dbPath`. Empty string on success,
// SQLite's error message otherwise.
QString importDump(const QString &sqlPath, const QString &dbPath);

// Every row of every user table (and sqlite_sequence), each row rendered with quote() so types and
// exact values count; rows sorted so the comparison does not depend on scan order.
QMap<QString, QStringList> tableContents(const QString &dbPath, QString *error = nullptr);

// name → type ('table', 'index', 'view', 'trigger') of every schema object except sqlite_*/_cf_*.
QMap<QString, QString> schemaObjects(const QString &dbPath);

// Row count of one table, -1 on error.
qint64 rowCount(const QString &dbPath, const QString &table);

// The same contents without FTS shadow tables (their index layout depends on how rows were inserted)
// and sqlite_stat1 (ANALYZE rows of those tables): compare the data, not the index layout.
QMap<QString, QStringList> withoutShadowTables(QMap<QString, QStringList> contents);

// Human-readable description of the first difference between two contents maps; empty when equal.
QString firstDifference(const QMap<QString, QStringList> &expected, const QMap<QString, QStringList> &actual);

} // namespace testsupport
