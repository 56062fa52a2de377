#pragma once

#include "ActivityRecorder.h"
#include "FaultInjector.h"
#include "Organisation.h"
#include "RateLimiter.h"
#include "SandboxServer.h"
#include "TokenStore.h"

#include <QJsonObject>
#include <QUrl>

namespace herald::sandbox {

// Everything the endpoints share. Lives in the server's thread; never touched from another.
struct SandboxState
{
    SandboxState(SandboxOptions opts, const Clock *clk);

    SandboxOptions options;
    const Clock *clock;
    Organisation org;
    TokenStore tokens;
    RateLimiter limiter;
    FaultInjector faults;
    ActivityRecorder recorder;
    QUrl baseUrl;

    qint64 requests = 0;
    qint64 throttled = 0;
    qint64 unauthorized = 0;
    qint64 clientErrors = 0; // 4xx other than 401 and 429
    qint64 lateAnswers = 0;  // "slow" answers whose delay ran out (written, or dropped for a closed socket)
    qint64 lateDropped = 0;  // of those, the ones whose client had already gone
    qint64 creates = 0;      // successful POST /v3/conversations

    QJsonObject stats() const;
    void reset(); // POST /_sandbox/reset: recordings, windows, faults and counters; tokens stay valid
};

} // namespace herald::sandbox
