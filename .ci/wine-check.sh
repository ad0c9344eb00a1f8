#!/usr/bin/env bash
# make wine-check: runs the Windows command line (dist/windows/balansplan.exe,
# from make release) under Wine on the demo plan and compares every output
# with the Linux build's (dist/linux/balansplan): demo, export to JSON,
# import of that JSON, analyse (text and --json), export to PDF (compared as
# pdftotext text, the PDF itself carries its own creation time), check, and
# --version. Any difference fails, shown as a diff.
#
# With --window it also starts balansplan-gui.exe under Wine in an Xvfb
# display and takes a screenshot (dist/wine-window.png); docs/release.md
# says what that shows.
#
# The first run makes a Wine prefix (a fresh one each time, in a temporary
# folder), which takes most of the time: docs/release.md has the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${DIST:-dist}
lin="$PWD/$dist/linux/balansplan"
win="$PWD/$dist/windows/balansplan.exe"
wingui="$PWD/$dist/windows/balansplan-gui.exe"
for f in "$lin" "$win"; do
  [ -f "$f" ] || { echo "wine-check: $f is missing; run make release first" >&2; exit 1; }
done

pkgs="wine wine64 poppler-utils xvfb xauth imagemagick"
# shellcheck disable=SC2086
./.ci/apt-install.sh wine-check $pkgs

tmp=$(mktemp -d)
export WINEPREFIX="$tmp/prefix" WINEDEBUG=-all WINEARCH=win64 WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
  wineserver -k 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
# One day for both, so the PDF's date (the plan's own, else the export
# day) cannot differ across midnight.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764460800}
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)

t0=$(date +%s)
wineboot -i >/dev/null 2>&1
# Go's Windows runtime needs ProcessPrng from bcryptprimitives.dll, which
# Wine 8.0 lacks: a stand-in (.ci/wine/bcryptprimitives.c) goes into the
# prefix's system32, the only folder Go loads it from.
./.ci/apt-install.sh wine-check gcc-mingw-w64-x86-64
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  .ci/wine/bcryptprimitives.c -ladvapi32
t1=$(date +%s)
echo "wine-check: Wine prefix made in $((t1 - t0)) s"

# steps PROGRAM...: every command once, in a folder of its own, with
# relative paths (a Windows program reads /tmp/... as Z:\tmp\... too, but a
# relative name keeps the outputs free of either). `demo` gives every
# entity a new random ID, so the rest starts from one shared JSON plan
# (shared.json, the Linux build's export of its demo plan), imported by
# each build: from there on the outputs must be equal byte for byte.
steps() {
  "$@" --version | sed 's/ (.*//' >version.txt
  "$@" demo --out demo.balans
  "$@" export --in demo.balans --out demo.json
  "$@" import --in ../shared.json --out imported.balans
  "$@" export --in imported.balans --out plan.json
  "$@" analyse --in imported.balans >analyse.txt
  "$@" analyse --in imported.balans --json >analyse.json
  "$@" analyse --in imported.balans --json --lang en >analyse-en.json
  "$@" export --in imported.balans --out plan.pdf --lang nl
  "$@" export --in imported.balans --out plan-en.pdf --lang en
  "$@" check --in imported.balans >check.txt
  # A wrong call: the message and the exit status.
  set +e
  "$@" import --in missing.json --out x.balans 2>missing.txt
  echo "exit $?" >>missing.txt
  set -e
  for p in plan plan-en; do pdftotext -layout "$p.pdf" "$p.pdf.txt"; done
  # The demo plan with its random IDs numbered in order of appearance.
  perl -pe 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/$n{$&} \/\/= "id-" . ++$c/ge' demo.json >demo-ids.json
}

mkdir -p "$tmp/linux" "$tmp/windows"
(cd "$tmp" && "$lin" demo --out shared.balans && "$lin" export --in shared.balans --out shared.json)
(cd "$tmp/linux" && steps "$lin")
t2=$(date +%s)
(cd "$tmp/windows" && steps "$wine" "$win")
t3=$(date +%s)
echo "wine-check: Linux steps $((t2 - t1)) s, the same under Wine $((t3 - t2)) s"

fail=0
for f in version.txt demo-ids.json plan.json analyse.txt analyse.json analyse-en.json check.txt missing.txt plan.pdf.txt plan-en.pdf.txt; do
  # Wine's console may end lines with CR LF; Go itself writes LF.
  if diff -u "$tmp/linux/$f" <(tr -d '\r' <"$tmp/windows/$f") >"$tmp/diff" 2>&1; then
    printf 'wine-check: %-16s same (%s lines)\n' "$f" "$(wc -l <"$tmp/linux/$f")"
  else
    echo "wine-check: $f differs:"; head -40 "$tmp/diff" || true; fail=1
  fi
