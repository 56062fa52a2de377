#pragma once

#include "delivery/CampaignProgress.h"
#include "delivery/DeliveryTypes.h"

#include <QList>

#include <map>
#include <utility>

class QThread;

namespace herald::ui {

// What the campaigns page knows of the campaigns its send thread runs: whether each is starting or
// running, its runner's thread, its latest progress, and as much of its throughput as the chart shows
// (ThroughputChart::WindowMs). Plain bookkeeping on the UI thread, fed by CampaignSendThread's signals.
class LiveCampaigns final
{
public:
    using Sample = std::pair<qint64, double>; // (elapsed ms, messages/s)

    // Asked to start; not started yet.
    void starting(qint64 campaignId);
    void started(qint64 campaignId, const delivery::CampaignProgress &progress, QThread *thread);
    void startFailed(qint64 campaignId);
    void setStatus(qint64 campaignId, delivery::CampaignStatus status);
    // Keeps the progress and adds its rate to the last minute of samples.
    void addProgress(const delivery::CampaignProgress &progress);
    // A final status means the runner is gone.
    void stopped(qint64 campaignId, delivery::CampaignStatus status, const delivery::StateCounts &counts);
    // The send thread went (sign-out, another bot): whatever it ran or was starting now counts as paused.
    void senderGone();
    void clear() { m_campaigns.clear(); }

    bool isRunning(qint64 campaignId) const;
    // Running or starting.
    bool isSending(qint64 campaignId) const;
    // The latest progress of a running campaign (null if it does not run).
    const delivery::CampaignProgress *progress(qint64 campaignId) const;
    // The thread its runner lives in (null if it does not run).
    QThread *thread(qint64 campaignId) const;
    QList<Sample> samples(qint64 campaignId) const;
    // The running campaigns, by id.
    QList<qint64> running() const;

private:
    struct Entry
    {
        bool starting = false;
        bool running = false; // a runner on the send thread has it (until it finishes or is cancelled)
        QThread *thread = nullptr;
        QList<Sample> samples;
        delivery::CampaignProgress progress;
    };
    const Entry *find(qint64 campaignId) const;

    std::map<qint64, Entry> m_campaigns;
};

} // namespace herald::ui
