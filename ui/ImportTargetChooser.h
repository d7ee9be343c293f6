// ImportTargetChooser: where an import goes — one of the account's databases (the window's database
// list model, sorted by name, in a combo) or a new database under a name the user types. It says what
// is missing (no name, a name already in use) and leaves the requests to the dialog.
#pragma once

#include "CloudflareTypes.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace d1x::ui {

class DatabaseFilterModel;
class DatabaseListModel;

class ImportTargetChooser : public QWidget
{
    Q_OBJECT
public:
    explicit ImportTargetChooser(QWidget *parent = nullptr);

    // The account's databases; `preferredUuid` (e.g. the database chosen in the window) is selected.
    // With no database at all, "a new database" is chosen.
    void setDatabases(const QList<DatabaseInfo> &databases, const QString &preferredUuid);

    bool createsNew() const;
    void setCreateNew(bool createNew);
    std::optional<DatabaseInfo> database() const; // the existing database chosen (none when creating)
    QString newName() const;                      // trimmed
    void setNewName(const QString &name);
    // The target in words ("shop", "a new database named shop-copy").
    QString description() const;
    // What keeps the choice from being complete, in words; empty when it is complete.
    QString problem() const;

    QList<QWidget *> tabOrder() const;

signals:
    void changed();

private:
    void updateState();

    QRadioButton *m_existing;
    QComboBox *m_combo;
    QRadioButton *m_new;
    QLineEdit *m_name;
    DatabaseListModel *m_model;
    DatabaseFilterModel *m_sorted;
};

} // namespace d1x::ui
