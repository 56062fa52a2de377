#!/usr/bin/env bash
# herald and herald-cli speak the system's language (German and French are embedded in the core), and
# herald-cli --json answers bad usage with one JSON object on stdout, as every --json answer is.
set -euo pipefail
HERALD=$1 CLI=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# A person's session in German or French: LANGUAGE and LANG, no LC_ALL or LC_MESSAGES overriding them.
in_lang() { local lang=$1; shift; env -u LC_ALL -u LC_MESSAGES LANG="${lang}_$(tr a-z A-Z <<<"$lang").UTF-8" LANGUAGE="$lang" "$@"; }

# herald --help and a data folder it cannot create, in German: both come before any settings are read.
out=$(in_lang de "$HERALD" --help -platform offscreen 2>&1) || fail "herald --help: $out"
grep -qF "Einstellungen und Daten in DIR speichern." <<<"$out" ||
    fail "herald --help is not in German: $out"
touch "$work/file"
out=$(in_lang de "$HERALD" --self-test --data-dir "$work/file/data" -platform offscreen 2>&1) && fail "an impossible data folder was accepted"
grep -qF "Herald konnte seinen Datenordner" <<<"$out" || fail "herald's data-folder error is not in German: $out"

# herald-cli, in German and in French.
out=$(in_lang de "$CLI" --data-dir "$work/data" profile remove Nobody 2>&1) && fail "removing a missing profile passed"
grep -qF "Es gibt kein Profil namens „Nobody“." <<<"$out" || fail "herald-cli is not in German: $out"
out=$(in_lang de "$CLI" --help) || fail "herald-cli --help: $out"
grep -qF "Der geheime Clientschlüssel kommt aus --secret-stdin" <<<"$out" || fail "herald-cli --help is not in German: $out"
out=$(in_lang fr "$CLI" --data-dir "$work/data" profile remove Nobody 2>&1) && fail "removing a missing profile passed"
nbsp=$'\u00a0'
grep -qF "Aucun profil ne s'appelle «${nbsp}Nobody${nbsp}»." <<<"$out" || fail "herald-cli is not in French: $out"
# English where no catalogue fits.
out=$(env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C "$CLI" --data-dir "$work/data" profile remove Nobody 2>&1) &&
    fail "removing a missing profile passed"
grep -qF 'There is no profile named "Nobody".' <<<"$out" || fail "herald-cli is not in English: $out"

# Bad usage with --json: exit 2, one JSON object on stdout naming the problem, the usage on stderr.
for args in "" "frobnicate" "profile" "profile add" "render --recipient x"; do
    set +e
    # shellcheck disable=SC2086
    stdout=$("$CLI" --data-dir "$work/data" --json $args 2>"$work/stderr")
    rc=$?
    set -e
    [ "$rc" -eq 2 ] || fail "herald-cli --json $args exited $rc, not 2"
    [ "$(wc -l <<<"$stdout")" -eq 1 ] || fail "herald-cli --json $args printed more than one line: $stdout"
    jq -e '.ok == false and .error.code == "usage" and (.error.message | length > 0)' <<<"$stdout" >/dev/null ||
        fail "herald-cli --json $args did not answer with a JSON error: $stdout"
    grep -q "usage" "$work/stderr" || fail "herald-cli --json $args said nothing on stderr"
done
echo "cli translations: passed"
