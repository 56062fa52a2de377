#include "TeamTreeModel.h"

#include "DirectoryQueries.h"

namespace herald::directory {

// internalId: 0 for a team row, team row + 1 for a channel row.

TeamTreeModel::TeamTreeModel(const store::Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{
    load();
}

TeamTreeModel::~TeamTreeModel() = default;

void TeamTreeModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void TeamTreeModel::load()
{
    m_teams.clear();
    m_error = Error();
    DirectoryQueries queries(m_db);
    auto teams = queries.teams();
    if (!teams) {
        m_error = teams.error();
        Q_EMIT errorOccurred(m_error);
        return;
    }
    for (const TeamSummary &t : std::as_const(*teams)) {
        auto channels = queries.channels(t.id);
        if (!channels) {
            m_error = channels.error();
            Q_EMIT errorOccurred(m_error);
            m_teams.clear();
            return;
        }
        m_teams.append(Node{t, std::move(channels).value()});
    }
}

QModelIndex TeamTreeModel::indexOf(const QString &id) const
{
    for (int t = 0; t < m_teams.size(); ++t) {
        if (m_teams.at(t).summary.id == id)
            return index(t, 0);
        const QList<ChannelSummary> &channels = m_teams.at(t).channels;
        for (int c = 0; c < channels.size(); ++c) {
            if (channels.at(c).id == id && id != m_teams.at(t).summary.id)
                return createIndex(c, 0, quintptr(t + 1));
        }
    }
    return {};
}

QModelIndex TeamTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_teams.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_teams.size())
        return {}; // channels have no children
    if (row >= m_teams.at(parent.row()).channels.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TeamTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TeamTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_teams.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_teams.at(parent.row()).channels.size());
}

int TeamTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TeamTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isTeam = index.internalId() == 0;
    const Node &node = m_teams.at(isTeam ? index.row() : int(index.internalId() - 1));
    const TeamSummary &team = node.summary;
    if (isTeam) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(team.displayName()) : QVariant(team.memberCount);
        case Qt::ToolTipRole:
            return team.installed ? team.id : tr("%1 — the bot was removed from this team").arg(team.id);
        case IdRole:
        case TeamIdRole:
            return team.id;
        case KindRole:
            return static_cast<int>(Kind::Team);
        case MemberCountRole:
            return team.memberCount;
        case InstalledRole:
            return team.installed;
        default:
            return {};
        }
    }
    const ChannelSummary &channel = node.channels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(channel.displayName()) : QVariant();
    case Qt::ToolTipRole:
        return channel.id;
    case IdRole:
        return channel.id;
    case TeamIdRole:
        return team.id;
    case KindRole:
        return static_cast<int>(Kind::Channel);
    case MemberCountRole:
        return team.memberCount;
    case InstalledRole:
        return team.installed;
    default:
        return {};
    }
}

QVariant TeamTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Team");
    case MembersColumn:
        return tr("Members");
    default:
        return {};
    }
}

QHash<int, QByteArray> TeamTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(TeamIdRole, "teamId");
    names.insert(MemberCountRole, "memberCount");
    names.insert(InstalledRole, "installed");
    return names;
}

} // namespace herald::directory
