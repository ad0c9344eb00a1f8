#!/usr/bin/env bash
# make release: everything a release ships, built in one run into dist/
# (docs/release.md says what each file is and how it was checked):
#
#   dist/linux/balansplan, balansplan-gui     the two Linux programs
#   dist/balansplan_<ver>_amd64.deb           the Debian/Ubuntu package (make install into a staging root)
#   dist/windows/balansplan.exe, -gui.exe     the two Windows programs, with icon and version information
#   dist/balansplan-<version>-x64.msi         the Windows installer
#   dist/icons/                               the icons, made from assets/icon.png
#
# Both platforms are built with -trimpath, stripped (-s -w), and stamped
# with the version from `git describe --tags --always --dirty`. The
# Windows programs are cross-compiled with mingw-w64 (cgo, for GL and
# SQLite); their resources (icon, version, manifest) are compiled by
# mingw's windres into a .syso that go build links in; the .syso files are
# removed again afterwards. What is missing is installed first, with apt as
# deps.sh does.
#
# Usage: .ci/release.sh [all|linux|windows]    (VERSION=... overrides git describe)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
dist=${DIST:-dist}
appid=nl.balansplan.app
pkg=assets/packaging

# --- what the build needs --------------------------------------------------
./.ci/deps.sh
release_pkgs="imagemagick appstream desktop-file-utils shared-mime-info libxml2-utils"
case "$what" in all | windows) release_pkgs="$release_pkgs gcc-mingw-w64-x86-64 wixl msitools" ;; esac
# shellcheck disable=SC2086
./.ci/apt-install.sh release $release_pkgs

# --- the version -------------------------------------------------------------
# VERSION is what the programs say (balansplan --version, About). Windows
# and Debian want numbers: base is major.minor.patch from the newest
# vX.Y.Z tag (else FyneApp.toml's Version); numver (the .exe's version
# resource) adds, fourth, the number of commits, which grows with every
# build from main. An MSI compares only three fields, and a newer MSI with
# the same three would be installed beside the old one rather than
# replace it (wixl has no AllowSameVersionUpgrades), so the MSI's version
# is major.minor.commits.
version=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
commit_time=$(git log -1 --format=%cI 2>/dev/null || true)
# The release's day for AppStream: the commit's, else today (a tree
# without git history).
release_day=${commit_time%%T*}
[ -n "$release_day" ] || release_day=$(date -u +%F)
count=$(git rev-list --count HEAD 2>/dev/null || echo 0)
if [[ $version =~ ^v?([0-9]+)\.([0-9]+)\.([0-9]+) ]]; then
  base="${BASH_REMATCH[1]}.${BASH_REMATCH[2]}.${BASH_REMATCH[3]}"
else
  base=$(sed -n 's/^Version *= *"\([0-9]*\.[0-9]*\.[0-9]*\)".*/\1/p' FyneApp.toml)
fi
numver="$base.$count"
msiver="${base%.*}.$count"
debver="$base+git$count"
ldflags="-s -w -X balansplan/cmd/internal/desktop.version=$version -X balansplan/cmd/internal/desktop.commitTime=$commit_time"
echo "release: version $version ($numver; MSI $msiver; deb $debver), into $dist/"

mkdir -p "$dist"
"$pkg/icons.sh" "$dist/icons"

