// Herald's own pacing on a ManualClock: the sliding windows, the margin, AIMD and Retry-After holds.
#include "common/Clock.h"
#include "delivery/DeliveryLimiter.h"
#include "delivery/SlidingWindows.h"

#include <QTest>

using namespace herald;
using namespace herald::delivery;

class TestDeliveryLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows_data();
    void windows();
    void marginKeepsServerUnderLimit_data();
    void marginKeepsServerUnderLimit();
    void threadWindows();
    void thirtySecondThreadWindow();
    void hourWindowUsesBuckets();
    void throttleHoldsThreadAndSlowsDown();
    void throttleWidensTheMargin();
    void severalThrottlesHoldEverything();
    void disabledNeverWaits();
    void fractionalRate();
};

// Calls admitted back to back at one instant, and the wait then reported.
void TestDeliveryLimiter::windows_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("lengthMs");
    QTest::addColumn<qint64>("marginMs");
    QTest::addColumn<qint64>("expectedWait");

    QTest::newRow("1 s, 7, no margin") << 7 << qint64(1000) << qint64(0) << qint64(1000);
    QTest::newRow("1 s, 7, margin 12") << 7 << qint64(1000) << qint64(12) << qint64(1012);
    QTest::newRow("30 s, 60, margin 5") << 60 << qint64(30000) << qint64(5) << qint64(30005);
    QTest::newRow("1 s, 50") << 50 << qint64(1000) << qint64(0) << qint64(1000);
}

void TestDeliveryLimiter::windows()
{
    QFETCH(int, limit);
    QFETCH(qint64, lengthMs);
    QFETCH(qint64, marginMs);
    QFETCH(qint64, expectedWait);
    SlidingWindows::Shape shape;
    shape.exact = {SlidingWindows::Window{lengthMs, limit}};
    shape.marginMs = marginMs;
    SlidingWindows::History h;
    const qint64 t0 = 10'000;
    for (int i = 0; i < limit; ++i)
        QCOMPARE(SlidingWindows::admit(shape, h, t0), qint64(0));
    QCOMPARE(SlidingWindows::waitMs(shape, h, t0), expectedWait);
    QCOMPARE(SlidingWindows::waitMs(shape, h, t0 + expectedWait - 1), qint64(1));
    QCOMPARE(SlidingWindows::waitMs(shape, h, t0 + expectedWait), qint64(0));
}

// Run the client limiter flat out over simulated time while requests arrive at a server with up to
// `jitterMs` of extra delay; the server's exact window (no margin) must never hold more than the limit.
void TestDeliveryLimiter::marginKeepsServerUnderLimit_data()
{
    QTest::addColumn<qint64>("marginMs");
    QTest::addColumn<qint64>("jitterMs");
    QTest::addColumn<bool>("expectOver");
    QTest::newRow("margin 12, jitter 10") << qint64(12) << qint64(10) << false;
    QTest::newRow("margin 0, jitter 10") << qint64(0) << qint64(10) << true;
}

void TestDeliveryLimiter::marginKeepsServerUnderLimit()
{
    QFETCH(qint64, marginMs);
    QFETCH(qint64, jitterMs);
    QFETCH(bool, expectOver);
    ManualClock clock(1'000'000);
    PacingOptions options;
    options.globalRps = 50;
    options.marginMs = marginMs;
    DeliveryLimiter limiter(&clock, options);

    SlidingWindows::Shape server;
    server.exact = {SlidingWindows::Window{1000, 50}};
    SlidingWindows::History arrivals;
    int rejected = 0;
    int sent = 0;
    const qint64 start = clock.nowMs();
    // Alternate the delay: even requests arrive late, odd ones early — the worst case for a window.
    while (clock.nowMs() - start < 10'000) {
        const qint64 wait = limiter.acquire(QStringLiteral("a:%1").arg(sent));
        if (wait > 0) {
            clock.advance(wait);
            continue;
        }
        const qint64 arrival = clock.nowMs() + ((sent / 50) % 2 == 0 ? jitterMs : 0);
        if (SlidingWindows::waitMs(server, arrivals, arrival) > 0)
            ++rejected;
        else
            SlidingWindows::record(server, arrivals, arrival);
        ++sent;
    }
    QCOMPARE(rejected > 0, expectOver);
    // And the margin costs little: at least 98% of 50/s over 10 s (the first window's burst included).
    QVERIFY2(sent >= 490, qPrintable(QString::number(sent)));
}

