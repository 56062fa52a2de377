#pragma once

#include "common/Result.h"
#include "delivery/ActivityFactory.h"
#include "delivery/Audience.h"
#include "delivery/DeliveryEstimate.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/RunOptions.h"

#include <QList>
#include <QString>

#include <memory>

namespace herald {
class Clock;
}

namespace herald::store {
class Database;
}

namespace herald::compose {
struct Draft;
}

namespace herald::connector {
class ConnectorClient;
}

namespace herald::delivery {

class CampaignRunner;
class CampaignStore;

// What the front ends (Send… dialog, campaigns panel, herald-cli) ask of delivery:
//   1. resolveAudience(spec) → Audience (recipients, those left out and why, unresolved entries)
//   2. estimate(audience, pacing) → an honest duration
//   3. createCampaign(draft, audience, profile, options) → id: everything on disk before any request
//   4. runner(id, client, options) → CampaignRunner: start(), pause(), resume(), cancel(), signals
//   5. at start-up, recoverInterrupted() → the campaigns to offer for resume
// Use it on one thread (the database gives each thread its own connection).
class CampaignManager final
{
public:
    CampaignManager(const store::Database &db, const Clock *clock = nullptr);

    Result<Audience> resolveAudience(const AudienceSpec &spec) const;
    static DeliveryEstimate estimate(const Audience &audience, const PacingOptions &pacing);

    // Input error when nobody in the audience can be sent to.
    Result<qint64> createCampaign(const compose::Draft &draft, const Audience &audience,
                                  const QString &profileName, const RunOptions &options = {},
                                  const QString &title = {});

    // A runner for a stored campaign, sending through `client` with the campaign's own draft (or `factory`).
    // Call start() on it. The client (and the database) must outlive it.
    Result<std::unique_ptr<CampaignRunner>> runner(qint64 campaignId, connector::ConnectorClient *client,
                                                   RunOptions options, ActivityFactory factory = {}) const;

    // Campaigns left Running by a process that is gone become Interrupted, and their recipients left
    // Sending become uncertain (or pending, when only the idempotent create had left). Returns every
    // campaign that can be resumed (interrupted and paused), newest first. Safe while another process
    // runs a campaign: that one is left alone (its lock is held). A pause or cancel that was asked of a
    // process that then stopped is carried out here.
    Result<QList<CampaignInfo>> recoverInterrupted() const;

    Result<QList<CampaignInfo>> campaigns() const;
    Result<CampaignInfo> campaign(qint64 id) const;
    // Recipients in one state (e.g. the uncertain ones to list before a resume).
    Result<QList<CampaignRecipient>> recipients(qint64 id, RecipientState state, int limit = 1000) const;
    // Cancels or pauses a campaign (target Cancelled or Paused). When no process sends it, at once: Done.
    // When another process does (the window, another herald-cli), the request is written to the database
    // and that process obeys within a second, letting the requests already on the wire finish: Requested.
    // A finished or cancelled campaign: Done, unchanged.
    enum class StopOutcome { Done, Requested };
    Result<StopOutcome> stop(qint64 id, CampaignStatus target) const;
    // stop(id, Cancelled) / stop(id, Paused), done or requested.
    Status cancel(qint64 id) const;
    Status pause(qint64 id) const;

private:
    // With the campaign's lock held: recovers what a stopped process left Sending, then pauses or cancels.
    static Status applyStop(CampaignStore &store, const CampaignInfo &info, CampaignStatus target);

    const store::Database &m_db;
    const Clock *m_clock;
};

} // namespace herald::delivery
