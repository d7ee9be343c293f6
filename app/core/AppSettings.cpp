// AppSettings: typed access to QSettings keys.
#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace d1x {

namespace Key {
const QString AuthScheme = QStringLiteral("credentials/scheme");
const QString Email = QStringLiteral("credentials/email");
const QString RememberSecret = QStringLiteral("credentials/rememberInKeychain");
const QString ApiBase = QStringLiteral("api/base");
const QString AccountId = QStringLiteral("selection/account");
const QString DatabaseId = QStringLiteral("selection/database");
const QString Content = QStringLiteral("export/content");
const QString LastFolder = QStringLiteral("export/lastFolder");
const QString RelatedObjects = QStringLiteral("export/includeRelatedObjects");
const QString Verify = QStringLiteral("export/verify");
const QString LiveCounts = QStringLiteral("export/compareLiveCounts");
const QString LiveValues = QStringLiteral("export/compareLiveValues");
const QString Gzip = QStringLiteral("export/gzip");
const QString SqliteCopy = QStringLiteral("export/sqliteCopy");
const QString KeepSql = QStringLiteral("export/keepSql");
const QString BackupFolder = QStringLiteral("backup/lastFolder");
const QString ImportFolder = QStringLiteral("import/lastFolder");
const QString ImportCountRows = QStringLiteral("import/countRows");
const QString LocalSource = QStringLiteral("local/enabled");
const QString LocalFolder = QStringLiteral("local/projectFolder");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString Language = QStringLiteral("ui/language");
} // namespace Key

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::AuthScheme AppSettings::authScheme() const
{
    return m_settings->value(Key::AuthScheme).toString() == QLatin1String("globalKey") ? AuthScheme::GlobalKey
                                                                                       : AuthScheme::ApiToken;
}

void AppSettings::setAuthScheme(AuthScheme scheme)
{
    m_settings->setValue(Key::AuthScheme,
                         scheme == AuthScheme::GlobalKey ? QStringLiteral("globalKey") : QStringLiteral("apiToken"));
}

QString AppSettings::email() const { return m_settings->value(Key::Email).toString(); }
void AppSettings::setEmail(const QString &email) { m_settings->setValue(Key::Email, email); }
bool AppSettings::rememberSecret() const { return m_settings->value(Key::RememberSecret, false).toBool(); }
void AppSettings::setRememberSecret(bool remember) { m_settings->setValue(Key::RememberSecret, remember); }
QString AppSettings::apiBase() const { return m_settings->value(Key::ApiBase).toString(); }
void AppSettings::setApiBase(const QString &base) { m_settings->setValue(Key::ApiBase, base); }
QString AppSettings::accountId() const { return m_settings->value(Key::AccountId).toString(); }
void AppSettings::setAccountId(const QString &id) { m_settings->setValue(Key::AccountId, id); }
QString AppSettings::databaseId() const { return m_settings->value(Key::DatabaseId).toString(); }
void AppSettings::setDatabaseId(const QString &id) { m_settings->setValue(Key::DatabaseId, id); }

AppSettings::Content AppSettings::content() const
{
    const QString v = m_settings->value(Key::Content).toString();
    if (v == QLatin1String("schema"))
        return Content::SchemaOnly;
    if (v == QLatin1String("data"))
        return Content::DataOnly;
    return Content::SchemaAndData;
}

void AppSettings::setContent(Content content)
{
    QString v = QStringLiteral("both");
    if (content == Content::SchemaOnly)
        v = QStringLiteral("schema");
    else if (content == Content::DataOnly)
        v = QStringLiteral("data");
    m_settings->setValue(Key::Content, v);
}

QString AppSettings::lastFolder() const
{
    const QString remembered = m_settings->value(Key::LastFolder).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    // A dialog told to start in a folder that does not exist opens in the working directory.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void AppSettings::setLastFolder(const QString &folder) { m_settings->setValue(Key::LastFolder, folder); }
bool AppSettings::localSource() const { return m_settings->value(Key::LocalSource, false).toBool(); }
void AppSettings::setLocalSource(bool local) { m_settings->setValue(Key::LocalSource, local); }
QString AppSettings::localProjectFolder() const { return m_settings->value(Key::LocalFolder).toString(); }
void AppSettings::setLocalProjectFolder(const QString &folder) { m_settings->setValue(Key::LocalFolder, folder); }
bool AppSettings::includeRelatedObjects() const { return m_settings->value(Key::RelatedObjects, true).toBool(); }
void AppSettings::setIncludeRelatedObjects(bool on) { m_settings->setValue(Key::RelatedObjects, on); }
bool AppSettings::verifyAfterExport() const { return m_settings->value(Key::Verify, true).toBool(); }
void AppSettings::setVerifyAfterExport(bool on) { m_settings->setValue(Key::Verify, on); }
bool AppSettings::compareLiveCounts() const { return m_settings->value(Key::LiveCounts, false).toBool(); }
void AppSettings::setCompareLiveCounts(bool on) { m_settings->setValue(Key::LiveCounts, on); }
bool AppSettings::compareLiveValues() const { return m_settings->value(Key::LiveValues, false).toBool(); }
void AppSettings::setCompareLiveValues(bool on) { m_settings->setValue(Key::LiveValues, on); }
bool AppSettings::gzipOutput() const { return m_settings->value(Key::Gzip, false).toBool(); }
void AppSettings::setGzipOutput(bool on) { m_settings->setValue(Key::Gzip, on); }
int AppSettings::timeLimitMinutes() const
{
    const int minutes = m_settings->value(QStringLiteral("export/timeLimitMinutes"), 120).toInt();
    return minutes > 0 ? minutes : 120;
}
void AppSettings::setTimeLimitMinutes(int minutes) { m_settings->setValue(QStringLiteral("export/timeLimitMinutes"), minutes); }
bool AppSettings::saveSqliteCopy() const { return m_settings->value(Key::SqliteCopy, false).toBool(); }
void AppSettings::setSaveSqliteCopy(bool on) { m_settings->setValue(Key::SqliteCopy, on); }
bool AppSettings::keepSqlFile() const { return m_settings->value(Key::KeepSql, true).toBool(); }
void AppSettings::setKeepSqlFile(bool on) { m_settings->setValue(Key::KeepSql, on); }
QString AppSettings::lastBackupFolder() const { return m_settings->value(Key::BackupFolder).toString(); }
void AppSettings::setLastBackupFolder(const QString &folder) { m_settings->setValue(Key::BackupFolder, folder); }
QString AppSettings::lastImportFolder() const
{
    const QString remembered = m_settings->value(Key::ImportFolder).toString();
    return !remembered.isEmpty() && QFileInfo(remembered).isDir() ? remembered : lastFolder();
}
void AppSettings::setLastImportFolder(const QString &folder) { m_settings->setValue(Key::ImportFolder, folder); }
bool AppSettings::importCountRows() const { return m_settings->value(Key::ImportCountRows, false).toBool(); }
void AppSettings::setImportCountRows(bool on) { m_settings->setValue(Key::ImportCountRows, on); }
QByteArray AppSettings::windowGeometry() const { return m_settings->value(Key::Geometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &g) { m_settings->setValue(Key::Geometry, g); }
QByteArray AppSettings::windowState() const { return m_settings->value(Key::State).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &s) { m_settings->setValue(Key::State, s); }
QString AppSettings::language() const { return m_settings->value(Key::Language).toString(); }
void AppSettings::setLanguage(const QString &language) { m_settings->setValue(Key::Language, language); }
void AppSettings::sync() { m_settings->sync(); }
QString AppSettings::fileName() const { return m_settings->fileName(); }

} // namespace d1x
