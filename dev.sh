#!/usr/bin/env bash
# Herald's developer entry point.
#   ./dev.sh run [ARGS]   install missing packages, build, start Herald on its built-in sandbox tenant
#   ./dev.sh test [ARGS]  install missing packages, build, run the whole test suite headless (ARGS go to ctest)
#   ./dev.sh build        install missing packages and build
#   ./dev.sh bench ARGS   build and run herald-bench (e.g. ./dev.sh bench delivery --recipients 3000 --json)
#   ./dev.sh sanitize [ARGS]  the whole test suite built with AddressSanitizer and UBSan (Debug, in build-asan)
#   ./dev.sh package-check  build the .deb, AppDir and a wixl .msi and check each (root; see packaging/README.md)
#   ./dev.sh format       reformat the sources with clang-format
# BUILD_DIR (default: build) and BUILD_TYPE (default: RelWithDebInfo) may be set in the environment.
set -euo pipefail
cd "$(dirname "$0")"

# The one list of Debian 12 packages Herald needs to build, run and test.
PACKAGES=(
    g++ cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev
    qt6-svg-dev qt6-qpa-plugins
    dbus dbus-bin gnome-keyring libsecret-tools curl jq
    dpkg-dev  # dpkg-shlibdeps: `--target package` fails without it (packaging/linux/cpack-checks.cmake)
)
# Only for ./dev.sh package-check (the installers' checks).
PACKAGING_PACKAGES=(file wixl msitools xsltproc strace desktop-file-utils appstream)

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}

ensure_packages() {
    local missing=() pkg
    for pkg in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Herald needs these Debian packages. Install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing missing packages: ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    ensure_packages
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$BUILD_DIR/build.ninja" ] || [ "${CI:-}" = "true" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DHERALD_WERROR="$werror" \
            ${HERALD_CMAKE_ARGS:-}
    fi
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

# Runs a command in a private D-Bus session with an unlocked gnome-keyring and a throw-away HOME,
# so keychain tests use the real Secret Service and never a developer's own keyring or settings.
with_test_session() {
    local home
    home=$(mktemp -d -t herald-test-home.XXXXXX)
    trap 'rm -rf "$home"' RETURN
    mkdir -p "$home/run" && chmod 700 "$home/run"
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- bash -c '
        eval "$(printf "%s" "herald-test-keyring" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
        export GNOME_KEYRING_CONTROL
        "$@"' herald-test-session "$@"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    build) build ;;
    run) build; exec "$BUILD_DIR/app/herald" --sandbox "$@" ;;
    test)
        build
        with_test_session ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 300 "$@"
        ;;
    bench) build; exec "$BUILD_DIR/bench/herald-bench" "$@" ;;
    sanitize)
        # Its own folder and flags; any sanitizer report fails the test it happens in. Leaks are not checked:
        # Qt's GUI libraries (fontconfig, the platform plugin) keep memory to the end on purpose.
        BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan} BUILD_TYPE=Debug \
            HERALD_CMAKE_ARGS="-DHERALD_SANITIZE=ON ${HERALD_CMAKE_ARGS:-}" build
        ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            with_test_session ctest --test-dir "${SANITIZE_BUILD_DIR:-build-asan}" --output-on-failure -j2 \
            --timeout 600 "$@"
        ;;
    package-check)
        ensure_packages "${PACKAGING_PACKAGES[@]}"
        build
        desktop-file-validate packaging/linux/org.heraldapp.Herald.desktop
        appstreamcli validate --no-net packaging/linux/org.heraldapp.Herald.metainfo.xml
        cmake --build "$BUILD_DIR" --target package
        bash packaging/linux/check-deb.sh "$(ls -t "$BUILD_DIR"/herald_*.deb | head -n1)"
        bash packaging/linux/make-appdir.sh "$BUILD_DIR" "$BUILD_DIR/AppDir"
        bash packaging/linux/check-appdir.sh "$BUILD_DIR/AppDir"
        bash packaging/windows/check-msi.sh "$BUILD_DIR" "$BUILD_DIR/herald-check.msi"
        echo "package checks: passed"
        ;;
    format) ensure_packages; cmake --build "$BUILD_DIR" --target format ;;
    *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
