// ExportOptionsBox: the "Options" box — what an export does beyond fetching D1's dump: keep the indexes
// and triggers of the chosen tables, check the saved dump by loading it, compare its row counts with
// D1's (billed: said next to the option), and save an SQLite database beside the SQL. Every choice is
// remembered in AppSettings. Options that cannot apply are disabled with the reason in their tooltip,
// never hidden, so the layout does not jump.
#pragma once

#include "AppSettings.h"

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QSpinBox;
class QLabel;

namespace d1x {
struct ExportRequest;
}

namespace d1x::ui {

class ExportOptionsBox : public QGroupBox
{
    Q_OBJECT
public:
    // `settings` (not owned, may be null in tests of the box alone) gives the starting choices and keeps
    // every change.
    explicit ExportOptionsBox(AppSettings *settings, QWidget *parent = nullptr);

    // A data-only dump cannot be loaded on its own: checking and SQLite output need the schema.
    void setContent(AppSettings::Content content);
    // Related objects only matter when some tables are left out.
    void setPartialSelection(bool partial);

    bool includeRelatedObjects() const;
    bool verifyAfterSaving() const;
    bool compareLiveCounts() const;
    bool compareLiveValues() const;
    bool saveSqliteCopy() const;
    // Fills the request's related-objects, verify and live-count fields (paths are the caller's).
    void applyTo(ExportRequest &request) const;

    QList<QWidget *> tabOrder() const;

private:
    QLabel *note(const QString &text);
    void updateEnabled();

    AppSettings *m_settings;
    QCheckBox *m_related;
    QCheckBox *m_verify;
    QCheckBox *m_liveCounts;
    QCheckBox *m_liveValues;
    QLabel *m_billingNote;
    QCheckBox *m_sqliteCopy;
    QSpinBox *m_timeLimit;
    QHash<QCheckBox *, QLabel *> m_notes; // each option's explanation, greyed with it
    AppSettings::Content m_content = AppSettings::Content::SchemaAndData;
    bool m_partial = false;
    bool m_verifyChoice = true;    // the user's own choice for the check, kept while it is implied
    bool m_showingImplied = false; // updateEnabled() is setting the check box, not the user
};

} // namespace d1x::ui
