#include "RecipientLedger.h"

#include <QElapsedTimer>

namespace herald::delivery {

RecipientLedger::RecipientLedger(const store::Database &db, qint64 campaignId, const Clock *clock)
    : m_journal(db, campaignId, clock)
    , m_meter(clock)
{
}

RecipientJournal::Update RecipientLedger::updateOf(const CampaignRecipient &r, RecipientState state)
{
    RecipientJournal::Update u;
    u.seq = r.seq;
    u.state = state;
    u.attempts = r.attempts;
    u.ambiguous = r.ambiguous;
    return u;
}

void RecipientLedger::marked(qint64 n)
{
    m_counts.pending -= n;
    m_counts.sending += n;
}

void RecipientLedger::unsent(const CampaignRecipient &r)
{
    m_journal.add(updateOf(r, RecipientState::Pending));
    --m_counts.sending;
    ++m_counts.pending;
}

void RecipientLedger::invalidMessage(const CampaignRecipient &r, const Error &error)
{
    RecipientJournal::Update u = updateOf(r, RecipientState::Failed);
    u.code = QStringLiteral("InvalidMessage");
    u.message = error.message;
    m_journal.add(u);
    --m_counts.pending;
    ++m_counts.failed;
    m_meter.count(ThroughputMeter::Event::Failed);
}

void RecipientLedger::chatCreated(const CampaignRecipient &r, const QString &newConversationId)
{
    RecipientJournal::Update u = updateOf(r, RecipientState::Pending);
    u.conversationId = newConversationId;
    m_journal.add(u);
    if (!newConversationId.isEmpty())
        m_journal.cacheConversation(r.targetId, newConversationId);
    --m_counts.sending;
    ++m_counts.pending;
}

void RecipientLedger::delivered(const CampaignRecipient &r, const QString &activityId,
                                const QString &newConversationId)
{
    RecipientJournal::Update u = updateOf(r, RecipientState::Delivered);
    u.activityId = activityId;
    u.conversationId = newConversationId;
    m_journal.add(u);
    if (r.kind == RecipientKind::User) {
        if (!newConversationId.isEmpty())
            m_journal.cacheConversation(r.targetId, newConversationId);
        m_journal.markDelivered(r.targetId);
    }
    --m_counts.sending;
    ++m_counts.delivered;
    m_meter.count(ThroughputMeter::Event::Delivered);
}

void RecipientLedger::failed(const CampaignRecipient &r, const FailureRules::Decision &decision)
{
    RecipientJournal::Update u = updateOf(r, decision.state);
    u.code = decision.code;
    u.message = decision.message;
    u.correlationId = decision.correlationId;
    m_journal.add(u);
    --m_counts.sending;
    ++m_counts[decision.state];
    if (decision.state == RecipientState::Unreachable) {
        m_meter.count(ThroughputMeter::Event::Unreachable);
        if (!decision.directoryReason.isEmpty())
            m_journal.markUnreachable(r.targetId, decision.directoryReason);
    } else if (decision.state == RecipientState::Failed) {
        m_meter.count(ThroughputMeter::Event::Failed);
    }
}

Status RecipientLedger::commit(const QList<RecipientJournal::SendingMark> &sending, bool final)
{
    for (const RecipientJournal::Sample &s : m_meter.takeSamples(final))
        m_journal.addSample(s);
    QElapsedTimer timer;
    timer.start();
    Status s = m_journal.commit(sending);
    m_commitMs = 0.8 * m_commitMs + 0.2 * double(timer.nsecsElapsed()) / 1e6;
    return s;
}

} // namespace herald::delivery
