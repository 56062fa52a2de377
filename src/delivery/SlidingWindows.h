#pragma once

#include <QList>
#include <QtGlobal>

namespace herald::delivery {

// Sliding-window rate limits as Teams applies them (PROTOCOL.md "Rate limits"): a call fits when, for
// every window, fewer than `limit` calls were admitted in the last `lengthMs`. Shared by the sandbox
// (which enforces the limits, margin 0) and Herald's own pacing (which adds a margin so the server never
// sees more than the limit despite arrival jitter).
//
// A Shape (the limits) is shared by many Histories (one per thread, or the single global one): a
// History holds only the admitted calls' times, so 100,000 threads cost little.
class SlidingWindows final
{
public:
    struct Window
    {
        qint64 lengthMs = 0;
        int limit = 0;
    };

    struct Shape
    {
        QList<Window> exact; // exact timestamps are kept for the longest of these (e.g. 1 s, 2 s, 30 s)
        Window bucketed;     // optional long window counted in 1 s buckets (e.g. 3600 s); lengthMs 0 = none
        qint64 marginMs = 0; // added to every exact window's length
        qint64 bucketMarginMs = 0; // added to the bucketed window's length (a client adds one bucket: the
                                   // server's second boundaries are not its own)
    };

    struct Bucket
    {
        qint64 second = 0;
        int count = 0;
    };

    struct History
    {
        QList<qint64> recent;  // admitted calls within the longest exact window, ascending
        QList<Bucket> buckets; // admitted calls per second within the bucketed window, ascending
        int bucketTotal = 0;
        qint64 last = 0; // the last admitted call; 0 = none
    };

    // 0 when a call fits at `nowMs`; otherwise the ms until it would. Forgets calls that left every window.
    static qint64 waitMs(const Shape &shape, History &history, qint64 nowMs);
    // Counts a call at nowMs (whether or not it fitted).
    static void record(const Shape &shape, History &history, qint64 nowMs);
    // waitMs, and record when it is 0.
    static qint64 admit(const Shape &shape, History &history, qint64 nowMs);
    // Calls still counted in the longest exact window at nowMs.
    static int recentCount(const Shape &shape, History &history, qint64 nowMs);
    // True when nothing in the history can limit a call any more (it may be dropped).
    static bool isIdle(const Shape &shape, const History &history, qint64 nowMs);

    static qint64 longestExactMs(const Shape &shape);
};

} // namespace herald::delivery
