#pragma once

#include <QList>
#include <QString>

namespace herald::connector {

// The typed answers of the Bot Connector calls (PROTOCOL.md "Calls"). Unknown fields are ignored.

// POST v3/conversations. activityId is set for a new channel reply chain only.
struct ConversationRef
{
    QString conversationId;
    QString activityId;
};

// POST …/activities, POST/PUT …/activities/{id}.
struct ActivityRef
{
    QString activityId;
};

// One entry of GET …/pagedmembers.
struct TeamsMember
{
    QString id; // 29:…
    QString name;
    QString aadObjectId;
    QString givenName;
    QString surname;
    QString email;
    QString userPrincipalName;
    QString tenantId;
    QString userRole; // "user", "guest", "anonymous"…
};

struct MembersPage
{
    QList<TeamsMember> members;
    QString continuationToken; // empty on the last page
};

// GET v3/teams/{teamId}.
struct TeamDetails
{
    QString id;
    QString name;
    QString aadGroupId;
};

// One entry of GET v3/teams/{teamId}/conversations.
struct ChannelInfo
{
    QString id;
    QString name;           // empty for General (Teams sends null)
    bool isGeneral = false; // name null or id == team id
    QString displayName() const { return name.isEmpty() ? QStringLiteral("General") : name; }
};

struct ConnectorOptions
{
    int timeoutMs = 30000;                     // per HTTP transfer, via QNetworkRequest::setTransferTimeout
    qint64 maxResponseBytes = 4 * 1024 * 1024; // larger answers are aborted as soon as they pass this
};

} // namespace herald::connector
