#pragma once

#include "common/Error.h"
#include "directory/DirectoryTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace herald::store {
class Database;
}

namespace herald::directory {

class SearchIndex;

// The people of one team or of the whole directory, filtered by a search and sorted, for a QTableView.
// A search scans a SearchIndex of everyone's folded keys (built on the first search, reloaded when the
// directory changes). Lazy: rowCount() comes from a COUNT query and rows are read in pages of PageSize when
// the view asks for them; at most MaxCachedPages pages stay in memory (least recently used go), so 100,000
// people never sit in memory at once. Call reload() after the directory changed (import, sync).
class RosterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterModel)

public:
    enum Column { NameColumn, EmailColumn, TeamsColumn, ReachabilityColumn, ColumnCount };
    enum Role {
        PersonIdRole = Qt::UserRole + 1, // QString, 29:…
        ReachabilityRole,                // int, directory::Reachability
        ReachableRole,                   // bool: not known to be unreachable
        ReasonRole,                      // QString: why unreachable / not yet contacted, a sentence
        EmailRole,                       // QString
        ActiveInTeamRole,                // bool: false for people who left the team (with includeLeft)
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 10;

    explicit RosterModel(const store::Database &db, QObject *parent = nullptr);
    ~RosterModel() override;

    // Empty: everyone. Each setter resets the model.
    void setTeam(const QString &teamId);
    QString team() const { return m_filter.teamId; }
    void setSearch(const QString &text);
    QString search() const { return m_filter.search; }
    void setIncludeLeft(bool includeLeft);
    const PersonFilter &filter() const { return m_filter; }
    void reload();
    // Adopts a SearchIndex loaded elsewhere (a GUI warms one up on a worker thread), so that the first search
    // does not load one on the calling thread. Reloads when a search is shown.
    void setSearchIndex(std::unique_ptr<SearchIndex> index);

    QString personId(int row) const;
    qint64 totalCount() const { return m_count; }
    // The rows held in memory now (at most MaxCachedPages × PageSize), and the pages read from the database
    // since the last reset: what keeps a 100,000-person directory out of memory, for tests and diagnostics.
    qint64 cachedRowCount() const;
    qint64 pagesFetched() const { return m_pagesFetched; }
    // The last failure (kind None when the last query worked).
    const Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged(qint64 count);
    void errorOccurred(const herald::Error &error);

private:
    const PersonRow *row(int row) const;
    void recount();

    const store::Database &m_db;
    PersonFilter m_filter;
    qint64 m_count = 0;
    Error m_error;
    mutable QHash<int, QList<PersonRow>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recent last
    mutable qint64 m_pagesFetched = 0;
    std::unique_ptr<SearchIndex> m_index; // made on the first search
};

} // namespace herald::directory
