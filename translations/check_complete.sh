#!/bin/bash
# Fails when a user-visible string of Herald has no finished German or French translation, or a plural
# string no English singular/plural forms: runs lupdate over the sources exactly as the
# update_translations target does (English: -pluralonly), but into copies of the .ts files, and counts
# the entries it leaves unfinished. Usage: check_complete.sh SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail
src=$1 lupdate=$2 lrelease=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$src" && find src ui app \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) -not -path 'src/sandbox/*' \
    | sed "s|^|$src/|" | sort) > "$work/sources.lst"
status=0
for lang in de fr en; do
    options=(-silent -no-obsolete -locations none)
    [ "$lang" = en ] && options+=(-pluralonly -target-language en)
    cp "$src/translations/herald_$lang.ts" "$work/herald_$lang.ts"
    "$lupdate" "${options[@]}" "@$work/sources.lst" -ts "$work/herald_$lang.ts" >/dev/null 2>&1
    total=$(grep -c "<message" "$work/herald_$lang.ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$work/herald_$lang.ts" || true)
    # A translation marked finished but left empty shows the English source: as bad as an unfinished one.
    empty=$(grep -c -E '<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>' \
        "$work/herald_$lang.ts" || true)
    "$lrelease" -silent "$work/herald_$lang.ts" -qm "$work/herald_$lang.qm"
    echo "herald_$lang.ts: $total entries, $unfinished unfinished, $empty empty"
    if [ "$empty" -ne 0 ]; then
        status=1
        echo "  finished but empty:"
        { grep -B1 -E '<translation></translation>|<translation/>' "$work/herald_$lang.ts" | grep '<source>' \
            | sed 's/^ */    /' | head -20; } || true
    fi
    if [ "$unfinished" -ne 0 ]; then
        status=1
        echo "  to translate (cmake --build build --target update_translations; English: the lupdate line in translations/CMakeLists.txt):"
        # (head closes the pipe early on long lists: not an error here)
        { grep -A1 '<source>' "$work/herald_$lang.ts" | grep -B1 'type="unfinished"' | grep "<source>" \
            | sed 's/^ */    /' | head -20; } || true
    fi
done
[ $status -eq 0 ] && echo "translations complete"
exit $status
