#include "RetryPolicy.h"

#include "connector/ConnectorError.h"

#include <algorithm>

namespace herald::delivery {

RetryPolicy::RetryPolicy(RetryOptions options, quint32 seed)
    : m_options(options)
    , m_rng(seed ? seed : QRandomGenerator::global()->generate())
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_options.baseDelayMs = std::max<qint64>(1, m_options.baseDelayMs);
    m_options.maxDelayMs = std::max(m_options.baseDelayMs, m_options.maxDelayMs);
}

RetryPolicy::Verdict RetryPolicy::classify(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::None:
        return Verdict::Failed; // not a failure; callers do not ask
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return error.retryable ? Verdict::Retry : Verdict::Stop; // TLS or redirect: nothing will work
    case Error::Kind::Cancelled:
    case Error::Kind::Identity:
    case Error::Kind::Policy:
    case Error::Kind::Keychain:
    case Error::Kind::Storage:
        return Verdict::Stop;
    case Error::Kind::Parse:
    case Error::Kind::Input:
        return Verdict::Failed;
    case Error::Kind::Http:
        break;
    }
    if (error.httpStatus == 401)
        return Verdict::Stop; // ConnectorCall already refreshed the token once: the credentials are refused
    if (error.httpStatus == 403 && error.serviceCode == QLatin1String("InvalidBotApiHost"))
        return Verdict::Stop; // the profile's service URL is wrong for this tenant: fix it, then resume
    if (error.httpStatus == 403 && error.serviceCode == QLatin1String("BotDisabledByAdmin"))
        return Verdict::Stop; // nobody can be reached until an administrator enables the app
    if (connector::reachabilityOf(error) == connector::Reachability::Unreachable)
        return Verdict::Unreachable;
    return error.retryable ? Verdict::Retry : Verdict::Failed;
}

qint64 RetryPolicy::ceilingMs(int failures) const
{
    const int shift = std::clamp(failures - 1, 0, 30);
    const qint64 grown = m_options.baseDelayMs << shift;
    return std::min(m_options.maxDelayMs, grown > 0 ? grown : m_options.maxDelayMs);
}

qint64 RetryPolicy::backoffMs(int failures, qint64 retryAfterMs)
{
    if (retryAfterMs >= 0) {
        const qint64 jitter = m_options.retryAfterJitterMs > 0
                                  ? qint64(m_rng.bounded(quint32(m_options.retryAfterJitterMs + 1)))
                                  : 0;
        return retryAfterMs + jitter;
    }
    const qint64 ceiling = ceilingMs(failures);
    return qint64(m_rng.bounded(quint32(std::min<qint64>(ceiling, 0x7fffffff)) + 1));
}

} // namespace herald::delivery
