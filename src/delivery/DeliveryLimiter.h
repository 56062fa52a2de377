#pragma once

#include "delivery/PacingOptions.h"
#include "delivery/SlidingWindows.h"

#include <QHash>
#include <QString>

namespace herald {
class Clock;
}

namespace herald::delivery {

// Herald's own pacing, on an injected Clock: the global per-app rate and Teams' per-thread windows
// (1 s, 2 s, 30 s, 3600 s: 7/8/60/1800 for send and create), each lengthened by a small margin, so the
// service's sliding windows never see more than the limit. When a 429 comes anyway it slows down
// (AIMD: multiplicative decrease, additive recovery), holds the thread for its Retry-After, and holds
// everything when several 429s arrive together (the app-wide limit). Not thread-safe: one per engine.
class DeliveryLimiter final
{
public:
    DeliveryLimiter(const Clock *clock, const PacingOptions &options);

    // 0 when a request on `thread` may leave now; otherwise the ms to wait. Counts nothing.
    qint64 waitMs(const QString &thread);
    // The wait for the global window and holds alone (no thread).
    qint64 globalWaitMs();
    // Counts a request on `thread` as leaving now.
    void record(const QString &thread);
    // waitMs(thread), and record() when it is 0.
    qint64 acquire(const QString &thread);

    // A 429 came back for a request on `thread`; retryAfterMs < 0 when it named no Retry-After.
    void onThrottled(const QString &thread, qint64 retryAfterMs);

    // The share of the configured rate in use (1.0 = full), after recovery up to now.
    double rateFactor();
    double currentRps();
    // The margin in use (grows on 429s, shrinks back when quiet).
    qint64 marginMs() const;
    bool enabled() const { return m_options.enabled; }
    const PacingOptions &options() const { return m_options; }
    int trackedThreads() const { return static_cast<int>(m_threads.size()); }

    // The per-thread windows Herald paces with (Teams' send/create limits plus the margin).
    static SlidingWindows::Shape threadShape(qint64 marginMs);

private:
    void recover(qint64 now);
    void applyFactor();
    void sweep(qint64 now);
    double spacingMs() const;

    struct Thread
    {
        SlidingWindows::History history;
        qint64 holdUntil = 0;
    };

    const Clock *m_clock;
    PacingOptions m_options;
    SlidingWindows::Shape m_globalShape;
    SlidingWindows::Shape m_threadShape;
    SlidingWindows::History m_global;
    QHash<QString, Thread> m_threads;
    qint64 m_baseWindowMs = 1000; // the global window at full rate, without margin
    double m_factor = 1.0;
    qint64 m_lastRecover = 0;
    qint64 m_lastDecrease = 0;
    qint64 m_globalHoldUntil = 0;
    QList<qint64> m_recentThrottles; // times of 429s in the last second
    qint64 m_lastSweep = 0;
    double m_nextSlot = 0; // clock time of the next evenly spaced global slot
};

} // namespace herald::delivery
