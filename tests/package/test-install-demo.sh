#!/usr/bin/env bash
# The offline demo as installed, without root and without building a package: `cmake --install` of
# the build tree into a scratch prefix (the same install rules CPack packs), then check-demo.sh on
# it. Quick enough for every ctest run; test-deb.sh does the same on the real .deb.
# Usage: test-install-demo.sh BUILD_DIR
set -u
build=${1:?usage: test-install-demo.sh BUILD_DIR}
work=$(mktemp -d /tmp/d1x-install-demo.XXXXXX)
trap 'rm -rf "$work"' EXIT
if ! cmake --install "$build" --prefix "$work/usr" >"$work/install.log" 2>&1; then
    cat "$work/install.log"
    echo "FAIL: cmake --install $build"
    exit 1
fi
bash "$(dirname "$0")/check-demo.sh" "$work/usr"
