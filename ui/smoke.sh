#!/usr/bin/env bash
# Smoke test of the real Balansplan binary under a virtual X display.
#
#   ui/smoke.sh [BIN] [--screenshots DIR]
#
# It writes the demo plan with `BIN demo`, starts `BIN demo.balans` under
# Xvfb (via xvfb-run), waits for the window, and checks that the window
# title names the school and the file and that a screenshot of the screen
# is not blank. With --screenshots it also visits the main screens and
# saves them as DIR/app-<screen>.png (the README's pictures).
#
# It prints the time from start to the window and to the plan being shown.
# SMOKE_PLAN=file.balans runs it on another plan (for example the large
# one) instead of the demo; SMOKE_SCHOOL is then the school name to expect.
#
# Needs: xvfb (xvfb-run), xdotool, imagemagick (import, convert).
set -euo pipefail

BIN=${1:-bin/balansplan}
shift || true
SHOTS=""
if [ "${1:-}" = "--screenshots" ]; then
  SHOTS=$2
  mkdir -p "$SHOTS"
  SHOTS=$(cd "$SHOTS" && pwd)
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[ -x "$BIN" ] || { echo "smoke: no binary at $BIN (make build)" >&2; exit 2; }

# Re-run this script inside a fresh X display of a fixed size.
if [ -z "${SMOKE_DISPLAY_READY:-}" ]; then
  for tool in xvfb-run xdotool import convert; do
    command -v $tool >/dev/null || { echo "smoke: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
  done
  exec env SMOKE_DISPLAY_READY=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$BIN" ${SHOTS:+--screenshots "$SHOTS"}
fi

work=$(mktemp -d)
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "smoke: FAIL: $*" >&2
  echo "--- application log ---" >&2
  grep -v 'XDG_RUNTIME_DIR\|dbus-launch\|watch theme settings\|app_xdg.go\|cache.go' "$work/app.log" >&2 || true
  exit 1
}

plan=${SMOKE_PLAN:-}
school=${SMOKE_SCHOOL:-Het Dijkcollege}
if [ -z "$plan" ]; then
  plan=$work/demo.balans
  "$BIN" demo --out "$plan" || fail "balansplan demo did not write the demo plan"
fi
name=$(basename "$plan")

# A home of its own: no preferences of earlier runs, no demo offer dialog
# (a plan is given), light theme for readable screenshots.
export HOME=$work/home LANG=C.UTF-8 FYNE_THEME=${FYNE_THEME:-light}
mkdir -p "$HOME"

ms() { date +%s%3N; }
t0=$(ms)
"$BIN" "$plan" >"$work/app.log" 2>&1 &
app=$!

wid=""
for _ in $(seq 1 150); do
  wid=$(xdotool search --name 'Balansplan' 2>/dev/null | head -n 1 || true)
  [ -n "$wid" ] && break
  kill -0 "$app" 2>/dev/null || fail "the program exited before showing a window"
  sleep 0.1
done
[ -n "$wid" ] || fail "no window named Balansplan after 15 s"
t1=$(ms)

title=""
for _ in $(seq 1 100); do
  title=$(xdotool getwindowname "$wid" 2>/dev/null || true)
  case "$title" in *"$school"*) break ;; esac
  sleep 0.1
done
t2=$(ms)
case "$title" in
  *"$school"*"$name"*) ;;
  *) fail "window title is '$title'; want the school '$school' and the file '$name'" ;;
esac
echo "smoke: window after $((t1 - t0)) ms, plan shown after $((t2 - t0)) ms: $title"

# Let the first frames draw, then look at the screen.
sleep 1.5
kill -0 "$app" 2>/dev/null || fail "the program exited"
shot=$work/screen.png
import -window root "$shot"
colours=$(convert "$shot" -format '%k' info:)
spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
if [ "$colours" -lt 50 ] || awk "BEGIN{exit !($spread < 0.02)}"; then
  cp "$shot" /tmp/balansplan-smoke.png 2>/dev/null || true
  fail "the screen looks blank ($colours colours, spread $spread); see /tmp/balansplan-smoke.png"
fi
echo "smoke: screen has $colours colours (spread $spread)"

# Keyboard: Ctrl+4 opens Investeringen; the window must survive it.
xdotool key --window "$wid" ctrl+4
sleep 0.5
kill -0 "$app" 2>/dev/null || fail "the program exited after Ctrl+4"

if [ -n "$SHOTS" ]; then
  # The screens of the sidebar, by their Ctrl+number shortcut or a click
  # on the sidebar for those past 9.
  shoot() { # name key-or-click
    case "$2" in
      click:*) xy=${2#click:}; xdotool mousemove "${xy%,*}" "${xy#*,}" click 1 ;;
      *) xdotool key --window "$wid" "$2" ;;
    esac
    sleep 1
    import -window "$wid" "$SHOTS/app-$1.png"
    echo "smoke: saved $SHOTS/app-$1.png"
  }
  shoot overview ctrl+1
  shoot school ctrl+2
  shoot visions ctrl+3
  shoot investments ctrl+4
  shoot links ctrl+6
  shoot assessment ctrl+7
  shoot balance ctrl+8
  shoot route ctrl+9
  shoot timeline click:60,400
  shoot budget click:60,440
  shoot findings click:60,478
  shoot benchmark click:60,517
fi

# Closing the window ends the program; every edit is already on disk.
kill "$app"
wait "$app" 2>/dev/null || true
app=""
echo "smoke: OK"
