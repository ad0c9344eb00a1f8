#!/usr/bin/env bash
# Makes every icon the packages need from assets/icon.png, with ImageMagick,
# into the folder given (dist/icons):
#   hicolor/NxN/apps/nl.balansplan.app.png            the application, 16 to 512
#   hicolor/NxN/mimetypes/application-x-balansplan.png a plan file, 16 to 256
#   balansplan.ico, balansplan-plan.ico                the same for Windows
# A plan file's icon is a white sheet with a folded corner and the
# application's icon on it, so a .balans file looks like a document of the
# app rather than the app itself.
set -euo pipefail
out=${1:?usage: icons.sh OUTDIR}
src="$(dirname "$0")/../icon.png"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The sheet at 512 pixels: page, folded corner, the icon in the lower part.
convert -size 512x512 xc:none \
  -fill white -stroke '#4a5563' -strokewidth 14 \
  -draw "polygon 84,16 336,16 432,112 432,496 84,496" \
  -fill '#d9dee5' -draw "polygon 336,16 336,112 432,112" \
  \( "$src" -resize 300x300 \) -gravity center -geometry +0+56 -composite \
  "$tmp/plan.png"

for size in 16 24 32 48 64 128 256 512; do
  d="$out/hicolor/${size}x${size}/apps"
  mkdir -p "$d"
  convert "$src" -resize "${size}x${size}" -strip "$d/nl.balansplan.app.png"
  if [ "$size" -le 256 ]; then
    m="$out/hicolor/${size}x${size}/mimetypes"
    mkdir -p "$m"
    convert "$tmp/plan.png" -resize "${size}x${size}" -strip "$m/application-x-balansplan.png"
  fi
done
convert "$src" -define icon:auto-resize=256,128,64,48,32,24,16 "$out/balansplan.ico"
convert "$tmp/plan.png" -define icon:auto-resize=256,128,64,48,32,24,16 "$out/balansplan-plan.ico"
