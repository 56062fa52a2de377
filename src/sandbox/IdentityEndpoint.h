#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"

namespace herald::sandbox {

struct SandboxState;

// POST /{tenant}/oauth2/v2.0/token: the Microsoft identity platform's client-credentials grant,
// with its exact success body and its AADSTS error bodies.
class IdentityEndpoint final
{
public:
    explicit IdentityEndpoint(SandboxState &state);

    static bool matches(const SandboxRequest &request);
    SandboxReply handle(const SandboxRequest &request);

    // The connector's check of `Authorization: Bearer …`; the token, or empty when it is refused.
    QString bearerToken(const SandboxRequest &request) const;

private:
    SandboxReply aadError(int status, const QString &error, int code, const QString &description) const;

    SandboxState &m_state;
};

} // namespace herald::sandbox
