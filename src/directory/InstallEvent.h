#pragma once

#include "directory/DirectoryWriter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace herald::directory {

// What one conversationUpdate / installationUpdate activity says (PROTOCOL.md "Where user and team ids
// come from"), checked and cleaned: ids have their expected shape, text fields are bounded and free of
// control characters.
struct InstallEvent
{
    enum class Scope { Personal, Team };
    enum class Change { None, Added, Removed };

    Scope scope = Scope::Personal;
    QString tenantId;
    QString serviceUrl;
    QString conversationId;

    // Personal: the user whose 1:1 chat this is, and whether the app was installed or removed.
    PersonRecord user;
    Change install = Change::None;
    QString uninstallReason; // UnreachableReason code when install == Removed

    // Team: the team, the channel the event came from, the bot's own install state and the members.
    TeamRecord team;
    QString channelId;
    QString channelName;
    bool channelDeleted = false; // eventType channelDeleted: the channel is gone
    // The bot's presence in the team: Removed for installationUpdate remove, the bot in membersRemoved, and
    // eventType teamDeleted or teamArchived (no longer reachable through the team); Added for an install,
    // the bot in membersAdded, teamRestored and teamUnarchived.
    Change botInTeam = Change::None;
    QList<PersonRecord> membersAdded;
    QList<PersonRecord> membersRemoved;

    // Parses one JSON line; on failure returns false with a sentence in *reason.
    static bool parse(const QByteArray &line, InstallEvent *event, QString *reason);

    // The same checks for other sources (CSV): display text bounded and without control characters; ids
    // without spaces, bounded, with the given prefix when not empty.
    static bool cleanText(const QString &value, const QString &field, QString *out, QString *reason);
    static bool cleanId(const QString &value, const QString &field, bool required, QStringView prefix,
                        QString *out, QString *reason);

    static constexpr int MaxTextLength = 1024; // names, emails, UPNs
    static constexpr int MaxIdLength = 512;    // ids, conversation ids, URLs
};

} // namespace herald::directory
