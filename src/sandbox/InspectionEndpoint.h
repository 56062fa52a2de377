#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"

namespace herald::sandbox {

struct SandboxState;

// The sandbox's own routes under /_sandbox (no token needed, never rate limited):
//   GET    /_sandbox/stats                                 counters (SandboxState::stats)
//   GET    /_sandbox/activities?conversation=ID[&last=N]   what arrived in a conversation
//   GET    /_sandbox/installs.jsonl                        the org as install events, one per line
//   GET    /_sandbox/org                                   teams, channels and head counts
//   GET    /_sandbox/people?offset=0&limit=100             people with their flags (blocked, app)
//   GET|POST|DELETE /_sandbox/faults                       fault injection (see FaultInjector)
//   POST   /_sandbox/reset                                 forget recordings, windows and faults
class InspectionEndpoint final
{
public:
    explicit InspectionEndpoint(SandboxState &state);

    static bool matches(const SandboxRequest &request);
    SandboxReply handle(const SandboxRequest &request);

private:
    SandboxReply faults(const SandboxRequest &request);
    SandboxReply activities(const SandboxRequest &request) const;
    SandboxReply organisation() const;
    SandboxReply people(const SandboxRequest &request) const;

    SandboxState &m_state;
};

} // namespace herald::sandbox
