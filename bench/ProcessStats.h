#pragma once

#include <QByteArray>

namespace herald::bench {

// A /proc/self/status field in MB (e.g. "VmHWM:" for peak resident memory); -1 when unreadable.
double readStatusMb(const QByteArray &key);
// User + system CPU seconds of this process so far: on a shared build box wall times are inflated by
// other work, CPU time is not. A child process (e.g. a sandbox) is not counted.
double cpuSeconds();

} // namespace herald::bench
