#!/usr/bin/env bash
# Sets up Oversight Desk on a Debian 12 machine from Debian's packages, builds it, and then either
# starts the app or runs every test.
#
#   scripts/setup.sh start [APP ARGS…]   install, build, start oversight-desk on the default database
#   scripts/setup.sh test                install, build, run the whole test suite (what CI runs)
#   scripts/setup.sh build               install and build only
#   scripts/setup.sh sanitize            CI's second stage: a clang build with AddressSanitizer + UBSan in
#                                        build-asan/, the whole suite under it, then each libFuzzer target
#                                        for FUZZ_SECONDS (default 30) on its seed corpus in tests/fuzz/
#   scripts/setup.sh package             build, make the Debian package (cpack -G DEB), install it with
#                                        apt-get, and check the installed copy in /usr (CI's package stage)
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
    qt6-charts-dev libqt6opengl6-dev
    libgl-dev libvulkan-dev
    libminizip-dev libxlsxwriter-dev python3-openpyxl libsqlite3-dev
    fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai
    poppler-utils
)
# The sanitizer and fuzzing stage also needs clang, its sanitizer runtimes and libFuzzer, and the symbolizer.
sanitize_packages=(clang libclang-rt-14-dev llvm)
# The package stage: dpkg-shlibdeps (dpkg-dev) and file for CPack's dependency list, and the validators of
# the menu entry and the AppStream metadata.
package_packages=(dpkg-dev file appstream desktop-file-utils)

install_packages() {
    [ "${SKIP_APT:-0}" = 1 ] && return 0
    local missing=()
    for p in "${packages[@]}" "$@"; do
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
    sanitize)
        install_packages "${sanitize_packages[@]}"
        asan_dir=${ASAN_BUILD_DIR:-build-asan}
        cmake -S . -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
            -DOVERSIGHT_SANITIZE=ON -DOVERSIGHT_FUZZ=ON
        cmake --build "$asan_dir" --parallel "$(nproc)"
        # Qt's own leaks (QTextDocumentWriter's ODT writer) are suppressed by name, not by turning LSan off.
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
        export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        # Both cores: the crash tests (longest, started first by their COST) beside the rest.
        ctest --test-dir "$asan_dir" --output-on-failure --timeout 900 --parallel "$(nproc)"
        seconds=${FUZZ_SECONDS:-30}
        for target in csv xlsx campaign date; do
            scratch=$(mktemp -d)
            log="$asan_dir/fuzz_$target.log"
            echo "fuzz_$target: ${seconds} s on tests/fuzz/corpus/$target"
            if ! "$asan_dir/bin/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 \
                -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$asan_dir/fuzz_$target-" \
                "$scratch" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
                tail -n 60 "$log"
                echo "fuzz_$target found a problem; the input is saved as $asan_dir/fuzz_$target-*" >&2
                exit 1
            fi
            grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log"
            rm -rf "$scratch"
        done
        ;;
    package)
        install_packages "${package_packages[@]}"
        build
        rm -f "$build_dir"/oversight-desk_*.deb
        (cd "$build_dir" && cpack -G DEB)
        debs=("$build_dir"/oversight-desk_*.deb)
        if [ ! -f "${debs[0]}" ]; then
            echo "package: cpack wrote no $build_dir/oversight-desk_*.deb" >&2
            exit 1
        fi
        deb=$(realpath "${debs[0]}")
        dpkg-deb --info "$deb"
        dpkg-deb --contents "$deb"
        sudo=()
        [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        [ "${SKIP_APT:-0}" = 1 ] || "${sudo[@]}" apt-get update
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "$deb"
        # From here on only the installed copy is used: /usr/bin, with a fresh home and no source tree.
        scratch=$(mktemp -d)
        trap 'rm -rf "$scratch"' EXIT
        fail() { echo "package: $*" >&2; exit 1; }
        for f in /usr/bin/oversight-desk /usr/bin/oversight-cli \
            /usr/share/applications/oversight-desk.desktop \
            /usr/share/icons/hicolor/scalable/apps/oversight-desk.svg \
            /usr/share/metainfo/cn.gov.oversightdesk.metainfo.xml \
            /usr/share/oversight-desk/translations/oversight_zh_CN.qm; do
            dpkg -S "$f" >/dev/null 2>&1 || fail "the package does not install $f"
        done
        desktop-file-validate /usr/share/applications/oversight-desk.desktop
        appstreamcli validate --no-net /usr/share/metainfo/cn.gov.oversightdesk.metainfo.xml
        cd "$scratch"
        export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
        /usr/bin/oversight-cli --version || fail "oversight-cli --version failed"
        /usr/bin/oversight-cli --db "$scratch/x.sqlite" init || fail "oversight-cli init failed"
        /usr/bin/oversight-cli --db "$scratch/x.sqlite" status --json >"$scratch/status.json" ||
            fail "oversight-cli status --json failed"
        python3 -c 'import json, sys; s = json.load(open(sys.argv[1])); assert isinstance(s, dict) and s, s' \
            "$scratch/status.json" || fail "status --json did not print a JSON object"
        head -c 600 "$scratch/status.json"; echo
        # The translation installed beside the program answers (the default language is Chinese).
        /usr/bin/oversight-cli --help | python3 -c 'import sys; t = sys.stdin.read(); sys.exit(not any("\u4e00" <= c <= "\u9fff" for c in t))' ||
            fail "oversight-cli --help is not in Chinese: the translation was not found"
        QT_QPA_PLATFORM=offscreen /usr/bin/oversight-desk --db "$scratch/x.sqlite" --quit-after-paint ||
            fail "oversight-desk did not start and paint its window"
        /usr/bin/oversight-cli --db "$scratch/x.sqlite" verify || fail "oversight-cli verify failed"
        echo "package: $(basename "$deb") installs, and the installed programs run"
        ;;
    *)
        echo "usage: scripts/setup.sh start|test|build|sanitize|package" >&2
        exit 1
        ;;
esac
