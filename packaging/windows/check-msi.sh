#!/usr/bin/env bash
# Proves herald.wxs is sound without Windows: builds an .msi with wixl (Debian's msitools) over the Linux
# build's executables (named as on Windows), then reads its File, Shortcut and Upgrade tables with msiinfo.
# The real installer is built on Windows by gather.ps1 (windeployqt + WiX), see packaging/README.md.
set -euo pipefail
build=$(readlink -f "$1")
out=$(readlink -m "${2:-$build/herald-check.msi}")
here=$(dirname "$(readlink -f "$0")")
stage=$(mktemp -d); trap 'rm -rf "$stage"' EXIT
for exe in herald herald-cli herald-sandbox; do cp "$build/app/$exe" "$stage/$exe.exe"; done
cp "$here/herald.ico" "$here/herald.wxs" "$stage/"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
rm -f "$out"
# wixl takes source paths relative to where it runs.
(cd "$stage" && wixl -a x64 -D Version="$version" -D BinDir=. -D IconFile=herald.ico -D WithRuntime=no \
     -o "$out" herald.wxs 2>&1 | grep -v -e "^$" -e "no property named 'InstallPrivileges'" || true)
[ -s "$out" ] || { echo "FAIL: wixl made no .msi"; exit 1; }
tables=$(msiinfo tables "$out")
for t in File Shortcut Component Upgrade; do grep -qx "$t" <<<"$tables" || { echo "FAIL: no $t table"; exit 1; }; done
files=$(msiinfo export "$out" File)
shortcuts=$(msiinfo export "$out" Shortcut)
echo "$files" | grep -E 'herald(-cli|-sandbox)?\.exe'
echo "$shortcuts" | grep -i herald
grep -q 'herald.exe' <<<"$files" || { echo "FAIL: herald.exe not in the File table"; exit 1; }
grep -q 'herald-cli.exe' <<<"$files" || { echo "FAIL: herald-cli.exe not in the File table"; exit 1; }
grep -q 'HeraldShortcut' <<<"$shortcuts" || { echo "FAIL: no Start-menu shortcut"; exit 1; }
grep -q '5F68C313-C5B6-490C-B184-48FEA33985AC' <<<"$(msiinfo export "$out" Upgrade)" || { echo "FAIL: upgrade code"; exit 1; }
msiinfo export "$out" Property | grep -E '^(ALLUSERS|MSIINSTALLPERUSER)' 
echo "msi check: passed ($out)"
