#pragma once

#include "delivery/DeliveryTypes.h"

#include <QMetaType>

namespace herald::delivery {

// A running campaign's state for a progress bar, a live chart and an ETA (CampaignRunner::progressChanged).
struct CampaignProgress
{
    qint64 campaignId = 0;
    CampaignStatus status = CampaignStatus::Running;
    StateCounts counts;
    double messagesPerSecond = 0; // finished recipients per second, last 5 s
    double requestsPerSecond = 0;
    double pacedRequestsPerSecond = 0; // the rate the limiter allows right now (0 = unpaced)
    double etaSeconds = -1;            // -1 when unknown
    int inFlight = 0;
    qint64 requests = 0;  // HTTP requests this run
    qint64 throttled = 0; // 429s this run
    qint64 elapsedMs = 0; // this run

    double fraction() const
    {
        return counts.total() > 0 ? double(counts.done()) / double(counts.total()) : 1.0;
    }
};

} // namespace herald::delivery

Q_DECLARE_METATYPE(herald::delivery::CampaignProgress)
