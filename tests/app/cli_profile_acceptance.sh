#!/usr/bin/env bash
# Issue 3's acceptance, as an operator would type it: a sandbox profile added with the secret from
# HERALD_CLIENT_SECRET (stored in the real keychain), tested without it, a wrong secret, an evil host.
# Runs inside ./dev.sh test's private D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
SANDBOX=$1 CLI=$2
SECRET="herald-acceptance-secret-$RANDOM$RANDOM"
work=$(mktemp -d); log=$work/sandbox.log
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
"$SANDBOX" --port 0 --app-id A --app-secret "$SECRET" --tenant-id T --members 20 --teams 2 >"$log" 2>/dev/null &
pid=$!
for _ in $(seq 1 100); do grep -q 'listening on' "$log" && break; sleep 0.1; done
P=$(head -n1 "$log" | sed -n 's|^herald-sandbox listening on http://127.0.0.1:\([0-9]*\)$|\1|p')
[ -n "$P" ] || { echo "sandbox did not start"; exit 1; }
D=$work/data
fail() { echo "FAIL: $*"; exit 1; }
unset HERALD_CLIENT_SECRET

HERALD_CLIENT_SECRET="$SECRET" "$CLI" --data-dir "$D" profile add sb --cloud sandbox --login-url "http://127.0.0.1:$P" \
    --service-url "http://127.0.0.1:$P/" --tenant-id T --app-id A || fail "profile add"
"$CLI" --data-dir "$D" profile test sb || fail "profile test with the secret from the keychain"
grep -rqF "$SECRET" "$D" && fail "the secret is in the data folder"

out=$(HERALD_CLIENT_SECRET=wrong "$CLI" --data-dir "$D" profile test sb 2>&1) && fail "a wrong secret passed"
grep -q "WrongSecret" <<<"$out" || fail "a wrong secret did not name the cause: $out"
grep -qi "secret" <<<"$out" || fail "no sentence about the secret: $out"

out=$(HERALD_CLIENT_SECRET="$SECRET" "$CLI" --data-dir "$D" profile add evil --cloud sandbox --login-url "http://127.0.0.1:$P" \
    --service-url https://evil.example.com/ --tenant-id T --app-id A 2>&1) && fail "evil service URL accepted"
grep -q "evil.example.com" <<<"$out" || fail "the refusal does not name the host: $out"
out=$(HERALD_CLIENT_SECRET="$SECRET" "$CLI" --data-dir "$D" profile add evil2 --cloud public \
    --service-url https://evil.example.com/ --tenant-id T --app-id A 2>&1) && fail "evil public service URL accepted"
"$CLI" --data-dir "$D" --json profile list | grep -q '"evil' && fail "a refused profile was saved"

"$CLI" --data-dir "$D" profile remove sb || fail "profile remove"
HERALD_CLIENT_SECRET= "$CLI" --data-dir "$D" profile test sb 2>/dev/null && fail "a removed profile still tests"
echo "cli profile acceptance: passed"
