#include "ConnectorEndpoint.h"

#include "IdentityEndpoint.h"
#include "SandboxState.h"

#include "common/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace herald::sandbox {

namespace {

constexpr qsizetype kMaxMessageBytes = 100 * 1024; // UTF-16, PROTOCOL.md

SandboxReply badArgument(const QString &message)
{
    return SandboxReply::error(400, QStringLiteral("BadArgument"), message);
}

SandboxReply badSyntax(const QString &message)
{
    return SandboxReply::error(400, QStringLiteral("BadSyntax"), message);
}

SandboxReply conversationNotFound()
{
    return SandboxReply::error(404, QStringLiteral("ConversationNotFound"),
                               QStringLiteral("Conversation not found."));
}

SandboxReply activityNotFound()
{
    return SandboxReply::error(404, QStringLiteral("ActivityNotFoundInConversation"),
                               QStringLiteral("The activity was not found in the conversation."));
}

SandboxReply faultReply(FaultInjector::Kind kind)
{
    using K = FaultInjector::Kind;
    switch (kind) {
    case K::Status500:
        return SandboxReply::error(500, QStringLiteral("ServiceError"),
                                   QStringLiteral("An internal error occurred."));
    case K::Status502:
        return SandboxReply::error(502, QStringLiteral("ServiceError"),
                                   QStringLiteral("Bad gateway: the upstream service failed."));
    case K::Status503:
        return SandboxReply::error(503, QStringLiteral("ServiceError"),
                                   QStringLiteral("The service is temporarily unavailable."));
    case K::Status504:
        return SandboxReply::error(504, QStringLiteral("ServiceError"),
                                   QStringLiteral("The upstream service did not answer in time."));
    case K::Status412:
        return SandboxReply::error(
            412, QStringLiteral("PreconditionFailed"),
            QStringLiteral("The conversation changed while the request was processed. Retry."));
    case K::Status429:
        return SandboxReply::throttled(1000);
    case K::Reset:
        return SandboxReply::reset();
    case K::LostAnswer:
    case K::Slow:
    case K::ExpireToken:
        break;
    }
    return SandboxReply();
}

} // namespace

ConnectorEndpoint::ConnectorEndpoint(SandboxState &state, const IdentityEndpoint &identity)
    : m_state(state)
    , m_identity(identity)
    , m_roster(state)
{
}

bool ConnectorEndpoint::matches(const SandboxRequest &request)
{
    return !request.segments.isEmpty() && request.segments.at(0) == u"v3";
}

ConnectorEndpoint::Route ConnectorEndpoint::route(const SandboxRequest &request, SandboxReply *refusal) const
{
    const QStringList &s = request.segments;
    const QString &m = request.method;
    const auto only = [&](const QString &method, Route r) {
        if (m == method)
            return r;
        *refusal = SandboxReply::error(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("The requested resource does not support http method '%1'.").arg(m));
        return Route::None;
    };
    const qsizetype n = s.size();
    if (n >= 2 && s.at(1) == u"conversations") {
        if (n == 2)
            return only(QStringLiteral("POST"), Route::Create);
        if (n == 4 && s.at(3) == u"activities")
            return only(QStringLiteral("POST"), Route::Send);
        if (n == 5 && s.at(3) == u"activities") {
            if (m == u"PUT")
                return Route::Update;
            if (m == u"DELETE")
                return Route::Delete;
            return only(QStringLiteral("POST"), Route::Reply);
        }
        if (n == 4 && s.at(3) == u"pagedmembers")
            return only(QStringLiteral("GET"), Route::PagedMembers);
        if (n == 4 && s.at(3) == u"members")
            return only(QStringLiteral("GET"), Route::Members);
    } else if (n >= 3 && s.at(1) == u"teams") {
        if (n == 3)
            return only(QStringLiteral("GET"), Route::Team);
        if (n == 4 && s.at(3) == u"conversations")
            return only(QStringLiteral("GET"), Route::TeamChannels);
    }
    *refusal =
        SandboxReply::error(404, QStringLiteral("NotFound"),
                            QStringLiteral("No HTTP resource was found that matches the request URI."));
    return Route::None;
}

