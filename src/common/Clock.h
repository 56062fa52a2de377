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
    void advance(qint64 ms);
    void set(qint64 ms);

private:
    qint64 m_now;
};

} // namespace herald
