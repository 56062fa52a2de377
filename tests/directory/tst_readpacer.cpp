#include "common/Clock.h"
#include "directory/ReadPacer.h"

#include <QTest>

using herald::ManualClock;
using herald::directory::ReadPacer;

// ReadPacer: Teams' per-thread read windows and the global rate, on a clock the test moves.
class tst_ReadPacer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perThreadWindows();
    void globalRate();
};

void tst_ReadPacer::perThreadWindows()
{
    ManualClock clock;
    ReadPacer pacer(&clock);
    const QString team = QStringLiteral("19:t");
    for (int i = 0; i < 14; ++i) {
        QCOMPARE(pacer.delayMs(team), 0);
        pacer.record(team);
    }
    QCOMPARE(pacer.delayMs(team), 1001);                    // 14 per second
    QCOMPARE(pacer.delayMs(QStringLiteral("19:other")), 0); // other threads are not held up
    clock.advance(1001);
    QCOMPARE(pacer.delayMs(team), 0);
    pacer.record(team);
    pacer.record(team);
    QCOMPARE(pacer.delayMs(team), 1000); // 16 per 2 seconds
    // 120 per 30 seconds: spread 120 calls over 20 s, then the next must wait for the first to age out.
    ManualClock slow;
    ReadPacer thirty(&slow);
    for (int i = 0; i < 120; ++i) {
        QCOMPARE(thirty.delayMs(team), 0);
        thirty.record(team);
        slow.advance(170);
    }
    QVERIFY(thirty.delayMs(team) > 0);
    QVERIFY(thirty.delayMs(team) <= 30000 - 120 * 170 + 171);
}

void tst_ReadPacer::globalRate()
{
    ManualClock clock;
    ReadPacer pacer(&clock, 3);
    pacer.record(QStringLiteral("a"));
    pacer.record(QStringLiteral("b"));
    pacer.record(QStringLiteral("c"));
    QCOMPARE(pacer.delayMs(QStringLiteral("d")), 1001);
    clock.advance(1001);
    QCOMPARE(pacer.delayMs(QStringLiteral("d")), 0);
}

QTEST_GUILESS_MAIN(tst_ReadPacer)
#include "tst_readpacer.moc"