SandboxReply ConnectorEndpoint::handle(const SandboxRequest &request)
{
    SandboxReply refusal;
    const Route r = route(request, &refusal);
    if (r == Route::None)
        return refusal;

    const QString token = m_identity.bearerToken(request);
    if (token.isEmpty()) {
        ++m_state.unauthorized;
        return SandboxReply::error(401, QStringLiteral("Unauthorized"),
                                   QStringLiteral("Authorization has been denied for this request."));
    }
    if (const qint64 wait = m_state.limiter.admitGlobal(); wait > 0) {
        ++m_state.throttled;
        return SandboxReply::throttled(wait);
    }

    // Injected faults stand for failures before the call reached Teams: nothing is recorded, except for
    // "lost-answer" (served, then the connection breaks before the answer), "slow" (served, answered late)
    // and "expire-token" (served, token revoked after).
    const auto fault = m_state.faults.next();
    const bool served = fault == FaultInjector::Kind::LostAnswer || fault == FaultInjector::Kind::Slow ||
                        fault == FaultInjector::Kind::ExpireToken;
    if (fault && !served) {
        qCDebug(lcSandbox) << "injecting fault" << FaultInjector::kindName(*fault);
        return faultReply(*fault);
    }

    SandboxReply reply = dispatch(r, request);
    if (fault == FaultInjector::Kind::LostAnswer) {
        qCDebug(lcSandbox) << "served, then injecting fault lost-answer";
        return SandboxReply::reset();
    }
    if (fault == FaultInjector::Kind::Slow)
        reply.delayMs = qMax(1, m_state.faults.slowMs());
    else if (fault == FaultInjector::Kind::ExpireToken)
        m_state.tokens.revoke(token);
    return reply;
}

