#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace herald::sandbox {

struct Person
{
    int index = -1;
    QString id;          // "29:1…", what the connector knows the user by
    QString aadObjectId; // Entra object id (GUID)
    QString givenName;
    QString surname;
    QString name; // display name
    QString email;
    QString userPrincipalName;
    QString conversationId;  // their 1:1 conversation with the bot, "a:1…"
    bool blockedBot = false; // answers 403 ConversationBlockedByUser
    bool hasApp = true;      // false: 403 ForbiddenOperationException, no install event
    QList<int> teams;        // indexes into Organisation::team()
};

struct Channel
{
    QString id;   // "19:…@thread.tacv2"; General's id is the team id
    QString name; // empty for General (Teams answers null)
    bool general = false;
};

struct Team
{
    QString id;
    QString name;
    QString aadGroupId;
    QList<Channel> channels; // General first
    QList<int> members;      // person indexes, ascending
};

// The generated organisation, identical for the same seed. People are not stored: each is
// regenerated from (seed, index) when asked for, and their ids encode the index, so 100,000
// members cost only the team rosters.
class Organisation final
{
public:
    Organisation(quint32 seed, int teamCount, int memberCount, QString tenantId);

    int memberCount() const { return m_memberCount; }
    int teamCount() const { return static_cast<int>(m_teams.size()); }
    int channelCount() const { return static_cast<int>(m_channels.size()); }
    int blockedCount() const { return m_blocked; }
    int withoutAppCount() const { return m_withoutApp; }
    const QString &tenantId() const { return m_tenantId; }

    Person person(int index) const;
    QString memberId(int index) const;
    QString conversationId(int index) const;
    bool blockedBot(int index) const;
    bool hasApp(int index) const;

    // -1 when the id is not one of ours.
    int memberIndex(const QString &memberId) const;
    int memberIndexByConversation(const QString &conversationId) const;

    const Team &team(int index) const { return m_teams.at(index); }
    int teamIndex(const QString &teamId) const { return m_teamById.value(teamId, -1); }

    struct ChannelRef
    {
        int team = -1;
        int channel = -1;
    };
    std::optional<ChannelRef> channel(const QString &channelId) const;

private:
    struct Traits
    {
        bool blocked = false;
        bool hasApp = true;
        QList<int> teams;
    };
    Traits traits(int index) const;
    QByteArray idBytes(int index, quint32 key, quint32 salt) const;
    int indexFromId(const QString &id, const QString &prefix, quint32 key) const;

    quint32 m_seed;
    int m_memberCount;
    QString m_tenantId;
    quint32 m_memberKey;
    quint32 m_conversationKey;
    QList<Team> m_teams;
    QHash<QString, int> m_teamById;
    QHash<QString, ChannelRef> m_channels;
    int m_blocked = 0;
    int m_withoutApp = 0;
};

} // namespace herald::sandbox
