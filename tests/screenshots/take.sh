#!/bin/sh
# Screenshots of the real window under a virtual X server (xvfb-run), at three moments of a full
# export against the local emulator: form filled, export running, export done.
# Usage: tests/screenshots/take.sh [BUILD_DIR] [OUT_DIR]
set -eu
build=${1:-/work/build-gui}
out=${2:-$build/screenshots}
tour="$build/tests/gui/d1x-screenshot-tour"
if [ ! -x "$tour" ]; then
    echo "build the tour first: cmake --build $build --target d1x-screenshot-tour" >&2
    exit 1
fi
command -v xvfb-run >/dev/null 2>&1 || { echo "xvfb-run is not installed" >&2; exit 77; }
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A throw-away HOME: the tour must not read or write the user's settings.
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x1024x24" "$tour" "$out"
ls -l "$out"/*.png