SandboxReply ConnectorEndpoint::dispatch(Route r, const SandboxRequest &request)
{
    const QStringList &s = request.segments;
    switch (r) {
    case Route::PagedMembers:
        return m_roster.pagedMembers(s.at(2), request);
    case Route::Members:
        return m_roster.members(s.at(2));
    case Route::Team:
        return m_roster.team(s.at(2));
    case Route::TeamChannels:
        return m_roster.channels(s.at(2));
    case Route::Delete:
        return remove(s.at(2), s.at(4));
    default:
        break;
    }

    // The rest carry a JSON object.
    if (!request.hasJsonBody())
        return SandboxReply::error(
            415, QStringLiteral("UnsupportedMediaType"),
            QStringLiteral("The request entity's media type '%1' is not supported for this "
                           "resource; send application/json.")
                .arg(QString::fromLatin1(request.contentType)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badSyntax(QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!document.isObject())
        return badSyntax(QStringLiteral("The request body must be a JSON object."));
    const QJsonObject body = document.object();

    switch (r) {
    case Route::Create:
        return create(body);
    case Route::Send:
        return send(s.at(2), body);
    case Route::Reply:
        return reply(s.at(2), s.at(4), body);
    case Route::Update:
        return update(s.at(2), s.at(4), body);
    default:
        return SandboxReply::error(500, QStringLiteral("ServiceError"), QStringLiteral("Unrouted request."));
    }
}

QByteArray ConnectorEndpoint::activityBody(const QJsonObject &activity, SandboxReply *refusal) const
{
    const QString type = activity.value(QStringLiteral("type")).toString();
    if (type.isEmpty()) {
        *refusal = badArgument(QStringLiteral("The activity has no 'type'."));
        return QByteArray();
    }
    QByteArray body = QJsonDocument(activity).toJson(QJsonDocument::Compact);
    // Teams counts UTF-16 code units; UTF-8 never has fewer bytes than UTF-16 has units.
    if (body.size() * 2 > kMaxMessageBytes && QString::fromUtf8(body).size() * 2 > kMaxMessageBytes) {
        *refusal = SandboxReply::error(413, QStringLiteral("MessageSizeTooBig"),
                                       QStringLiteral("Message size too large: the limit is 100 KB."));
        return QByteArray();
    }
    return body;
}

SandboxReply ConnectorEndpoint::admitSend(const QString &thread)
{
    if (const qint64 wait = m_state.limiter.admitThread(RateLimiter::Operation::Send, thread); wait > 0) {
        ++m_state.throttled;
        return SandboxReply::throttled(wait);
    }
    return SandboxReply::empty(0);
}

SandboxReply ConnectorEndpoint::refuseConversation(const ConversationRef &ref) const
{
    if (ref.kind == ConversationRef::Kind::Unknown)
        return conversationNotFound();
    if (ref.kind == ConversationRef::Kind::Personal) {
        if (m_state.org.blockedBot(ref.person))
            return SandboxReply::error(403, QStringLiteral("ConversationBlockedByUser"),
                                       QStringLiteral("User blocked the conversation with the bot."));
        if (!m_state.org.hasApp(ref.person))
            return SandboxReply::error(403, QStringLiteral("ForbiddenOperationException"),
                                       QStringLiteral("Bot is not installed in user's personal scope"));
    }
    return SandboxReply::empty(0);
}

SandboxReply ConnectorEndpoint::create(const QJsonObject &body)
{
    const QJsonValue isGroup = body.value(QStringLiteral("isGroup"));
    if (!isGroup.isUndefined() && !isGroup.isBool())
        return badArgument(QStringLiteral("'isGroup' must be a boolean."));
    return isGroup.toBool() ? createChannelChain(body) : createPersonal(body);
}

SandboxReply ConnectorEndpoint::createPersonal(const QJsonObject &body)
{
    const QString botId = body.value(QStringLiteral("bot")).toObject().value(QStringLiteral("id")).toString();
    if (botId != QStringLiteral("28:") + m_state.options.appId)
        return badArgument(
            QStringLiteral("Invalid bot: 'bot.id' must be '28:' followed by the bot's app id."));
    const QJsonArray members = body.value(QStringLiteral("members")).toArray();
    if (members.size() != 1)
        return badArgument(
            QStringLiteral("Incorrect conversation creation parameters: a 1:1 conversation needs exactly "
                           "one member."));
    QString tenant = body.value(QStringLiteral("tenantId")).toString();
    if (tenant.isEmpty())
        tenant = body.value(QStringLiteral("channelData"))
                     .toObject()
                     .value(QStringLiteral("tenant"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString();
    if (tenant.isEmpty())
        return badArgument(
            QStringLiteral("Tenant id is required: set 'tenantId' or 'channelData.tenant.id'."));
    if (tenant != m_state.options.tenantId)
        return badArgument(QStringLiteral("The bot is not installed in tenant '%1'.").arg(tenant));

    // An id Teams cannot map to a user of the tenant: Teams answers 400 "Failed to decrypt pairwise id".
    const QString memberId = members.at(0).toObject().value(QStringLiteral("id")).toString();
    const int person = m_state.org.memberIndex(memberId);
    if (person < 0)
        return badArgument(QStringLiteral("Failed to decrypt pairwise id"));

    ConversationRef ref;
    ref.kind = ConversationRef::Kind::Personal;
    ref.person = person;
    if (SandboxReply refused = refuseConversation(ref); refused.status != 0)
        return refused;

    QByteArray activity;
    const QJsonValue embedded = body.value(QStringLiteral("activity"));
    if (!embedded.isUndefined() && !embedded.isNull()) {
        if (!embedded.isObject())
            return badSyntax(QStringLiteral("'activity' must be an object."));
        SandboxReply refusal;
        activity = activityBody(embedded.toObject(), &refusal);
        if (activity.isEmpty())
            return refusal;
    }

    const QString conversationId = m_state.org.conversationId(person);
    if (SandboxReply throttled = admitSend(conversationId); throttled.status != 0)
        return throttled;
    ++m_state.creates;
    if (activity.isEmpty())
        m_state.recorder.touchConversation(conversationId);
    else
        m_state.recorder.record(conversationId, activity, m_state.clock->nowMs()); // no activityId comes back
    return SandboxReply::json(201, QJsonObject{{QStringLiteral("id"), conversationId}});
}

SandboxReply ConnectorEndpoint::createChannelChain(const QJsonObject &body)
{
    const QString channelId = body.value(QStringLiteral("channelData"))
                                  .toObject()
                                  .value(QStringLiteral("channel"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
    if (channelId.isEmpty())
        return badArgument(
            QStringLiteral("Incorrect conversation creation parameters: 'channelData.channel.id' is "
                           "required for a channel conversation."));
    if (!m_state.org.channel(channelId))
        return conversationNotFound();
    const QJsonValue embedded = body.value(QStringLiteral("activity"));
    if (!embedded.isObject())
        return badSyntax(
            QStringLiteral("Incorrect conversation creation parameters: a channel conversation needs an "
                           "'activity'."));
    SandboxReply refusal;
    const QByteArray activity = activityBody(embedded.toObject(), &refusal);
    if (activity.isEmpty())
        return refusal;
    if (SandboxReply throttled = admitSend(channelId); throttled.status != 0)
        return throttled;

    const quint64 id = m_state.recorder.reserveActivityId();
    const QString conversationId = channelId + QStringLiteral(";messageid=") + QString::number(id);
    m_state.recorder.recordWithId(conversationId, id, activity, m_state.clock->nowMs());
    ++m_state.creates;
    return SandboxReply::json(201, QJsonObject{{QStringLiteral("id"), conversationId},
                                               {QStringLiteral("activityId"), QString::number(id)}});
}

SandboxReply ConnectorEndpoint::acceptNew(const QString &conversationId, const QJsonObject &activity)
{
    SandboxReply refusal;
    const QByteArray body = activityBody(activity, &refusal);
    if (body.isEmpty())
        return refusal;
    if (SandboxReply throttled = admitSend(conversationId); throttled.status != 0)
        return throttled;
    const auto recorded = m_state.recorder.record(conversationId, body, m_state.clock->nowMs());
    return SandboxReply::json(201, QJsonObject{{QStringLiteral("id"), QString::number(recorded.activityId)}});
}

SandboxReply ConnectorEndpoint::send(const QString &conversationId, const QJsonObject &activity)
{
    const ConversationRef ref = ConversationRef::resolve(m_state, conversationId);
    if (SandboxReply refused = refuseConversation(ref); refused.status != 0)
        return refused;
    return acceptNew(conversationId, activity);
}

SandboxReply ConnectorEndpoint::reply(const QString &conversationId, const QString &activityId,
                                      const QJsonObject &activity)
{
    const ConversationRef ref = ConversationRef::resolve(m_state, conversationId);
    if (SandboxReply refused = refuseConversation(ref); refused.status != 0)
        return refused;
    bool ok = false;
    const quint64 parent = activityId.toULongLong(&ok);
    if (!ok || !m_state.recorder.hasActivity(conversationId, parent))
        return activityNotFound();
    return acceptNew(conversationId, activity);
}

SandboxReply ConnectorEndpoint::update(const QString &conversationId, const QString &activityId,
                                       const QJsonObject &activity)
{
    const ConversationRef ref = ConversationRef::resolve(m_state, conversationId);
    if (SandboxReply refused = refuseConversation(ref); refused.status != 0)
        return refused;
    bool ok = false;
    const quint64 id = activityId.toULongLong(&ok);
    if (!ok || !m_state.recorder.hasActivity(conversationId, id))
        return activityNotFound();
    SandboxReply refusal;
    const QByteArray body = activityBody(activity, &refusal);
    if (body.isEmpty())
        return refusal;
    if (SandboxReply throttled = admitSend(conversationId); throttled.status != 0)
        return throttled;
    m_state.recorder.update(conversationId, id, body, m_state.clock->nowMs());
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("id"), activityId}});
}

SandboxReply ConnectorEndpoint::remove(const QString &conversationId, const QString &activityId)
{
    const ConversationRef ref = ConversationRef::resolve(m_state, conversationId);
    if (SandboxReply refused = refuseConversation(ref); refused.status != 0)
        return refused;
    bool ok = false;
    const quint64 id = activityId.toULongLong(&ok);
    if (!ok || !m_state.recorder.hasActivity(conversationId, id))
        return activityNotFound();
    if (SandboxReply throttled = admitSend(conversationId); throttled.status != 0)
        return throttled;
    m_state.recorder.remove(conversationId, id);
    return SandboxReply::empty(200);
}

} // namespace herald::sandbox
