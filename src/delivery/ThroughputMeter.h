#pragma once

#include "delivery/RecipientJournal.h"

#include <QList>

namespace herald {
class Clock;
}

namespace herald::delivery {

// Counts what a campaign does per second: for the live chart (messages per second over the last few
// seconds), the ETA, and the samples stored for the report (campaign_samples, per wall-clock second).
class ThroughputMeter final
{
public:
    explicit ThroughputMeter(const Clock *clock);

    enum class Event { Delivered, Unreachable, Failed, Request, Throttled };
    void count(Event event, int n = 1);

    // Finished messages (delivered, unreachable or failed) per second over the last `windowSeconds`.
    double messagesPerSecond(int windowSeconds = 5) const;
    double requestsPerSecond(int windowSeconds = 5) const;
    qint64 requests() const { return m_requests; }
    qint64 throttled() const { return m_throttled; }

    // Samples of whole seconds not yet taken (all of them with includeCurrent, at the end).
    QList<RecipientJournal::Sample> takeSamples(bool includeCurrent = false);

private:
    struct Second
    {
        qint64 monotonic = 0; // clock second
        RecipientJournal::Sample sample;
    };
    Second &current();

    const Clock *m_clock;
    QList<Second> m_seconds; // the last minute, oldest first
    qsizetype m_taken = 0;   // how many of m_seconds were handed out as samples
    qint64 m_requests = 0;
    qint64 m_throttled = 0;
};

} // namespace herald::delivery
