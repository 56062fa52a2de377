#include "CampaignRecipientModel.h"

#include <QDateTime>
#include <QLocale>

namespace herald::ui {

CampaignRecipientModel::CampaignRecipientModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CampaignRecipientModel::~CampaignRecipientModel() = default;

int CampaignRecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_recipients.size());
}

int CampaignRecipientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignRecipientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const delivery::CampaignRecipient &r = m_recipients.at(index.row());
    if (role == Qt::ToolTipRole) {
        QStringList lines{r.targetId};
        if (!r.activityId.isEmpty())
            lines.append(tr("Activity id: %1").arg(r.activityId));
        if (!r.correlationId.isEmpty())
            lines.append(tr("Correlation id: %1").arg(r.correlationId));
        if (r.ambiguous)
            lines.append(
                tr("A request was cut off after it left: this person may have received the message twice."));
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.name.isEmpty() ? r.targetId : r.name;
    case StateColumn:
        return delivery::recipientStateLabel(r.state);
    case CodeColumn:
        return r.code;
    case MessageColumn:
        return r.message;
    case TimeColumn:
        return r.updatedAtMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.updatedAtMs).time(),
                                                      QLocale::LongFormat)
                                 : QString();
    default:
        return {};
    }
}

QVariant CampaignRecipientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Recipient");
    case StateColumn:
        return tr("State");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Reason");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

void CampaignRecipientModel::setRecipients(const QList<delivery::CampaignRecipient> &recipients)
{
    beginResetModel();
    m_recipients = recipients;
    endResetModel();
}

} // namespace herald::ui
