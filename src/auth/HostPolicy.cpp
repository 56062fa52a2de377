#include "HostPolicy.h"

#include "auth/CloudPreset.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace herald::auth {

namespace {

// Which URL is checked: each sentence names it whole, so translators never get a "%1" that is a noun.
enum class Target { ServiceUrl, LoginUrl };

Error refuse(const QString &message)
{
    return Error::make(Error::Kind::Policy, message);
}

// Checks shared by service and login URLs. Returns an error or nothing.
Status checkShape(const QUrl &url, Target target)
{
    const bool service = target == Target::ServiceUrl;
    if (url.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        return refuse((service ? QCoreApplication::translate(
                                     "herald::auth", "The service URL \"%1\" is not a valid web address.")
                               : QCoreApplication::translate(
                                     "herald::auth", "The login URL \"%1\" is not a valid web address."))
                          .arg(url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return refuse((service ? QCoreApplication::translate(
                                     "herald::auth", "The service URL \"%1\" must start with https://.")
                               : QCoreApplication::translate(
                                     "herald::auth", "The login URL \"%1\" must start with https://."))
                          .arg(url.toDisplayString()));
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        return refuse(
            service ? QCoreApplication::translate("herald::auth",
                                                  "The service URL must not contain a user name or password.")
                    : QCoreApplication::translate("herald::auth",
                                                  "The login URL must not contain a user name or password."));
    }
    return Status::success();
}

Status checkLoopbackOnly(const QUrl &url, Target target)
{
    if (!HostPolicy::isLoopback(url)) {
        return refuse((target == Target::ServiceUrl
                           ? QCoreApplication::translate(
                                 "herald::auth", "Herald refused to send credentials to %1: the sandbox "
                                                 "service URL must be on this computer (127.0.0.1, ::1 or "
                                                 "localhost).")
                           : QCoreApplication::translate(
                                 "herald::auth", "Herald refused to send credentials to %1: the sandbox "
                                                 "login URL must be on this computer (127.0.0.1, ::1 or "
                                                 "localhost)."))
                          .arg(url.host()));
    }
    return Status::success();
}

Status checkHttpsOnly(const QUrl &url, Cloud cloud, Target target)
{
    const bool service = target == Target::ServiceUrl;
    if (url.scheme().toLower() != QLatin1String("https")) {
        if (HostPolicy::isLoopback(url)) {
            return refuse(QCoreApplication::translate(
                              "herald::auth", "Herald refused to send credentials over plain http: http is "
                                              "only allowed for a sandbox profile on this computer, and this "
                                              "profile's cloud is %1.")
                              .arg(cloudDisplayName(cloud)));
        }
        return refuse((service ? QCoreApplication::translate(
                                     "herald::auth", "Herald refused to send credentials to %1 over plain "
                                                     "http: the service URL must start with https://.")
                               : QCoreApplication::translate(
                                     "herald::auth", "Herald refused to send credentials to %1 over plain "
                                                     "http: the login URL must start with https://."))
                          .arg(url.host()));
    }
    if (url.port() != -1 && url.port() != 443) {
        //: %1 is a host name, %2 a port number, %3 a cloud (Public, GCC, GCC High, DoD).
        return refuse(
            (service ? QCoreApplication::translate("herald::auth",
                                                   "Herald refused to send credentials to %1 on port %2: "
                                                   "the service URL of the %3 cloud uses the standard "
                                                   "https port.")
                     //: %1 is a host name, %2 a port number, %3 a cloud (Public, GCC, GCC High, DoD).
                     : QCoreApplication::translate("herald::auth",
                                                   "Herald refused to send credentials to %1 on port %2: "
                                                   "the login URL of the %3 cloud uses the standard https "
                                                   "port."))
                .arg(url.host())
                .arg(url.port())
                .arg(cloudDisplayName(cloud)));
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
    if (Status s = checkShape(url, Target::ServiceUrl); !s)
        return s;
    if (cloud == Cloud::Sandbox)
        return checkLoopbackOnly(url, Target::ServiceUrl);
    if (Status s = checkHttpsOnly(url, cloud, Target::ServiceUrl); !s)
        return s;
    const CloudPreset &preset = CloudPreset::forCloud(cloud);
    const QString host = url.host().toLower();
    if (!preset.serviceHosts.contains(host)) {
        //: %3 lists the expected host names, joined by " or " (translated separately).
        return refuse(
            QCoreApplication::translate("herald::auth",
                                        "Herald refused to send the bot's token to %1: it is not a Microsoft "
                                        "Teams service host for the %2 cloud (expected %3). Check the "
                                        "profile's service URL.")
                .arg(url.host(), cloudDisplayName(cloud),
                     preset.serviceHosts.join(
                         //: Joins the expected host names in "… (expected %3)".
                         QCoreApplication::translate("herald::auth", " or "))));
    }
    return Status::success();
}

Status HostPolicy::checkLogin(const QUrl &url, Cloud cloud)
{
    if (Status s = checkShape(url, Target::LoginUrl); !s)
        return s;
    if (cloud == Cloud::Sandbox)
        return checkLoopbackOnly(url, Target::LoginUrl);
    if (Status s = checkHttpsOnly(url, cloud, Target::LoginUrl); !s)
        return s;
    const CloudPreset &preset = CloudPreset::forCloud(cloud);
    if (url.host().toLower() != preset.loginHost.host().toLower()) {
        return refuse(QCoreApplication::translate(
                          "herald::auth", "Herald refused to send the client secret to %1: the %2 cloud "
                                          "signs in at %3.")
                          .arg(url.host(), cloudDisplayName(cloud), preset.loginHost.host()));
    }
    return Status::success();
}

} // namespace herald::auth
