// LocalProjectPicker: the "Local project" source. The user chooses a Worker project folder (remembered);
// the D1 databases of its wrangler configuration are listed, each with whether `wrangler dev` has
// created its local data yet (and what to run when not). The chosen one's SQLite file is what the
// export reads (read-only).
#pragma once

#include "CloudflareTypes.h"
#include "WranglerConfig.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace d1x {
class AppSettings;
}

namespace d1x::ui {

class LocalProjectPicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit LocalProjectPicker(AppSettings *settings, QWidget *parent = nullptr);

    // Reads the project's configuration and lists its databases (and remembers the folder).
    void setFolder(const QString &folder);
    // The configuration's environment whose d1_databases are listed (empty: the top level).
    QString environment() const;
    QString folder() const { return m_folder; }
    // The chosen binding, if any, and its local SQLite file (empty while it does not exist).
    std::optional<D1Binding> currentBinding() const;
    QString databasePath() const;
    QString displayName() const;
    // The chosen database as the export names it (binding's database name, its local id), when its
    // local data exists.
    std::optional<DatabaseInfo> database() const;
    // sqlite_schema of the chosen database (a quick read-only look); nullopt and `error` when there
    // is none to read or it cannot be read.
    std::optional<QList<TableInfo>> readSchema(QString *error) const;
    QList<QWidget *> tabOrder() const;

signals:
    void databaseChanged();

private:
    void chooseFolder();
    void onCurrentRowChanged();
    void reload();

    AppSettings *m_settings;
    QLineEdit *m_folderEdit;
    QPushButton *m_choose;
    QComboBox *m_env;
    QListWidget *m_list;
    QLabel *m_status;
    QString m_folder;
    QList<D1Binding> m_bindings;
    QStringList m_paths;  // per binding: the SQLite file, empty when missing
    QStringList m_errors; // per binding: why it is missing
};

} // namespace d1x::ui
