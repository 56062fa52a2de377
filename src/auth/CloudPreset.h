#pragma once

#include "auth/Cloud.h"

#include <QStringList>
#include <QUrl>

namespace herald::auth {

// The fixed facts of a cloud (PROTOCOL.md "Credentials and tokens").
struct CloudPreset
{
    Cloud cloud = Cloud::Public;
    QUrl loginHost;           // https://login.microsoftonline.com; empty for the sandbox (the profile says)
    QString tokenScope;       // https://api.botframework.com/.default or .us
    QStringList serviceHosts; // https hosts the bearer token may go to; empty for the sandbox (loopback only)
    QUrl defaultServiceUrl;   // a sensible default for new profiles; empty for the sandbox

    static const CloudPreset &forCloud(Cloud cloud);
};

} // namespace herald::auth
