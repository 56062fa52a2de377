#include "LiveCampaigns.h"

#include "ThroughputChart.h"

namespace herald::ui {

using delivery::CampaignProgress;
using delivery::CampaignStatus;

void LiveCampaigns::starting(qint64 campaignId)
{
    m_campaigns[campaignId].starting = true;
}

void LiveCampaigns::started(qint64 campaignId, const CampaignProgress &progress, QThread *thread)
{
    Entry &e = m_campaigns[campaignId];
    e.starting = false;
    e.running = true;
    e.thread = thread;
    e.progress = progress;
}

void LiveCampaigns::startFailed(qint64 campaignId)
{
    m_campaigns[campaignId].starting = false;
}

void LiveCampaigns::setStatus(qint64 campaignId, CampaignStatus status)
{
    m_campaigns[campaignId].progress.status = status;
}

void LiveCampaigns::addProgress(const CampaignProgress &progress)
{
    Entry &e = m_campaigns[progress.campaignId];
    e.progress = progress;
    e.samples.append({progress.elapsedMs, progress.messagesPerSecond});
    // Older than the chart's window, or from before a restart of the runner (its clock began again).
    while (!e.samples.isEmpty() &&
           (e.samples.constFirst().first < progress.elapsedMs - ThroughputChart::WindowMs ||
            e.samples.constFirst().first > progress.elapsedMs))
        e.samples.removeFirst();
}

void LiveCampaigns::stopped(qint64 campaignId, CampaignStatus status, const delivery::StateCounts &counts)
{
    Entry &e = m_campaigns[campaignId];
    e.progress.status = status;
    e.progress.counts = counts;
    if (delivery::isFinal(status))
        e.running = false; // its runner is gone on the send thread
}

void LiveCampaigns::senderGone()
{
    for (auto &[id, e] : m_campaigns) {
        if (e.running || e.starting)
            e.progress.status = CampaignStatus::Paused;
        e.running = e.starting = false;
        e.thread = nullptr;
    }
}

const LiveCampaigns::Entry *LiveCampaigns::find(qint64 campaignId) const
{
    const auto it = m_campaigns.find(campaignId);
    return it == m_campaigns.end() ? nullptr : &it->second;
}

bool LiveCampaigns::isRunning(qint64 campaignId) const
{
    const Entry *e = find(campaignId);
    return e && e->running;
}

bool LiveCampaigns::isSending(qint64 campaignId) const
{
    const Entry *e = find(campaignId);
    return e && (e->running || e->starting);
}

const CampaignProgress *LiveCampaigns::progress(qint64 campaignId) const
{
    const Entry *e = find(campaignId);
    return e && e->running ? &e->progress : nullptr;
}

QThread *LiveCampaigns::thread(qint64 campaignId) const
{
    const Entry *e = find(campaignId);
    return e && e->running ? e->thread : nullptr;
}

QList<LiveCampaigns::Sample> LiveCampaigns::samples(qint64 campaignId) const
{
    const Entry *e = find(campaignId);
    return e ? e->samples : QList<Sample>();
}

QList<qint64> LiveCampaigns::running() const
{
    QList<qint64> ids;
    for (const auto &[id, e] : m_campaigns) {
        if (e.running)
            ids.append(id);
    }
    return ids;
}

} // namespace herald::ui
