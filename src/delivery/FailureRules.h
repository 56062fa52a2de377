#pragma once

#include "common/Error.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/PacingOptions.h"
#include "delivery/RetryPolicy.h"

#include <QString>

namespace herald::delivery {

// What one failed request means for its recipient, and for the campaign (PROTOCOL.md "Errors"):
// retry after a backoff, unreachable (and the directory learns why), failed with its code, message and
// correlation id, or pause the whole campaign (credentials refused, Teams unreachable many times in a
// row). Keeps the "in a row" counters across recipients; not thread-safe.
class FailureRules final
{
public:
    FailureRules(const RetryOptions &retry, quint32 seed, int stopAfterTransportFailures);

    struct Decision
    {
        RecipientState state = RecipientState::Failed; // Pending: sent again (retryInMs) or at the next resume
        QString code;
        QString message;
        QString correlationId;
        qint64 retryInMs = -1;       // >= 0: try again after this long
        QString directoryReason;     // not empty: the person is unreachable for this reason
        bool pauseCampaign = false;  // nobody can be reached this way: pause with pauseReason
        Error pauseReason;
    };

    // `failures` counts this request's failed attempts (incremented here for a retryable one); `ambiguous`
    // is set when the request may have arrived although no answer came. `aborted`: Herald gave up waiting.
    Decision decide(const Error &error, RequestPhase phase, RecipientKind kind, int &failures, bool &ambiguous,
                    bool aborted);
    // An answer came back fine: the "in a row" counters start again.
    void noteSuccess();

    // The code a report shows: Teams' own, else the HTTP status, else the kind of failure.
    static QString codeOf(const Error &error);
    // A failure after the request left whose answer was lost (a timeout, a cut connection).
    static bool mayHaveArrived(const Error &error);

    // A 401 that survived ConnectorCall's one refresh pauses the campaign only after this many in a row
    // (a token revoked while requests were on the wire makes a few at once).
    static constexpr int UnauthorizedBeforeStop = 20;

private:
    RetryPolicy m_retry;
    int m_stopAfterTransport;
    int m_transportInARow = 0;
    int m_unauthorizedInARow = 0;
};

} // namespace herald::delivery
