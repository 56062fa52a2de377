#include "Profile.h"

#include "auth/CloudPreset.h"
#include "auth/HostPolicy.h"

#include <QCoreApplication>

namespace herald::auth {

namespace {

Error inputError(const QString &message)
{
    return Error::make(Error::Kind::Input, message);
}

bool hasSpaceOrSlash(const QString &s)
{
    for (QChar c : s) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char('?') ||
            c == QLatin1Char('#'))
            return true;
    }
    return false;
}

} // namespace

QUrl Profile::effectiveLoginUrl() const
{
    if (cloud == Cloud::Sandbox)
        return loginUrl;
    return CloudPreset::forCloud(cloud).loginHost;
}

Status Profile::validate() const
{
    if (name.trimmed().isEmpty())
        return inputError(QCoreApplication::translate("herald::auth", "Give the profile a name."));
    if (tenantId.trimmed().isEmpty())
        return inputError(QCoreApplication::translate(
            "herald::auth", "Enter the tenant id of the bot's Microsoft Entra tenant."));
    if (hasSpaceOrSlash(tenantId))
        return inputError(QCoreApplication::translate(
                              "herald::auth",
                              "The tenant id \"%1\" contains spaces or slashes; paste it again from the "
                              "Azure portal.")
                              .arg(tenantId));
    if (appId.trimmed().isEmpty())
        return inputError(QCoreApplication::translate("herald::auth", "Enter the bot's Microsoft App ID."));
    if (hasSpaceOrSlash(appId))
        return inputError(QCoreApplication::translate(
                              "herald::auth",
                              "The app id \"%1\" contains spaces or slashes; paste it again from the "
                              "Azure portal.")
                              .arg(appId));
    if (serviceUrl.isEmpty())
        return inputError(QCoreApplication::translate(
            "herald::auth", "Enter the service URL, for example https://smba.trafficmanager.net/teams/."));
    if (Status s = HostPolicy::check(serviceUrl, cloud); !s)
        return s;
    if (cloud == Cloud::Sandbox) {
        if (loginUrl.isEmpty())
            return inputError(QCoreApplication::translate(
                "herald::auth", "A sandbox profile needs the sandbox's login URL, for example "
                                "http://127.0.0.1:PORT/."));
        if (Status s = HostPolicy::checkLogin(loginUrl, cloud); !s)
            return s;
    } else if (!loginUrl.isEmpty()) {
        if (Status s = HostPolicy::checkLogin(loginUrl, cloud); !s)
            return s;
    }
    return Status::success();
}

} // namespace herald::auth
