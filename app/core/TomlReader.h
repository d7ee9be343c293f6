// TomlReader: reads a TOML document (wrangler.toml) into a QJsonObject, so that the TOML and the JSON
// forms of a wrangler configuration are looked at the same way. It covers what configuration files
// use: tables, arrays of tables, dotted keys, strings of all four kinds, numbers, booleans, dates (as
// text), arrays and inline tables. A syntax error is reported with its line.
#pragma once

#include <QJsonObject>
#include <QString>

namespace d1x {

class TomlReader
{
public:
    // Empty object and `error` set (with the line number) when the text is not valid TOML.
    static QJsonObject parse(const QString &text, QString *error);
};

} // namespace d1x
