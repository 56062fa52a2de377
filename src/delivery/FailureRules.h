#pragma once

#include "common/Error.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/PacingOptions.h"
#include "delivery/RetryPolicy.h"

#include <QString>

namespace herald::delivery {

// What one failed request means for its recipient, and for the campaign (PROTOCOL.md "Errors"):
// retry after a backoff (Retry-After honoured, else exponential with jitter), unreachable (and the directory
// learns why), failed with its code, message (Herald's sentence and Teams' own words) and correlation id,
// uncertain when the retries ran out and some attempt may have arrived, or pause the whole campaign
// (credentials refused even with a fresh token, Teams unreachable many times in a row). Keeps the "in a row"
// counters across recipients; not thread-safe.
class FailureRules final
{
public:
    FailureRules(const RetryOptions &retry, quint32 seed, int stopAfterTransportFailures);

    struct Decision
    {
        RecipientState state =
            RecipientState::Failed; // Pending: sent again (retryInMs) or at the next resume
        QString code;
        QString message;
        QString correlationId;
        qint64 retryInMs = -1;      // >= 0: try again after this long
        QString directoryReason;    // not empty: the person is unreachable for this reason
        bool pauseCampaign = false; // nobody can be reached this way: pause with pauseReason
        Error pauseReason;
    };

    // `failures` counts this request's failed attempts (incremented here for a retryable one); `ambiguous`
    // is set when the request may have arrived although no answer came. `aborted`: Herald gave up waiting.
    Decision decide(const Error &error, RequestPhase phase, RecipientKind kind, int &failures,
                    bool &ambiguous, bool aborted);
    // An answer came back fine: the "in a row" counters start again.
    void noteSuccess();

    // The code a report shows: Teams' own, else the HTTP status, else the kind of failure.
    static QString codeOf(const Error &error);
    // A failure after the request left whose answer was lost (a timeout, a cut connection).
    static bool mayHaveArrived(const Error &error);

private:
    RetryPolicy m_retry;
    int m_stopAfterTransport;
    int m_transportInARow = 0;
};

} // namespace herald::delivery
