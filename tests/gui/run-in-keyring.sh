#!/bin/sh
# Runs a test program inside a private D-Bus session with its own unlocked GNOME Keyring, so the
# Secret Service that QtKeychain talks to is real but never the user's. Exits 77 (ctest SKIP) when
# the tools are missing. Usage: run-in-keyring.sh PROGRAM [ARGS...]
set -eu

if [ "${D1X_KEYRING_SESSION:-}" != "1" ]; then
    for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "SKIP: $tool is not installed (packages dbus-bin, gnome-keyring)"
            exit 77
        fi
    done
    home=$(mktemp -d "${TMPDIR:-/tmp}/d1x-keyring-XXXXXX")
    trap 'rm -rf "$home"' EXIT INT TERM
    mkdir -p "$home/run" "$home/.local/share/keyrings" "$home/.config"
    chmod 700 "$home/run"
    # A throw-away home: the keyring file lands here, not in the user's.
    HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
        D1X_KEYRING_SESSION=1 dbus-run-session -- "$0" "$@"
    exit $?
fi

# Inside the private session: start the keyring unlocked with a throw-away password.
printf '%s' "d1x-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# Wait until the Secret Service owns its bus name; a client that arrives earlier may start a
# second, locked daemon through D-Bus activation and hang on its unlock prompt.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
        echo "SKIP: the Secret Service did not come up on the private bus"
        exit 77
    fi
    sleep 0.1
done
"$@"
