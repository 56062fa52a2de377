#include "RosterEndpoint.h"

#include "ConversationRef.h"
#include "SandboxState.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace herald::sandbox {

namespace {

SandboxReply notFound()
{
    return SandboxReply::error(404, QStringLiteral("ConversationNotFound"),
                               QStringLiteral("Conversation not found."));
}

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray tokenCheck(const QString &conversationId, qsizetype offset)
{
    const QByteArray input = conversationId.toUtf8() + '#' + QByteArray::number(offset);
    return QCryptographicHash::hash(input, QCryptographicHash::Sha1).left(6).toHex();
}

} // namespace

RosterEndpoint::RosterEndpoint(SandboxState &state)
    : m_state(state)
{
}

QJsonObject RosterEndpoint::memberJson(const Person &person) const
{
    return QJsonObject{{QStringLiteral("id"), person.id},
                       {QStringLiteral("name"), person.name},
                       {QStringLiteral("aadObjectId"), person.aadObjectId},
                       {QStringLiteral("givenName"), person.givenName},
                       {QStringLiteral("surname"), person.surname},
                       {QStringLiteral("email"), person.email},
                       {QStringLiteral("userPrincipalName"), person.userPrincipalName},
                       {QStringLiteral("tenantId"), m_state.org.tenantId()},
                       {QStringLiteral("userRole"), QStringLiteral("user")}};
}

bool RosterEndpoint::roster(const ConversationRef &ref, QList<int> *people) const
{
    switch (ref.kind) {
    case ConversationRef::Kind::Personal:
        *people = {ref.person};
        return true;
    case ConversationRef::Kind::Channel:
    case ConversationRef::Kind::Chain:
        *people = m_state.org.team(ref.team).members;
        return true;
    case ConversationRef::Kind::Unknown:
        break;
    }
    return false;
}

SandboxReply RosterEndpoint::admitRead(const QString &thread)
{
    if (const qint64 wait = m_state.limiter.admitThread(RateLimiter::Operation::Read, thread); wait > 0) {
        ++m_state.throttled;
        return SandboxReply::throttled(wait);
    }
    return SandboxReply::empty(0);
}

QString RosterEndpoint::continuationToken(const QString &conversationId, qsizetype offset)
{
    const QByteArray raw = "v1:" + QByteArray::number(offset) + ':' + tokenCheck(conversationId, offset);
    return QString::fromLatin1(raw.toBase64(kBase64Url));
}

qsizetype RosterEndpoint::offsetFromToken(const QString &conversationId, const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts.at(0) != "v1")
        return -1;
    bool ok = false;
    const qsizetype offset = parts.at(1).toLongLong(&ok);
    if (!ok || offset < 0 || parts.at(2) != tokenCheck(conversationId, offset))
        return -1;
    return offset;
}

SandboxReply RosterEndpoint::pagedMembers(const QString &conversationId, const SandboxRequest &request)
{
    const ConversationRef ref = ConversationRef::resolve(m_state, conversationId);
    QList<int> people;
    if (!roster(ref, &people))
        return notFound();

    int pageSize = kDefaultPageSize;
    const QString sizeText = request.queryValue(QStringLiteral("pageSize"));
    if (!sizeText.isEmpty()) {
        bool ok = false;
        const int asked = sizeText.toInt(&ok);
        if (!ok)
            return SandboxReply::error(
                400, QStringLiteral("BadArgument"),
                QStringLiteral("The value '%1' is not valid for pageSize.").arg(sizeText));
        pageSize = qBound(kMinPageSize, asked, kMaxPageSize); // Teams clamps rather than refuses
    }
    qsizetype offset = 0;
    const QString token = request.queryValue(QStringLiteral("continuationToken"));
    if (!token.isEmpty()) {
        offset = offsetFromToken(conversationId, token);
        if (offset < 0 || offset > people.size())
            return SandboxReply::error(400, QStringLiteral("BadArgument"),
                                       QStringLiteral("Invalid continuation token."));
    }
    if (SandboxReply throttled = admitRead(conversationId); throttled.status != 0)
        return throttled;

    QJsonArray page;
    const qsizetype end = qMin(people.size(), offset + pageSize);
    for (qsizetype i = offset; i < end; ++i)
        page.append(memberJson(m_state.org.person(people.at(i))));
    QJsonObject answer{{QStringLiteral("members"), page}};
    if (end < people.size())
        answer.insert(QStringLiteral("continuationToken"), continuationToken(conversationId, end));
    return SandboxReply::json(200, answer);
}

SandboxReply RosterEndpoint::members(const QString &conversationId)
{
    const ConversationRef ref = ConversationRef::resolve(m_state, conversationId);
    QList<int> people;
    if (!roster(ref, &people))
        return notFound();
    if (SandboxReply throttled = admitRead(conversationId); throttled.status != 0)
        return throttled;
    QJsonArray all;
    for (int index : std::as_const(people))
        all.append(memberJson(m_state.org.person(index)));
    return SandboxReply::json(200, all);
}

SandboxReply RosterEndpoint::team(const QString &teamId)
{
    const int index = m_state.org.teamIndex(teamId);
    if (index < 0)
        return notFound();
    if (SandboxReply throttled = admitRead(teamId); throttled.status != 0)
        return throttled;
    const Team &t = m_state.org.team(index);
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("id"), t.id},
                                               {QStringLiteral("name"), t.name},
                                               {QStringLiteral("aadGroupId"), t.aadGroupId}});
}

SandboxReply RosterEndpoint::channels(const QString &teamId)
{
    const int index = m_state.org.teamIndex(teamId);
    if (index < 0)
        return notFound();
    if (SandboxReply throttled = admitRead(teamId); throttled.status != 0)
        return throttled;
    QJsonArray list;
    for (const Channel &channel : m_state.org.team(index).channels) {
        list.append(QJsonObject{{QStringLiteral("id"), channel.id},
                                {QStringLiteral("name"),
                                 channel.general ? QJsonValue(QJsonValue::Null) : QJsonValue(channel.name)}});
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("conversations"), list}});
}

} // namespace herald::sandbox
