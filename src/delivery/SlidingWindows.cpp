#include "SlidingWindows.h"

#include <algorithm>

namespace herald::delivery {

namespace {

constexpr qint64 kBucketMs = 1000;

void prune(const SlidingWindows::Shape &shape, SlidingWindows::History &h, qint64 now)
{
    const qint64 cutoff = now - SlidingWindows::longestExactMs(shape);
    const auto end = std::upper_bound(h.recent.begin(), h.recent.end(), cutoff);
    if (end != h.recent.begin())
        h.recent.erase(h.recent.begin(), end);
    if (shape.bucketed.lengthMs > 0) {
        // A bucket leaves the window once its second's start is a whole window (plus margin) ago.
        while (!h.buckets.isEmpty() &&
               h.buckets.constFirst().second * kBucketMs + shape.bucketed.lengthMs + shape.bucketMarginMs <=
                   now) {
            h.bucketTotal -= h.buckets.constFirst().count;
            h.buckets.removeFirst();
        }
    }
}

} // namespace

qint64 SlidingWindows::longestExactMs(const Shape &shape)
{
    qint64 longest = 0;
    for (const Window &w : shape.exact)
        longest = std::max(longest, w.lengthMs);
    return longest + shape.marginMs;
}

qint64 SlidingWindows::waitMs(const Shape &shape, History &h, qint64 now)
{
    prune(shape, h, now);
    qint64 wait = 0;
    for (const Window &w : shape.exact) {
        const qint64 length = w.lengthMs + shape.marginMs;
        const auto first = std::upper_bound(h.recent.cbegin(), h.recent.cend(), now - length);
        const qsizetype inWindow = h.recent.cend() - first;
        if (w.limit > 0 && inWindow >= w.limit) {
            const qint64 oldestToLeave = *(first + (inWindow - w.limit));
            wait = std::max(wait, oldestToLeave + length - now);
        }
    }
    if (shape.bucketed.lengthMs > 0 && shape.bucketed.limit > 0 && h.bucketTotal >= shape.bucketed.limit) {
        int excess = h.bucketTotal - shape.bucketed.limit + 1;
        for (const Bucket &b : std::as_const(h.buckets)) {
            excess -= b.count;
            if (excess <= 0) {
                wait = std::max(wait,
                                b.second * kBucketMs + shape.bucketed.lengthMs + shape.bucketMarginMs - now);
                break;
            }
        }
    }
    return wait;
}

void SlidingWindows::record(const Shape &shape, History &h, qint64 now)
{
    if (!shape.exact.isEmpty()) {
        // Keep the list ascending even if a caller's clock reading is older than the last one.
        if (h.recent.isEmpty() || h.recent.constLast() <= now)
            h.recent.append(now);
        else
            h.recent.insert(std::upper_bound(h.recent.begin(), h.recent.end(), now), now);
    }
    if (shape.bucketed.lengthMs > 0) {
        const qint64 second = now / kBucketMs;
        if (!h.buckets.isEmpty() && h.buckets.constLast().second >= second)
            ++h.buckets.last().count; // same second (or an older reading: counted in the newest bucket)
        else
            h.buckets.append(Bucket{second, 1});
        ++h.bucketTotal;
    }
    h.last = std::max(h.last, now);
}

qint64 SlidingWindows::admit(const Shape &shape, History &h, qint64 now)
{
    const qint64 wait = waitMs(shape, h, now);
    if (wait == 0)
        record(shape, h, now);
    return wait;
}

int SlidingWindows::recentCount(const Shape &shape, History &h, qint64 now)
{
    prune(shape, h, now);
    return static_cast<int>(h.recent.size());
}

bool SlidingWindows::isIdle(const Shape &shape, const History &h, qint64 now)
{
    if (h.last == 0)
        return true;
    qint64 span = longestExactMs(shape);
    if (shape.bucketed.lengthMs > 0)
        span = std::max(span, shape.bucketed.lengthMs + shape.bucketMarginMs + kBucketMs);
    return h.last + span <= now;
}

} // namespace herald::delivery
