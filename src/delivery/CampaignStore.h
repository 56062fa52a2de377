#pragma once

#include "common/Result.h"
#include "delivery/DeliveryTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace herald {
class Clock;
}

namespace herald::store {
class Database;
}

namespace herald::delivery {

// Campaigns and their recipients in the database (schema step 2, store/Schema.cpp): creation in one
// transaction before the first request, status changes, listing, and the recovery steps after a crash.
// The hot path of state changes is RecipientJournal's. Use one per thread (it uses that thread's connection).
class CampaignStore final
{
public:
    // Times written come from `clock` (its epochMs()), the real clock when none is given.
    explicit CampaignStore(const store::Database &db, const Clock *clock = nullptr);

    struct NewCampaign
    {
        QString title;
        QString profile;
        QString createdBy; // defaults to the OS user
        QJsonObject draft; // compose::Draft::toJson()
        QJsonObject options;
        QList<CampaignRecipient> recipients; // seq is assigned in order from 1; state Pending or Unreachable
    };
    // Writes the campaign (status Running) and its whole audience in one transaction.
    Result<qint64> create(const NewCampaign &campaign);

    Result<CampaignInfo> campaign(qint64 id) const;
    // Newest first, with counts.
    Result<QList<CampaignInfo>> campaigns() const;
    // Campaigns that may still be resumed: running, paused or interrupted.
    Result<QList<CampaignInfo>> unfinished() const;
    Result<StateCounts> counts(qint64 id) const;
    // The counts once nothing is on the wire any more: rows still marked Sending then (there should be none)
    // are accounted for honestly first (recoverSending), rather than waited for.
    Result<StateCounts> settledCounts(qint64 id);

    // Sets the status (started_at on the first Running, finished_at on Finished/Cancelled) and the last
    // error.
    Status setStatus(qint64 id, CampaignStatus status, const QString &lastError = {});

    // Asks the process that sends the campaign to pause or cancel it (schema step 3): any process may
    // write it; the sender reads it every flush interval and obeys.
    Status requestStatus(qint64 id, CampaignStatus status);
    // What was asked of the sender, if anything.
    Result<std::optional<CampaignStatus>> requestedStatus(qint64 id) const;
    // Forgets the request, when it is still `seen` (a newer one is kept); all when seen is empty.
    Status clearRequest(qint64 id, std::optional<CampaignStatus> seen = std::nullopt);

    // Recipients in seq order after `afterSeq`, optionally only those in one state (keyset paging).
    Result<QList<CampaignRecipient>> recipients(qint64 id, std::optional<RecipientState> state,
                                                qint64 afterSeq, int limit) const;

    struct Recovery
    {
        qint64 uncertain = 0; // a request carrying the message had left: its fate is unknown
        qint64 reset = 0;     // only the idempotent 1:1 create had left (or nothing): back to pending
    };
    // Rows a stopped process left in Sending. Call only while no process runs the campaign (CampaignLock).
    Result<Recovery> recoverSending(qint64 id);
    // Uncertain rows go back to Pending (marked ambiguous: they may arrive twice). Returns how many.
    Result<qint64> resendUncertain(qint64 id);
    // Pending rows become Cancelled. Returns how many.
    Result<qint64> cancelPending(qint64 id);

    // The OS user: the account's name (Unix), else USER, USERNAME or LOGNAME; never empty on Unix.
    static QString currentUser();

private:
    Result<QList<CampaignInfo>> select(const QString &where, qint64 id) const;
    Result<qint64> updateStates(qint64 id, const QString &sql);

    qint64 nowMs() const;

    const store::Database &m_db;
    const Clock *m_clock;
};

} // namespace herald::delivery
