#!/bin/bash
# Fails when a user-visible string of Herald has no finished German or French translation: runs lupdate
# over the sources exactly as the update_translations target does, but into copies of the .ts files, and
# asks lrelease how many entries are unfinished. Usage: check_complete.sh SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail
src=$1 lupdate=$2 lrelease=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$src" && find src ui app \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) -not -path 'src/sandbox/*' \
    | sed "s|^|$src/|" | sort) > "$work/sources.lst"
status=0
for lang in de fr; do
    cp "$src/translations/herald_$lang.ts" "$work/herald_$lang.ts"
    "$lupdate" -silent -no-obsolete -locations none "@$work/sources.lst" -ts "$work/herald_$lang.ts" >/dev/null
    summary=$("$lrelease" "$work/herald_$lang.ts" -qm "$work/herald_$lang.qm" | grep -o "([0-9]* finished and [0-9]* unfinished)")
    echo "herald_$lang.ts: $summary"
    if ! grep -q " 0 unfinished" <<<"$summary"; then
        status=1
        echo "  untranslated in herald_$lang.ts (run: cmake --build build --target update_translations, then translate):"
        grep -B2 'type="unfinished"' "$work/herald_$lang.ts" | grep "<source>" | head -20 | sed 's/^ */    /'
    fi
done
[ $status -eq 0 ] && echo "translations complete"
exit $status
