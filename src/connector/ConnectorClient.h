#pragma once

#include "auth/Profile.h"
#include "common/Result.h"
#include "connector/ConnectorCall.h"
#include "connector/ConnectorTypes.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace herald::auth {
class TokenProvider;
}

namespace herald::connector {

// Typed, asynchronous Bot Connector calls (PROTOCOL.md "Calls") for one profile's service URL.
// Every method returns a ConnectorCall handle (cancellable; deletes itself after finished()) and runs its
// callback exactly once from the event loop. Path ids are URL-encoded. The bearer token goes only to the
// hosts HostPolicy allows; a refused URL gives a Policy error and no request at all.
// Connections are reused (HTTP/1.1 keep-alive) through the shared QNetworkAccessManager.
class ConnectorClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorClient)

public:
    template <typename T> using Callback = std::function<void(Result<T>)>;
    using StatusCallback = std::function<void(Status)>;

    // tokens and nam must outlive the client.
    ConnectorClient(auth::Profile profile, auth::TokenProvider *tokens, QNetworkAccessManager *nam,
                    ConnectorOptions options = {}, QObject *parent = nullptr);
    ~ConnectorClient() override;

    // 1:1 chat with a user (29:…), created or fetched; the same user always gives the same id.
    // A non-empty activity is sent as the first message (no activityId comes back).
    ConnectorCall *createPersonalConversation(const QString &userId, const QJsonObject &activity,
                                              Callback<ConversationRef> done);
    // A new reply chain in a channel (19:…@thread.tacv2): {conversationId, activityId}.
    ConnectorCall *createChannelThread(const QString &channelId, const QJsonObject &activity,
                                       Callback<ConversationRef> done);
    ConnectorCall *sendActivity(const QString &conversationId, const QJsonObject &activity,
                                Callback<ActivityRef> done);
    ConnectorCall *replyToActivity(const QString &conversationId, const QString &activityId,
                                   const QJsonObject &activity, Callback<ActivityRef> done);
    ConnectorCall *updateActivity(const QString &conversationId, const QString &activityId,
                                  const QJsonObject &activity, Callback<ActivityRef> done);
    ConnectorCall *deleteActivity(const QString &conversationId, const QString &activityId,
                                  StatusCallback done);
    // pageSize <= 0 leaves it to the service (Teams clamps to 50..500); an empty token asks for the first
    // page.
    ConnectorCall *pagedMembers(const QString &conversationId, int pageSize, const QString &continuationToken,
                                Callback<MembersPage> done);
    ConnectorCall *teamDetails(const QString &teamId, Callback<TeamDetails> done);
    ConnectorCall *channels(const QString &teamId, Callback<QList<ChannelInfo>> done);

    const auth::Profile &profile() const;
    const ConnectorOptions &options() const;

    // serviceUrl + relative path (already percent-encoded) + optional encoded query.
    static QUrl endpoint(const QUrl &serviceUrl, const QByteArray &encodedPath,
                         const QByteArray &encodedQuery = {});

private:
    ConnectorCall *call(const char *verb, const QByteArray &encodedPath, const QByteArray &encodedQuery,
                        const QJsonObject *body, const QString &what, ConnectorCall::Completion completion);
    ConnectorCall *refuse(const Error &error, ConnectorCall::Completion completion);

    auth::Profile m_profile;
    auth::TokenProvider *m_tokens;
    QNetworkAccessManager *m_nam;
    ConnectorOptions m_options;
};

} // namespace herald::connector
