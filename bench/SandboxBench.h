#pragma once

#include <QStringList>

namespace herald::bench {

// Measures how many connector sends per second the in-process sandbox serves over loopback
// (limits off), so we know it never bounds the delivery benchmarks. Prints one JSON object.
int runSandboxBench(const QStringList &args);

} // namespace herald::bench
