#include "HostPolicy.h"

#include "auth/CloudPreset.h"

#include <QHostAddress>

namespace herald::auth {

namespace {

Error refuse(const QString &message)
{
    return Error::make(Error::Kind::Policy, message);
}

// Checks shared by service and login URLs. Returns an error or nothing.
Status checkShape(const QUrl &url, const QString &what)
{
    if (url.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        return refuse(QStringLiteral("The %1 \"%2\" is not a valid web address.")
                          .arg(what, url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return refuse(QStringLiteral("The %1 \"%2\" must start with https://.").arg(what, url.toDisplayString()));
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        return refuse(QStringLiteral("The %1 must not contain a user name or password.").arg(what));
    }
    return Status::success();
}

Status checkLoopbackOnly(const QUrl &url, const QString &what)
{
    if (!HostPolicy::isLoopback(url)) {
        return refuse(QStringLiteral("Herald refused to send credentials to %1: the sandbox %2 must be on this "
                                     "computer (127.0.0.1, ::1 or localhost).")
                          .arg(url.host(), what));
    }
    return Status::success();
}

Status checkHttpsOnly(const QUrl &url, Cloud cloud, const QString &what)
{
    if (url.scheme().toLower() != QLatin1String("https")) {
        if (HostPolicy::isLoopback(url)) {
            return refuse(QStringLiteral("Herald refused to send credentials over plain http: http is only allowed "
                                         "for a sandbox profile on this computer, and this profile's cloud is %1.")
                              .arg(cloudDisplayName(cloud)));
        }
        return refuse(QStringLiteral("Herald refused to send credentials to %1 over plain http: the %2 must "
                                     "start with https://.")
                          .arg(url.host(), what));
    }
    if (url.port() != -1 && url.port() != 443) {
        return refuse(QStringLiteral("Herald refused to send credentials to %1 on port %2: the %3 of the %4 cloud "
                                     "uses the standard https port.")
                          .arg(url.host())
                          .arg(url.port())
                          .arg(what, cloudDisplayName(cloud)));
    }
    return Status::success();
}

} // namespace

bool HostPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

Status HostPolicy::check(const QUrl &url, Cloud cloud)
{
    const QString what = QStringLiteral("service URL");
    if (Status s = checkShape(url, what); !s)
        return s;
    if (cloud == Cloud::Sandbox)
        return checkLoopbackOnly(url, what);
    if (Status s = checkHttpsOnly(url, cloud, what); !s)
        return s;
    const CloudPreset &preset = CloudPreset::forCloud(cloud);
    const QString host = url.host().toLower();
    if (!preset.serviceHosts.contains(host)) {
        return refuse(QStringLiteral("Herald refused to send the bot's token to %1: it is not a Microsoft Teams "
                                     "service host for the %2 cloud (expected %3). Check the profile's service URL.")
                          .arg(url.host(), cloudDisplayName(cloud),
                               preset.serviceHosts.join(QStringLiteral(" or "))));
    }
    return Status::success();
}

Status HostPolicy::checkLogin(const QUrl &url, Cloud cloud)
{
    const QString what = QStringLiteral("login URL");
    if (Status s = checkShape(url, what); !s)
        return s;
    if (cloud == Cloud::Sandbox)
        return checkLoopbackOnly(url, what);
    if (Status s = checkHttpsOnly(url, cloud, what); !s)
        return s;
    const CloudPreset &preset = CloudPreset::forCloud(cloud);
    if (url.host().toLower() != preset.loginHost.host().toLower()) {
        return refuse(QStringLiteral("Herald refused to send the client secret to %1: the %2 cloud signs in at %3.")
                          .arg(url.host(), cloudDisplayName(cloud), preset.loginHost.host()));
    }
    return Status::success();
}

} // namespace herald::auth
