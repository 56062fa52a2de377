#pragma once

#include "auth/Cloud.h"
#include "common/Result.h"

#include <QUrl>

namespace herald::auth {

// Decides, before a single byte is sent, whether a URL may receive a credential:
// the bearer token goes only to https hosts on the cloud's allow-list (older SDKs' TrustServiceUrl),
// the client secret only to the cloud's login host, and plain http only to loopback for the sandbox.
// A refusal is an Error of kind Policy with a sentence saying why.
class HostPolicy final
{
public:
    // May this service URL receive the bearer token?
    static Status check(const QUrl &url, Cloud cloud);
    // May this login URL receive the client secret?
    static Status checkLogin(const QUrl &url, Cloud cloud);

    // localhost, 127.0.0.0/8 or ::1.
    static bool isLoopback(const QUrl &url);
};

} // namespace herald::auth
