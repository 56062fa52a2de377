#include "ProcessStats.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// windows.h first: psapi.h needs its types.
#include <psapi.h>
#else
#include <QFile>
#include <QList>

#include <sys/resource.h>
#endif

namespace herald::bench {

#if defined(Q_OS_WIN)

double readStatusMb(const QByteArray &key)
{
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return -1;
    if (key == "VmHWM:")
        return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
    if (key == "VmRSS:")
        return double(counters.WorkingSetSize) / (1024.0 * 1024.0);
    return -1;
}

double cpuSeconds()
{
    FILETIME created{}, exited{}, kernel{}, user{};
    if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user))
        return -1;
    // FILETIME counts 100 ns ticks.
    auto seconds = [](const FILETIME &t) {
        return double((quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime) / 1e7;
    };
    return seconds(kernel) + seconds(user);
}

#else

double readStatusMb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(key))
                return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
        return -1;
    }
#if defined(Q_OS_MACOS)
    // No /proc: the peak from getrusage, which macOS gives in bytes (Linux: KB).
    rusage usage{};
    if (key == "VmHWM:" && getrusage(RUSAGE_SELF, &usage) == 0)
        return double(usage.ru_maxrss) / (1024.0 * 1024.0);
#endif
    return -1;
}

double cpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

#endif

} // namespace herald::bench
