#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace herald {

// Time comes in through constructors so tests can move it (cf. KeePassXC MockClock).
// nowMs() is a monotonic millisecond count; only differences between readings mean anything.
class Clock
{
public:
    virtual ~Clock();
    virtual qint64 nowMs() const = 0;
    // Wall-clock time in ms since the epoch (UTC), for timestamps that are stored or shown; the real
    // clock's by default.
    virtual qint64 epochMs() const;
};

// The real clock: monotonic, never jumps with the wall clock.
class SystemClock final : public Clock
{
public:
    SystemClock();
    qint64 nowMs() const override;

    // One shared instance for code that was given no clock.
    static SystemClock *instance();

private:
    QElapsedTimer m_timer;
};

// A clock the tests move by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'000'000);
    qint64 nowMs() const override;
    // Moves with advance() and set(); starts at 2026-01-01T00:00:00Z unless setEpochMs() says otherwise.
    qint64 epochMs() const override;
    void advance(qint64 ms);
    void set(qint64 ms);
    void setEpochMs(qint64 ms);

private:
    qint64 m_now;
    qint64 m_epochOffset;
};

} // namespace herald
