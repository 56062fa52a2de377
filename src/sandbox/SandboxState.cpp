#include "SandboxState.h"

namespace herald::sandbox {

SandboxState::SandboxState(SandboxOptions opts, const Clock *clk)
    : options(std::move(opts))
    , clock(clk)
    , org(options.seed, options.teams, options.members, options.tenantId)
    , tokens(clk, options.tokenLifetimeSec)
    , limiter(clk, options.limits, options.globalRps)
    , faults(options.seed, options.faultRate)
{
}

QJsonObject SandboxState::stats() const
{
    return QJsonObject{
        {QStringLiteral("requests"), requests},
        {QStringLiteral("throttled"), throttled},
        {QStringLiteral("unauthorized"), unauthorized},
        {QStringLiteral("clientErrors"), clientErrors},
        {QStringLiteral("lateAnswers"), lateAnswers},
        {QStringLiteral("lateDropped"), lateDropped},
        {QStringLiteral("activities"), recorder.activities()},
        {QStringLiteral("duplicates"), recorder.duplicates()},
        {QStringLiteral("updates"), recorder.updates()},
        {QStringLiteral("deletes"), recorder.deletes()},
        {QStringLiteral("conversations"), recorder.conversations()},
        {QStringLiteral("creates"), creates},
        {QStringLiteral("tokens"), tokens.issuedCount()},
        {QStringLiteral("faults"), faults.injected()},
        {QStringLiteral("members"), org.memberCount()},
        {QStringLiteral("teams"), org.teamCount()},
        {QStringLiteral("channels"), org.channelCount()},
        {QStringLiteral("blocked"), org.blockedCount()},
        {QStringLiteral("withoutApp"), org.withoutAppCount()},
        {QStringLiteral("limits"), limiter.enabled() ? QStringLiteral("teams") : QStringLiteral("off")},
        {QStringLiteral("globalRps"), options.globalRps},
        {QStringLiteral("trackedThreads"), limiter.trackedThreads()},
        {QStringLiteral("retainedBodyBytes"), static_cast<qint64>(recorder.retainedBodyBytes())},
    };
}

void SandboxState::reset()
{
    recorder.clear();
    limiter.clear();
    faults.clear();
    requests = throttled = unauthorized = clientErrors = creates = lateAnswers = lateDropped = 0;
}

} // namespace herald::sandbox
