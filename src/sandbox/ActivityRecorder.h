#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <vector>

namespace herald::sandbox {

// Records every activity the sandbox accepted. Memory stays bounded over millions of messages:
// per conversation only the activity ids (8 bytes each) and the 64-bit body hashes (to count
// duplicates) are kept for every message; full bodies only for the last kRecentPerConversation
// of each conversation, and at most kMaxBodies / kMaxBodyBytes bodies overall.
class ActivityRecorder final
{
public:
    static constexpr int kRecentPerConversation = 20;
    static constexpr qsizetype kMaxBodies = 100'000;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;

    struct Recorded
    {
        quint64 activityId = 0;
        bool duplicate = false;
    };

    // `body` is the compact JSON of the activity.
    Recorded record(const QString &conversationId, const QByteArray &body, qint64 nowMs);
    // The root message of a new channel reply chain: its id is the chain's messageid.
    quint64 reserveActivityId() { return ++m_lastId; }
    Recorded recordWithId(const QString &conversationId, quint64 activityId, const QByteArray &body,
                          qint64 nowMs);

    void touchConversation(const QString &conversationId); // created without a first message
    bool hasConversation(const QString &conversationId) const
    {
        return m_conversations.contains(conversationId);
    }
    bool hasActivity(const QString &conversationId, quint64 activityId) const;
    bool update(const QString &conversationId, quint64 activityId, const QByteArray &body, qint64 nowMs);
    bool remove(const QString &conversationId, quint64 activityId);

    // {"conversation","count","activities":[{"id","receivedMs","hash","updated","deleted","body"?}]}
    QJsonObject describe(const QString &conversationId, int last) const;

    qint64 activities() const { return m_activities; }
    qint64 duplicates() const { return m_duplicates; }
    qint64 updates() const { return m_updates; }
    qint64 deletes() const { return m_deletes; }
    int conversations() const { return static_cast<int>(m_conversations.size()); }
    qsizetype retainedBodyBytes() const { return m_bodyBytes; }
    void clear();

    static quint64 hashBody(const QByteArray &body);

private:
    struct RecentActivity
    {
        quint64 id = 0;
        quint64 hash = 0;
        qint64 receivedMs = 0;
        QByteArray body; // empty once evicted by the global caps
        bool updated = false;
        bool deleted = false;
    };
    struct Log
    {
        std::vector<quint64> ids; // ascending: ids come from one increasing counter
        QSet<quint64> deleted;
        QSet<quint64> hashes;
        QList<RecentActivity> recent;
    };
    RecentActivity *findRecent(Log &log, quint64 id);
    void retain(const QString &conversationId, quint64 id, qsizetype bytes);
    void enforceCaps();

    QHash<QString, Log> m_conversations;
    std::deque<std::pair<QString, quint64>> m_bodies; // retention order, oldest first
    qsizetype m_bodyBytes = 0;
    quint64 m_lastId = 1'776'000'000'000ULL; // Teams' message ids look like millisecond stamps
    qint64 m_activities = 0;
    qint64 m_duplicates = 0;
    qint64 m_updates = 0;
    qint64 m_deletes = 0;
};

} // namespace herald::sandbox
