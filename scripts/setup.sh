#!/usr/bin/env bash
# Sets up Oversight Desk on a Debian 12 machine from Debian's packages, builds it, and then either
# starts the app or runs every test.
#
#   scripts/setup.sh start [APP ARGS…]   install, build, start oversight-desk on the default database
#   scripts/setup.sh test                install, build, run the whole test suite (what CI runs)
#   scripts/setup.sh build               install and build only
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo), SKIP_APT=1 to skip the
# package step, CI=true turns warnings into errors.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
action=${1:-start}
[ $# -gt 0 ] && shift

build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}

# Everything the project needs, from Debian 12's own archive. Keep this list the one place that says so.
packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libvulkan-dev
    libminizip-dev libxlsxwriter-dev python3-openpyxl
    fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai
    poppler-utils
)

install_packages() {
    [ "${SKIP_APT:-0}" = 1 ] && return 0
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "Installing from Debian: ${missing[*]}"
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local werror=OFF
    [ "${CI:-}" = true ] && werror=ON
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DOVERSIGHT_WERROR="$werror"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "$action" in
    start)
        install_packages
        build
        exec "$build_dir/bin/oversight-desk" "$@"
        ;;
    test)
        install_packages
        build
        ctest --test-dir "$build_dir" --output-on-failure --timeout 300
        ;;
    build)
        install_packages
        build
        ;;
    *)
        echo "usage: scripts/setup.sh start|test|build" >&2
        exit 1
        ;;
esac
