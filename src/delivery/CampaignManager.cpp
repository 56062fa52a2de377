#include "CampaignManager.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "compose/Draft.h"
#include "delivery/AudienceResolver.h"
#include "delivery/CampaignLock.h"
#include "delivery/CampaignRunner.h"
#include "delivery/CampaignStore.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace herald::delivery {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::delivery::CampaignManager)
};

} // namespace

CampaignManager::CampaignManager(const store::Database &db, const Clock *clock)
    : m_db(db)
    , m_clock(clock ? clock : SystemClock::instance())
{
}

Result<Audience> CampaignManager::resolveAudience(const AudienceSpec &spec) const
{
    return AudienceResolver(m_db).resolve(spec);
}

DeliveryEstimate CampaignManager::estimate(const Audience &audience, const PacingOptions &pacing)
{
    return DeliveryEstimate::forAudience(audience, pacing);
}

Result<qint64> CampaignManager::createCampaign(const compose::Draft &draft, const Audience &audience,
                                               const QString &profileName, const RunOptions &options,
                                               const QString &title)
{
    if (audience.toSend() == 0)
        return Error::make(
            Error::Kind::Input,
            audience.recipients.isEmpty()
                ? Text::tr("The audience is empty: choose people, teams or channels.")
                : Text::tr(
                      "Nobody in the audience can receive the message: the %Ln chosen are all unreachable.",
                      nullptr, int(audience.recipients.size())));
    CampaignStore::NewCampaign c;
    c.title = title.isEmpty() ? draft.title : title;
    c.profile = profileName;
    c.draft = draft.toJson();
    c.options = options.toJson();
    c.recipients = audience.recipients;
    return CampaignStore(m_db, m_clock).create(c);
}

Result<std::unique_ptr<CampaignRunner>> CampaignManager::runner(qint64 campaignId,
                                                                connector::ConnectorClient *client,
                                                                RunOptions options,
                                                                ActivityFactory factory) const
{
    if (!factory) {
        auto info = CampaignStore(m_db).campaign(campaignId);
        if (!info)
            return info.error();
        auto draft = compose::Draft::fromJson(info->draft);
        if (!draft)
            return draft.error();
        factory = draftActivityFactory(*draft);
    }
    return std::make_unique<CampaignRunner>(m_db, campaignId, client, std::move(factory), m_clock,
                                            std::move(options));
}

Result<QList<CampaignInfo>> CampaignManager::recoverInterrupted() const
{
    CampaignStore store(m_db, m_clock);
    auto open = store.unfinished();
    if (!open)
        return open.error();
    QList<CampaignInfo> resumable;
    for (CampaignInfo info : *open) {
        CampaignLock lock(m_db.path(), info.id);
        if (!lock.tryLock())
            continue; // another process is sending it right now
        if (info.counts.sending > 0) {
            auto recovered = store.recoverSending(info.id);
            if (!recovered)
                return recovered.error();
            qCInfo(lcDelivery) << "campaign" << info.id << "was interrupted:" << recovered->uncertain
                               << "uncertain";
        }
        auto requested = store.requestedStatus(info.id);
        if (!requested)
            return requested.error();
        if (*requested == CampaignStatus::Paused || *requested == CampaignStatus::Cancelled) {
            // Asked of a process that stopped before it could obey: done here.
            if (Status s = applyStop(store, info, **requested); !s)
                return s.error();
            info.status = **requested;
            if (info.status == CampaignStatus::Cancelled)
                continue;
        }
        if (info.status == CampaignStatus::Running) {
            if (Status s = store.setStatus(info.id, CampaignStatus::Interrupted, info.lastError); !s)
                return s.error();
            info.status = CampaignStatus::Interrupted;
        }
        auto counts = store.counts(info.id);
        if (!counts)
            return counts.error();
        info.counts = *counts;
        resumable.append(info);
    }
    return resumable;
}

Result<QList<CampaignInfo>> CampaignManager::campaigns() const
{
    return CampaignStore(m_db).campaigns();
}

Result<CampaignInfo> CampaignManager::campaign(qint64 id) const
{
    return CampaignStore(m_db).campaign(id);
}

Result<QList<CampaignRecipient>> CampaignManager::recipients(qint64 id, RecipientState state, int limit) const
{
    return CampaignStore(m_db).recipients(id, state, 0, limit);
}

Result<CampaignManager::StopOutcome> CampaignManager::stop(qint64 id, CampaignStatus target) const
{
    Q_ASSERT(target == CampaignStatus::Cancelled || target == CampaignStatus::Paused);
    CampaignStore store(m_db, m_clock);
    auto info = store.campaign(id);
    if (!info)
        return info.error();
    if (isFinal(info->status))
        return StopOutcome::Done;
    CampaignLock lock(m_db.path(), id);
    if (Status s = lock.tryLock(); !s) {
        if (s.error().kind != Error::Kind::Input)
            return s.error();
        // Another process sends it: it reads this within a flush interval and stops itself.
        if (Status r = store.requestStatus(id, target); !r)
            return r.error();
        qCInfo(lcDelivery) << "campaign" << id << "is sent by another process; asked it to"
                           << campaignStatusKey(target);
        return StopOutcome::Requested;
    }
    if (Status s = applyStop(store, *info, target); !s)
        return s.error();
    return StopOutcome::Done;
}

Status CampaignManager::applyStop(CampaignStore &store, const CampaignInfo &info, CampaignStatus target)
{
    // The caller holds the lock: whatever is still Sending was left by a process that stopped.
    if (auto r = store.recoverSending(info.id); !r)
        return r.error();
    if (target == CampaignStatus::Cancelled) {
        if (auto n = store.cancelPending(info.id); !n)
            return n.error();
    }
    if (Status s = store.clearRequest(info.id); !s)
        return s;
    if (info.status == target)
        return Status::success();
    return store.setStatus(info.id, target, info.lastError);
}

Status CampaignManager::cancel(qint64 id) const
{
    auto done = stop(id, CampaignStatus::Cancelled);
    return done ? Status::success() : Status(done.error());
}

Status CampaignManager::pause(qint64 id) const
{
    auto done = stop(id, CampaignStatus::Paused);
    return done ? Status::success() : Status(done.error());
}

} // namespace herald::delivery
