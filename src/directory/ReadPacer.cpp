#include "ReadPacer.h"

#include "common/Clock.h"

#include <QtMath>

namespace herald::directory {

ReadPacer::ReadPacer(const Clock *clock, double globalPerSecond)
    : m_clock(clock ? clock : SystemClock::instance())
    , m_globalLimit(qMax(1, qFloor(globalPerSecond)))
{
}

const std::array<ReadPacer::Window, 4> &ReadPacer::threadWindows()
{
    static const std::array<Window, 4> windows{{{1000, 14}, {2000, 16}, {30000, 120}, {3600000, 3600}}};
    return windows;
}

qint64 ReadPacer::waitFor(const QList<qint64> &sent, qint64 now, qint64 spanMs, int limit)
{
    // Calls inside (now - span, now]; if there are `limit` of them, wait until the oldest that counts leaves.
    qsizetype inside = 0;
    for (qsizetype i = sent.size() - 1; i >= 0 && sent.at(i) > now - spanMs; --i)
        ++inside;
    if (inside < limit)
        return 0;
    const qint64 oldest = sent.at(sent.size() - limit);
    return qMax<qint64>(0, oldest + spanMs - now + 1);
}

qint64 ReadPacer::delayMs(const QString &thread) const
{
    const qint64 now = m_clock->nowMs();
    qint64 wait = waitFor(m_global, now, 1000, m_globalLimit);
    const auto it = m_threads.constFind(thread);
    if (it != m_threads.constEnd()) {
        for (const Window &w : threadWindows())
            wait = qMax(wait, waitFor(*it, now, w.spanMs, w.limit));
    }
    return wait;
}

void ReadPacer::record(const QString &thread)
{
    const qint64 now = m_clock->nowMs();
    m_global.append(now);
    while (!m_global.isEmpty() && m_global.constFirst() <= now - 1000)
        m_global.removeFirst();
    QList<qint64> &sent = m_threads[thread];
    sent.append(now);
    while (!sent.isEmpty() && sent.constFirst() <= now - 3600000)
        sent.removeFirst();
}

} // namespace herald::directory
