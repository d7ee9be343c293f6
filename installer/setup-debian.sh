#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing D1 Exporter needs.
# Idempotent and non-interactive; skips apt entirely when everything is already there.
set -euo pipefail
packages=(
    cmake g++ make ninja-build dpkg-dev file pkg-config curl python3 time
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins qt6-svg-dev qt6-image-formats-plugins
    qt6-translations-l10n   # Qt's own strings (qtbase_*.qm: dialog buttons) in every language
    qtkeychain-qt6-dev libsecret-1-0
    libsqlite3-dev sqlite3 zlib1g-dev libgl-dev
    xvfb xauth fonts-dejavu-core fonts-noto-cjk x11-utils imagemagick
    gnome-keyring libsecret-tools dbus-bin dbus-daemon
    clang libclang-rt-14-dev
    desktop-file-utils appstream lintian
    iproute2 procps         # ss and pgrep: the package test finds the demo's emulator
    openssl                 # the HTTPS tests make their test CA and server certificate with it
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if ((${#missing[@]})); then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node.js and npm only serve the wrangler faithfulness check (it skips without them). Some machines
# carry Node from another source whose npm conflicts with Debian's: only install what is missing,
# and never fail the setup over it.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    $SUDO apt-get install -y -qq --no-install-recommends nodejs npm ||
        echo "setup-debian: Node.js/npm not installed; the wrangler check will be skipped" >&2
fi
