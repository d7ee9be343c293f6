// ExportRequestCheck: the one home of the rules an export request must meet before D1 is asked for
// anything (an export can take minutes and lock the database). The controller refuses a request that
// breaks them; the window and the command line ask first, to word the refusal in their own terms.
#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace d1x {

struct ExportOptions;
struct ExportRequest;

class ExportRequestCheck
{
    Q_DECLARE_TR_FUNCTIONS(d1x::ExportRequestCheck)
public:
    enum class Problem {
        None,
        NoTarget,              // neither a dump nor an SQLite file to save
        SameFile,              // the dump and the SQLite database under one name
        SchemaAndDataExcluded, // "schema only" and "data only" at once
        DataOnlyNotLoadable,   // a data-only dump cannot be loaded: no verification, no SQLite file
    };

    // What is asked of the dump's content. `loadsDump`: it is to be loaded into SQLite (verified,
    // compared or saved as a database).
    static Problem checkContent(const ExportOptions &options, bool loadsDump);
    // The whole request, files included (by name: see targetError for the file system).
    static Problem check(const ExportRequest &request);
    static QString message(Problem problem);

    // Whether a file can be saved at `path`: a folder that exists and takes a new file. Empty if so,
    // else what is wrong (as an ApiError::Kind::FileError's detail).
    static QString targetError(const QString &path);
};

} // namespace d1x
