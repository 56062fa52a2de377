#include "RateLimiter.h"

#include <QtMath>

namespace herald::sandbox {

using delivery::SlidingWindows;

RateLimiter::RateLimiter(const Clock *clock, bool enabled, double globalRps)
    : m_clock(clock)
    , m_enabled(enabled)
    , m_sendShape(shapeFor(Operation::Send))
    , m_readShape(shapeFor(Operation::Read))
{
    m_globalShape.exact = {SlidingWindows::Window{1'000, qMax(1, qCeil(globalRps))}};
}

RateLimiter::Limits RateLimiter::limitsFor(Operation op)
{
    if (op == Operation::Send)
        return Limits{{7, 8, 60}, 1800};
    return Limits{{14, 16, 120}, 3600};
}

SlidingWindows::Shape RateLimiter::shapeFor(Operation op)
{
    const Limits limits = limitsFor(op);
    SlidingWindows::Shape shape;
    shape.exact = {SlidingWindows::Window{1'000, limits.shortLimits[0]},
                   SlidingWindows::Window{2'000, limits.shortLimits[1]},
                   SlidingWindows::Window{30'000, limits.shortLimits[2]}};
    shape.bucketed = SlidingWindows::Window{3'600'000, limits.hourLimit};
    return shape;
}

void RateLimiter::clear()
{
    m_global = SlidingWindows::History();
    m_send.clear();
    m_read.clear();
}

qint64 RateLimiter::admitGlobal()
{
    if (!m_enabled)
        return 0;
    return qMax<qint64>(0, SlidingWindows::admit(m_globalShape, m_global, m_clock->nowMs()));
}

qint64 RateLimiter::admitThread(Operation op, const QString &thread)
{
    if (!m_enabled)
        return 0;
    const qint64 now = m_clock->nowMs();
    sweep(now);
    const bool send = op == Operation::Send;
    return SlidingWindows::admit(send ? m_sendShape : m_readShape, (send ? m_send : m_read)[thread], now);
}

void RateLimiter::sweep(qint64 now)
{
    if (now - m_lastSweep < 60'000)
        return;
    m_lastSweep = now;
    m_send.removeIf(
        [this, now](const auto &it) { return SlidingWindows::isIdle(m_sendShape, it.value(), now); });
    m_read.removeIf(
        [this, now](const auto &it) { return SlidingWindows::isIdle(m_readShape, it.value(), now); });
}

} // namespace herald::sandbox
