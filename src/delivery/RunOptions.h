#pragma once

#include "delivery/PacingOptions.h"

#include <QJsonObject>

namespace herald::delivery {

// How a CampaignRunner sends.
struct RunOptions
{
    PacingOptions pacing;
    RetryOptions retry;
    // Create 1:1 chats with the message embedded (one request, but no activity id comes back and a lost
    // answer cannot be retried safely). Off: create, then send — measured in bench/README.md "Delivery".
    bool embedActivityInCreate = false;
    bool resendUncertain = false;    // on start: uncertain recipients are sent again (they may arrive twice)
    bool durableSendingMarks = true; // synchronous=FULL for the commits that mark rows Sending
    int flushIntervalMs = 50;        // group commit of outcomes
    int progressIntervalMs = 250;
    int pageSize = 500;                  // recipients read from the database at a time
    int stopAfterTransportFailures = 50; // this many network failures in a row pause the campaign
    quint32 seed = 0;                    // backoff jitter; 0 = random

    QJsonObject toJson() const;
    static RunOptions fromJson(const QJsonObject &json, RunOptions defaults);
};

} // namespace herald::delivery