# --- Linux -------------------------------------------------------------------
linux() {
  local out="$dist/linux"
  mkdir -p "$out"
  go build -trimpath -ldflags "$ldflags" -o "$out/balansplan" ./cmd/balansplan
  go build -trimpath -ldflags "$ldflags" -o "$out/balansplan-gui" ./cmd/balansplan-gui
  # AppStream: the release and where the screenshots are. AppStream
  # takes them only from the web; the project has no public address yet,
  # so without SCREENSHOTS the file names a placeholder, said loudly.
  local shots=${SCREENSHOTS:-https://example.invalid/balansplan/docs/img}
  [ -n "${SCREENSHOTS:-}" ] || echo "release: SCREENSHOTS is not set: the metainfo's screenshots point at $shots (set SCREENSHOTS=<public URL of docs/img>)" >&2
  sed -e "s|@VERSION@|$version|" -e "s|@DATE@|$release_day|" -e "s|@SCREENSHOTS@|$shots|" \
    "$pkg/linux/$appid.metainfo.xml" >"$out/$appid.metainfo.xml"
  cp "$pkg/linux/$appid.desktop" "$pkg/linux/$appid.xml" "$out/"
  desktop-file-validate "$out/$appid.desktop"
  appstreamcli validate --no-net --explain "$out/$appid.metainfo.xml"
  xmllint --noout "$out/$appid.xml"

  # The .deb: make install into a staging root, plus its control file.
  local root="$dist/deb/root"
  rm -rf "$dist/deb"
  make --no-print-directory install DESTDIR="$root" PREFIX=/usr RELEASE_DIR="$out" >/dev/null
  mkdir -p "$root/DEBIAN"
  local size
  size=$(du -sk "$root/usr" | cut -f1)
  sed -e "s|@VERSION@|$debver|" -e "s|@SIZE@|$size|" "$pkg/linux/control.in" >"$root/DEBIAN/control"
  # One package in dist/: an older build's would be taken for this one.
  rm -f "$dist"/balansplan_*_amd64.deb
  dpkg-deb --root-owner-group -Zxz --build "$root" "$dist/balansplan_${debver}_amd64.deb" >/dev/null
  rm -rf "$dist/deb"
  echo "release: $dist/balansplan_${debver}_amd64.deb"
}

# --- Windows -----------------------------------------------------------------
windows() {
  local out="$dist/windows" res="$dist/windows/res"
  mkdir -p "$res"
  cp "$dist/icons/balansplan.ico" "$dist/icons/balansplan-plan.ico" "$out/"
  cp "$dist/icons/balansplan.ico" "$res/"
  sed -e "s|@NUMVER@|$numver|" "$pkg/windows/balansplan.manifest.in" >"$res/balansplan.manifest"
  # The .syso files go where go build looks: the package's folder. They
  # are git-ignored and removed when this script ends, however it ends.
  trap 'rm -f cmd/balansplan/rsrc_windows_amd64.syso cmd/balansplan-gui/rsrc_windows_amd64.syso' EXIT
  local prog desc
  for prog in balansplan balansplan-gui; do
    desc="Balansplan"
    [ "$prog" = balansplan ] && desc="Balansplan (opdrachtregel / command line)"
    sed -e "s|@NUMVER_COMMA@|${numver//./,}|" -e "s|@VERSION@|$version|" -e "s|@FILE@|$prog|" \
      -e "s|@DESCRIPTION@|$desc|" "$pkg/windows/balansplan.rc.in" >"$res/$prog.rc"
    x86_64-w64-mingw32-windres -I "$res" -O coff -o "cmd/$prog/rsrc_windows_amd64.syso" "$res/$prog.rc"
  done
  # The application is a GUI program (no console window); the command
  # line is a console program that starts it (cmd/internal/desktop).
  CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
    go build -trimpath -ldflags "$ldflags -H windowsgui" -o "$out/balansplan-gui.exe" ./cmd/balansplan-gui
  CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
    go build -trimpath -ldflags "$ldflags" -o "$out/balansplan.exe" ./cmd/balansplan
  rm -f cmd/balansplan/rsrc_windows_amd64.syso cmd/balansplan-gui/rsrc_windows_amd64.syso
  local msi="$dist/balansplan-$version-x64.msi"
  rm -f "$dist"/balansplan-*-x64.msi # one installer in dist/, this build's
  wixl -a x64 -D "Version=$msiver" -D "Dist=$out" -o "$msi" "$pkg/windows/balansplan.wxs"
  ./.ci/msi-check.sh "$msi"
  echo "release: $msi"
}

case "$what" in
  all) linux; windows ;;
  linux) linux ;;
  windows) windows ;;
  *) echo "usage: .ci/release.sh [all|linux|windows]" >&2; exit 2 ;;
esac
ls -l "$dist"
