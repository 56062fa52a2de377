#include "ConnectorClient.h"

#include "auth/TokenProvider.h"
#include "connector/AnswerParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace herald::connector {

namespace {

QByteArray enc(const QString &id)
{
    return QUrl::toPercentEncoding(id);
}

// sentence: a QT_TRANSLATE_NOOP("herald::connector", …) naming what is missing.
Error missing(const char *sentence)
{
    return Error::make(Error::Kind::Input, QCoreApplication::translate("herald::connector", sentence));
}

template <typename T, typename Parse>
ConnectorCall::Completion typed(ConnectorClient::Callback<T> done, Parse parse)
{
    return [done = std::move(done), parse = std::move(parse)](Result<QByteArray> body) {
        if (!body.ok()) {
            done(body.error());
            return;
        }
        done(parse(body.value()));
    };
}

} // namespace

ConnectorClient::ConnectorClient(auth::Profile profile, auth::TokenProvider *tokens,
                                 QNetworkAccessManager *nam, ConnectorOptions options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_tokens(tokens)
    , m_nam(nam)
    , m_options(options)
{
}

ConnectorClient::~ConnectorClient() = default;

const auth::Profile &ConnectorClient::profile() const
{
    return m_profile;
}

const ConnectorOptions &ConnectorClient::options() const
{
    return m_options;
}

QUrl ConnectorClient::endpoint(const QUrl &serviceUrl, const QByteArray &encodedPath,
                               const QByteArray &encodedQuery)
{
    QUrl base = serviceUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QByteArray text = base.toEncoded();
    if (!text.endsWith('/'))
        text += '/';
    text += encodedPath;
    if (!encodedQuery.isEmpty())
        text += '?' + encodedQuery;
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

ConnectorCall *ConnectorClient::call(const char *verb, const QByteArray &encodedPath,
                                     const QByteArray &encodedQuery, const QJsonObject *body,
                                     const QString &what, ConnectorCall::Completion completion)
{
    ConnectorCall::Request request;
    request.verb = QByteArray(verb);
    request.url = endpoint(m_profile.serviceUrl, encodedPath, encodedQuery);
    if (body)
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    request.what = what;
    return new ConnectorCall(std::move(request), m_profile.cloud, m_tokens, m_nam, m_options,
                             std::move(completion), this);
}

ConnectorCall *ConnectorClient::refuse(const Error &error, ConnectorCall::Completion completion)
{
    // A call whose URL is unusable: the policy check fails it (asynchronously) before anything is sent.
    ConnectorCall::Request request;
    request.verb = QByteArrayLiteral("GET");
    request.what = QStringLiteral("invalid call");
    return new ConnectorCall(
        std::move(request), m_profile.cloud, nullptr, m_nam, m_options,
        [error, completion = std::move(completion)](Result<QByteArray>) { completion(error); }, this);
}

ConnectorCall *ConnectorClient::createPersonalConversation(const QString &userId, const QJsonObject &activity,
                                                           Callback<ConversationRef> done)
{
    auto completion = typed<ConversationRef>(std::move(done), &AnswerParser::conversation);
    if (userId.isEmpty())
        return refuse(missing(QT_TRANSLATE_NOOP("herald::connector", "The user id is missing.")),
                      std::move(completion));
    const QJsonObject tenant{{QStringLiteral("id"), m_profile.tenantId}};
    QJsonObject body{
        {QStringLiteral("isGroup"), false},
        {QStringLiteral("bot"), QJsonObject{{QStringLiteral("id"), QStringLiteral("28:") + m_profile.appId}}},
        {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), userId}}}},
        {QStringLiteral("tenantId"), m_profile.tenantId},
        {QStringLiteral("channelData"), QJsonObject{{QStringLiteral("tenant"), tenant}}},
    };
    if (!activity.isEmpty())
        body.insert(QStringLiteral("activity"), activity);
    return call("POST", QByteArrayLiteral("v3/conversations"), {}, &body,
                QStringLiteral("create 1:1 conversation"), std::move(completion));
}

ConnectorCall *ConnectorClient::createChannelThread(const QString &channelId, const QJsonObject &activity,
                                                    Callback<ConversationRef> done)
{
    auto completion = typed<ConversationRef>(std::move(done), &AnswerParser::conversation);
    if (channelId.isEmpty())
        return refuse(missing(QT_TRANSLATE_NOOP("herald::connector", "The channel id is missing.")),
                      std::move(completion));
    const QJsonObject body{
        {QStringLiteral("isGroup"), true},
        {QStringLiteral("channelData"),
         QJsonObject{{QStringLiteral("channel"), QJsonObject{{QStringLiteral("id"), channelId}}},
                     {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), m_profile.tenantId}}}}},
        {QStringLiteral("activity"), activity},
        {QStringLiteral("tenantId"), m_profile.tenantId},
    };
    return call("POST", QByteArrayLiteral("v3/conversations"), {}, &body,
                QStringLiteral("create channel thread"), std::move(completion));
}

