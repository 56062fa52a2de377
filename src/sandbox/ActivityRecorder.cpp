#include "ActivityRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace herald::sandbox {

quint64 ActivityRecorder::hashBody(const QByteArray &body)
{
    // FNV-1a, 64 bits: stable across runs, unlike a seeded qHash.
    quint64 h = 1469598103934665603ULL;
    for (const char c : body) {
        h ^= static_cast<quint8>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

ActivityRecorder::Recorded ActivityRecorder::record(const QString &conversationId, const QByteArray &body,
                                                    qint64 nowMs)
{
    return recordWithId(conversationId, ++m_lastId, body, nowMs);
}

ActivityRecorder::Recorded ActivityRecorder::recordWithId(const QString &conversationId, quint64 activityId,
                                                          const QByteArray &body, qint64 nowMs)
{
    Log &log = m_conversations[conversationId];
    const quint64 hash = hashBody(body);
    Recorded result{activityId, false};
    if (log.hashes.contains(hash)) {
        result.duplicate = true;
        ++m_duplicates;
    } else {
        log.hashes.insert(hash);
    }
    log.ids.push_back(activityId);
    log.recent.append(RecentActivity{activityId, hash, nowMs, body, false, false});
    if (log.recent.size() > kRecentPerConversation) {
        m_bodyBytes -= log.recent.constFirst().body.size();
        log.recent.removeFirst();
    }
    ++m_activities;
    retain(conversationId, activityId, body.size());
    return result;
}

void ActivityRecorder::touchConversation(const QString &conversationId)
{
    if (!m_conversations.contains(conversationId))
        m_conversations.insert(conversationId, Log());
}

bool ActivityRecorder::hasActivity(const QString &conversationId, quint64 activityId) const
{
    const auto it = m_conversations.constFind(conversationId);
    if (it == m_conversations.cend() || it->deleted.contains(activityId))
        return false;
    return std::binary_search(it->ids.cbegin(), it->ids.cend(), activityId);
}

ActivityRecorder::RecentActivity *ActivityRecorder::findRecent(Log &log, quint64 id)
{
    for (RecentActivity &recent : log.recent) {
        if (recent.id == id)
            return &recent;
    }
    return nullptr;
}

bool ActivityRecorder::update(const QString &conversationId, quint64 activityId, const QByteArray &body,
                              qint64 nowMs)
{
    if (!hasActivity(conversationId, activityId))
        return false;
    Log &log = m_conversations[conversationId];
    if (RecentActivity *recent = findRecent(log, activityId)) {
        m_bodyBytes += body.size() - recent->body.size();
        recent->body = body;
        recent->hash = hashBody(body);
        recent->receivedMs = nowMs;
        recent->updated = true;
    }
    ++m_updates;
    enforceCaps();
    return true;
}

bool ActivityRecorder::remove(const QString &conversationId, quint64 activityId)
{
    if (!hasActivity(conversationId, activityId))
        return false;
    Log &log = m_conversations[conversationId];
    log.deleted.insert(activityId);
    if (RecentActivity *recent = findRecent(log, activityId))
        recent->deleted = true;
    ++m_deletes;
    return true;
}

void ActivityRecorder::retain(const QString &conversationId, quint64 id, qsizetype bytes)
{
    m_bodies.emplace_back(conversationId, id);
    m_bodyBytes += bytes;
    enforceCaps();
}

void ActivityRecorder::enforceCaps()
{
    while (!m_bodies.empty() && (m_bodyBytes > kMaxBodyBytes || qsizetype(m_bodies.size()) > kMaxBodies)) {
        const auto [conversation, id] = m_bodies.front();
        m_bodies.pop_front();
        const auto it = m_conversations.find(conversation);
        if (it == m_conversations.end())
            continue;
        if (RecentActivity *recent = findRecent(*it, id)) {
            m_bodyBytes -= recent->body.size();
            recent->body = QByteArray();
        }
    }
}

QJsonObject ActivityRecorder::describe(const QString &conversationId, int last) const
{
    const auto it = m_conversations.constFind(conversationId);
    QJsonArray activities;
    qint64 count = 0;
    if (it != m_conversations.cend()) {
        count = static_cast<qint64>(it->ids.size());
        const qsizetype from = qMax<qsizetype>(0, it->recent.size() - qMax(0, last));
        for (qsizetype i = from; i < it->recent.size(); ++i) {
            const RecentActivity &recent = it->recent.at(i);
            QJsonObject entry{{QStringLiteral("id"), QString::number(recent.id)},
                              {QStringLiteral("receivedMs"), recent.receivedMs},
                              {QStringLiteral("hash"), QString::number(recent.hash, 16)},
                              {QStringLiteral("updated"), recent.updated},
                              {QStringLiteral("deleted"), recent.deleted}};
            if (!recent.body.isEmpty())
                entry.insert(QStringLiteral("body"), QJsonDocument::fromJson(recent.body).object());
            activities.append(entry);
        }
    }
    return QJsonObject{{QStringLiteral("conversation"), conversationId},
                       {QStringLiteral("known"), it != m_conversations.cend()},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("activities"), activities}};
}

void ActivityRecorder::clear()
{
    m_conversations.clear();
    m_bodies.clear();
    m_bodyBytes = 0;
    m_activities = m_duplicates = m_updates = m_deletes = 0;
}

} // namespace herald::sandbox
