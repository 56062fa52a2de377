#pragma once

#include <QByteArray>

namespace herald::bench {

// A /proc/self/status field in MB: "VmHWM:" (peak resident memory) or "VmRSS:" (resident now); -1 when
// unreadable. On Windows the same two come from the working set (peak and current); on macOS only
// "VmHWM:" is known (getrusage's maximum resident size).
double readStatusMb(const QByteArray &key);
// User + system CPU seconds of this process so far: on a shared build box wall times are inflated by
// other work, CPU time is not. A child process (e.g. a sandbox) is not counted.
double cpuSeconds();

} // namespace herald::bench
