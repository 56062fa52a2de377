#include "RosterModel.h"

#include "DirectoryQueries.h"
#include "SearchIndex.h"
#include "SearchKey.h"

#include "common/Logging.h"

#include <limits>

namespace herald::directory {

RosterModel::RosterModel(const store::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    recount();
}

RosterModel::~RosterModel() = default;

void RosterModel::setTeam(const QString &teamId)
{
    if (teamId == m_filter.teamId)
        return;
    m_filter.teamId = teamId;
    reload();
}

void RosterModel::setSearch(const QString &text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    reload();
}

void RosterModel::setIncludeLeft(bool includeLeft)
{
    if (includeLeft == m_filter.includeLeft)
        return;
    m_filter.includeLeft = includeLeft;
    reload();
}

void RosterModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_pagesFetched = 0;
    recount();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void RosterModel::setSearchIndex(std::unique_ptr<SearchIndex> index)
{
    m_index = std::move(index);
    if (!SearchKey::fold(m_filter.search).isEmpty())
        reload();
}

void RosterModel::recount()
{
    if (!m_index && !SearchKey::fold(m_filter.search).isEmpty())
        m_index = std::make_unique<SearchIndex>(m_db);
    auto count = DirectoryQueries(m_db, m_index.get()).countPeople(m_filter);
    if (!count) {
        m_error = count.error();
        m_count = 0;
        Q_EMIT errorOccurred(m_error);
        return;
    }
    m_error = Error();
    m_count = *count;
}

qint64 RosterModel::cachedRowCount() const
{
    qint64 rows = 0;
    for (const QList<PersonRow> &page : m_pages)
        rows += page.size();
    return rows;
}

const PersonRow *RosterModel::row(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = DirectoryQueries(m_db, m_index.get()).people(m_filter, qint64(page) * PageSize, PageSize);
        if (!rows) {
            qCWarning(lcDirectory) << "roster page failed:" << rows.error().message;
            return nullptr;
        }
        while (m_recent.size() >= MaxCachedPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, std::move(rows).value());
        m_recent.append(page);
        ++m_pagesFetched;
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const qsizetype offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString RosterModel::personId(int r) const
{
    const PersonRow *p = row(r);
    return p ? p->id : QString();
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow *p = row(index.row());
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p->name.isEmpty() ? p->id : p->name;
        case EmailColumn:
            return p->email.isEmpty() ? p->userPrincipalName : p->email;
        case TeamsColumn:
            return p->teams;
        case ReachabilityColumn:
            return ReachabilityText::label(p->reachability);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReachabilityColumn)
            return ReachabilityText::reason(p->reachability, p->unreachableReason);
        return {};
    case PersonIdRole:
        return p->id;
    case ReachabilityRole:
        return static_cast<int>(p->reachability);
    case ReachableRole:
        return p->reachability != Reachability::Unreachable;
    case ReasonRole:
        return ReachabilityText::reason(p->reachability, p->unreachableReason);
    case EmailRole:
        return p->email;
    case ActiveInTeamRole:
        return p->activeInTeam;
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case TeamsColumn:
        return tr("Teams");
    case ReachabilityColumn:
        return tr("Reachable");
    default:
        return {};
    }
}

void RosterModel::sort(int column, Qt::SortOrder order)
{
    PersonSort key = PersonSort::Name;
    if (column == EmailColumn)
        key = PersonSort::Email;
    else if (column == ReachabilityColumn)
        key = PersonSort::Reachability;
    else if (column != NameColumn)
        return; // the teams column is not sortable
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = key;
    m_filter.descending = descending;
    reload();
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PersonIdRole, "personId");
    names.insert(ReachabilityRole, "reachability");
    names.insert(ReachableRole, "reachable");
    names.insert(ReasonRole, "reason");
    names.insert(EmailRole, "email");
    names.insert(ActiveInTeamRole, "activeInTeam");
    return names;
}

} // namespace herald::directory