ConnectorCall *ConnectorClient::sendActivity(const QString &conversationId, const QJsonObject &activity,
                                             Callback<ActivityRef> done)
{
    auto completion =
        typed<ActivityRef>(std::move(done), [](const QByteArray &b) { return AnswerParser::activity(b); });
    if (conversationId.isEmpty())
        return refuse(missing(QT_TRANSLATE_NOOP("herald::connector", "The conversation id is missing.")),
                      std::move(completion));
    return call("POST", "v3/conversations/" + enc(conversationId) + "/activities", {}, &activity,
                QStringLiteral("send activity"), std::move(completion));
}

ConnectorCall *ConnectorClient::replyToActivity(const QString &conversationId, const QString &activityId,
                                                const QJsonObject &activity, Callback<ActivityRef> done)
{
    auto completion =
        typed<ActivityRef>(std::move(done), [](const QByteArray &b) { return AnswerParser::activity(b); });
    if (conversationId.isEmpty() || activityId.isEmpty())
        return refuse(
            missing(QT_TRANSLATE_NOOP("herald::connector", "The conversation or activity id is missing.")),
            std::move(completion));
    return call("POST", "v3/conversations/" + enc(conversationId) + "/activities/" + enc(activityId), {},
                &activity, QStringLiteral("reply to activity"), std::move(completion));
}

ConnectorCall *ConnectorClient::updateActivity(const QString &conversationId, const QString &activityId,
                                               const QJsonObject &activity, Callback<ActivityRef> done)
{
    auto completion = typed<ActivityRef>(
        std::move(done), [activityId](const QByteArray &b) { return AnswerParser::activity(b, activityId); });
    if (conversationId.isEmpty() || activityId.isEmpty())
        return refuse(
            missing(QT_TRANSLATE_NOOP("herald::connector", "The conversation or activity id is missing.")),
            std::move(completion));
    QJsonObject body = activity;
    if (!body.contains(QLatin1String("id")))
        body.insert(QStringLiteral("id"), activityId);
    return call("PUT", "v3/conversations/" + enc(conversationId) + "/activities/" + enc(activityId), {},
                &body, QStringLiteral("update activity"), std::move(completion));
}

ConnectorCall *ConnectorClient::deleteActivity(const QString &conversationId, const QString &activityId,
                                               StatusCallback done)
{
    ConnectorCall::Completion completion = [done = std::move(done)](Result<QByteArray> body) {
        done(body.ok() ? Status::success() : Status(body.error()));
    };
    if (conversationId.isEmpty() || activityId.isEmpty())
        return refuse(
            missing(QT_TRANSLATE_NOOP("herald::connector", "The conversation or activity id is missing.")),
            std::move(completion));
    return call("DELETE", "v3/conversations/" + enc(conversationId) + "/activities/" + enc(activityId), {},
                nullptr, QStringLiteral("delete activity"), std::move(completion));
}

ConnectorCall *ConnectorClient::pagedMembers(const QString &conversationId, int pageSize,
                                             const QString &continuationToken, Callback<MembersPage> done)
{
    auto completion = typed<MembersPage>(std::move(done), &AnswerParser::membersPage);
    if (conversationId.isEmpty())
        return refuse(missing(QT_TRANSLATE_NOOP("herald::connector", "The conversation id is missing.")),
                      std::move(completion));
    QByteArray query;
    if (pageSize > 0)
        query += "pageSize=" + QByteArray::number(pageSize);
    if (!continuationToken.isEmpty()) {
        if (!query.isEmpty())
            query += '&';
        query += "continuationToken=" + enc(continuationToken);
    }
    return call("GET", "v3/conversations/" + enc(conversationId) + "/pagedmembers", query, nullptr,
                QStringLiteral("get roster page"), std::move(completion));
}

ConnectorCall *ConnectorClient::teamDetails(const QString &teamId, Callback<TeamDetails> done)
{
    auto completion = typed<TeamDetails>(std::move(done), &AnswerParser::teamDetails);
    if (teamId.isEmpty())
        return refuse(missing(QT_TRANSLATE_NOOP("herald::connector", "The team id is missing.")),
                      std::move(completion));
    return call("GET", "v3/teams/" + enc(teamId), {}, nullptr, QStringLiteral("get team"),
                std::move(completion));
}

ConnectorCall *ConnectorClient::channels(const QString &teamId, Callback<QList<ChannelInfo>> done)
{
    auto completion = typed<QList<ChannelInfo>>(
        std::move(done), [teamId](const QByteArray &b) { return AnswerParser::channels(b, teamId); });
    if (teamId.isEmpty())
        return refuse(missing(QT_TRANSLATE_NOOP("herald::connector", "The team id is missing.")),
                      std::move(completion));
    return call("GET", "v3/teams/" + enc(teamId) + "/conversations", {}, nullptr,
                QStringLiteral("get channels"), std::move(completion));
}

} // namespace herald::connector
