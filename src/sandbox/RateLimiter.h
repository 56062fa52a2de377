#pragma once

#include "common/Clock.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace herald::sandbox {

// Teams' bot rate limits (PROTOCOL.md): per bot and thread, sliding windows of 1 s, 2 s, 30 s and
// 3600 s, plus a global per-app rate over 1 s. Only admitted calls count. Memory stays bounded:
// timestamps are kept for 30 s, the hour is kept as per-second buckets, idle threads are dropped.
class RateLimiter final
{
public:
    enum class Operation { Send, Read };

    RateLimiter(const Clock *clock, bool enabled, double globalRps);

    // 0 when admitted (and counted); otherwise how many ms until the call would be admitted.
    qint64 admitGlobal();
    qint64 admitThread(Operation op, const QString &thread);

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    int trackedThreads() const { return static_cast<int>(m_send.size() + m_read.size()); }
    void clear();

    struct Limits
    {
        std::array<int, 3> shortLimits; // per 1 s, 2 s, 30 s
        int hourLimit;
    };
    static Limits limitsFor(Operation op);

private:
    struct Bucket
    {
        qint64 second;
        int count;
    };
    struct ThreadWindow
    {
        QList<qint64> recent; // admitted calls in the last 30 s, ascending
        QList<Bucket> hour;   // admitted calls per second over the last hour, ascending
        int hourTotal = 0;
        qint64 last = 0;
    };

    qint64 check(ThreadWindow &window, const Limits &limits, qint64 now) const;
    void sweep(qint64 now);

    const Clock *m_clock;
    bool m_enabled;
    int m_globalLimit;
    QList<qint64> m_global; // admitted connector calls in the last second, ascending
    QHash<QString, ThreadWindow> m_send;
    QHash<QString, ThreadWindow> m_read;
    qint64 m_lastSweep = 0;
};

} // namespace herald::sandbox
