#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"

#include <QJsonObject>
#include <QList>

namespace herald::sandbox {

struct ConversationRef;
struct Person;
struct SandboxState;

// The connector's reads: paged and unpaged rosters, a team's details and its channels.
// Counted against the per-thread "get members / conversations" limits.
class RosterEndpoint final
{
public:
    static constexpr int kDefaultPageSize = 200;
    static constexpr int kMinPageSize = 50;
    static constexpr int kMaxPageSize = 500;

    explicit RosterEndpoint(SandboxState &state);

    SandboxReply pagedMembers(const QString &conversationId, const SandboxRequest &request);
    SandboxReply members(const QString &conversationId);
    SandboxReply team(const QString &teamId);
    SandboxReply channels(const QString &teamId);

    QJsonObject memberJson(const Person &person) const;

private:
    // The roster of a conversation: a team's members, or the one person of a 1:1 chat.
    bool roster(const ConversationRef &ref, QList<int> *people) const;
    SandboxReply admitRead(const QString &thread);
    static QString continuationToken(const QString &conversationId, qsizetype offset);
    static qsizetype offsetFromToken(const QString &conversationId, const QString &token);

    SandboxState &m_state;
};

} // namespace herald::sandbox
