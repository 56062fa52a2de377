#include "FailureRules.h"

#include "delivery/RecipientJournal.h"

#include <QCoreApplication>

namespace herald::delivery {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::delivery::FailureRules)
};

bool isTransport(const Error &e)
{
    return e.kind == Error::Kind::Network || e.kind == Error::Kind::Timeout;
}

// Herald's sentence, and Teams' own words after it when it said something else (support asks for them).
QString withServiceText(const Error &e)
{
    const QString teams = e.detail.simplified();
    if (teams.isEmpty() || e.message.contains(teams))
        return e.message;
    //: %1 is Herald's sentence, %2 the error message Teams itself sent (in English).
    return Text::tr("%1 (Teams: %2)").arg(e.message, teams);
}

} // namespace

FailureRules::FailureRules(const RetryOptions &retry, quint32 seed, int stopAfterTransportFailures)
    : m_retry(retry, seed)
    , m_stopAfterTransport(stopAfterTransportFailures)
{
}

QString FailureRules::codeOf(const Error &e)
{
    if (!e.serviceCode.isEmpty())
        return e.serviceCode;
    if (e.httpStatus > 0)
        return QStringLiteral("HTTP %1").arg(e.httpStatus);
    return Error::kindName(e.kind);
}

bool FailureRules::mayHaveArrived(const Error &e)
{
    if (e.kind == Error::Kind::Timeout)
        return true;
    if (e.kind != Error::Kind::Network)
        return false;
    return e.serviceCode != QLatin1String("ConnectionRefused") &&
           e.serviceCode != QLatin1String("HostNotFound") && e.serviceCode != QLatin1String("ProxyError");
}

void FailureRules::noteSuccess()
{
    m_transportInARow = 0;
}

FailureRules::Decision FailureRules::decide(const Error &error, RequestPhase phase, RecipientKind kind,
                                            int &failures, bool &ambiguous, bool aborted)
{
    Decision d;
    d.code = codeOf(error);
    d.message = withServiceText(error);
    d.correlationId = error.correlationId;

    if (error.kind == Error::Kind::Cancelled && aborted) {
        // Herald stopped waiting. Only the idempotent create was on the wire: nothing could have arrived.
        d.code = QStringLiteral("Interrupted");
        d.message =
            Text::tr("Herald stopped waiting for Teams' answer; whether the message arrived is not known.");
        d.state = phase == RequestPhase::Create ? RecipientState::Pending : RecipientState::Uncertain;
        if (phase == RequestPhase::Send)
            ambiguous = true;
        return d;
    }

    m_transportInARow = isTransport(error) ? m_transportInARow + 1 : 0;
    if (mayHaveArrived(error) && phase == RequestPhase::Send)
        ambiguous = true;

    RetryPolicy::Verdict verdict = RetryPolicy::classify(error);
    if (verdict == RetryPolicy::Verdict::Retry) {
        ++failures;
        if (m_retry.mayRetry(failures)) {
            d.state = RecipientState::Pending;
            // A Retry-After is honoured (429, 503…); without one, exponential backoff with full jitter.
            d.retryInMs = m_retry.backoffMs(failures, error.retryAfterMs);
            if (m_stopAfterTransport > 0 && m_transportInARow >= m_stopAfterTransport) {
                d.pauseCampaign = true;
                d.pauseReason = error;
                d.pauseReason.message =
                    Text::tr("Teams could not be reached %1 times in a row; the campaign is paused. "
                             "Check the network, then resume. (%2)")
                        .arg(m_transportInARow)
                        .arg(error.message);
            }
            return d;
        }
        if (ambiguous) {
            // Some attempt may have reached Teams (a timeout, a connection cut after the request left): like
            // after a crash, the user decides whether to send it again.
            d.state = RecipientState::Uncertain;
            d.message =
                Text::tr("Teams did not answer after %Ln attempt(s); whether the message arrived is not "
                         "known. (%1)",
                         nullptr, failures)
                    .arg(withServiceText(error));
            return d;
        }
        verdict = RetryPolicy::Verdict::Failed;
        d.message = Text::tr("%1 (gave up after %2 attempts)").arg(withServiceText(error)).arg(failures);
    }
    switch (verdict) {
    case RetryPolicy::Verdict::Unreachable:
        d.state = RecipientState::Unreachable;
        if (kind == RecipientKind::User)
            d.directoryReason = RecipientJournal::directoryReason(error.serviceCode);
        return d;
    case RetryPolicy::Verdict::Stop:
        // Nobody can be reached this way (credentials, host, administrator): this one waits for the resume.
        d.state = RecipientState::Pending;
        d.pauseCampaign = error.kind != Error::Kind::Cancelled;
        d.pauseReason = error;
        if (error.httpStatus == 401)
            // ConnectorCall already fetched a fresh token and tried once more: retrying cannot help.
            d.pauseReason.message =
                Text::tr("Teams refused the bot's credentials even with a fresh token (HTTP 401); "
                         "the campaign is paused. Check the profile's app id, client secret "
                         "and tenant, then resume.");
        return d;
    case RetryPolicy::Verdict::Retry:
    case RetryPolicy::Verdict::Failed:
        break;
    }
    d.state = RecipientState::Failed;
    return d;
}

} // namespace herald::delivery
