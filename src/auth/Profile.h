#pragma once

#include "auth/Cloud.h"
#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace herald::auth {

// A bot Herald sends as. Everything here is non-secret; the client secret lives in the keychain
// (SecretStore).
struct Profile
{
    QString name; // display name, also the key in ProfileStore and SecretStore
    Cloud cloud = Cloud::Public;
    QString tenantId; // the bot's tenant id (or "botframework.com" for old multi-tenant bots)
    QString appId;    // the bot's Microsoft App ID
    QUrl serviceUrl;  // e.g. https://smba.trafficmanager.net/emea/
    QUrl loginUrl;    // sandbox only; other clouds sign in at their preset's login host

    // The login base actually used: loginUrl for the sandbox, the preset's login host otherwise.
    QUrl effectiveLoginUrl() const;

    // Input errors for missing or malformed fields, Policy errors for untrusted hosts.
    Status validate() const;

    bool operator==(const Profile &other) const = default;
};

} // namespace herald::auth
