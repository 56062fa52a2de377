#!/usr/bin/env bash
# Installs the .deb on this machine (as root), runs the installed `herald --self-test` offscreen and
# `herald-cli --version`, checks the desktop integration files, then removes the package again.
set -euo pipefail
deb=$(readlink -f "$1")
[ -f "$deb" ] || { echo "no .deb at $1"; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "the install check needs root"; exit 1; }
if dpkg-query -W -f='${Status}' herald 2>/dev/null | grep -q 'install ok installed'; then
    echo "herald is already installed here; the check would replace it. Remove it first (apt-get remove herald)."
    exit 1
fi
cleanup() { DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq herald >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "== dependencies: $(dpkg-deb -f "$deb" Depends)"
echo "== recommends:   $(dpkg-deb -f "$deb" Recommends)"
# Each dependency by name: the libraries come from dpkg-shlibdeps (a .deb built without it lists only the
# plugins named in packaging/CMakeLists.txt), the SQLite driver is a plugin no tool can see.
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//')
for pkg in libc6 libqt6keychain1 libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins; do
    grep -qx "$pkg" <<<"$depends" || { echo "FAIL: $pkg is not among the dependencies (was dpkg-shlibdeps run?)"; exit 1; }
done
recommends=$(dpkg-deb -f "$deb" Recommends)
grep -qE '(^|[ ,|])(gnome-keyring|kwalletmanager|keepassxc)([ ,|]|$)' <<<"$recommends" \
    || { echo "FAIL: no Secret Service provider recommended"; exit 1; }
grep -qE '(^|[ ,])qt6-translations-l10n([ ,]|$)' <<<"$recommends" || { echo "FAIL: Qt's translations not recommended"; exit 1; }

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
[ -x /usr/bin/herald ] || { echo "FAIL: /usr/bin/herald missing"; exit 1; }
for f in /usr/share/applications/org.heraldapp.Herald.desktop /usr/share/metainfo/org.heraldapp.Herald.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.heraldapp.Herald.svg /usr/share/icons/hicolor/256x256/apps/org.heraldapp.Herald.png; do
    [ -f "$f" ] || { echo "FAIL: $f missing"; exit 1; }
done
data=$(mktemp -d)
QT_QPA_PLATFORM=offscreen /usr/bin/herald --self-test --data-dir "$data" 2>&1 | tee "$data/out.txt"
grep -q 'main window shown' "$data/out.txt" || { echo "FAIL: the installed herald did not show its window"; exit 1; }
/usr/bin/herald-cli --version
rm -rf "$data"
cleanup
trap - EXIT
dpkg-query -W herald >/dev/null 2>&1 && { echo "FAIL: herald still installed"; exit 1; }
echo "deb install check: passed"
