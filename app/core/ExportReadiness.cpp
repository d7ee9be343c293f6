// ExportReadiness: the readiness rule of the window's Export and Back Up buttons.
#include "ExportReadiness.h"

#include <QCoreApplication>

namespace d1x {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("d1x::ExportReadiness", text);
}
} // namespace

ExportReadiness::Verdict ExportReadiness::evaluate() const
{
    Verdict v;
    const bool database = databaseChosen;
    if (localSource && !database)
        v.text = tr("Choose a project folder and one of its local D1 databases.");
    else if (!localSource && !credentialsComplete)
        v.text = tr("Enter your Cloudflare credentials to begin.");
    else if (!localSource && !accountChosen)
        v.text = tr("Choose the account that owns the database.");
    else if (!database)
        v.text = tr("Choose a database to export.");
    else if (tablesLoading)
        v.text = tr("Reading the tables of %1…").arg(databaseName);
    else if (tablesFailed) {
        v.canExport = true;
        v.text = tr("Ready to export all of %1.").arg(databaseName);
    } else if (!hasTables) {
        v.canExport = true;
        v.text = tr("%1 has no tables; the export will hold only what D1 writes for an empty database.")
                     .arg(databaseName);
    } else if (checkedTables == 0) {
        v.text = tr("Check at least one table to export.");
    } else {
        v.canExport = true;
        v.text = tr("Ready to export %1.").arg(databaseName);
    }
    // A backup needs a verified sign-in and the account's database list (to choose from).
    v.canBackUp = signedIn && databaseCount > 0;
    return v;
}

} // namespace d1x
