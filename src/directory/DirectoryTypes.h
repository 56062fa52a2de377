#pragma once

#include "directory/Reachability.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace herald::directory {

// What the directory's queries answer; plain values, cheap to copy.

struct TeamSummary
{
    QString id;   // 19:…@thread.tacv2
    QString name; // may be empty until the team's details are known
    QString aadGroupId;
    QString tenantId;
    QString serviceUrl;
    bool installed = true;
    qint64 memberCount = 0; // active members
    int channelCount = 0;
    qint64 lastSyncedMs = 0;  // ms since the epoch, 0 = never
    bool syncPending = false; // a roster sync was interrupted and will resume
    QString displayName() const;
};

struct ChannelSummary
{
    QString id;
    QString teamId;
    QString name; // empty for General
    bool isGeneral = false;
    QString displayName() const;
};

// One row of a roster.
struct PersonRow
{
    QString id; // 29:…
    QString name;
    QString email;
    QString userPrincipalName;
    QString teams; // the names of their active teams, ", "-joined
    Reachability reachability = Reachability::Unknown;
    QString unreachableReason; // UnreachableReason code
    bool activeInTeam = true;  // false: left the filtered team (only with PersonFilter::includeLeft)
};

struct PersonMembership
{
    QString teamId;
    QString teamName;
    bool active = true;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
};

// Everything the details pane shows.
struct PersonDetails
{
    QString id;
    QString aadObjectId;
    QString name;
    QString givenName;
    QString surname;
    QString email;
    QString userPrincipalName;
    QString tenantId;
    QString userRole;
    QString conversationId; // their 1:1 chat with the bot, when known
    QString serviceUrl;
    Reachability reachability = Reachability::Unknown;
    QString unreachableReason;
    qint64 lastMessageAtMs = 0; // 0 = never
    QList<PersonMembership> memberships;
};

enum class PersonSort { Name, Email, Reachability };

// Which people a roster shows.
struct PersonFilter
{
    QString teamId;           // empty: everyone in the directory
    QString search;           // infix of name, email or UPN; case and accents ignored
    bool includeLeft = false; // with teamId: also those who left the team
    PersonSort sort = PersonSort::Name;
    bool descending = false;
};

struct DirectoryCounts
{
    qint64 people = 0;
    qint64 teams = 0;
    qint64 channels = 0;
    qint64 reachable = 0;
    qint64 unreachable = 0;
    qint64 memberships = 0; // active
};

} // namespace herald::directory
