#pragma once

#include <QtGlobal>

namespace herald::delivery {

// How fast a campaign may go (PROTOCOL.md "Rate limits"). globalRps is a setting (default 50; an older
// revision of Teams' page says 30).
struct PacingOptions
{
    bool enabled = true;     // false only against a sandbox run with --limits off (benchmarks, tests)
    double globalRps = 50.0; // requests per second per app per tenant
    qint64 marginMs = 12; // added to every window, so arrival jitter never lets the server count one too many
    int maxInFlight = 16; // requests on the wire at once
    // AIMD when a 429 comes anyway: the rate is multiplied by `decrease` (at most once a second, never
    // below minFactor) and climbs back by recoverPerSecond of the full rate per second. Gentle on purpose:
    // a lone 429 is usually arrival jitter, and a deep cut costs more than the 429 did; a real lower limit
    // (an older tenant at 30/s) still brings the rate down within seconds.
    double decrease = 0.9;
    double minFactor = 0.2;
    double recoverPerSecond = 0.1;
    // Each 429 also widens the margin by this much (up to maxMarginMs); it narrows again by 1 ms per
    // 5 quiet seconds. Jitter that beat the margin once is likely to beat it again.
    qint64 marginStepMs = 4;
    qint64 maxMarginMs = 60;
    // This many 429s within a second hold every thread for the Retry-After (the app-wide limit was hit).
    int globalHoldAfter = 5;
};

// Retries per PROTOCOL.md: 429, 412, 502–504, timeouts and resets, with exponential backoff and full jitter.
struct RetryOptions
{
    int maxAttempts = 5;      // HTTP attempts per request, the first included
    qint64 baseDelayMs = 500; // the cap of the first backoff; doubles per failure
    qint64 maxDelayMs = 30'000;
    qint64 retryAfterJitterMs = 250; // added on top of a Retry-After, so held calls do not all return at once
};

} // namespace herald::delivery
