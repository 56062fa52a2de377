#pragma once

#include "delivery/CampaignProgress.h"
#include "delivery/DeliveryTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStyledItemDelegate>

namespace herald::ui {

// The campaigns as listed by CampaignManager::campaigns(), newest first, with the live progress of the
// ones this window sends (updateProgress). The page reloads it; it never reads the database itself.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)

public:
    enum Column { TitleColumn, CreatedColumn, StatusColumn, ProgressColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        FractionRole,              // double 0…1: recipients with a final state
        StatusRole,                // int, delivery::CampaignStatus
    };

    explicit CampaignListModel(QObject *parent = nullptr);
    ~CampaignListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Keeps rows (and so the selection) when the same campaigns come back in the same order.
    void setCampaigns(const QList<delivery::CampaignInfo> &campaigns);
    void updateProgress(const delivery::CampaignProgress &progress);
    // Replaces the campaign's row, or inserts it where its id belongs (newest first).
    void upsert(const delivery::CampaignInfo &campaign);

    int rowOf(qint64 campaignId) const;
    const delivery::CampaignInfo *campaign(qint64 campaignId) const;
    const QList<delivery::CampaignInfo> &campaigns() const { return m_campaigns; }

private:
    QList<delivery::CampaignInfo> m_campaigns;
};

// Draws the progress column as a progress bar with its text.
class CampaignProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignProgressDelegate)

public:
    explicit CampaignProgressDelegate(QObject *parent = nullptr);
    ~CampaignProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace herald::ui
