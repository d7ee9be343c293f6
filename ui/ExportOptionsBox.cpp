// ExportOptionsBox: the export's options, their reasons and their memory.
#include "ExportOptionsBox.h"

#include "ExportController.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace d1x::ui {

QLabel *ExportOptionsBox::note(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

ExportOptionsBox::ExportOptionsBox(AppSettings *settings, QWidget *parent)
    : QGroupBox(tr("Options"), parent)
    , m_settings(settings)
    , m_related(new QCheckBox(tr("Include related ob&jects"), this))
    , m_verify(new QCheckBox(tr("Check the dump after sav&ing"), this))
    , m_liveCounts(new QCheckBox(tr("Compare row counts with D1"), this))
    , m_billingNote(note(tr("Counting reads every row once, and D1 bills rows read.")))
    , m_liveValues(new QCheckBox(tr("Compare values with D1"), this))
    , m_sqliteCopy(new QCheckBox(tr("Also save as S&QLite"), this))
    , m_timeLimit(new QSpinBox(this))
{
    m_timeLimit->setObjectName(QStringLiteral("timeLimitSpin"));
    m_timeLimit->setAccessibleName(tr("Give up after (minutes)"));
    // Its editor is what has the focus: a screen reader names that one.
    if (auto *editor = m_timeLimit->findChild<QLineEdit *>())
        editor->setAccessibleName(m_timeLimit->accessibleName());
    m_timeLimit->setRange(1, 24 * 60);
    m_timeLimit->setSuffix(tr(" min"));
    m_timeLimit->setValue(m_settings ? m_settings->timeLimitMinutes() : 120);
    connect(m_timeLimit, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_settings)
            m_settings->setTimeLimitMinutes(minutes);
    });
    setObjectName(QStringLiteral("exportOptions"));

    m_related->setObjectName(QStringLiteral("relatedObjectsCheck"));
    m_verify->setObjectName(QStringLiteral("verifyDumpCheck"));
    m_liveCounts->setObjectName(QStringLiteral("liveCountsCheck"));
    m_billingNote->setObjectName(QStringLiteral("billingNote"));
    m_liveValues->setObjectName(QStringLiteral("liveValuesCheck"));
    m_sqliteCopy->setObjectName(QStringLiteral("sqliteCopyCheck"));

    if (m_settings) {
        m_related->setChecked(m_settings->includeRelatedObjects());
        m_verifyChoice = m_settings->verifyAfterExport();
        m_liveCounts->setChecked(m_settings->compareLiveCounts());
        m_liveValues->setChecked(m_settings->compareLiveValues());
        m_sqliteCopy->setChecked(m_settings->saveSqliteCopy());
    } else {
        m_related->setChecked(true);
    }
    m_verify->setChecked(m_verifyChoice);
    connect(m_related, &QCheckBox::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setIncludeRelatedObjects(on);
    });
    connect(m_verify, &QCheckBox::toggled, this, [this](bool on) {
        if (m_showingImplied)
            return; // not the user's choice: updateEnabled() shows the check as implied
        m_verifyChoice = on;
        if (m_settings)
            m_settings->setVerifyAfterExport(on);
    });
    connect(m_liveCounts, &QCheckBox::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setCompareLiveCounts(on);
        updateEnabled();
    });
    connect(m_liveValues, &QCheckBox::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setCompareLiveValues(on);
    });
    connect(m_sqliteCopy, &QCheckBox::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setSaveSqliteCopy(on);
        updateEnabled();
    });

    // Each option with its reason beside it, in a column that wraps: the box stays narrow in any language.
    auto *layout = new QGridLayout(this);
    layout->setVerticalSpacing(2);
    const QList<QPair<QCheckBox *, QLabel *>> rows{
        {m_related, note(tr("Indexes and triggers of the chosen tables, which D1's table filter leaves out."))},
        {m_verify, note(tr("Loads it into SQLite: rows per table, statements too long for D1."))},
        {m_sqliteCopy, note(tr("A .sqlite database beside the SQL file."))},
        {m_liveCounts, m_billingNote},
        {m_liveValues, note(tr("Fingerprints of every value, by the same SQL on D1 and on the saved dump: reads "
                               "every row once more, and D1 bills rows read."))},
    };
    for (int row = 0; row < rows.size(); ++row) {
        layout->addWidget(rows.at(row).first, row, 0, Qt::AlignTop);
        layout->addWidget(rows.at(row).second, row, 1, Qt::AlignTop);
        m_notes.insert(rows.at(row).first, rows.at(row).second);
    }
    // The time limit: a spin box where the others have a check box.
    auto *limitLabel = new QLabel(tr("Give up after"), this); // every letter of it is another mnemonic already
    limitLabel->setBuddy(m_timeLimit);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(limitLabel);
    limitRow->addWidget(m_timeLimit);
    limitRow->addStretch();
    layout->addLayout(limitRow, int(rows.size()), 0, Qt::AlignTop);
    layout->addWidget(note(tr("when D1 has not produced the dump by then, waits for Cloudflare's rate limit included.")),
                      int(rows.size()), 1, Qt::AlignTop);
    layout->setColumnStretch(1, 1);
    updateEnabled();
}

