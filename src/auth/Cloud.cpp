#include "Cloud.h"

#include <QCoreApplication>

namespace herald::auth {

QString cloudKey(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QStringLiteral("public");
    case Cloud::Gcc:
        return QStringLiteral("gcc");
    case Cloud::GccHigh:
        return QStringLiteral("gcc-high");
    case Cloud::DoD:
        return QStringLiteral("dod");
    case Cloud::Sandbox:
        return QStringLiteral("sandbox");
    }
    return QStringLiteral("public");
}

std::optional<Cloud> cloudFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Cloud c : {Cloud::Public, Cloud::Gcc, Cloud::GccHigh, Cloud::DoD, Cloud::Sandbox}) {
        if (k == cloudKey(c))
            return c;
    }
    if (k == QLatin1String("gcchigh"))
        return Cloud::GccHigh;
    return std::nullopt;
}

QString cloudDisplayName(Cloud cloud)
{
    switch (cloud) {
    //: The Microsoft 365 commercial cloud, as in "the Public cloud"; GCC, GCC High and DoD are names.
    case Cloud::Public:
        return QCoreApplication::translate("herald::auth", "Public", "cloud");
    case Cloud::Gcc:
        return QStringLiteral("GCC");
    case Cloud::GccHigh:
        return QStringLiteral("GCC High");
    case Cloud::DoD:
        return QStringLiteral("DoD");
    //: Herald's built-in simulated Teams tenant, as in "the Sandbox cloud".
    case Cloud::Sandbox:
        return QCoreApplication::translate("herald::auth", "Sandbox", "cloud");
    }
    return QString();
}

} // namespace herald::auth
