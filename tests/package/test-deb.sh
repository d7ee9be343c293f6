#!/usr/bin/env bash
# Package test: builds the .deb with CPack, installs it on this machine with dpkg, runs what it
# installed (the command line, the offline demo with the packaged emulator, and the desktop app's
# real window under Xvfb), checks the packaged launcher, AppStream metadata and the package itself
# with desktop-file-validate, appstreamcli and lintian, and removes the package again on every way out.
# Usage: test-deb.sh BUILD_DIR VERSION. Exit 77 (skip) when not root or without dpkg.
set -u
build=${1:?usage: test-deb.sh BUILD_DIR VERSION}
version=${2:?usage: test-deb.sh BUILD_DIR VERSION}
package=d1-exporter
app_id=io.github.d1exporter.D1Exporter

skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "installing a package needs root (run ctest as root, or -LE package)"
command -v dpkg >/dev/null && command -v dpkg-deb >/dev/null || skip "dpkg is not installed (not a Debian system)"
# Never replace, then remove, a copy of the program someone installed for real. A copy this test
# installed (the marker says so) is a leftover of a run killed before it could clean up.
marker=/var/tmp/d1x-package-test.installed
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    [ -e "$marker" ] || skip "$package is already installed on this machine; remove it (dpkg -r $package) to run this test"
    echo "removing the $package an earlier, killed run of this test left installed"
    dpkg -r "$package" >/dev/null || { echo "FAIL: cannot remove the leftover $package"; echo "0 passed, 1 failed"; exit 1; }
fi
rm -f "$marker"

passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

work=$(mktemp -d /tmp/d1x-package-test.XXXXXX)
installed=no
cleanup() {
    if [ "$installed" = yes ]; then
        if dpkg -r "$package" >"$work/remove.log" 2>&1; then rm -f "$marker"; else cat "$work/remove.log"; fi
    fi
    rm -rf "$work"
}
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}
trap cleanup EXIT
trap 'fail "interrupted"; finish' INT TERM

for tool in cpack lintian desktop-file-validate appstreamcli xvfb-run xwininfo xprop; do
    command -v "$tool" >/dev/null || { fail "$tool is missing: run installer/setup-debian.sh"; finish; }
done

