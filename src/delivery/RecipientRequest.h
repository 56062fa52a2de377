#pragma once

#include "common/Error.h"
#include "delivery/DeliveryTypes.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace herald::connector {
class ConnectorCall;
class ConnectorClient;
} // namespace herald::connector

namespace herald::delivery {

// What Teams answered to one recipient's request.
struct RequestAnswer
{
    Error error;            // none: it worked
    QString conversationId; // a create's chat, or a channel post's new reply chain
    QString activityId;
};

// Starts the Bot Connector call that carries one recipient's request: a new reply chain in a channel, the
// 1:1 chat's creation (with the message embedded when `phase` is Send, without when it is Create), or a
// send to the cached chat. `done` is called once, with the answer; the call deletes itself after.
// The thread (Teams' unit of rate limiting) the request counts against: the conversation, or, for a
// create whose id is not known yet, the person standing in for it; a channel post counts in the channel.
QString threadOf(const CampaignRecipient &recipient, RequestPhase phase);

connector::ConnectorCall *startRequest(connector::ConnectorClient &client, const CampaignRecipient &recipient,
                                       RequestPhase phase, const QJsonObject &activity,
                                       std::function<void(const RequestAnswer &)> done);

} // namespace herald::delivery
