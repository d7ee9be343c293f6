// WranglerConfig: finding and reading wrangler.json / wrangler.jsonc / wrangler.toml.
#include "WranglerConfig.h"

#include "CloseMatches.h"
#include "TomlReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace d1x {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("d1x::WranglerConfig", text);
}
} // namespace

QString D1Binding::localId() const
{
    if (!previewDatabaseId.isEmpty())
        return previewDatabaseId;
    return databaseId.isEmpty() ? binding : databaseId;
}

QString WranglerConfig::find(const QString &folder)
{
    // As wrangler: the nearest wrangler.json anywhere up the tree wins over any .jsonc, and so on.
    for (const QString name : {QStringLiteral("wrangler.json"), QStringLiteral("wrangler.jsonc"),
                               QStringLiteral("wrangler.toml")}) {
        QDir dir(QFileInfo(folder).absoluteFilePath());
        for (;;) {
            const QFileInfo candidate(dir.filePath(name));
            if (candidate.isFile())
                return candidate.absoluteFilePath();
            if (!dir.cdUp())
                break;
        }
    }
    return {};
}

QByteArray WranglerConfig::stripJsonc(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text.at(i);
        if (c == '"') {
            // A string, copied as it is (escaped quotes included).
            out.append(c);
            for (++i; i < n; ++i) {
                out.append(text.at(i));
                if (text.at(i) == '\\' && i + 1 < n)
                    out.append(text.at(++i));
                else if (text.at(i) == '"')
                    break;
            }
        } else if (c == '/' && i + 1 < n && text.at(i + 1) == '/') {
            while (i < n && text.at(i) != '\n')
                ++i;
            out.append('\n');
        } else if (c == '/' && i + 1 < n && text.at(i + 1) == '*') {
            i += 2;
            while (i + 1 < n && !(text.at(i) == '*' && text.at(i + 1) == '/'))
                ++i;
            ++i;
            out.append(' ');
        } else if (c == ',') {
            // A trailing comma: the next significant character closes the array or object.
            qsizetype j = i + 1;
            for (;;) {
                while (j < n && QChar::isSpace(uchar(text.at(j))))
                    ++j;
                if (j + 1 < n && text.at(j) == '/' && text.at(j + 1) == '/') {
                    while (j < n && text.at(j) != '\n')
                        ++j;
                } else if (j + 1 < n && text.at(j) == '/' && text.at(j + 1) == '*') {
                    j += 2;
                    while (j + 1 < n && !(text.at(j) == '*' && text.at(j + 1) == '/'))
                        ++j;
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < n && (text.at(j) == ']' || text.at(j) == '}'))
                out.append(' ');
            else
                out.append(c);
        } else {
            out.append(c);
        }
    }
    return out;
}

std::optional<WranglerConfig> WranglerConfig::load(const QString &path, const QString &env, QString *error)
{
    const QString native = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The wrangler configuration %1 cannot be read: %2.").arg(native, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonObject root;
    if (path.endsWith(QLatin1String(".toml"), Qt::CaseInsensitive)) {
        QString why;
        root = TomlReader::parse(QString::fromUtf8(bytes), &why);
        if (!why.isEmpty()) {
            *error = tr("The wrangler configuration %1 is not valid TOML (%2).").arg(native, why);
            return std::nullopt;
        }
    } else {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(stripJsonc(bytes), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = tr("The wrangler configuration %1 is not valid JSON (%2).")
                         .arg(native, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                   : tr("not an object"));
            return std::nullopt;
        }
        root = doc.object();
    }

    QJsonObject scope = root;
    if (!env.isEmpty()) {
        const QJsonObject envs = root.value(QLatin1String("env")).toObject();
        if (!envs.contains(env)) {
            const QStringList known = envs.keys();
            *error = known.isEmpty()
                ? tr("%1 defines no environments, so there is no --env %2.").arg(native, env)
                : tr("%1 has no environment \"%2\" (it has: %3).%4")
                      .arg(native, env, known.join(QLatin1String(", ")), CloseMatches::suggestion(env, known));
            return std::nullopt;
        }
        scope = envs.value(env).toObject();
    }

    WranglerConfig config;
    config.m_path = QFileInfo(path).absoluteFilePath();
    config.m_env = env;
    config.m_environments = root.value(QLatin1String("env")).toObject().keys();
    const QJsonArray list = scope.value(QLatin1String("d1_databases")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        D1Binding b;
        b.binding = o.value(QLatin1String("binding")).toString();
        b.databaseName = o.value(QLatin1String("database_name")).toString();
        b.databaseId = o.value(QLatin1String("database_id")).toString();
        b.previewDatabaseId = o.value(QLatin1String("preview_database_id")).toString();
        if (!b.binding.isEmpty() || !b.databaseName.isEmpty())
            config.m_databases << b;
    }
    return config;
}

QString WranglerConfig::folder() const
{
    return QFileInfo(m_path).absolutePath();
}

std::optional<D1Binding> WranglerConfig::lookup(const QString &name) const
{
    for (const D1Binding &b : m_databases)
        if (b.matches(name))
            return b;
    return std::nullopt;
}

QStringList WranglerConfig::names() const
{
    QStringList out;
    for (const D1Binding &b : m_databases) {
        if (!b.databaseName.isEmpty())
            out << b.databaseName;
        if (!b.binding.isEmpty())
            out << b.binding;
    }
    return out;
}

} // namespace d1x
