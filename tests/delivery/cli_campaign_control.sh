#!/usr/bin/env bash
# herald-cli pause|cancel stop a campaign that another herald-cli process is sending (issue 6): the request
# goes through the database, the sender obeys within a second and exits (3 when paused, 1 when cancelled),
# every message Teams accepted is accounted for, and `resume` goes on after a pause. Also: `report` of a
# campaign that does not exist is an error (with and without --csv), and the report's lines are readable.
#   cli_campaign_control.sh HERALD_SANDBOX HERALD_CLI
set -euo pipefail
SANDBOX=$1
CLI=$2
WORK=$(mktemp -d)
SANDBOX_PID=
SENDER_PID=
cleanup() {
    [[ -n "$SENDER_PID" ]] && kill "$SENDER_PID" 2>/dev/null || true
    [[ -n "$SANDBOX_PID" ]] && kill "$SANDBOX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
say() { echo "cli campaign control: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

"$SANDBOX" --port 0 --seed 3 --teams 2 --members 400 --limits teams > "$WORK/sandbox.out" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/sandbox.out" && break; sleep 0.1; done
URL=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$WORK/sandbox.out")
[[ -n "$URL" ]] || fail "the sandbox did not start"

python3 - "$URL" "$WORK" <<'PY'
import json, sys, urllib.request
url, work = sys.argv[1], sys.argv[2]
people = json.load(urllib.request.urlopen(f"{url}/_sandbox/people?offset=0&limit=300"))["people"]
reachable = [p for p in people if p["hasApp"] and not p["blockedBot"]][:200]
open(f"{work}/users.txt", "w").write("".join(p["id"] + "\n" for p in reachable))
PY

export HERALD_CLIENT_SECRET=sandbox-secret
DATA="$WORK/data"
"$CLI" --data-dir "$DATA" profile add sandbox --cloud sandbox --tenant-id 7e4a9c1e-0000-4000-8000-0000000054d8 \
    --app-id a11d5a4d-0000-4000-8000-00000000b07a --service-url "$URL/" --login-url "$URL/" > /dev/null

# Starts a sender in the background (20 messages/s: about 10 s for 200) and waits until it has delivered some.
start_sender() {
    local log=$1
    shift
    "$CLI" --data-dir "$DATA" "$@" > /dev/null 2> "$log" &
    SENDER_PID=$!
    for _ in $(seq 200); do
        grep -q "Sending campaign" "$log" 2>/dev/null && break
        kill -0 "$SENDER_PID" 2>/dev/null || fail "the sender stopped early: $(cat "$log")"
        sleep 0.05
    done
    for _ in $(seq 100); do
        [[ $(delivered 1) -ge 10 ]] && return 0
        sleep 0.1
    done
    fail "the sender delivered nothing: $(cat "$log")"
}
status_of() { "$CLI" --data-dir "$DATA" --json report "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'; }
delivered() { "$CLI" --data-dir "$DATA" --json report "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["counts"]["delivered"])'; }
# Waits for the background sender to exit; prints its exit status.
sender_exit() {
    local rc=0
    wait "$SENDER_PID" || rc=$?
    SENDER_PID=
    echo "$rc"
}

# 1. Pause from another process, then resume.
start_sender "$WORK/send.log" send --profile sandbox --kind notification --title "Control" \
    --body "Hello {givenName}." --to-users "$WORK/users.txt" --global-rps 20
"$CLI" --data-dir "$DATA" pause 1 > "$WORK/pause.out" 2> "$WORK/pause.err" || fail "pause exited $?: $(cat "$WORK/pause.err")"
grep -q "asked it to pause" "$WORK/pause.err" || fail "pause did not go through the sender: $(cat "$WORK/pause.err")"
grep -q "is paused" "$WORK/pause.out" || fail "pause did not say so: $(cat "$WORK/pause.out")"
rc=$(sender_exit)
[[ "$rc" == 3 ]] || fail "the paused sender should exit 3, not $rc: $(tail -3 "$WORK/send.log")"
[[ $(status_of 1) == paused ]] || fail "campaign 1 should be paused"
say "paused from another process; the sender exited 3"

# 2. Cancel from another process while it is resumed.
start_sender "$WORK/resume.log" resume 1 --global-rps 20
"$CLI" --data-dir "$DATA" --json cancel 1 > "$WORK/cancel.json" 2> "$WORK/cancel.err" || fail "cancel exited $?: $(cat "$WORK/cancel.err")"
rc=$(sender_exit)
[[ "$rc" == 1 ]] || fail "the cancelled sender should exit 1, not $rc: $(tail -3 "$WORK/resume.log")"
"$CLI" --data-dir "$DATA" --json report 1 > "$WORK/report.json"
python3 - "$URL" "$WORK" <<'PY' || exit 1
import json, sys, urllib.request
url, work = sys.argv[1], sys.argv[2]
report = json.load(open(f"{work}/report.json"))
cancel = json.load(open(f"{work}/cancel.json"))
stats = json.load(urllib.request.urlopen(f"{url}/_sandbox/stats"))
c = report["counts"]
problems = []
if report["status"] != "cancelled" or cancel["campaign"]["status"] != "cancelled":
    problems.append(f"status {report['status']}")
if c["pending"] or c["sending"] or c["cancelled"] == 0:
    problems.append(f"counts {c}")
if c["delivered"] + c["cancelled"] != c["total"]:
    problems.append(f"not everyone accounted for: {c}")
if stats["activities"] != c["delivered"] or stats["duplicates"] != 0:
    problems.append(f"sandbox has {stats['activities']} activities, {stats['duplicates']} duplicates; campaign {c}")
for p in problems:
    print(f"cli campaign control: FAILED: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
say "cancelled from another process; the sender exited 1; sandbox and report agree"

# 3. The report: readable lines; a campaign that does not exist is an error, CSV or not.
"$CLI" --data-dir "$DATA" report 1 > "$WORK/report.txt"
grep -q "Not sent (cancelled): " "$WORK/report.txt" || fail "the report should name its states: $(cat "$WORK/report.txt")"
for args in "report 999" "report 999 --csv"; do
    rc=0
    # shellcheck disable=SC2086
    "$CLI" --data-dir "$DATA" $args > "$WORK/missing.out" 2> "$WORK/missing.err" || rc=$?
    [[ "$rc" != 0 ]] || fail "'$args' should fail"
    [[ ! -s "$WORK/missing.out" ]] || fail "'$args' printed: $(cat "$WORK/missing.out")"
    grep -q "There is no campaign 999" "$WORK/missing.err" || fail "'$args' said: $(cat "$WORK/missing.err")"
done
echo "cli campaign control: passed"
