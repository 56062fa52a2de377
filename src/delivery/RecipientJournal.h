#pragma once

#include "common/Result.h"
#include "delivery/DeliveryTypes.h"

#include <QList>
#include <QString>

#include <memory>

namespace herald {
class Clock;
}

namespace herald::store {
class Database;
}

namespace herald::directory {
class DirectoryWriter;
}

namespace herald::delivery {

// The write-behind log of a running campaign's state changes (group commit). Outcomes, directory
// updates and throughput samples are buffered and written together in one transaction per commit()
// through prepared statements: thousands of changes a second cost a few transactions.
// The one write that may not wait: rows about to be sent are marked Sending in the same commit, and
// that commit is durable (synchronous=FULL) before their requests leave — so a crash or a power cut
// never loses track of a request. Lives in one thread (it uses that thread's connection).
class RecipientJournal final
{
public:
    struct Update
    {
        qint64 seq = 0;
        RecipientState state = RecipientState::Pending;
        QString conversationId; // written when not empty
        QString code;
        QString message;
        QString activityId;
        QString correlationId;
        int attempts = 0;
        bool ambiguous = false;
    };

    struct SendingMark
    {
        qint64 seq = 0;
        RequestPhase phase = RequestPhase::Send;
    };

    struct Sample
    {
        qint64 second = 0; // seconds since the epoch
        int delivered = 0;
        int unreachable = 0;
        int failed = 0;
        int requests = 0;
        int throttled = 0;
    };

    // Times written (updated_at, people.last_message_at) come from clock->epochMs() (the real clock if null).
    RecipientJournal(const store::Database &db, qint64 campaignId, const Clock *clock = nullptr);
    ~RecipientJournal();
    RecipientJournal(const RecipientJournal &) = delete;
    RecipientJournal &operator=(const RecipientJournal &) = delete;

    void add(Update update);
    // The directory learns a person's 1:1 conversation id (first contact), or that they are unreachable.
    void cacheConversation(const QString &personId, const QString &conversationId);
    void markUnreachable(const QString &personId, const QString &reasonCode);
    // A person got a message: the directory's "last message sent" and reachable, in the outcome's commit.
    void markDelivered(const QString &personId);
    void addSample(const Sample &sample);

    qsizetype buffered() const;

    // Writes everything buffered, then marks `sending`, in one durable transaction. On failure nothing
    // of it is written and the buffer is kept (the caller stops the campaign: the disk is the truth).
    Status commit(const QList<SendingMark> &sending = {});

    // synchronous=FULL for commits that mark rows Sending (default on). Off trades power-cut safety for
    // speed.
    void setDurableSendingMarks(bool durable) { m_durable = durable; }

    // The directory's reason code for a connector error code ("ConversationBlockedByUser" → "blocked").
    static QString directoryReason(const QString &serviceCode);

private:
    Status write(const QList<SendingMark> &sending);
    Status setSynchronous(bool full);
    Status writeDirectory(qint64 now);

    const store::Database &m_db;
    qint64 m_campaignId;
    const Clock *m_clock;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<directory::DirectoryWriter> m_directory;
    QList<Update> m_updates;
    QList<std::pair<QString, QString>> m_conversations;
    QList<std::pair<QString, QString>> m_unreachable;
    QStringList m_delivered;
    QList<Sample> m_samples;
    bool m_durable = true;
    bool m_full = false;
};

} // namespace herald::delivery