done
# The plan file the Windows build wrote, read back by the Linux build.
"$lin" export --in "$tmp/windows/imported.balans" --out "$tmp/windows/imported.json"
if cmp -s "$tmp/shared.json" "$tmp/windows/imported.json"; then
  echo "wine-check: imported.balans written under Wine reads back on Linux as the same plan"
else
  echo "wine-check: imported.balans written under Wine reads back as another plan"; fail=1
fi

# The installer under Wine's msiexec: a silent per-machine install puts
# both programs in Program Files, the Start menu entry and the file type
# in place, the installed command line runs, and a silent uninstall takes
# all of it away again.
msi=$(ls -t "$dist"/balansplan-*-x64.msi 2>/dev/null | head -1 || true) # the newest
if [ -n "$msi" ]; then
  pf="$WINEPREFIX/drive_c/Program Files/Balansplan"
  # Windows puts a per-machine shortcut in ProgramData's Start Menu; Wine
  # 8.0's msi sets ProgramMenuFolder to the user's whatever ALLUSERS says
  # (its log shows ALLUSERS = 1 beside the per-user folder), so either
  # place counts here.
  lnk="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Balansplan.lnk"
  userlnk="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Balansplan.lnk"
  reg() { "$wine" reg query "$1" /ve 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ *//p'; }
  check() { # what, condition...
    local what=$1; shift
    if "$@"; then echo "wine-check: msi: $what"; else echo "wine-check: msi: NOT $what"; fail=1; fi
  }
  "$wine" msiexec /i "$(winepath -w "$msi")" /qn
  check "installed both programs" test -f "$pf/balansplan.exe" -a -f "$pf/balansplan-gui.exe" -a -f "$pf/balansplan-plan.ico"
  check "made the Start menu entry" test -f "$lnk" -o -f "$userlnk"
  check ".balans is a Balansplan.Plan" test "$(reg 'HKCR\.balans')" = "Balansplan.Plan"
  check "a plan opens in balansplan-gui.exe" test "$(reg 'HKCR\Balansplan.Plan\shell\open\command')" = '"C:\Program Files\Balansplan\balansplan-gui.exe" "%1"'
  check "the plan's icon" test "$(reg 'HKCR\Balansplan.Plan\DefaultIcon')" = '"C:\Program Files\Balansplan\balansplan-plan.ico",0'
  installed=$("$wine" "C:\\Program Files\\Balansplan\\balansplan.exe" --version | tr -d '\r' | sed 's/ (.*//')
  check "the installed command line runs ($installed)" test "$installed" = "$(cat "$tmp/linux/version.txt")"
  "$wine" msiexec /x "$(winepath -w "$msi")" /qn
  check "uninstall removed the programs" test ! -e "$pf/balansplan.exe" -a ! -e "$pf/balansplan-gui.exe"
  check "uninstall removed the Start menu entry" test ! -e "$lnk" -a ! -e "$userlnk"
  check "uninstall removed the file type" test -z "$(reg 'HKCR\.balans')"
fi

if [ "${1:-}" = "--window" ]; then
  # Xvfb picks a free display and says which on fd 5.
  Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$tmp/display" 2>/dev/null &
  xvfb=$!
  for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.2; done
  display=":$(cat "$tmp/display")"
  # The Wine session of the steps above has no display; end it, so the
  # application's starts a new one on this display.
  wineserver -k 2>/dev/null || true
  (cd "$tmp/windows" && DISPLAY=$display timeout 90 "$wine" "$wingui" demo.balans >"$tmp/gui.log" 2>&1) &
  gui=$!
  sleep "${WINDOW_WAIT:-30}"
  DISPLAY=$display import -window root "$dist/wine-window.png" || true
  wineserver -k 2>/dev/null || true
  wait "$gui" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  echo "wine-check: screenshot of the application under Wine: $dist/wine-window.png"
  if [ -s "$tmp/gui.log" ]; then echo "wine-check: the application said:"; head -20 "$tmp/gui.log"; fi
fi

echo "wine-check: $(( $(date +%s) - t0 )) s in all"
if [ "$fail" -ne 0 ]; then echo "wine-check: the Windows build differs from the Linux build" >&2; exit 1; fi
echo "wine-check: the Windows command line under Wine matches the Linux build"
