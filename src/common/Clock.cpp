#include "Clock.h"

namespace herald {

Clock::~Clock() = default;

SystemClock::SystemClock()
{
    m_timer.start();
}

qint64 SystemClock::nowMs() const
{
    // Offset so that 0 is never a valid reading (callers use 0 as "never").
    return m_timer.elapsed() + 1'000'000;
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

ManualClock::ManualClock(qint64 startMs)
    : m_now(startMs)
{
}

qint64 ManualClock::nowMs() const
{
    return m_now;
}

void ManualClock::advance(qint64 ms)
{
    m_now += ms;
}

void ManualClock::set(qint64 ms)
{
    m_now = ms;
}

} // namespace herald
