// LocalProjectPicker: folder row, database list, status line.
#include "LocalProjectPicker.h"

#include "AppSettings.h"
#include "FileDialog.h"
#include "LocalDatabaseLocator.h"
#include "LocalDumpWriter.h"

#include <QComboBox>
#include <QDir>
#include <QSignalBlocker>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace d1x::ui {

LocalProjectPicker::LocalProjectPicker(AppSettings *settings, QWidget *parent)
    : QGroupBox(tr("Local Project"), parent)
    , m_settings(settings)
    , m_folderEdit(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose Folder…"), this))
    , m_env(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("localProjectPicker"));
    m_folderEdit->setObjectName(QStringLiteral("localFolder"));
    m_folderEdit->setReadOnly(true);
    m_folderEdit->setPlaceholderText(tr("The Worker project's folder (with wrangler.toml or wrangler.json)"));
    m_folderEdit->setAccessibleName(tr("Project folder"));
    m_choose->setObjectName(QStringLiteral("chooseLocalFolder"));
    m_env->setObjectName(QStringLiteral("localEnvironment"));
    m_env->setAccessibleName(tr("Environment of the wrangler configuration"));
    m_env->addItem(tr("(top level)"), QString());
    m_list->setObjectName(QStringLiteral("localDatabases"));
    m_list->setAccessibleName(tr("D1 databases of the project"));
    m_status->setObjectName(QStringLiteral("localStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *folderLabel = new QLabel(tr("Folder:"), this);
    folderLabel->setBuddy(m_choose);
    auto *listLabel = new QLabel(tr("D1 databases:"), this);
    listLabel->setBuddy(m_list);
    auto *layout = new QGridLayout(this);
    layout->addWidget(folderLabel, 0, 0);
    layout->addWidget(m_folderEdit, 0, 1);
    layout->addWidget(m_choose, 0, 2);
    auto *envLabel = new QLabel(tr("Environment:"), this);
    envLabel->setBuddy(m_env);
    layout->addWidget(envLabel, 1, 0);
    layout->addWidget(m_env, 1, 1, 1, 2);
    layout->addWidget(listLabel, 2, 0, 1, 3);
    layout->addWidget(m_list, 3, 0, 1, 3);
    layout->addWidget(m_status, 4, 0, 1, 3);
    layout->setRowStretch(3, 1);
    m_status->setText(tr("Choose the folder of a Worker project that uses D1."));

    connect(m_choose, &QPushButton::clicked, this, &LocalProjectPicker::chooseFolder);
    connect(m_list, &QListWidget::currentRowChanged, this, &LocalProjectPicker::onCurrentRowChanged);
    connect(m_env, &QComboBox::currentIndexChanged, this, &LocalProjectPicker::reload);
}

QString LocalProjectPicker::environment() const
{
    return m_env->currentData().toString();
}

QList<QWidget *> LocalProjectPicker::tabOrder() const
{
    return {m_choose, m_env, m_list};
}

void LocalProjectPicker::chooseFolder()
{
    const QString start = m_folder.isEmpty() ? QDir::homePath() : m_folder;
    FileDialog::getExistingDirectory(this, tr("Choose the Worker Project"), start, this, [this](const QString &path) {
        if (!path.isEmpty())
            setFolder(path);
    });
}

void LocalProjectPicker::setFolder(const QString &folder)
{
    m_folder = folder;
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
    m_settings->setLocalProjectFolder(folder);
    {
        // A new project: its own environments, starting at the top level.
        const QSignalBlocker block(m_env);
        while (m_env->count() > 1)
            m_env->removeItem(1);
        m_env->setCurrentIndex(0);
        const QString configPath = WranglerConfig::find(folder);
        QString ignored;
        if (const std::optional<WranglerConfig> config = configPath.isEmpty()
                ? std::nullopt
                : WranglerConfig::load(configPath, QString(), &ignored))
            for (const QString &env : config->environments())
                m_env->addItem(env, env);
    }
    reload();
}

void LocalProjectPicker::reload()
{
    const QString folder = m_folder;
    m_bindings.clear();
    m_paths.clear();
    m_errors.clear();
    m_list->clear();
    const QString configPath = WranglerConfig::find(folder);
    if (configPath.isEmpty()) {
        m_status->setText(tr("No wrangler.toml, wrangler.json or wrangler.jsonc in %1 or a folder above it. Choose "
                             "the folder of a Worker project.")
                              .arg(QDir::toNativeSeparators(folder)));
        emit databaseChanged();
        return;
    }
    QString error;
    const std::optional<WranglerConfig> config = WranglerConfig::load(configPath, environment(), &error);
    if (!config) {
        m_status->setText(error);
        emit databaseChanged();
        return;
    }
    m_bindings = config->databases();
    for (const D1Binding &b : std::as_const(m_bindings)) {
        QString why;
        const QString path = LocalDatabaseLocator::locate(*config, b, QString(), folder, &why);
        m_paths << path;
        m_errors << why;
        QString text = b.databaseName.isEmpty() || b.databaseName == b.binding
            ? b.binding
            : tr("%1 (%2)").arg(b.binding, b.databaseName);
        if (path.isEmpty())
            text = tr("%1 — no local data yet").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(path.isEmpty() ? why : QDir::toNativeSeparators(path));
    }
    if (m_bindings.isEmpty()) {
        m_status->setText(tr("%1 declares no D1 databases (d1_databases).").arg(QDir::toNativeSeparators(configPath)));
    } else {
        m_status->setText(tr("%n D1 database(s) in %1.", nullptr, int(m_bindings.size()))
                              .arg(QDir::toNativeSeparators(configPath)));
        m_list->setCurrentRow(0);
    }
    emit databaseChanged();
}

void LocalProjectPicker::onCurrentRowChanged()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_errors.size() && !m_errors.at(row).isEmpty())
        m_status->setText(m_errors.at(row));
    else if (row >= 0 && row < m_paths.size())
        m_status->setText(tr("Reads %1 (read-only: a running wrangler dev is not disturbed).")
                              .arg(QDir::toNativeSeparators(m_paths.at(row))));
    emit databaseChanged();
}

std::optional<D1Binding> LocalProjectPicker::currentBinding() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_bindings.size())
        return std::nullopt;
    return m_bindings.at(row);
}

QString LocalProjectPicker::databasePath() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_paths.size() ? m_paths.at(row) : QString();
}

QString LocalProjectPicker::displayName() const
{
    const std::optional<D1Binding> b = currentBinding();
    if (!b)
        return {};
    return b->databaseName.isEmpty() ? b->binding : b->databaseName;
}

std::optional<DatabaseInfo> LocalProjectPicker::database() const
{
    const std::optional<D1Binding> binding = currentBinding();
    if (!binding || databasePath().isEmpty())
        return std::nullopt;
    DatabaseInfo info;
    info.name = displayName();
    info.uuid = binding->localId();
    return info;
}

std::optional<QList<TableInfo>> LocalProjectPicker::readSchema(QString *error) const
{
    const QString path = databasePath();
    if (path.isEmpty()) {
        *error = tr("Choose a local database that wrangler dev has created.");
        return std::nullopt;
    }
    LocalDumpWriter reader;
    if (!reader.open(path)) {
        *error = tr("The tables could not be read: %1").arg(reader.errorString());
        return std::nullopt;
    }
    return reader.schema();
}

} // namespace d1x::ui