# 1. Build the .deb (cpack builds what is out of date first).
if ! (cd "$build" && timeout 600 cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB"
    finish
fi
deb=$(ls "$work"/out/${package}_${version}_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "cpack made no ${package}_${version}_*.deb"; finish; }
pass "cpack built $(basename "$deb")"

# 2. Control fields: libraries found by dpkg-shlibdeps, plugins and keychain declared by hand.
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for dep in qt6-qpa-plugins libqt6widgets6 libqt6network6 libqt6keychain1 libc6; do
    check "Depends names $dep" grep -Eq "(^|, )$dep( |,|$)" <<<"$depends"
done
for rec in libsecret-1-0 gnome-keyring qt6-translations-l10n; do
    check "Recommends names $rec" grep -Eq "(^|, )$rec( |,|$)" <<<"$recommends"
done
for field in Section Maintainer Homepage Description; do
    check "control field $field is set" test -n "$(dpkg-deb -f "$deb" "$field")"
done

# 3. Contents: programs, launcher, metadata, icons where desktops look, manual pages.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
expected=(/usr/bin/d1-exporter /usr/bin/d1-exporter-cli
          /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml
          /usr/share/icons/hicolor/scalable/apps/d1-exporter.svg
          /usr/share/man/man1/d1-exporter.1.gz /usr/share/man/man1/d1-exporter-cli.1.gz
          /usr/share/doc/$package/copyright /usr/share/doc/$package/changelog.gz
          /usr/lib/d1-exporter/d1-emulator)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/d1-exporter.png")
done
for file in "${expected[@]}"; do
    check "package holds $file" grep -qx "$file" "$work/contents"
done
others=$(grep '^/usr/share/applications/.*\.desktop$' "$work/contents" | grep -vx "/usr/share/applications/$app_id.desktop" || true)
check "exactly one launcher ($app_id.desktop)" test -z "$others"

# 4. Install it for real: dpkg resolves the Depends against this machine.
installed=yes # from here on, whatever dpkg leaves behind is removed on the way out
touch "$marker"
if ! dpkg -i "$deb" >"$work/install.log" 2>&1; then
    echo "dpkg -i could not configure the package; asking apt for the missing dependencies"
    DEBIAN_FRONTEND=noninteractive timeout 300 apt-get -f install -y >>"$work/install.log" 2>&1
fi
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    pass "dpkg -i $(basename "$deb")"
else
    cat "$work/install.log"
    fail "dpkg -i $(basename "$deb")"
    finish
fi

# 5. The installed programs, from /usr/bin (not the build tree).
out=$(timeout 30 /usr/bin/d1-exporter-cli --version 2>&1)
check "d1-exporter-cli --version prints $version (got: $out)" test "$out" = "d1-exporter-cli $version"
out=$(timeout 30 /usr/bin/d1-exporter --version 2>&1)
check "d1-exporter --version prints $version (got: $out)" test "$out" = "d1-exporter $version"

# The offline demo: d1-exporter --demo finds the packaged emulator, which answers as the D1 API.
if bash "$(dirname "$0")/check-demo.sh" /usr >"$work/demo.log" 2>&1; then
    pass "d1-exporter --demo runs the packaged emulator (check-demo.sh)"
else
    fail "d1-exporter --demo runs the packaged emulator (check-demo.sh)"
fi
cat "$work/demo.log"

# The real window under Xvfb through the installed xcb plugin, in a throw-away home and without a
# session bus, so neither the user's settings nor their keychain are touched.
mkdir -p "$work/home"
cat >"$work/window.sh" <<'SH'
/usr/bin/d1-exporter >"$WORK/app.log" 2>&1 &
app=$!
# Qt names its window before it maps it: wait for a "D1 Exporter" window that is viewable.
wid=
for _ in $(seq 1 150); do
    for candidate in $(xwininfo -root -tree | grep '"D1 Exporter"' | awk '{print $1}'); do
        xwininfo -id "$candidate" | grep -q IsViewable && wid=$candidate
    done
    [ -n "$wid" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.2
done
if [ -n "$wid" ]; then
    sleep 1 # let it paint before the screenshot
    xwininfo -id "$wid" >"$WORK/xwininfo.txt"
    xprop -id "$wid" WM_CLASS _NET_WM_ICON >"$WORK/xprop.txt" 2>&1
    [ -x /usr/bin/import ] && /usr/bin/import -window "$wid" "$WORK/window.png" 2>/dev/null
fi
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
[ -n "$wid" ]
SH
if HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/home" \
   DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent QT_QPA_PLATFORM=xcb WORK="$work" \
   timeout 120 xvfb-run -a -s "-screen 0 1280x1024x24" bash "$work/window.sh"; then
    pass "d1-exporter shows a viewable \"D1 Exporter\" window under Xvfb"
    grep -E 'Width|Height' "$work/xwininfo.txt"
    check "its WM_CLASS is d1-exporter, the launcher's StartupWMClass" \
        grep -q 'WM_CLASS(STRING) = "d1-exporter", "d1-exporter"' "$work/xprop.txt"
    check "it carries an icon (_NET_WM_ICON)" grep -q '_NET_WM_ICON(CARDINAL)' "$work/xprop.txt"
    if [ -f "$work/window.png" ]; then
        cp "$work/window.png" "$build/package-test-window.png" && echo "screenshot: $build/package-test-window.png"
    fi
else
    cat "$work/app.log"
    fail "d1-exporter shows a viewable \"D1 Exporter\" window under Xvfb"
fi

# 6. The installed launcher and metadata, as desktops and software centres read them.
desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
if desktop-file-validate "$desktop" >"$work/dfv.txt" 2>&1; then
    pass "desktop-file-validate $desktop"
else
    cat "$work/dfv.txt"
    fail "desktop-file-validate $desktop"
fi
for key in "Exec=d1-exporter" "Icon=d1-exporter" "Categories=Development;Database;Qt;"; do
    check "launcher has $key" grep -qx "$key" "$desktop"
done
check "launcher has Keywords" grep -q '^Keywords=.' "$desktop"
appstreamcli validate --no-net "$metainfo" >"$work/asv.txt" 2>&1
status=$?
cat "$work/asv.txt"
check "appstreamcli validate --no-net $metainfo" test "$status" -eq 0
check "AppStream metadata has release notes for $version" grep -q "<release version=\"$version\"" "$metainfo"
check "AppStream launchable is $app_id.desktop" \
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"

# 7. lintian: no errors; warnings are printed for the record.
timeout 300 lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1
status=$?
cat "$work/lintian.txt"
check "lintian reports no errors" test "$status" -eq 0

# 8. Remove it again; nothing of it may stay behind.
if dpkg -r "$package" >"$work/remove.log" 2>&1; then
    installed=no
    rm -f "$marker"
    pass "dpkg -r $package"
else
    cat "$work/remove.log"
    fail "dpkg -r $package"
fi
check "/usr/bin/d1-exporter is gone after removal" test ! -e /usr/bin/d1-exporter
check "the launcher is gone after removal" test ! -e "$desktop"
finish
