// BackupDialog: "Back Up Databases" — which of the account's databases (a checkable, filterable list, or
// "all of them", which also takes databases created later), which folder, and how (gzip, an SQLite copy,
// the check, live row counts with their billing note). It only gathers the choices: on "Back Up" it
// emits backupRequested() and MainWindow runs the BackupRunner, showing progress in the main window.
// Window-modal, opened with open(): no nested event loop.
#pragma once

#include "BackupRunner.h"
#include "CloudflareTypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace d1x {
class AppSettings;
}

namespace d1x::ui {

class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    // `settings` (not owned) gives the starting folder and options, and keeps the folder and gzip choice.
    BackupDialog(const QList<DatabaseInfo> &databases, AppSettings *settings, QWidget *parent = nullptr);

signals:
    // The choices as a request (account and credentials are the caller's).
    void backupRequested(const d1x::BackupRequest &request);

private:
    BackupRequest request() const;
    QStringList checkedDatabases() const; // UUIDs
    void setVisibleChecked(bool checked);
    void updateState();
    void chooseFolder();
    void acceptChoices();

    AppSettings *m_settings;
    QLineEdit *m_filter;
    QCheckBox *m_all;
    QListWidget *m_list;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QLabel *m_count;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QCheckBox *m_gzip;
    QCheckBox *m_sqlite;
    QCheckBox *m_verify;
    QCheckBox *m_liveCounts;
    QCheckBox *m_liveValues;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace d1x::ui
