#pragma once

#include <QStringList>

namespace herald::bench {

// herald-bench delivery --recipients N --limits teams|off [--global-rps R] [--first-contact] [--embedded]
//                       [--max-in-flight N] [--sandbox child|thread] [--json]
// A sandbox (the herald-sandbox child process, or in-process on its own thread), a generated organisation
// with at least N reachable people, a campaign to N of them (1:1 chats cached unless --first-contact), and
// one JSON object: recipients, delivered, lost, duplicates, throttled_responses, requests, seconds,
// msgs_per_s, ceiling_per_s, ratio, rss_mb.
int runDeliveryBench(const QStringList &args);

} // namespace herald::bench
