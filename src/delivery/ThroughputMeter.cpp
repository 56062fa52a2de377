#include "ThroughputMeter.h"

#include "common/Clock.h"

namespace herald::delivery {

ThroughputMeter::ThroughputMeter(const Clock *clock)
    : m_clock(clock ? clock : SystemClock::instance())
{
}

ThroughputMeter::Second &ThroughputMeter::current()
{
    const qint64 second = m_clock->nowMs() / 1000;
    // A new entry for a new second, or when the current one was already handed out (its later counts are
    // stored as a second sample of the same second: the journal adds them up).
    if (m_seconds.isEmpty() || m_seconds.constLast().monotonic != second || m_taken == m_seconds.size()) {
        Second s;
        s.monotonic = second;
        s.sample.second = m_clock->epochMs() / 1000;
        if (!m_seconds.isEmpty()) {
            const Second &last = m_seconds.constLast();
            if (last.monotonic == second)
                s.sample.second = last.sample.second;
            else if (s.sample.second <= last.sample.second)
                s.sample.second = last.sample.second + 1; // one row per second, even if the wall clock lags
        }
        m_seconds.append(s);
        while (m_seconds.size() > 60 && m_taken > 0) {
            m_seconds.removeFirst();
            --m_taken;
        }
    }
    return m_seconds.last();
}

void ThroughputMeter::count(Event event, int n)
{
    RecipientJournal::Sample &s = current().sample;
    switch (event) {
    case Event::Delivered:
        s.delivered += n;
        break;
    case Event::Unreachable:
        s.unreachable += n;
        break;
    case Event::Failed:
        s.failed += n;
        break;
    case Event::Request:
        s.requests += n;
        m_requests += n;
        break;
    case Event::Throttled:
        s.throttled += n;
        m_throttled += n;
        break;
    }
}

double ThroughputMeter::messagesPerSecond(int windowSeconds) const
{
    const qint64 now = m_clock->nowMs();
    const qint64 from = now / 1000 - windowSeconds;
    qint64 total = 0;
    for (const Second &s : m_seconds) {
        if (s.monotonic > from)
            total += s.sample.delivered + s.sample.unreachable + s.sample.failed;
    }
    // The current second is partial: divide by the time actually covered.
    const double covered = (windowSeconds - 1) + double(now % 1000) / 1000.0;
    return covered > 0 ? double(total) / covered : 0.0;
}

double ThroughputMeter::requestsPerSecond(int windowSeconds) const
{
    const qint64 now = m_clock->nowMs();
    const qint64 from = now / 1000 - windowSeconds;
    qint64 total = 0;
    for (const Second &s : m_seconds) {
        if (s.monotonic > from)
            total += s.sample.requests;
    }
    const double covered = (windowSeconds - 1) + double(now % 1000) / 1000.0;
    return covered > 0 ? double(total) / covered : 0.0;
}

QList<RecipientJournal::Sample> ThroughputMeter::takeSamples(bool includeCurrent)
{
    QList<RecipientJournal::Sample> out;
    const qint64 nowSecond = m_clock->nowMs() / 1000;
    while (m_taken < m_seconds.size()) {
        const Second &s = m_seconds.at(m_taken);
        if (!includeCurrent && s.monotonic >= nowSecond)
            break;
        out.append(s.sample);
        ++m_taken;
    }
    return out;
}

} // namespace herald::delivery
