#include "Clock.h"

#include <QDateTime>

namespace herald {

Clock::~Clock() = default;

qint64 Clock::epochMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

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
    , m_epochOffset(1'767'225'600'000 - startMs)
{
}

qint64 ManualClock::epochMs() const
{
    return m_now + m_epochOffset;
}

void ManualClock::setEpochMs(qint64 ms)
{
    m_epochOffset = ms - m_now;
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
