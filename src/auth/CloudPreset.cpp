#include "CloudPreset.h"

#include <array>

namespace herald::auth {

namespace {

CloudPreset makePreset(Cloud cloud, const char *login, const char *scope, QStringList hosts,
                       const char *service)
{
    CloudPreset p;
    p.cloud = cloud;
    if (login)
        p.loginHost = QUrl(QString::fromLatin1(login));
    p.tokenScope = QString::fromLatin1(scope);
    p.serviceHosts = std::move(hosts);
    if (service)
        p.defaultServiceUrl = QUrl(QString::fromLatin1(service));
    return p;
}

} // namespace

const CloudPreset &CloudPreset::forCloud(Cloud cloud)
{
    static const std::array<CloudPreset, 5> presets = {
        makePreset(Cloud::Public, "https://login.microsoftonline.com",
                   "https://api.botframework.com/.default", {QStringLiteral("smba.trafficmanager.net")},
                   "https://smba.trafficmanager.net/teams/"),
        makePreset(Cloud::Gcc, "https://login.microsoftonline.com", "https://api.botframework.com/.default",
                   {QStringLiteral("smba.infra.gcc.teams.microsoft.com")},
                   "https://smba.infra.gcc.teams.microsoft.com/teams/"),
        makePreset(Cloud::GccHigh, "https://login.microsoftonline.us", "https://api.botframework.us/.default",
                   {QStringLiteral("smba.infra.gov.teams.microsoft.us")},
                   "https://smba.infra.gov.teams.microsoft.us/teams/"),
        makePreset(Cloud::DoD, "https://login.microsoftonline.us", "https://api.botframework.us/.default",
                   {QStringLiteral("smba.infra.dod.teams.microsoft.us")},
                   "https://smba.infra.dod.teams.microsoft.us/teams/"),
        makePreset(Cloud::Sandbox, nullptr, "https://api.botframework.com/.default", {}, nullptr),
    };
    switch (cloud) {
    case Cloud::Public:
        return presets[0];
    case Cloud::Gcc:
        return presets[1];
    case Cloud::GccHigh:
        return presets[2];
    case Cloud::DoD:
        return presets[3];
    case Cloud::Sandbox:
        return presets[4];
    }
    return presets[0];
}

} // namespace herald::auth
