#pragma once

#include "common/Result.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/FailureRules.h"
#include "delivery/RecipientJournal.h"
#include "delivery/ThroughputMeter.h"

#include <QList>
#include <QString>

namespace herald {
class Clock;
}

namespace herald::store {
class Database;
}

namespace herald::delivery {

// A running campaign's account of its recipients (CampaignRunner's bookkeeping): each state change goes,
// in one call, to the journal (written at the next commit), to the live counts and to the throughput meter,
// so that the three always agree. It also times its commits: the runner fits them between paced sends.
// Lives in one thread (the journal uses that thread's connection).
class RecipientLedger final
{
public:
    RecipientLedger(const store::Database &db, qint64 campaignId, const Clock *clock);
    RecipientLedger(const RecipientLedger &) = delete;
    RecipientLedger &operator=(const RecipientLedger &) = delete;

    RecipientJournal &journal() { return m_journal; }
    ThroughputMeter &meter() { return m_meter; }
    const ThroughputMeter &meter() const { return m_meter; }
    StateCounts &counts() { return m_counts; }
    const StateCounts &counts() const { return m_counts; }

    // pending → sending: `n` rows were marked on disk (commit() with their marks).
    void marked(qint64 n);
    // sending → pending: it never left (its thread was held, or the campaign stops).
    void unsent(const CampaignRecipient &r);
    // pending → failed: the message could not be built for this recipient.
    void invalidMessage(const CampaignRecipient &r, const Error &error);
    // sending → pending: the 1:1 chat exists (`newConversationId`, when this answer told it, is cached in
    // the directory); the message goes next.
    void chatCreated(const CampaignRecipient &r, const QString &newConversationId);
    // sending → delivered. `newConversationId`: a first contact's new chat (cached in the directory) or a
    // channel post's new thread. A person's "last message sent" is set in the directory.
    void delivered(const CampaignRecipient &r, const QString &activityId, const QString &newConversationId);
    // sending → the decision's state (pending again for a retry); the directory learns who is unreachable.
    void failed(const CampaignRecipient &r, const FailureRules::Decision &decision);

    // The meter's samples (all of them when `final`), everything buffered, then `sending` marked, in one
    // transaction (RecipientJournal::commit); its duration feeds commitMs().
    Status commit(const QList<RecipientJournal::SendingMark> &sending = {}, bool final = false);
    // How long a commit takes (moving average).
    double commitMs() const { return m_commitMs; }
    qsizetype buffered() const { return m_journal.buffered(); }

private:
    static RecipientJournal::Update updateOf(const CampaignRecipient &r, RecipientState state);

    RecipientJournal m_journal;
    ThroughputMeter m_meter;
    StateCounts m_counts;
    double m_commitMs = 2.0;
};

} // namespace herald::delivery
