// ExportReadiness: whether the window can export or back up now, and the one line that says why not.
// The window gathers what it shows (source, credentials, account, database, table choice) and asks
// here, so the rule lives in one place and is tested without widgets.
#pragma once

#include <QString>

namespace d1x {

struct ExportReadiness {
    // What is chosen and known right now.
    bool localSource = false;       // exporting a local wrangler database, not D1
    bool credentialsComplete = false;
    bool accountChosen = false;
    bool databaseChosen = false;
    QString databaseName;
    bool tablesLoading = false;
    bool tablesFailed = false;      // the table list could not be read: the whole database can go
    bool hasTables = false;
    int checkedTables = 0;
    bool signedIn = false;          // the credentials were verified
    int databaseCount = 0;          // the account's database list

    struct Verdict {
        bool canExport = false;
        bool canBackUp = false;
        QString text; // what to do next, or what will be exported
    };
    Verdict evaluate() const;
};

} // namespace d1x
