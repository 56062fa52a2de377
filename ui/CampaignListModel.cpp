#include "CampaignListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

#include <cmath>

namespace herald::ui {

using delivery::CampaignInfo;
using delivery::CampaignStatus;

namespace {

double fractionOf(const delivery::StateCounts &counts)
{
    return counts.total() > 0 ? double(counts.done()) / double(counts.total()) : 1.0;
}

} // namespace

CampaignListModel::CampaignListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CampaignListModel::~CampaignListModel() = default;

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignInfo &c = m_campaigns.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return c.id;
    case FractionRole:
        return fractionOf(c.counts);
    case StatusRole:
        return int(c.status);
    case Qt::ToolTipRole:
        if (!c.lastError.isEmpty())
            return c.lastError;
        return tr("Created by %1 with the profile \"%2\"").arg(c.createdBy, c.profile);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return c.title.isEmpty() ? tr("Campaign %1").arg(c.id) : c.title;
        case CreatedColumn:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(c.createdAtMs), QLocale::ShortFormat);
        case StatusColumn:
            return delivery::campaignStatusLabel(c.status);
        case ProgressColumn:
            return tr("%1 of %2 (%3%)")
                .arg(locale.toString(c.counts.done()), locale.toString(c.counts.total()))
                .arg(int(std::floor(fractionOf(c.counts) * 100)));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Campaign");
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

void CampaignListModel::setCampaigns(const QList<CampaignInfo> &campaigns)
{
    bool sameRows = campaigns.size() == m_campaigns.size();
    for (qsizetype i = 0; sameRows && i < campaigns.size(); ++i)
        sameRows = campaigns.at(i).id == m_campaigns.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_campaigns = campaigns;
        endResetModel();
        return;
    }
    m_campaigns = campaigns;
    if (!m_campaigns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CampaignListModel::updateProgress(const delivery::CampaignProgress &progress)
{
    const int row = rowOf(progress.campaignId);
    if (row < 0)
        return;
    CampaignInfo &c = m_campaigns[row];
    c.counts = progress.counts;
    c.status = progress.status;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, ProgressColumn));
}

void CampaignListModel::upsert(const CampaignInfo &campaign)
{
    if (const int row = rowOf(campaign.id); row >= 0) {
        m_campaigns[row] = campaign;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    int row = 0;
    while (row < m_campaigns.size() && m_campaigns.at(row).id > campaign.id)
        ++row;
    beginInsertRows({}, row, row);
    m_campaigns.insert(row, campaign);
    endInsertRows();
}

int CampaignListModel::rowOf(qint64 campaignId) const
{
    for (qsizetype i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns.at(i).id == campaignId)
            return int(i);
    }
    return -1;
}

const CampaignInfo *CampaignListModel::campaign(qint64 campaignId) const
{
    const int row = rowOf(campaignId);
    return row < 0 ? nullptr : &m_campaigns.at(row);
}

CampaignProgressDelegate::CampaignProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

CampaignProgressDelegate::~CampaignProgressDelegate() = default;

void CampaignProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (index.column() != CampaignListModel::ProgressColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, option.palette.highlight());
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(std::lround(index.data(CampaignListModel::FractionRole).toDouble() * 1000));
    bar.text = index.data().toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace herald::ui
