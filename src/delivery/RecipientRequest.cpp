#include "RecipientRequest.h"

#include "connector/ConnectorClient.h"

namespace herald::delivery {

QString threadOf(const CampaignRecipient &r, RequestPhase phase)
{
    if (r.kind == RecipientKind::User && phase == RequestPhase::Send && !r.conversationId.isEmpty())
        return r.conversationId;
    return r.targetId;
}

connector::ConnectorCall *startRequest(connector::ConnectorClient &client, const CampaignRecipient &r,
                                       RequestPhase phase, const QJsonObject &activity,
                                       std::function<void(const RequestAnswer &)> done)
{
    const auto onConversation = [done](Result<connector::ConversationRef> result) {
        RequestAnswer a;
        if (result) {
            a.conversationId = result->conversationId;
            a.activityId = result->activityId;
        } else {
            a.error = result.error();
        }
        done(a);
    };
    if (r.kind == RecipientKind::Channel)
        return client.createChannelThread(r.targetId, activity, onConversation);
    if (r.conversationId.isEmpty())
        return client.createPersonalConversation(
            r.targetId, phase == RequestPhase::Send ? activity : QJsonObject(), onConversation);
    return client.sendActivity(r.conversationId, activity, [done](Result<connector::ActivityRef> result) {
        RequestAnswer a;
        if (result)
            a.activityId = result->activityId;
        else
            a.error = result.error();
        done(a);
    });
}

} // namespace herald::delivery
