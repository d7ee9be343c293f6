#!/usr/bin/env bash
# The offline demo of an installed (or unpacked) package: `d1-exporter --demo` must find the
# d1-emulator the package ships in lib/d1-exporter/, start it, and the emulator must answer as the
# D1 API: the packaged command line exports the demo database from it and the dump loads into
# SQLite. Then SIGTERM to the app must end it cleanly and take the emulator with it.
# Needs no root: run it on `dpkg-deb -x` output as well as on /usr (test-deb.sh does that).
# Usage: check-demo.sh PREFIX (the folder holding bin/d1-exporter, e.g. /usr or <unpacked>/usr).
# Prints PASS/FAIL lines; exit status 0 when all passed.
set -u
prefix=${1:?usage: check-demo.sh PREFIX}
app=$prefix/bin/d1-exporter
cli=$prefix/bin/d1-exporter-cli
emulator=$(readlink -f "$prefix/lib/d1-exporter/d1-emulator")

passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
finish() {
    echo "demo: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}
# Polls COMMAND... until it succeeds, for at most SECONDS (the shell's QTRY_VERIFY).
try_until() {
    local seconds=$1; shift
    local end=$((SECONDS + seconds))
    until "$@"; do
        [ "$SECONDS" -lt "$end" ] || return 1
        sleep 0.1
    done
}

for tool in ss curl sqlite3; do
    command -v "$tool" >/dev/null || { fail "$tool is missing: run installer/setup-debian.sh"; finish; }
done
[ -x "$app" ] && [ -x "$cli" ] || { fail "no $app or $cli"; finish; }
[ -x "$emulator" ] && pass "the package holds $emulator" || { fail "no emulator at $prefix/lib/d1-exporter"; finish; }

work=$(mktemp -d /tmp/d1x-demo-check.XXXXXX)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The app offscreen, in a throw-away home and without a session bus (no keychain, no settings touched).
mkdir -p "$work/home"
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/home" \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent QT_QPA_PLATFORM=offscreen \
    "$app" --demo >"$work/app.log" 2>&1 &
pid=$!

# Its child must be the packaged emulator, listening on loopback.
emulator_pid=
find_emulator() {
    local child
    for child in $(pgrep -P "$pid"); do
        if [ "$(readlink -f "/proc/$child/exe")" = "$emulator" ]; then
            emulator_pid=$child
            return 0
        fi
    done
    return 1
}
has_listeners() { [ "$(ss -ltnpH 2>/dev/null | grep -c "pid=$emulator_pid,")" -ge 2 ]; }
if try_until 30 find_emulator && try_until 30 has_listeners; then
    pass "d1-exporter --demo started $emulator (pid $emulator_pid)"
else
    cat "$work/app.log"
    fail "d1-exporter --demo started $emulator and it listens"
    finish
fi

# Which of its two ports is the API: the one whose token check answers as Cloudflare's API does.
api_base=
for port in $(ss -ltnpH | grep "pid=$emulator_pid," | awk '{print $4}' | sed 's/.*://'); do
    base="http://127.0.0.1:$port/client/v4"
    if curl -sf -H "Authorization: Bearer demo-token" "$base/user/tokens/verify" | grep -q '"status":"active"'; then
        api_base=$base
    fi
done
if [ -n "$api_base" ]; then
    pass "the demo emulator answers the token check at $api_base"
else
    fail "the demo emulator answers the token check"
    finish
fi

# The packaged command line exports the demo database from the app's emulator; the dump loads.
if CLOUDFLARE_API_TOKEN=demo-token timeout 120 "$cli" export demo --api-base "$api_base" \
       -o "$work/demo.sql" >"$work/cli.out" 2>"$work/cli.err"; then
    pass "d1-exporter-cli exports the demo database from it"
else
    cat "$work/cli.err"
    fail "d1-exporter-cli exports the demo database from it"
fi
tables=$(sqlite3 "$work/demo.db" ".read $work/demo.sql" "SELECT count(*) FROM sqlite_schema WHERE type = 'table'" 2>&1)
if [[ $tables =~ ^[0-9]+$ ]] && [ "$tables" -gt 0 ]; then
    pass "the dump loads into SQLite ($tables tables)"
else
    fail "the dump loads into SQLite: $tables"
fi

# SIGTERM: the app leaves through its event loop and stops the emulator on the way out.
kill -TERM "$pid"
if timeout 30 tail --pid="$pid" -f /dev/null; then
    wait "$pid"
    status=$?
    pid=
    if [ "$status" -eq 0 ]; then pass "d1-exporter ends cleanly on SIGTERM"; else fail "d1-exporter exit status $status on SIGTERM"; fi
    if kill -0 "$emulator_pid" 2>/dev/null; then fail "the emulator outlived the app"; else pass "the emulator went with the app"; fi
else
    fail "d1-exporter did not end within 30 s of SIGTERM"
fi
finish
