// ImportTargetChooser: an existing database of the list, or a new one by name.
#include "ImportTargetChooser.h"

#include "DatabaseFilterModel.h"
#include "DatabaseListModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace d1x::ui {

ImportTargetChooser::ImportTargetChooser(QWidget *parent)
    : QWidget(parent)
    , m_existing(new QRadioButton(tr("An &existing database:"), this))
    , m_combo(new QComboBox(this))
    , m_new(new QRadioButton(tr("A &new database named:"), this))
    , m_name(new QLineEdit(this))
    , m_model(new DatabaseListModel(this))
    , m_sorted(new DatabaseFilterModel(m_model, this))
{
    setObjectName(QStringLiteral("importTargetChooser"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_new);
    m_existing->setObjectName(QStringLiteral("importExistingRadio"));
    m_new->setObjectName(QStringLiteral("importNewRadio"));
    m_existing->setChecked(true);

    m_sorted->sort(DatabaseListModel::NameColumn);
    m_combo->setObjectName(QStringLiteral("importDatabaseCombo"));
    m_combo->setAccessibleName(tr("Database to import into"));
    m_combo->setModel(m_sorted);
    m_combo->setModelColumn(DatabaseListModel::NameColumn);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_name->setObjectName(QStringLiteral("importNewNameEdit"));
    m_name->setAccessibleName(tr("Name of the new database"));
    m_name->setPlaceholderText(tr("e.g. shop-restored"));

    connect(m_existing, &QRadioButton::toggled, this, &ImportTargetChooser::updateState);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ImportTargetChooser::changed);
    connect(m_name, &QLineEdit::textChanged, this, &ImportTargetChooser::changed);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_existing, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_new, 1, 0);
    layout->addWidget(m_name, 1, 1);
    layout->setColumnStretch(1, 1);
    updateState();
}

void ImportTargetChooser::setDatabases(const QList<DatabaseInfo> &databases, const QString &preferredUuid)
{
    const std::optional<DatabaseInfo> current = database();
    const QString keep = current ? current->uuid : preferredUuid;
    m_model->setDatabases(databases);
    m_combo->setCurrentIndex(-1);
    const int row = m_model->rowOfUuid(keep);
    if (row >= 0)
        m_combo->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, DatabaseListModel::NameColumn)).row());
    else if (m_combo->count() > 0)
        m_combo->setCurrentIndex(0);
    m_existing->setEnabled(!databases.isEmpty());
    if (databases.isEmpty())
        m_new->setChecked(true);
    updateState();
}

bool ImportTargetChooser::createsNew() const
{
    return m_new->isChecked();
}

void ImportTargetChooser::setCreateNew(bool createNew)
{
    (createNew ? m_new : m_existing)->setChecked(true);
}

std::optional<DatabaseInfo> ImportTargetChooser::database() const
{
    if (createsNew() || m_combo->currentIndex() < 0)
        return std::nullopt;
    const QModelIndex source = m_sorted->mapToSource(m_sorted->index(m_combo->currentIndex(), 0));
    if (!source.isValid())
        return std::nullopt;
    return m_model->databaseAt(source.row());
}

QString ImportTargetChooser::newName() const
{
    return m_name->text().trimmed();
}

void ImportTargetChooser::setNewName(const QString &name)
{
    m_name->setText(name);
}

QString ImportTargetChooser::description() const
{
    if (createsNew())
        return tr("a new database named %1").arg(newName());
    const std::optional<DatabaseInfo> db = database();
    return db ? db->name : QString();
}

QString ImportTargetChooser::problem() const
{
    if (!createsNew())
        return database() ? QString() : tr("Choose the database to import into, or a new one.");
    const QString name = newName();
    if (name.isEmpty())
        return tr("Type the name of the new database.");
    for (const DatabaseInfo &db : m_model->databases()) {
        if (db.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("The account already has a database named %1: choose it above, or type another name.")
                .arg(db.name);
    }
    return QString();
}

void ImportTargetChooser::updateState()
{
    // Disabled, not hidden: the layout does not jump when the choice changes.
    m_combo->setEnabled(m_existing->isChecked());
    m_name->setEnabled(m_new->isChecked());
    emit changed();
}

QList<QWidget *> ImportTargetChooser::tabOrder() const
{
    return {m_existing, m_combo, m_new, m_name};
}

} // namespace d1x::ui
