#include "InspectionEndpoint.h"

#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace herald::sandbox {

namespace {

SandboxReply methodNotAllowed(const QString &method)
{
    return SandboxReply::error(
        405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("The requested resource does not support http method '%1'.").arg(method));
}

int intQuery(const SandboxRequest &request, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = request.queryValue(key).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}

} // namespace

InspectionEndpoint::InspectionEndpoint(SandboxState &state)
    : m_state(state)
{
}

bool InspectionEndpoint::matches(const SandboxRequest &request)
{
    return !request.segments.isEmpty() && request.segments.at(0) == u"_sandbox";
}

SandboxReply InspectionEndpoint::handle(const SandboxRequest &request)
{
    const QString what = request.segments.size() == 2 ? request.segments.at(1) : QString();
    const QString &method = request.method;
    if (what == u"faults")
        return faults(request);
    if (what == u"reset") {
        if (method != u"POST")
            return methodNotAllowed(method);
        m_state.reset();
        return SandboxReply::json(200, m_state.stats());
    }
    const bool known = what == u"stats" || what == u"activities" || what == u"installs.jsonl" ||
                       what == u"org" || what == u"people";
    if (!known)
        return SandboxReply::error(404, QStringLiteral("NotFound"),
                                   QStringLiteral("No sandbox route '%1'.").arg(what));
    if (method != u"GET")
        return methodNotAllowed(method);
    if (what == u"stats")
        return SandboxReply::json(200, m_state.stats());
    if (what == u"activities")
        return activities(request);
    if (what == u"org")
        return organisation();
    if (what == u"people")
        return people(request);
    SandboxReply stream;
    stream.action = SandboxReply::Action::StreamInstalls;
    return stream;
}

SandboxReply InspectionEndpoint::faults(const SandboxRequest &request)
{
    if (request.method == u"GET")
        return SandboxReply::json(200, m_state.faults.state());
    if (request.method == u"DELETE") {
        m_state.faults.clear();
        return SandboxReply::json(200, m_state.faults.state());
    }
    if (request.method != u"POST")
        return methodNotAllowed(request.method);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SandboxReply::error(400, QStringLiteral("BadSyntax"),
                                   QStringLiteral("Expected a JSON object."));
    if (const QString error = m_state.faults.configure(document.object()); !error.isEmpty())
        return SandboxReply::error(400, QStringLiteral("BadArgument"), error);
    return SandboxReply::json(200, m_state.faults.state());
}

SandboxReply InspectionEndpoint::activities(const SandboxRequest &request) const
{
    const QString conversation = request.queryValue(QStringLiteral("conversation"));
    if (conversation.isEmpty())
        return SandboxReply::error(400, QStringLiteral("BadArgument"),
                                   QStringLiteral("Query 'conversation' is required."));
    const int last = intQuery(request, QStringLiteral("last"), ActivityRecorder::kRecentPerConversation, 0,
                              ActivityRecorder::kRecentPerConversation);
    return SandboxReply::json(200, m_state.recorder.describe(conversation, last));
}

SandboxReply InspectionEndpoint::organisation() const
{
    QJsonArray teams;
    for (int t = 0; t < m_state.org.teamCount(); ++t) {
        const Team &team = m_state.org.team(t);
        QJsonArray channels;
        for (const Channel &channel : team.channels)
            channels.append(
                QJsonObject{{QStringLiteral("id"), channel.id},
                            {QStringLiteral("name"),
                             channel.general ? QJsonValue(QJsonValue::Null) : QJsonValue(channel.name)}});
        teams.append(QJsonObject{{QStringLiteral("id"), team.id},
                                 {QStringLiteral("name"), team.name},
                                 {QStringLiteral("aadGroupId"), team.aadGroupId},
                                 {QStringLiteral("memberCount"), static_cast<qint64>(team.members.size())},
                                 {QStringLiteral("channels"), channels}});
    }
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("tenantId"), m_state.org.tenantId()},
                         {QStringLiteral("botId"), QStringLiteral("28:") + m_state.options.appId},
                         {QStringLiteral("serviceUrl"), m_state.baseUrl.toString()},
                         {QStringLiteral("members"), m_state.org.memberCount()},
                         {QStringLiteral("blocked"), m_state.org.blockedCount()},
                         {QStringLiteral("withoutApp"), m_state.org.withoutAppCount()},
                         {QStringLiteral("teams"), teams}});
}

SandboxReply InspectionEndpoint::people(const SandboxRequest &request) const
{
    const int total = m_state.org.memberCount();
    const int offset = intQuery(request, QStringLiteral("offset"), 0, 0, total);
    const int limit = intQuery(request, QStringLiteral("limit"), 100, 0, 1000);
    QJsonArray list;
    for (int i = offset; i < qMin(total, offset + limit); ++i) {
        const Person p = m_state.org.person(i);
        QJsonArray teams;
        for (int t : p.teams)
            teams.append(m_state.org.team(t).id);
        list.append(QJsonObject{{QStringLiteral("index"), i},
                                {QStringLiteral("id"), p.id},
                                {QStringLiteral("aadObjectId"), p.aadObjectId},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("givenName"), p.givenName},
                                {QStringLiteral("surname"), p.surname},
                                {QStringLiteral("email"), p.email},
                                {QStringLiteral("userPrincipalName"), p.userPrincipalName},
                                {QStringLiteral("conversationId"), p.conversationId},
                                {QStringLiteral("blockedBot"), p.blockedBot},
                                {QStringLiteral("hasApp"), p.hasApp},
                                {QStringLiteral("teams"), teams}});
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("total"), total},
                                               {QStringLiteral("offset"), offset},
                                               {QStringLiteral("people"), list}});
}

} // namespace herald::sandbox