void TestDeliveryLimiter::threadWindows()
{
    ManualClock clock;
    PacingOptions options;
    options.globalRps = 1e6; // the global rate out of the way
    options.marginMs = 10;
    DeliveryLimiter limiter(&clock, options);
    const QString t = QStringLiteral("a:1");
    for (int i = 0; i < 7; ++i)
        QCOMPARE(limiter.acquire(t), qint64(0));
    QCOMPARE(limiter.waitMs(t), qint64(1010));                  // 7 per 1 s (+ margin)
    QCOMPARE(limiter.waitMs(QStringLiteral("a:2")), qint64(0)); // threads are separate
    clock.advance(1010);
    QCOMPARE(limiter.acquire(t), qint64(0));          // the 8th, within 2 s
    QCOMPARE(limiter.waitMs(t), qint64(2010 - 1010)); // 8 per 2 s: the first seven leave at +2010
}

// Teams allows 60 sends per thread in 30 s: as fast as the 1 s and 2 s windows let them go, the 61st waits
// until the first has left the 30 s window (plus the margin), and not a millisecond less.
void TestDeliveryLimiter::thirtySecondThreadWindow()
{
    ManualClock clock;
    PacingOptions options;
    options.globalRps = 1e6; // the global rate out of the way
    options.marginMs = 10;
    DeliveryLimiter limiter(&clock, options);
    const QString t = QStringLiteral("a:1");
    const qint64 first = clock.nowMs();
    int admitted = 0;
    while (admitted < 60) {
        const qint64 wait = limiter.acquire(t);
        if (wait > 0)
            clock.advance(wait);
        else
            ++admitted;
    }
    QVERIFY2(clock.nowMs() - first < 20'000, qPrintable(QString::number(clock.nowMs() - first))); // 8 per 2 s
    const qint64 freeAt = first + 30'000 + options.marginMs;
    QCOMPARE(clock.nowMs() + limiter.waitMs(t), freeAt);
    QCOMPARE(limiter.waitMs(QStringLiteral("a:2")), qint64(0)); // other threads are not held
    clock.set(freeAt - 1);
    QCOMPARE(limiter.waitMs(t), qint64(1));
    clock.set(freeAt);
    QCOMPARE(limiter.acquire(t), qint64(0));
}

void TestDeliveryLimiter::hourWindowUsesBuckets()
{
    SlidingWindows::Shape shape = DeliveryLimiter::threadShape(10);
    SlidingWindows::History h;
    qint64 now = 7'200'500;
    int admitted = 0;
    // 1800 calls in the hour, as fast as the short windows allow.
    while (admitted < 1800) {
        const qint64 wait = SlidingWindows::admit(shape, h, now);
        if (wait == 0)
            ++admitted;
        else
            now += wait;
    }
    const qint64 firstSecondStart = 7'200'000;
    const qint64 wait = SlidingWindows::waitMs(shape, h, now);
    QVERIFY(wait > 0);
    // The first bucket leaves a full hour after its second began, plus margin and one bucket.
    QCOMPARE(now + wait, firstSecondStart + 3'600'000 + 10 + 1000);
}

void TestDeliveryLimiter::throttleHoldsThreadAndSlowsDown()
{
    ManualClock clock;
    PacingOptions options;
    options.globalRps = 50;
    options.marginMs = 0;
    options.decrease = 0.5;
    options.recoverPerSecond = 0.1;
    options.marginStepMs = 0;
    DeliveryLimiter limiter(&clock, options);
    const QString t = QStringLiteral("a:1");
    QCOMPARE(limiter.rateFactor(), 1.0);
    limiter.onThrottled(t, 2000);
    QCOMPARE(limiter.waitMs(t), qint64(2000)); // Retry-After for that thread
    QCOMPARE(limiter.waitMs(QStringLiteral("a:2")), qint64(0));
    QCOMPARE(limiter.rateFactor(), 0.5);
    limiter.onThrottled(t, 1000); // within the same second: no second decrease
    QCOMPARE(limiter.rateFactor(), 0.5);
    // At half rate the calls are spaced 40 ms apart (20 ms at full rate).
    QCOMPARE(limiter.acquire(QStringLiteral("b")), qint64(0));
    QCOMPARE(limiter.acquire(QStringLiteral("c")), qint64(0)); // after a pause one more may go at once
    QCOMPARE(limiter.globalWaitMs(), qint64(40));
    clock.advance(5000); // recovers 0.1 per quiet second
    QVERIFY(qAbs(limiter.rateFactor() - 1.0) < 1e-9);
}

void TestDeliveryLimiter::throttleWidensTheMargin()
{
    ManualClock clock;
    PacingOptions options;
    options.marginMs = 10;
    options.marginStepMs = 4;
    options.maxMarginMs = 16;
    DeliveryLimiter limiter(&clock, options);
    QCOMPARE(limiter.marginMs(), qint64(10));
    limiter.onThrottled(QStringLiteral("a"), 0);
    QCOMPARE(limiter.marginMs(), qint64(14));
    clock.advance(500);
    limiter.onThrottled(QStringLiteral("b"), 0); // within the second: counted once
    QCOMPARE(limiter.marginMs(), qint64(14));
    clock.advance(1000);
    limiter.onThrottled(QStringLiteral("c"), 0);
    QCOMPARE(limiter.marginMs(), qint64(16)); // capped
    clock.advance(4000);
    QCOMPARE(limiter.rateFactor() > 0.0, true);
    QCOMPARE(limiter.marginMs(), qint64(16)); // not quiet for 5 s yet
    clock.advance(1000);
    limiter.rateFactor();
    QCOMPARE(limiter.marginMs(), qint64(15));
    clock.advance(60'000);
    limiter.rateFactor();
    QCOMPARE(limiter.marginMs(), qint64(10)); // back to the configured margin, never below
}

void TestDeliveryLimiter::severalThrottlesHoldEverything()
{
    ManualClock clock;
    PacingOptions options;
    options.globalHoldAfter = 3;
    DeliveryLimiter limiter(&clock, options);
    limiter.onThrottled(QStringLiteral("a:1"), 1000);
    limiter.onThrottled(QStringLiteral("a:2"), 1000);
    QCOMPARE(limiter.globalWaitMs(), qint64(0));
    limiter.onThrottled(QStringLiteral("a:3"), 1000);
    QCOMPARE(limiter.globalWaitMs(), qint64(1000));
    QCOMPARE(limiter.waitMs(QStringLiteral("a:9")), qint64(1000));
}

void TestDeliveryLimiter::disabledNeverWaits()
{
    ManualClock clock;
    PacingOptions options;
    options.enabled = false;
    DeliveryLimiter limiter(&clock, options);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(limiter.acquire(QStringLiteral("same")), qint64(0));
}

void TestDeliveryLimiter::fractionalRate()
{
    ManualClock clock;
    PacingOptions options;
    options.globalRps = 0.5;
    options.marginMs = 0;
    DeliveryLimiter limiter(&clock, options);
    QCOMPARE(limiter.acquire(QStringLiteral("a")), qint64(0));
    QCOMPARE(limiter.acquire(QStringLiteral("b")), qint64(2000));
}

QTEST_GUILESS_MAIN(TestDeliveryLimiter)
#include "tst_deliverylimiter.moc"
