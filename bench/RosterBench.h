#pragma once

#include <QStringList>

namespace herald::bench {

// The directory at scale: generates the sandbox's organisation (--members N), imports it into a fresh
// database, times 100 varied searches, scrolls a RosterModel over everyone and reads peak RSS.
// Prints one JSON object {members, import_s, search_p50_ms, search_p95_ms, rss_mb, …}.
int runRosterBench(const QStringList &args);

} // namespace herald::bench
