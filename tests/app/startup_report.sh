#!/bin/bash
# The hidden `herald --startup-report` that `herald-bench roster --startup` times: on a directory imported
# with herald-cli, the window must report the roster's first paint with exactly the people imported.
set -euo pipefail
herald=$1 cli=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/people.csv" <<'CSV'
id,name,email,teamId,conversationId
29:1startup-a,Ada Lovelace,ada@example.com,19:team-a@thread.tacv2,a:1conv-a
29:1startup-b,Émile Zola,emile@example.com,19:team-a@thread.tacv2,a:1conv-b
29:1startup-c,Grace Hopper,grace@example.com,,
CSV
"$cli" --data-dir "$dir/data" import "$dir/people.csv" >/dev/null
QT_QPA_PLATFORM=offscreen "$herald" --data-dir "$dir/data" --startup-report 2>&1 | grep "herald startup:"
