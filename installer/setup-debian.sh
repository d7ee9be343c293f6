#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing D1 Exporter needs.
# Idempotent and non-interactive; skips apt entirely when everything is already there.
set -euo pipefail
packages=(
    cmake g++ make ninja-build dpkg-dev file pkg-config curl python3 time
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins qt6-svg-dev qt6-image-formats-plugins
    qtkeychain-qt6-dev libsecret-1-0
    libsqlite3-dev sqlite3 zlib1g-dev libgl-dev
    xvfb xauth fonts-dejavu-core fonts-noto-cjk x11-utils imagemagick
    gnome-keyring libsecret-tools dbus-bin dbus-daemon
    clang libclang-rt-14-dev nodejs npm
    desktop-file-utils appstream lintian
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
