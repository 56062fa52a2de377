#!/usr/bin/env bash
# Proves the AppDir carries its own Qt: in a private mount namespace the system's Qt libraries, plugins
# and translations are hidden (mounted over with nothing), then AppRun --self-test must still show the
# window, in German with Qt's German strings read from the AppDir.
set -euo pipefail
appdir=$(readlink -f "$1")
[ -x "$appdir/AppRun" ] || { echo "no AppRun in $appdir"; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "the AppDir check needs root (for a private mount namespace)"; exit 1; }
data=$(mktemp -d)
unshare -m bash -s "$appdir" "$data" <<'INNER'
set -euo pipefail
appdir=$1 data=$2
libdir=/usr/lib/x86_64-linux-gnu
hidden=0
for lib in "$libdir"/libQt6*.so.6.* "$libdir"/libqt6keychain.so.*.*; do
    [ -f "$lib" ] || continue
    mount --bind /dev/null "$lib"
    hidden=$((hidden + 1))
done
mount -t tmpfs none "$libdir/qt6"
mount -t tmpfs none /usr/share/qt6/translations
echo "hid $hidden system Qt libraries, $libdir/qt6 and /usr/share/qt6/translations"
# In German, so Qt's own catalogue is looked up; strace shows where from.
out=$(env -i PATH=/usr/bin:/bin HOME="$data" XDG_RUNTIME_DIR="$data" LD_LIBRARY_PATH= QT_PLUGIN_PATH="$appdir/usr/plugins" \
      LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen strace -f -qq -e trace=openat -o "$data/openat.txt" \
      "$appdir/AppRun" --self-test --data-dir "$data/herald" 2>&1) || { echo "$out"; exit 1; }
echo "$out" | grep 'self-test'
grep -q 'main window shown' <<<"$out"
# Qt's German strings came from the AppDir (qt.conf's Translations), the system's being hidden.
grep -F "\"$appdir/usr/translations/qtbase_de.qm\"" "$data/openat.txt" | grep -E '= [0-9]+$' | sed 's/^[0-9]* *//' \
    || { echo "FAIL: Qt's German translations were not loaded from the AppDir"; exit 1; }
# Every Qt library the process maps must come from the AppDir.
env -i LD_LIBRARY_PATH="$appdir/usr/lib" ldd "$appdir/usr/bin/herald" | grep -i 'qt6' | grep -v "$appdir" && { echo "FAIL: a Qt library resolves outside the AppDir"; exit 1; }
exit 0
INNER
rm -rf "$data"
echo "appdir check: passed"
