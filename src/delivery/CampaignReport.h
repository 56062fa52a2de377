#pragma once

#include "common/Result.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/RecipientJournal.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

namespace herald::store {
class Database;
}

namespace herald::delivery {

// What a campaign did: counts by state and by error code, throughput over time, and a per-recipient CSV
// (name, id, state, code, message, activity id, time, correlation id).
class CampaignReport final
{
public:
    struct CodeCount
    {
        RecipientState state = RecipientState::Failed;
        QString code;
        qint64 count = 0;
    };

    struct Data
    {
        CampaignInfo campaign;
        QList<CodeCount> byCode;                    // unreachable, failed and uncertain, most frequent first
        QList<RecipientJournal::Sample> throughput; // per second, oldest first
        qint64 ambiguous = 0;                       // recipients that may have received it twice
        double averageMessagesPerSecond() const;
        QJsonObject toJson() const;
    };

    explicit CampaignReport(const store::Database &db);

    Result<Data> load(qint64 campaignId) const;
    // Streams every recipient as CSV (RFC 4180, UTF-8, header row) without holding them all in memory.
    // Input error, and nothing written, when there is no such campaign.
    Status writeCsv(qint64 campaignId, QIODevice *out) const;

    static QStringList csvHeader();
    // One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ (a formula
    // to spreadsheets) is neutralised with an apostrophe.
    static QString csvField(const QString &value);

private:
    const store::Database &m_db;
};

} // namespace herald::delivery
