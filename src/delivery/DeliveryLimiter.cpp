#include "DeliveryLimiter.h"

#include "common/Clock.h"
#include "common/Logging.h"

#include <QtMath>

#include <algorithm>

namespace herald::delivery {

DeliveryLimiter::DeliveryLimiter(const Clock *clock, const PacingOptions &options)
    : m_clock(clock ? clock : SystemClock::instance())
    , m_options(options)
    , m_threadShape(threadShape(options.marginMs))
{
    // R requests per second as "L calls per W ms" with whole L: 50/s → 50 per 1000 ms, 0.5/s → 1 per 2000 ms.
    const double rps = qMax(0.001, m_options.globalRps);
    const int limit = qMax(1, qFloor(rps));
    m_baseWindowMs = qMax<qint64>(1, qRound64(1000.0 * limit / rps));
    m_globalShape.exact = {SlidingWindows::Window{m_baseWindowMs, limit}};
    m_globalShape.marginMs = m_options.marginMs;
    m_options.minFactor = qBound(0.01, m_options.minFactor, 1.0);
    m_lastRecover = m_clock->nowMs();
}

SlidingWindows::Shape DeliveryLimiter::threadShape(qint64 marginMs)
{
    SlidingWindows::Shape shape;
    shape.exact = {SlidingWindows::Window{1'000, 7}, SlidingWindows::Window{2'000, 8},
                   SlidingWindows::Window{30'000, 60}};
    shape.bucketed = SlidingWindows::Window{3'600'000, 1800};
    shape.marginMs = marginMs;
    shape.bucketMarginMs = marginMs + 1'000;
    return shape;
}

void DeliveryLimiter::applyFactor()
{
    // A slower rate is the same count over a longer window.
    m_globalShape.exact.first().lengthMs = qMax<qint64>(1, qRound64(double(m_baseWindowMs) / m_factor));
}

void DeliveryLimiter::recover(qint64 now)
{
    const qint64 elapsed = now - m_lastRecover;
    if (elapsed <= 0)
        return;
    m_lastRecover = now;
    if (m_globalShape.marginMs > m_options.marginMs && now - m_lastDecrease >= 5000) {
        const qint64 narrowed =
            std::max(m_options.marginMs, m_globalShape.marginMs - std::max<qint64>(1, elapsed / 5000));
        m_globalShape.marginMs = narrowed;
        m_threadShape.marginMs = narrowed;
    }
    if (m_factor >= 1.0)
        return;
    m_factor = std::min(1.0, m_factor + m_options.recoverPerSecond * double(elapsed) / 1000.0);
    applyFactor();
}

qint64 DeliveryLimiter::marginMs() const
{
    return m_globalShape.marginMs;
}

double DeliveryLimiter::rateFactor()
{
    recover(m_clock->nowMs());
    return m_factor;
}

double DeliveryLimiter::currentRps()
{
    return m_options.enabled ? m_options.globalRps * rateFactor() : 0.0;
}

qint64 DeliveryLimiter::globalWaitMs()
{
    if (!m_options.enabled)
        return 0;
    const qint64 now = m_clock->nowMs();
    recover(now);
    qint64 wait = std::max<qint64>(0, m_globalHoldUntil - now);
    wait = std::max(wait, SlidingWindows::waitMs(m_globalShape, m_global, now));
    // Evenly spaced, not in bursts: a burst queues behind the connection pool and leaves late, and a
    // sliding window keeps a burst's shape forever. Spaced requests each find a free connection.
    wait = std::max(wait, qint64(m_nextSlot - double(now))); // whole ms: under 1 ms early goes now
    return wait;
}

double DeliveryLimiter::spacingMs() const
{
    const SlidingWindows::Window &w = m_globalShape.exact.constFirst();
    return double(w.lengthMs + m_globalShape.marginMs) / double(w.limit);
}

qint64 DeliveryLimiter::waitMs(const QString &thread)
{
    if (!m_options.enabled)
        return 0;
    const qint64 now = m_clock->nowMs();
    qint64 wait = globalWaitMs();
    const auto it = m_threads.find(thread);
    if (it != m_threads.end()) {
        wait = std::max(wait, it->holdUntil - now);
        wait = std::max(wait, SlidingWindows::waitMs(m_threadShape, it->history, now));
    }
    return std::max<qint64>(0, wait);
}

void DeliveryLimiter::record(const QString &thread)
{
    if (!m_options.enabled)
        return;
    const qint64 now = m_clock->nowMs();
    sweep(now);
    // The next slot on a fixed grid: a late send does not push the grid back (no drift), and after a
    // pause at most one extra request goes at once.
    const double spacing = spacingMs();
    m_nextSlot = std::max(m_nextSlot, double(now) - spacing) + spacing;
    SlidingWindows::record(m_globalShape, m_global, now);
    SlidingWindows::record(m_threadShape, m_threads[thread].history, now);
}

qint64 DeliveryLimiter::acquire(const QString &thread)
{
    const qint64 wait = waitMs(thread);
    if (wait == 0)
        record(thread);
    return wait;
}

void DeliveryLimiter::onThrottled(const QString &thread, qint64 retryAfterMs)
{
    const qint64 now = m_clock->nowMs();
    recover(now);
    const qint64 hold = retryAfterMs >= 0 ? retryAfterMs : 1000;
    Thread &t = m_threads[thread];
    t.holdUntil = std::max(t.holdUntil, now + hold);

    if (now - m_lastDecrease >= 1000) {
        m_lastDecrease = now;
        m_factor = std::max(m_options.minFactor, m_factor * m_options.decrease);
        applyFactor();
        const qint64 widened = std::min(std::max(m_options.maxMarginMs, m_options.marginMs),
                                        m_globalShape.marginMs + m_options.marginStepMs);
        m_globalShape.marginMs = widened;
        m_threadShape.marginMs = widened;
        qCInfo(lcDelivery) << "throttled by Teams; pacing at" << qRound(m_factor * 100) << "% of the rate";
    }
    m_recentThrottles.append(now);
    while (!m_recentThrottles.isEmpty() && m_recentThrottles.constFirst() <= now - 1000)
        m_recentThrottles.removeFirst();
    if (m_options.globalHoldAfter > 0 && m_recentThrottles.size() >= m_options.globalHoldAfter) {
        m_globalHoldUntil = std::max(m_globalHoldUntil, now + hold);
        m_recentThrottles.clear();
        qCInfo(lcDelivery) << "several 429s at once; holding every request for" << hold << "ms";
    }
}

void DeliveryLimiter::sweep(qint64 now)
{
    if (now - m_lastSweep < 60'000)
        return;
    m_lastSweep = now;
    m_threads.removeIf([this, now](const auto &it) {
        return it.value().holdUntil <= now && SlidingWindows::isIdle(m_threadShape, it.value().history, now);
    });
}

} // namespace herald::delivery
