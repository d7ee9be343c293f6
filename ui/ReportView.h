// ReportView: the "Report" tab beside the progress log. After an export it shows what was proven:
// the verdict of the check, every saved file with its size and SHA-256, rows per table in the dump
// and on D1 (differences marked), statements too long for D1's import, and what the export added on
// its own (recreated virtual tables, related indexes and triggers). During and after a backup of
// several databases it shows one row per database as each one finishes, then the manifest.
#pragma once

#include "BackupRunner.h"
#include "ExportController.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace d1x::ui {

class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget *parent = nullptr);

    void clear();
    void showExport(const ExportResult &result);

    void beginBackup(const QString &folder);
    void setBackupDatabases(const QList<DatabaseInfo> &databases);
    void setBackupRunning(int index);
    void setBackupEntry(int index, const BackupEntry &entry);
    void showBackup(const BackupSummary &summary);

    QString headline() const;
    QString details() const; // the files and notes, as shown
    QTreeWidget *table() const { return m_table; }

private:
    // One saved file: what and where, then its SHA-256 in a read-only field (selectable, never wrapped
    // mid-digest) with a Copy button.
    struct FileRow {
        QLabel *title = nullptr;
        QLabel *path = nullptr;
        QLabel *checksumTitle = nullptr;
        QLineEdit *checksum = nullptr;
        QPushButton *copy = nullptr;
        void set(const QString &kind, const QString &file, qint64 bytes, const QByteArray &sha256);
        void hide();
        void setChecksumVisible(bool visible);
    };
    FileRow makeFileRow(QGridLayout *grid, int row, const QString &name);
    void setHeadline(const QString &text, bool worrying);

    QLabel *m_headline;
    QGridLayout *m_filesGrid;
    FileRow m_sqlFile;
    FileRow m_sqliteFile;
    QTreeWidget *m_table;
    QLabel *m_notes;
    QString m_backupFolder;
};

} // namespace d1x::ui
