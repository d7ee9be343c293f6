// DumpStatements: reading a dump's raw bytes statement by statement, for the dump checker
// (DumpVerifier): blanks and comments before a statement, transaction control the checker skips,
// and the table an INSERT names. A downloaded dump is untrusted: these are fuzzed (tests/fuzz).
#pragma once

#include <QString>

namespace d1x {

class DumpStatements
{
public:
    static bool isSpace(char c);
    // Leading comments are not part of a statement's length (nor hide the table of an INSERT).
    static const char *skipSpaceAndComments(const char *p, const char *end);
    // [p, end) starts with `word` (any case), followed by the end or a non-identifier character.
    static bool startsWithWord(const char *p, const char *end, const char *word);
    // BEGIN, COMMIT, END, ROLLBACK, RELEASE, SAVEPOINT: the checker runs the dump in one transaction
    // of its own, which a dump's own transaction statements would break.
    static bool isTransactionControl(const char *p, const char *end);
    // The table of `INSERT INTO "t" …` (for naming long statements); empty for anything else.
    static QString insertTable(const char *p, const char *end);
};

} // namespace d1x
