#include "Reachability.h"

#include <QCoreApplication>

namespace herald::directory {

QString ReachabilityText::label(Reachability reachability)
{
    switch (reachability) {
    case Reachability::Reachable:
        return QCoreApplication::translate("herald::directory", "Reachable");
    case Reachability::Unreachable:
        return QCoreApplication::translate("herald::directory", "Unreachable");
    case Reachability::Unknown:
        break;
    }
    return QCoreApplication::translate("herald::directory", "Not contacted yet");
}

QString ReachabilityText::reason(Reachability reachability, const QString &code)
{
    if (reachability == Reachability::Reachable)
        return {};
    if (reachability == Reachability::Unknown)
        return QCoreApplication::translate(
            "herald::directory", "No chat with the bot yet; Herald will try to start one when you send.");
    if (code == QLatin1String(UnreachableReason::Uninstalled))
        return QCoreApplication::translate("herald::directory", "They removed the app.");
    if (code == QLatin1String(UnreachableReason::BotRemoved))
        return QCoreApplication::translate("herald::directory", "The bot was removed from their chat.");
    if (code == QLatin1String(UnreachableReason::Blocked))
        return QCoreApplication::translate("herald::directory", "They blocked the bot.");
    if (code == QLatin1String(UnreachableReason::NotInstalled))
        return QCoreApplication::translate("herald::directory", "The app is not installed for them.");
    if (code == QLatin1String(UnreachableReason::NotInRoster))
        return QCoreApplication::translate("herald::directory", "The bot is not in their conversation.");
    if (code == QLatin1String(UnreachableReason::TeamUninstalled))
        return QCoreApplication::translate(
            "herald::directory", "The bot is no longer in any team of theirs, and they have no chat "
                                 "with it.");
    return QCoreApplication::translate("herald::directory", "Teams refused messages to them.");
}

QString ReachabilityText::key(Reachability reachability)
{
    switch (reachability) {
    case Reachability::Reachable:
        return QStringLiteral("reachable");
    case Reachability::Unreachable:
        return QStringLiteral("unreachable");
    case Reachability::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace herald::directory