void ExportOptionsBox::setContent(AppSettings::Content content)
{
    m_content = content;
    updateEnabled();
}

void ExportOptionsBox::setPartialSelection(bool partial)
{
    m_partial = partial;
    updateEnabled();
}

bool ExportOptionsBox::includeRelatedObjects() const
{
    return m_related->isChecked();
}

bool ExportOptionsBox::verifyAfterSaving() const
{
    return m_content != AppSettings::Content::DataOnly && m_verify->isChecked();
}

bool ExportOptionsBox::compareLiveCounts() const
{
    return m_liveCounts->isEnabled() && m_liveCounts->isChecked();
}

bool ExportOptionsBox::compareLiveValues() const
{
    return m_liveValues->isEnabled() && m_liveValues->isChecked();
}

bool ExportOptionsBox::saveSqliteCopy() const
{
    return m_sqliteCopy->isEnabled() && m_sqliteCopy->isChecked();
}

void ExportOptionsBox::applyTo(ExportRequest &request) const
{
    request.includeRelatedObjects = includeRelatedObjects();
    request.verify = verifyAfterSaving();
    request.compareLiveCounts = compareLiveCounts();
    request.compareLiveValues = compareLiveValues();
    request.timeLimitMs = qint64(m_timeLimit->value()) * 60 * 1000;
}

void ExportOptionsBox::updateEnabled()
{
    m_related->setEnabled(m_partial && m_content != AppSettings::Content::DataOnly);
    if (m_content == AppSettings::Content::DataOnly)
        m_related->setToolTip(tr("A data-only dump holds no indexes or triggers."));
    else if (!m_partial)
        m_related->setToolTip(tr("Every table is chosen: D1 exports all indexes and triggers anyway."));
    else
        m_related->setToolTip(tr("D1's table filter keeps only the objects named in it, so a partial export would "
                                 "lose the indexes and triggers of the chosen tables. With this on they are "
                                 "exported too."));

    // INSERTs without their CREATE TABLEs load nowhere on their own: nothing to check or to save as SQLite.
    const bool loadable = m_content != AppSettings::Content::DataOnly;
    const QString notLoadable = tr("A data-only dump cannot be loaded on its own, so it cannot be checked.");
    m_liveCounts->setEnabled(loadable && m_content != AppSettings::Content::SchemaOnly);
    m_liveCounts->setToolTip(m_content == AppSettings::Content::SchemaOnly
                                 ? tr("A schema-only dump has no rows to compare.")
                                 : tr("Just before the export, count the rows of every exported table on D1 with "
                                      "one query, and compare them with the rows of the saved dump."));
    m_liveValues->setEnabled(m_liveCounts->isEnabled());
    m_liveValues->setToolTip(m_content == AppSettings::Content::SchemaOnly
                                 ? tr("A schema-only dump has no values to compare.")
                                 : tr("After saving, load the dump once more and compare every exported table's "
                                      "values with D1's by fingerprints; a difference names the table and row."));
    m_sqliteCopy->setEnabled(loadable);
    m_sqliteCopy->setToolTip(loadable ? tr("Load the dump into a new SQLite database and save it beside the SQL "
                                           "file, with the same name ending in .sqlite. To save only the SQLite "
                                           "database, choose that file type when saving.")
                                      : notLoadable);

    // Live counts and the SQLite copy are found by the check: while either is on, the check is shown
    // on and locked; the user's own choice comes back when neither is.
    const bool implied = compareLiveCounts() || saveSqliteCopy();
    m_showingImplied = true;
    m_verify->setChecked(loadable && (implied || m_verifyChoice));
    m_showingImplied = false;
    m_verify->setEnabled(loadable && !implied);
    if (!loadable)
        m_verify->setToolTip(notLoadable);
    else if (implied)
        m_verify->setToolTip(tr("Comparing row counts and saving an SQLite database both load the dump, which "
                                "checks it."));
    else
        m_verify->setToolTip(tr("Load the dump into a temporary SQLite database while it downloads: row counts per "
                                "table, and statements too long to load back into D1."));
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        it.value()->setEnabled(it.key()->isEnabled());
}

QList<QWidget *> ExportOptionsBox::tabOrder() const
{
    return {m_related, m_verify, m_sqliteCopy, m_liveCounts, m_liveValues, m_timeLimit};
}

} // namespace d1x::ui
