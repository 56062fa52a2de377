#pragma once

#include "common/Error.h"
#include "directory/DirectoryTypes.h"

#include <QAbstractItemModel>
#include <QList>

namespace herald::store {
class Database;
}

namespace herald::directory {

// Teams and their channels for a QTreeView: top-level rows are teams (name, active member count), their
// children the channels (General first). The team list is small and read whole; call reload() after the
// directory changed.
class TeamTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamTreeModel)

public:
    enum Column { NameColumn, MembersColumn, ColumnCount };
    enum class Kind { Team, Channel };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the team's or the channel's id
        KindRole,                  // int, TeamTreeModel::Kind
        TeamIdRole,      // QString: the team (the row's own id for teams, the parent's for channels)
        MemberCountRole, // qint64: the team's active members (channels: their team's)
        InstalledRole,   // bool: the bot is installed in the team
    };

    explicit TeamTreeModel(const store::Database &db, QObject *parent = nullptr);
    ~TeamTreeModel() override;

    void reload();
    const Error &lastError() const { return m_error; }
    int teamCount() const { return int(m_teams.size()); }
    const TeamSummary &team(int row) const { return m_teams.at(row).summary; }
    // The index of a team or channel id; invalid when unknown.
    QModelIndex indexOf(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const herald::Error &error);

private:
    struct Node
    {
        TeamSummary summary;
        QList<ChannelSummary> channels;
    };
    void load();

    const store::Database &m_db;
    QList<Node> m_teams;
    Error m_error;
};

} // namespace herald::directory
