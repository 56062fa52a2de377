#include "RateLimiter.h"

#include <QtMath>

#include <algorithm>

namespace herald::sandbox {

namespace {

constexpr std::array<qint64, 3> kShortWindowsMs{1'000, 2'000, 30'000};
constexpr qint64 kHourMs = 3'600'000;

void dropOlder(QList<qint64> &times, qint64 cutoff)
{
    const auto end = std::upper_bound(times.begin(), times.end(), cutoff);
    times.erase(times.begin(), end);
}

} // namespace

RateLimiter::RateLimiter(const Clock *clock, bool enabled, double globalRps)
    : m_clock(clock)
    , m_enabled(enabled)
    , m_globalLimit(qMax(1, qCeil(globalRps)))
{
}

RateLimiter::Limits RateLimiter::limitsFor(Operation op)
{
    if (op == Operation::Send)
        return Limits{{7, 8, 60}, 1800};
    return Limits{{14, 16, 120}, 3600};
}

void RateLimiter::clear()
{
    m_global.clear();
    m_send.clear();
    m_read.clear();
}

qint64 RateLimiter::admitGlobal()
{
    if (!m_enabled)
        return 0;
    const qint64 now = m_clock->nowMs();
    dropOlder(m_global, now - 1'000);
    if (m_global.size() >= m_globalLimit) {
        // The call fits once enough of the oldest calls have left the window.
        const qint64 frees = m_global.at(m_global.size() - m_globalLimit) + 1'000;
        return qMax<qint64>(1, frees - now);
    }
    m_global.append(now);
    return 0;
}

qint64 RateLimiter::check(ThreadWindow &window, const Limits &limits, qint64 now) const
{
    dropOlder(window.recent, now - kShortWindowsMs.back());
    const qint64 hourCutoffSecond = (now - kHourMs) / 1000;
    while (!window.hour.isEmpty() && window.hour.constFirst().second <= hourCutoffSecond) {
        window.hourTotal -= window.hour.constFirst().count;
        window.hour.removeFirst();
    }

    qint64 wait = 0;
    for (size_t w = 0; w < kShortWindowsMs.size(); ++w) {
        const qint64 cutoff = now - kShortWindowsMs[w];
        const auto first = std::upper_bound(window.recent.cbegin(), window.recent.cend(), cutoff);
        const qsizetype inWindow = window.recent.cend() - first;
        const int limit = limits.shortLimits[w];
        if (inWindow >= limit) {
            const qint64 oldestToLeave = *(first + (inWindow - limit));
            wait = qMax(wait, oldestToLeave + kShortWindowsMs[w] - now);
        }
    }
    if (window.hourTotal >= limits.hourLimit) {
        int excess = window.hourTotal - limits.hourLimit + 1;
        for (const Bucket &bucket : std::as_const(window.hour)) {
            excess -= bucket.count;
            if (excess <= 0) {
                wait = qMax(wait, bucket.second * 1000 + kHourMs - now);
                break;
            }
        }
    }
    return wait;
}

qint64 RateLimiter::admitThread(Operation op, const QString &thread)
{
    if (!m_enabled)
        return 0;
    const qint64 now = m_clock->nowMs();
    sweep(now);
    ThreadWindow &window = (op == Operation::Send ? m_send : m_read)[thread];
    const qint64 wait = check(window, limitsFor(op), now);
    if (wait > 0)
        return wait;
    window.recent.append(now);
    const qint64 second = now / 1000;
    if (!window.hour.isEmpty() && window.hour.constLast().second == second)
        ++window.hour.last().count;
    else
        window.hour.append(Bucket{second, 1});
    ++window.hourTotal;
    window.last = now;
    return 0;
}

void RateLimiter::sweep(qint64 now)
{
    if (now - m_lastSweep < 60'000)
        return;
    m_lastSweep = now;
    const auto idle = [now](const auto &it) { return it.value().last <= now - kHourMs; };
    m_send.removeIf(idle);
    m_read.removeIf(idle);
}

} // namespace herald::sandbox
