#pragma once

#include "common/Result.h"
#include "connector/ConnectorTypes.h"

#include <QByteArray>

namespace herald::connector {

// Parses the connector's successful answers: tolerant of unknown fields, strict on what is required.
// Anything else (not JSON, truncated, wrong types, a missing id) is an Error of kind Parse.
class AnswerParser final
{
public:
    static Result<ConversationRef> conversation(const QByteArray &body);
    // For PUT (update) the service may answer with an empty body: then fallbackId is returned.
    static Result<ActivityRef> activity(const QByteArray &body, const QString &fallbackId = QString());
    static Result<MembersPage> membersPage(const QByteArray &body);
    static Result<TeamDetails> teamDetails(const QByteArray &body);
    static Result<QList<ChannelInfo>> channels(const QByteArray &body, const QString &teamId);
};

} // namespace herald::connector
