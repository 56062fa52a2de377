#!/usr/bin/env bash
# The sandbox's acceptance check, as a user would run it: start herald-sandbox, then with curl
# fetch a token, create a 1:1 conversation, send to it, and read /_sandbox/stats.
set -euo pipefail
SANDBOX=$1
log=$(mktemp); trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
"$SANDBOX" --port 0 --app-id A --app-secret S --tenant-id T --members 50 --teams 3 >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q 'listening on' "$log" && break; sleep 0.1; done
first=$(head -n1 "$log")
[[ $first =~ ^herald-sandbox\ listening\ on\ (http://127\.0\.0\.1:[0-9]+)$ ]] || { echo "bad first line: $first"; exit 1; }
base=${BASH_REMATCH[1]}
fail() { echo "FAIL: $*"; exit 1; }

token_json=$(curl -sS -X POST "$base/T/oauth2/v2.0/token" \
  --data-urlencode grant_type=client_credentials --data-urlencode client_id=A \
  --data-urlencode client_secret=S --data-urlencode scope=https://api.botframework.com/.default)
[ "$(jq -r .token_type <<<"$token_json")" = Bearer ] || fail "token: $token_json"
[ "$(jq -r .expires_in <<<"$token_json")" = 3600 ] || fail "expires_in: $token_json"
[ "$(jq -r .ext_expires_in <<<"$token_json")" = 3600 ] || fail "ext_expires_in: $token_json"
token=$(jq -r .access_token <<<"$token_json")

bad=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$base/T/oauth2/v2.0/token" \
  --data-urlencode grant_type=client_credentials --data-urlencode client_id=A \
  --data-urlencode client_secret=wrong --data-urlencode scope=https://api.botframework.com/.default)
[ "$bad" = 401 ] || fail "a wrong secret answered $bad"

# A person who has the app, from the install events a bot backend would have stored.
member=$(curl -sS "$base/_sandbox/installs.jsonl" | jq -r 'select(.conversation.conversationType=="personal") | .membersAdded[0].id' | head -n1)
[[ $member == 29:* ]] || fail "no member in installs.jsonl: $member"

create=$(curl -sS -w '\n%{http_code}' -X POST "$base/v3/conversations" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  -d "{\"isGroup\":false,\"bot\":{\"id\":\"28:A\"},\"members\":[{\"id\":\"$member\"}],\"tenantId\":\"T\",\"channelData\":{\"tenant\":{\"id\":\"T\"}}}")
[ "$(tail -n1 <<<"$create")" = 201 ] || fail "create: $create"
conv=$(head -n1 <<<"$create" | jq -r .id)
[[ $conv == a:* ]] || fail "conversation id: $conv"

enc=$(jq -rn --arg v "$conv" '$v|@uri')
send=$(curl -sS -w '\n%{http_code}' -X POST "$base/v3/conversations/$enc/activities" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"type":"message","text":"Hello from the acceptance check"}')
code=$(tail -n1 <<<"$send")
[[ $code == 200 || $code == 201 ]] || fail "send: $send"
[ -n "$(head -n1 <<<"$send" | jq -r .id)" ] || fail "send id: $send"

unauth=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$base/v3/conversations/$enc/activities" \
  -H 'Content-Type: application/json' -d '{"type":"message","text":"x"}')
[ "$unauth" = 401 ] || fail "a send without a token answered $unauth"

stats=$(curl -sS "$base/_sandbox/stats")
[ "$(jq -r .activities <<<"$stats")" = 1 ] || fail "stats activities: $stats"
[ "$(jq -r .duplicates <<<"$stats")" = 0 ] || fail "stats duplicates: $stats"
[ "$(jq -r .conversations <<<"$stats")" -ge 1 ] || fail "stats conversations: $stats"

kill -TERM $pid; rc=0; wait $pid || rc=$?
[ $rc = 0 ] || fail "SIGTERM exit status $rc"
echo "sandbox acceptance: all answers as PROTOCOL.md says"
