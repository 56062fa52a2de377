#pragma once

#include <QString>

namespace herald::directory {

// Whether Herald can message a person, as stored in people.reachability.
enum class Reachability : int {
    Unknown = 0,     // in a roster, but no install event and no 1:1 chat yet: a send will try to create one
    Reachable = 1,   // the app is installed for them / their 1:1 conversation id is known
    Unreachable = 2, // known not to work until the app is (re)installed; see the reason
};

// Why someone is unreachable (people.unreachable_reason). Stable strings: they are stored.
namespace UnreachableReason {
inline constexpr const char *Uninstalled = "uninstalled"; // they removed the app (installationUpdate remove)
inline constexpr const char *BotRemoved = "botRemoved";   // the bot left their 1:1 chat (membersRemoved)
inline constexpr const char *Blocked = "blocked";         // ConversationBlockedByUser
inline constexpr const char *NotInstalled = "notInstalled"; // ForbiddenOperationException: app not installed
inline constexpr const char *NotInRoster = "notInRoster";   // BotNotInConversationRoster
// Known only through teams, and the bot left them all (removed, or the team deleted or archived).
inline constexpr const char *TeamUninstalled = "teamUninstalled";
} // namespace UnreachableReason

class ReachabilityText final
{
public:
    // "Reachable", "Not contacted yet", "Unreachable"
    static QString label(Reachability reachability);
    // The reason as a sentence: "They removed the app." — empty when reachable.
    static QString reason(Reachability reachability, const QString &reasonCode);
    // "reachable" / "unknown" / "unreachable" for JSON.
    static QString key(Reachability reachability);
};

} // namespace herald::directory
