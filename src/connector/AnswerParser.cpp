#include "AnswerParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herald::connector {

namespace {

Error parseError(const QString &why)
{
    Error e = Error::make(Error::Kind::Parse,
                          //: %1 says what was wrong with the answer, e.g. "roster entry 3 has no "id"".
                          QCoreApplication::translate(
                              "herald::connector", "Teams sent an answer Herald could not understand (%1).")
                              .arg(why));
    e.serviceCode = QStringLiteral("MalformedAnswer");
    return e;
}

Result<QJsonObject> object(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return parseError(QCoreApplication::translate("herald::connector", "the answer was empty"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return parseError(QCoreApplication::translate("herald::connector", "not valid JSON: %1 at byte %2")
                              .arg(pe.errorString())
                              .arg(pe.offset));
    if (!doc.isObject())
        return parseError(QCoreApplication::translate("herald::connector", "not a JSON object"));
    return doc.object();
}

// A required non-empty string.
Result<QString> requiredString(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return parseError(
            //: %1 names a part of Teams' answer, such as "the conversation" or "roster entry 3"; %2 is a JSON
            //: field.
            QCoreApplication::translate("herald::connector", "%1 has no \"%2\"")
                .arg(where, QLatin1String(key)));
    if (!v.isString())
        return parseError(
            //: %1 names a part of Teams' answer, such as "the conversation" or "roster entry 3"; %2 is a JSON
            //: field.
            QCoreApplication::translate("herald::connector", "%1's \"%2\" is not a string")
                .arg(where, QLatin1String(key)));
    if (v.toString().isEmpty())
        return parseError(
            //: %1 names a part of Teams' answer, such as "the conversation" or "roster entry 3"; %2 is a JSON
            //: field.
            QCoreApplication::translate("herald::connector", "%1's \"%2\" is empty")
                .arg(where, QLatin1String(key)));
    return v.toString();
}

// An optional string: absent or null gives an empty string; another type is an error.
Result<QString> optionalString(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return parseError(
            //: %1 names a part of Teams' answer, such as "the conversation" or "roster entry 3"; %2 is a JSON
            //: field.
            QCoreApplication::translate("herald::connector", "%1's \"%2\" is not a string")
                .arg(where, QLatin1String(key)));
    return v.toString();
}

} // namespace

Result<ConversationRef> AnswerParser::conversation(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    const QString where = QCoreApplication::translate("herald::connector", "the conversation");
    auto id = requiredString(*o, "id", where);
    if (!id)
        return id.error();
    auto activityId = optionalString(*o, "activityId", where);
    if (!activityId)
        return activityId.error();
    ConversationRef ref{id.value(), activityId.value()};
    if (ref.activityId.isEmpty()) {
        // "19:…@thread.tacv2;messageid=1776…": the new thread's root message id.
        const qsizetype at = ref.conversationId.indexOf(QLatin1String(";messageid="));
        if (at >= 0)
            ref.activityId = ref.conversationId.mid(at + 11);
    }
    return ref;
}

Result<ActivityRef> AnswerParser::activity(const QByteArray &body, const QString &fallbackId)
{
    if (!fallbackId.isEmpty() && body.trimmed().isEmpty())
        return ActivityRef{fallbackId};
    const auto o = object(body);
    if (!o)
        return o.error();
    if (!fallbackId.isEmpty() && !o->contains(QLatin1String("id")))
        return ActivityRef{fallbackId};
    auto id = requiredString(*o, "id", QCoreApplication::translate("herald::connector", "the activity"));
    if (!id)
        return id.error();
    return ActivityRef{id.value()};
}

Result<MembersPage> AnswerParser::membersPage(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    const QJsonValue members = o->value(QLatin1String("members"));
    if (!members.isArray())
        return parseError(
            members.isUndefined()
                ? QCoreApplication::translate("herald::connector", "the roster page has no \"members\"")
                : QCoreApplication::translate("herald::connector",
                                              "the roster page's \"members\" is not a list"));
    MembersPage page;
    auto token = optionalString(*o, "continuationToken",
                                QCoreApplication::translate("herald::connector", "the roster page"));
    if (!token)
        return token.error();
    page.continuationToken = token.value();
    const QJsonArray list = members.toArray();
    page.members.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return parseError(
                QCoreApplication::translate("herald::connector", "roster entry %1 is not an object").arg(i));
        const QJsonObject m = list.at(i).toObject();
        const QString where = QCoreApplication::translate("herald::connector", "roster entry %1").arg(i);
        TeamsMember member;
        auto id = requiredString(m, "id", where);
        if (!id)
            return id.error();
        member.id = id.value();
        struct Field
        {
            const char *key;
            QString TeamsMember::*member;
        };
        static const Field fields[] = {
            {"name", &TeamsMember::name},           {"aadObjectId", &TeamsMember::aadObjectId},
            {"givenName", &TeamsMember::givenName}, {"surname", &TeamsMember::surname},
            {"email", &TeamsMember::email},         {"userPrincipalName", &TeamsMember::userPrincipalName},
            {"tenantId", &TeamsMember::tenantId},   {"userRole", &TeamsMember::userRole},
        };
        for (const Field &f : fields) {
            auto value = optionalString(m, f.key, where);
            if (!value)
                return value.error();
            member.*(f.member) = value.value();
        }
        page.members.append(std::move(member));
    }
    return page;
}

Result<TeamDetails> AnswerParser::teamDetails(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    const QString where = QCoreApplication::translate("herald::connector", "the team");
    auto id = requiredString(*o, "id", where);
    if (!id)
        return id.error();
    auto name = optionalString(*o, "name", where);
    if (!name)
        return name.error();
    auto group = optionalString(*o, "aadGroupId", where);
    if (!group)
        return group.error();
    return TeamDetails{id.value(), name.value(), group.value()};
}

Result<QList<ChannelInfo>> AnswerParser::channels(const QByteArray &body, const QString &teamId)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    const QJsonValue conversations = o->value(QLatin1String("conversations"));
    if (!conversations.isArray())
        return parseError(QCoreApplication::translate("herald::connector",
                                                      "the channel list has no \"conversations\" list"));
    QList<ChannelInfo> out;
    const QJsonArray list = conversations.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return parseError(
                QCoreApplication::translate("herald::connector", "channel %1 is not an object").arg(i));
        const QJsonObject c = list.at(i).toObject();
        const QString where = QCoreApplication::translate("herald::connector", "channel %1").arg(i);
        auto id = requiredString(c, "id", where);
        if (!id)
            return id.error();
        auto name = optionalString(c, "name", where);
        if (!name)
            return name.error();
        ChannelInfo info;
        info.id = id.value();
        info.name = name.value();
        info.isGeneral = info.name.isEmpty() || info.id == teamId;
        out.append(info);
    }
    return out;
}

} // namespace herald::connector
