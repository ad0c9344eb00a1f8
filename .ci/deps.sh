#!/usr/bin/env bash
# Installs what Balansplan needs on a fresh Debian or Ubuntu machine: the C
# compiler and the GL/X11 headers Fyne builds against, the tools the tests
# use (Xvfb, ImageMagick, poppler, qpdf, sqlite3, LibreOffice Calc for the
# spreadsheet round trip), and the Go modules.
# Packages already present are left alone; apt runs only when something is
# missing, as root or through sudo.
set -euo pipefail

build_pkgs="gcc libc6-dev pkg-config libgl-dev libegl-dev libx11-dev libxcursor-dev libxrandr-dev
  libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev"
test_pkgs="xvfb xauth xdotool x11-utils x11-xserver-utils imagemagick poppler-utils qpdf sqlite3
  libreoffice-calc-nogui"

want="$build_pkgs"
if [ "${1:-}" = "--test" ]; then
  want="$want $test_pkgs"
fi

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  echo "deps: installing$missing"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "deps: need root or sudo to install:$missing" >&2; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if ! command -v go >/dev/null; then
  echo "deps: Go is not installed; install Go 1.26 or newer (https://go.dev/dl) and run again" >&2
  exit 1
fi
go mod download
