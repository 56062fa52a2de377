#pragma once

#include "delivery/DeliveryTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace herald::ui {

// One page of a campaign's recipients in one state (CampaignManager::recipients, limited), for the report.
class CampaignRecipientModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignRecipientModel)

public:
    enum Column { NameColumn, StateColumn, CodeColumn, MessageColumn, TimeColumn, ColumnCount };

    explicit CampaignRecipientModel(QObject *parent = nullptr);
    ~CampaignRecipientModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecipients(const QList<delivery::CampaignRecipient> &recipients);
    const delivery::CampaignRecipient &recipient(int row) const { return m_recipients.at(row); }

private:
    QList<delivery::CampaignRecipient> m_recipients;
};

} // namespace herald::ui
