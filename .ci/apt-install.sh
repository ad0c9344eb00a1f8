#!/usr/bin/env bash
# Installs the Debian packages named that are missing, with apt, as root
# or through sudo; the ones already installed are left alone. Used by
# release.sh and wine-check.sh (deps.sh does the same for the build and
# test packages).
#
# Usage: .ci/apt-install.sh WHO PACKAGE...    (WHO prefixes the messages)
set -euo pipefail
who=$1
shift
missing=""
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "$who: installing$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "$who: need root or sudo to install:$missing" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
