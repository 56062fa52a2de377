#pragma once

#include "ConversationRef.h"
#include "RosterEndpoint.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"

#include <QJsonObject>

namespace herald::sandbox {

class IdentityEndpoint;
struct SandboxState;

// Everything under /v3: the bearer check, the global rate, injected faults, then the
// conversation and activity calls (here) and the roster and team reads (RosterEndpoint),
// with Bot Connector's status codes and error bodies.
class ConnectorEndpoint final
{
public:
    ConnectorEndpoint(SandboxState &state, const IdentityEndpoint &identity);

    static bool matches(const SandboxRequest &request);
    SandboxReply handle(const SandboxRequest &request);

private:
    enum class Route { None, Create, Send, Reply, Update, Delete, PagedMembers, Members, Team, TeamChannels };
    // The route, or a 404/405 reply when none fits.
    Route route(const SandboxRequest &request, SandboxReply *refusal) const;
    SandboxReply dispatch(Route route, const SandboxRequest &request);

    SandboxReply create(const QJsonObject &body);
    SandboxReply createPersonal(const QJsonObject &body);
    SandboxReply createChannelChain(const QJsonObject &body);
    SandboxReply send(const QString &conversationId, const QJsonObject &activity);
    SandboxReply reply(const QString &conversationId, const QString &activityId, const QJsonObject &activity);
    SandboxReply update(const QString &conversationId, const QString &activityId,
                        const QJsonObject &activity);
    SandboxReply remove(const QString &conversationId, const QString &activityId);

    // 403 for people who blocked the bot or never installed it; 404 for unknown conversations.
    SandboxReply refuseConversation(const ConversationRef &ref) const;
    // Validates an activity and returns its compact JSON, or fills `refusal`.
    QByteArray activityBody(const QJsonObject &activity, SandboxReply *refusal) const;
    SandboxReply admitSend(const QString &thread);
    // A new activity in a conversation (send or reply): validated, paced, recorded, 201 with its id.
    SandboxReply acceptNew(const QString &conversationId, const QJsonObject &activity);

    SandboxState &m_state;
    const IdentityEndpoint &m_identity;
    RosterEndpoint m_roster;
};

} // namespace herald::sandbox
