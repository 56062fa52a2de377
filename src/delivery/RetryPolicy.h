#pragma once

#include "common/Error.h"
#include "delivery/PacingOptions.h"

#include <QRandomGenerator>

namespace herald::delivery {

// What to do after a failed request (PROTOCOL.md "Errors"), and how long to wait before trying again.
class RetryPolicy final
{
public:
    enum class Verdict {
        Retry,       // 429, 412, 408, 502–504, timeouts, resets: try again after a backoff
        Unreachable, // blocked the bot, app not installed, conversation gone: record, never retry
        Failed,      // any other answer: record with its code, message and correlation id
        Stop,        // the campaign itself cannot go on (credentials refused, host not allowed, cancelled)
    };

    explicit RetryPolicy(RetryOptions options = {}, quint32 seed = 0);

    static Verdict classify(const Error &error);

    // Whether a request that has failed `failures` times (1 = the first attempt failed) may go again.
    bool mayRetry(int failures) const { return failures < m_options.maxAttempts; }

    // The wait before the next attempt after `failures` failures: full jitter, uniform in
    // [0, min(maxDelay, base·2^(failures-1))]; a Retry-After (ms, >= 0) is honoured as the minimum.
    qint64 backoffMs(int failures, qint64 retryAfterMs = -1);

    // The cap of the jittered wait after `failures` failures (for tests and estimates).
    qint64 ceilingMs(int failures) const;

    const RetryOptions &options() const { return m_options; }

private:
    RetryOptions m_options;
    QRandomGenerator m_rng;
};

} // namespace herald::delivery
