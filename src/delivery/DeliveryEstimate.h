#pragma once

#include "delivery/PacingOptions.h"

#include <QString>

namespace herald::delivery {

struct Audience;

// An honest time estimate from the rate limits: every request counts against the global per-app rate,
// and a first contact costs two (create the 1:1 chat, then send). Per-thread limits never bind for a
// campaign (one or two requests per thread). Retries and 429s come on top.
struct DeliveryEstimate
{
    qint64 messages = 0;
    qint64 requests = 0;
    qint64 firstContacts = 0;
    qint64 channelPosts = 0;
    double requestsPerSecond = 0; // what Herald paces at
    double seconds = 0;

    // Herald runs at about this share of the configured rate (bench/README.md "Delivery").
    static constexpr double Efficiency = 0.98;
    // Without pacing (a sandbox with --limits off) the engine's own measured speed.
    static constexpr double UnpacedRequestsPerSecond = 1500.0;

    static DeliveryEstimate forCounts(qint64 cachedSends, qint64 firstContacts, qint64 channelPosts,
                                      const PacingOptions &pacing);
    static DeliveryEstimate forAudience(const Audience &audience, const PacingOptions &pacing);

    // "About 1 hour 4 minutes for 11,500 messages (12,300 requests at 49 per second)." — translated.
    QString sentence() const;
    // "1 h 04 min", "3 min 20 s", "45 s"
    static QString duration(double seconds);
};

} // namespace herald::delivery
