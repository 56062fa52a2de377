#!/usr/bin/env bash
# Builds an AppDir from a finished build: Herald's files under usr/, Qt's libraries under usr/lib,
# the plugins Herald loads under usr/plugins, Qt's German and French strings under usr/translations,
# an AppRun, the .desktop file and the icon.
#   packaging/linux/make-appdir.sh BUILD_DIR APPDIR
# Turning the AppDir into Herald-x86_64.AppImage needs the AppImage runtime (appimagetool), which is not
# in Debian and cannot be downloaded on our build machines: see packaging/README.md for that release step.
set -euo pipefail
build=$(readlink -f "$1")
appdir=$(readlink -m "$2")
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --prefix /usr >/dev/null

qtplugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
mkdir -p "$appdir/usr/lib" "$appdir/usr/plugins"
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so \
              xcbglintegrations/libqxcb-glx-integration.so sqldrivers/libqsqlite.so \
              imageformats/libqsvg.so iconengines/libqsvgicon.so tls/libqopensslbackend.so \
              tls/libqcertonlybackend.so platformthemes/libqgtk3.so; do
    [ -f "$qtplugins/$plugin" ] || continue
    mkdir -p "$appdir/usr/plugins/$(dirname "$plugin")"
    cp -L "$qtplugins/$plugin" "$appdir/usr/plugins/$plugin"
done

# Libraries every desktop Linux provides (and must come from the host: glibc, the GPU stack, X11,
# fonts), as in the AppImage project's exclude list. Everything else Herald needs is bundled.
excluded='^(ld-linux.*|libc|libm|libdl|librt|libpthread|libresolv|libutil|libgcc_s|libGL|libGLX|libGLdispatch|libEGL|libOpenGL|libdrm|libgbm|libxcb|libX11|libX11-xcb|libfontconfig|libfreetype|libharfbuzz|libz|libexpat|libuuid|libselinux|libdbus-1|libgtk-3|libgdk-3|libglib-2\.0|libgobject-2\.0|libgio-2\.0)\.so'
collect() {
    ldd "$1" 2>/dev/null | awk '/=> \// {print $3}' | while read -r lib; do
        name=$(basename "$lib")
        [[ $name =~ $excluded ]] && continue
        [ -f "$appdir/usr/lib/$name" ] && continue
        cp -L "$lib" "$appdir/usr/lib/$name"
        collect "$lib"
    done
}
while IFS= read -r elf; do collect "$elf"; done < <(find "$appdir/usr/bin" "$appdir/usr/plugins" -type f)

# Debug information stays in the build; the AppDir ships stripped files.
find "$appdir/usr/bin" "$appdir/usr/lib" "$appdir/usr/plugins" -type f \( -name '*.so*' -o -perm -u+x \) \
    -exec strip --strip-unneeded {} + 2>/dev/null || true

# Qt's own German and French strings (standard buttons and dialogs): ui/Translations.cpp loads
# qtbase_LANG.qm from QLibraryInfo::TranslationsPath, which qt.conf below points at usr/translations.
qttranslations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || echo /usr/share/qt6/translations)
mkdir -p "$appdir/usr/translations"
for lang in de fr; do
    [ -f "$qttranslations/qtbase_$lang.qm" ] || { echo "no $qttranslations/qtbase_$lang.qm: apt-get install qt6-translations-l10n"; exit 1; }
    cp "$qttranslations/qtbase_$lang.qm" "$appdir/usr/translations/"
done

cat > "$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Libraries = lib
Translations = translations
CONF
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
# Starts Herald from this AppDir with its own Qt: bundled libraries first, bundled plugins only.
HERE=$(dirname "$(readlink -f "$0")")
export LD_LIBRARY_PATH="$HERE/usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export QT_PLUGIN_PATH="$HERE/usr/plugins"
case "${1:-}" in
    cli) shift; exec "$HERE/usr/bin/herald-cli" "$@" ;;
    sandbox) shift; exec "$HERE/usr/bin/herald-sandbox" "$@" ;;
esac
exec "$HERE/usr/bin/herald" "$@"
RUN
chmod +x "$appdir/AppRun"
cp "$appdir/usr/share/applications/org.heraldapp.Herald.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/org.heraldapp.Herald.png" "$appdir/org.heraldapp.Herald.png"
ln -sf org.heraldapp.Herald.png "$appdir/.DirIcon"
echo "AppDir ready: $appdir ($(du -sh "$appdir" | cut -f1), $(ls "$appdir/usr/lib" | wc -l) bundled libraries)"
