#pragma once

#include "common/Clock.h"
#include "delivery/SlidingWindows.h"

#include <QHash>
#include <QString>

#include <array>

namespace herald::sandbox {

// Teams' bot rate limits (PROTOCOL.md): per bot and thread, sliding windows of 1 s, 2 s, 30 s and
// 3600 s, plus a global per-app rate over 1 s. Only admitted calls count. The window arithmetic is
// delivery::SlidingWindows, the same code Herald paces itself with (with a margin there, none here).
// Memory stays bounded: timestamps are kept for 30 s, the hour as per-second buckets, idle threads are
// dropped.
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
    // The same limits as sliding windows (no margin).
    static delivery::SlidingWindows::Shape shapeFor(Operation op);

private:
    void sweep(qint64 now);

    const Clock *m_clock;
    bool m_enabled;
    delivery::SlidingWindows::Shape m_globalShape;
    delivery::SlidingWindows::Shape m_sendShape;
    delivery::SlidingWindows::Shape m_readShape;
    delivery::SlidingWindows::History m_global;
    QHash<QString, delivery::SlidingWindows::History> m_send;
    QHash<QString, delivery::SlidingWindows::History> m_read;
    qint64 m_lastSweep = 0;
};

} // namespace herald::sandbox
