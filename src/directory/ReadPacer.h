#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace herald {
class Clock;
}

namespace herald::directory {

// Keeps reads under Teams' limits (PROTOCOL.md "Rate limits"): per thread (team or conversation) 14 per
// 1 s, 16 per 2 s, 120 per 30 s, 3600 per hour, and a global per-app rate (default 50/s). delayMs() says how
// long to wait before the next call on a thread; record() counts a call that went out.
class ReadPacer final
{
public:
    explicit ReadPacer(const Clock *clock, double globalPerSecond = 50.0);

    qint64 delayMs(const QString &thread) const;
    void record(const QString &thread);

    struct Window
    {
        qint64 spanMs;
        int limit;
    };
    static const std::array<Window, 4> &threadWindows();

private:
    static qint64 waitFor(const QList<qint64> &sent, qint64 now, qint64 spanMs, int limit);

    const Clock *m_clock;
    int m_globalLimit;
    QList<qint64> m_global;                  // calls in the last second
    QHash<QString, QList<qint64>> m_threads; // calls in the last hour, ascending
};

} // namespace herald::directory
