#include "RecipientJournal.h"

#include "common/Clock.h"
#include "directory/DirectoryWriter.h"
#include "directory/Reachability.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QSqlQuery>

#include <optional>

namespace herald::delivery {

namespace {

QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

struct RecipientJournal::Statements
{
    std::optional<QSqlQuery> update;
    std::optional<QSqlQuery> sending;
    std::optional<QSqlQuery> sample;
    std::optional<QSqlQuery> reachable;
    std::optional<QSqlQuery> lastMessage;
};

RecipientJournal::RecipientJournal(const store::Database &db, qint64 campaignId, const Clock *clock)
    : m_db(db)
    , m_campaignId(campaignId)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_statements(std::make_unique<Statements>())
    , m_directory(std::make_unique<directory::DirectoryWriter>(db))
{
}

RecipientJournal::~RecipientJournal()
{
    if (m_full)
        (void)setSynchronous(false);
}

void RecipientJournal::add(Update update)
{
    m_updates.append(std::move(update));
}

void RecipientJournal::cacheConversation(const QString &personId, const QString &conversationId)
{
    m_conversations.append({personId, conversationId});
}

void RecipientJournal::markUnreachable(const QString &personId, const QString &reasonCode)
{
    m_unreachable.append({personId, reasonCode});
}

void RecipientJournal::markDelivered(const QString &personId)
{
    m_delivered.append(personId);
}

void RecipientJournal::addSample(const Sample &sample)
{
    m_samples.append(sample);
}

qsizetype RecipientJournal::buffered() const
{
    return m_updates.size() + m_conversations.size() + m_unreachable.size() + m_delivered.size() +
           m_samples.size();
}

QString RecipientJournal::directoryReason(const QString &code)
{
    using namespace directory::UnreachableReason;
    if (code == QLatin1String("ConversationBlockedByUser") || code == QLatin1String("MessageWritesBlocked") ||
        code == QLatin1String("209"))
        return QLatin1String(Blocked);
    if (code == QLatin1String("ForbiddenOperationException") || code == QLatin1String("NotEnoughPermissions"))
        return QLatin1String(NotInstalled);
    if (code == QLatin1String("BotNotInConversationRoster"))
        return QLatin1String(NotInRoster);
    if (code == QLatin1String("ConversationNotFound"))
        return QLatin1String(BotRemoved);
    return QLatin1String(NotInstalled);
}

Status RecipientJournal::setSynchronous(bool full)
{
    if (Status s = m_db.exec(full ? QStringLiteral("PRAGMA synchronous=FULL")
                                  : QStringLiteral("PRAGMA synchronous=NORMAL"));
        !s)
        return s;
    m_full = full;
    return Status::success();
}

Status RecipientJournal::commit(const QList<SendingMark> &sending)
{
    if (buffered() == 0 && sending.isEmpty())
        return Status::success();
    const bool full = m_durable && !sending.isEmpty();
    if (full != m_full) {
        if (Status s = setSynchronous(full); !s)
            return s;
    }
    Status s = write(sending);
    if (s) {
        m_updates.clear();
        m_conversations.clear();
        m_unreachable.clear();
        m_delivered.clear();
        m_samples.clear();
    }
    return s;
}

Status RecipientJournal::writeDirectory(qint64 now)
{
    bool changed = !m_conversations.isEmpty() || !m_unreachable.isEmpty();
    for (const auto &[person, conversation] : std::as_const(m_conversations)) {
        directory::PersonRecord record;
        record.id = person;
        record.conversationId = conversation;
        if (Status s = m_directory->upsertPerson(record); !s)
            return s;
    }
    for (const auto &[person, reason] : std::as_const(m_unreachable)) {
        if (Status s = m_directory->setInstalled(person, QString(), false, reason); !s)
            return s;
    }
    if (!m_delivered.isEmpty()) {
        // "Last message sent" for the directory's details pane; whoever got one is reachable. The generation
        // (search indexes reload on it) moves only when someone's reachability did.
        const auto prepare = [this](std::optional<QSqlQuery> &q, const QString &sql) -> Status {
            if (q)
                return Status::success();
            q.emplace(m_db.connection());
            Status s = m_db.prepare(*q, sql);
            if (!s)
                q.reset();
            return s;
        };
        if (Status s = prepare(m_statements->lastMessage,
                               QStringLiteral("UPDATE people SET last_message_at = ? WHERE id = ?"));
            !s)
            return s;
        if (Status s = prepare(m_statements->reachable,
                               QStringLiteral("UPDATE people SET reachability = ?, unreachable_reason = '',"
                                              " updated_at = ? WHERE id = ? AND reachability <> ?"));
            !s)
            return s;
        const int reachable = static_cast<int>(directory::Reachability::Reachable);
        QSqlQuery &last = *m_statements->lastMessage;
        QSqlQuery &reach = *m_statements->reachable;
        for (const QString &person : std::as_const(m_delivered)) {
            last.bindValue(0, now);
            last.bindValue(1, person);
            if (Status s = m_db.run(last, QStringLiteral("last message")); !s)
                return s;
            reach.bindValue(0, reachable);
            reach.bindValue(1, now);
            reach.bindValue(2, person);
            reach.bindValue(3, reachable);
            if (Status s = m_db.run(reach, QStringLiteral("reachable")); !s)
                return s;
            changed = changed || reach.numRowsAffected() > 0;
        }
    }
    if (changed)
        return m_directory->bumpGeneration();
    return Status::success();
}

Status RecipientJournal::write(const QList<SendingMark> &sending)
{
    store::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const qint64 now = m_clock->epochMs();

    if (!m_updates.isEmpty()) {
        if (!m_statements->update) {
            m_statements->update.emplace(m_db.connection());
            if (Status s = m_db.prepare(
                    *m_statements->update,
                    QStringLiteral("UPDATE campaign_recipients SET state = ?, phase = 0,"
                                   " conversation_id = CASE WHEN ? <> '' THEN ? ELSE conversation_id END,"
                                   " code = ?, message = ?, activity_id = ?, correlation_id = ?,"
                                   " attempts = ?, ambiguous = ?, updated_at = ?"
                                   " WHERE campaign_id = ? AND seq = ?"));
                !s) {
                m_statements->update.reset();
                return s;
            }
        }
        QSqlQuery &q = *m_statements->update;
        for (const Update &u : std::as_const(m_updates)) {
            q.bindValue(0, recipientStateKey(u.state));
            q.bindValue(1, nn(u.conversationId));
            q.bindValue(2, nn(u.conversationId));
            q.bindValue(3, nn(u.code));
            q.bindValue(4, nn(u.message));
            q.bindValue(5, nn(u.activityId));
            q.bindValue(6, nn(u.correlationId));
            q.bindValue(7, u.attempts);
            q.bindValue(8, u.ambiguous ? 1 : 0);
            q.bindValue(9, now);
            q.bindValue(10, m_campaignId);
            q.bindValue(11, u.seq);
            if (Status s = m_db.run(q, QStringLiteral("recipient outcome")); !s)
                return s;
        }
    }

    if (Status s = writeDirectory(now); !s)
        return s;

    if (!m_samples.isEmpty()) {
        if (!m_statements->sample) {
            m_statements->sample.emplace(m_db.connection());
            if (Status s = m_db.prepare(
                    *m_statements->sample,
                    QStringLiteral("INSERT INTO campaign_samples(campaign_id, second, delivered,"
                                   " unreachable, failed, requests, throttled) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                   " ON CONFLICT(campaign_id, second) DO UPDATE SET"
                                   " delivered = delivered + excluded.delivered,"
                                   " unreachable = unreachable + excluded.unreachable,"
                                   " failed = failed + excluded.failed,"
                                   " requests = requests + excluded.requests,"
                                   " throttled = throttled + excluded.throttled"));
                !s) {
                m_statements->sample.reset();
                return s;
            }
        }
        QSqlQuery &q = *m_statements->sample;
        for (const Sample &sample : std::as_const(m_samples)) {
            q.bindValue(0, m_campaignId);
            q.bindValue(1, sample.second);
            q.bindValue(2, sample.delivered);
            q.bindValue(3, sample.unreachable);
            q.bindValue(4, sample.failed);
            q.bindValue(5, sample.requests);
            q.bindValue(6, sample.throttled);
            if (Status s = m_db.run(q, QStringLiteral("throughput sample")); !s)
                return s;
        }
    }

    if (!sending.isEmpty()) {
        if (!m_statements->sending) {
            m_statements->sending.emplace(m_db.connection());
            if (Status s =
                    m_db.prepare(*m_statements->sending,
                                 QStringLiteral("UPDATE campaign_recipients SET state = 'sending', phase = ?,"
                                                " updated_at = ? WHERE campaign_id = ? AND seq = ?"));
                !s) {
                m_statements->sending.reset();
                return s;
            }
        }
        QSqlQuery &q = *m_statements->sending;
        for (const SendingMark &mark : sending) {
            q.bindValue(0, static_cast<int>(mark.phase));
            q.bindValue(1, now);
            q.bindValue(2, m_campaignId);
            q.bindValue(3, mark.seq);
            if (Status s = m_db.run(q, QStringLiteral("mark sending")); !s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace herald::delivery
