#!/usr/bin/env bash
# Proves herald.wxs is sound without Windows: builds an .msi with wixl (Debian's msitools) over the Linux
# build's executables (named as on Windows), then reads its File, Shortcut and Upgrade tables with msiinfo.
# A second .msi also carries a stand-in for windeployqt's folder, harvested by wixl-heat and passed through
# runtime-hkcu.xslt as gather.ps1 does with WiX's heat; in it every component must be keyed by an HKCU
# registry value (ICE38) and every folder made in the profile removed on uninstall (ICE64).
# The real installer is built on Windows by gather.ps1 (windeployqt + WiX), see packaging/README.md.
set -euo pipefail
build=$(readlink -f "$1")
out=$(readlink -m "${2:-$build/herald-check.msi}")
here=$(dirname "$(readlink -f "$0")")
stage=$(mktemp -d); trap 'rm -rf "$stage"' EXIT
for exe in herald herald-cli herald-sandbox; do cp "$build/app/$exe" "$stage/$exe.exe"; done
cp "$here/herald.ico" "$here/herald.wxs" "$stage/"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
# wixl takes source paths relative to where it runs; it knows neither InstallPrivileges nor every attribute.
wixl_build() { # OUT [SOURCES...] with WithRuntime=$runtime
    (cd "$stage" && wixl -a x64 -D Version="$version" -D BinDir=. -D IconFile=herald.ico -D WithRuntime="$runtime" \
         -D RuntimeDir=runtime -D Win64=yes -o "$1" herald.wxs "${@:2}" 2>&1 \
         | grep -v -e "^$" -e "no property named 'InstallPrivileges'" || true)
    [ -s "$1" ] || { echo "FAIL: wixl made no .msi ($1)"; exit 1; }
}
rm -f "$out"
runtime=no wixl_build "$out"
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

# The same with a Qt runtime folder shaped like windeployqt's (the contents do not matter to the tables).
mkdir -p "$stage/runtime"/{platforms,imageformats,iconengines,sqldrivers,tls}
for f in Qt6Core.dll qt6keychain.dll platforms/qwindows.dll imageformats/qsvg.dll iconengines/qsvgicon.dll \
         sqldrivers/qsqlite.dll tls/qschannelbackend.dll; do
    echo "$f" > "$stage/runtime/$f"
done
(cd "$stage" && find runtime -type f | sort \
    | wixl-heat -p runtime/ --directory-ref INSTALLDIR --component-group QtRuntime --var var.RuntimeDir --win64 \
    | xsltproc "$here/runtime-hkcu.xslt" - > runtime.wxs)
full="${out%.msi}-runtime.msi"
rm -f "$full"
runtime=yes wixl_build "$full" runtime.wxs
grep -q 'qsvgicon.dll' <<<"$(msiinfo export "$full" File)" || { echo "FAIL: the harvested runtime is not in the File table"; exit 1; }
# The rows of a table (msiinfo writes three header lines and CRLF line ends).
rows() { msiinfo export "$full" "$1" | tr -d '\r' | tail -n +4; }
# ICE38: a component in a per-user folder is keyed by a registry value under HKCU (Root 1).
bad=$( (rows Registry | awk -F'\t' '$2 == 1 {print "hkcu\t" $1}'; rows Component | awk -F'\t' '{print "component\t" $1 "\t" $6}') \
      | awk -F'\t' '$1 == "hkcu" {hkcu[$2] = 1} $1 == "component" && !($3 in hkcu) {print $2}')
[ -z "$bad" ] || { echo "FAIL: components not keyed by an HKCU registry value (ICE38): $bad"; exit 1; }
# ICE64: every folder a component installs into, and UserProgramsFolder, has a RemoveFile row.
rows RemoveFile | cut -f4 | sort -u > "$stage/removed"
bad=$( (rows Component | awk -F'\t' '$3 != "ProgramMenuFolder" {print $3}'; echo UserProgramsFolder) | sort -u \
      | comm -23 - "$stage/removed")
[ -z "$bad" ] || { echo "FAIL: folders in the profile not removed on uninstall (ICE64): $bad"; exit 1; }
echo "with the runtime: $(rows Component | wc -l) components, all keyed by HKCU values; $(wc -l < "$stage/removed") folders removed on uninstall"
echo "msi check: passed ($out, $full)"
