// DatabaseFilterModel: the search and sort behind the database list. With thousands of databases a
// keystroke in the search field re-filters every row and sorts the rows that come back; reading the
// DatabaseInfo rows directly (no QVariant, no regular expression, no lower-cased copy per comparison)
// keeps that well under the time a person notices.
#pragma once

#include <QSortFilterProxyModel>

namespace d1x::ui {

class DatabaseListModel;

class DatabaseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DatabaseFilterModel(DatabaseListModel *source, QObject *parent = nullptr);

    // Rows whose name or id contains `text` (trimmed, case-insensitive): people paste UUIDs from the
    // dashboard. Empty: every row.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DatabaseListModel *m_source;
    QString m_needle;
};

} // namespace d1x::ui
