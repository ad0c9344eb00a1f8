#!/usr/bin/env bash
# Enter-then-kill test of the real Balansplan binary under a virtual X
# display (issue 10 item 4): a value confirmed with Enter must be in the
# file even when the program is killed 50 ms later.
#
#   ui/enterkill.sh [BIN] [RUNS]
#
# It writes the demo plan with `BIN demo`, and RUNS times (default 10) for
# each of two fields of vision V1, the title (one line: Enter submits) and
# the text (several lines: Enter starts a new line): starts `BIN plan`,
# opens Visie (Ctrl+3), clicks the field, selects all, types a new value,
# presses Return, kills the program with SIGKILL 50 ms later and reads the
# field from the file with sqlite3. It prints each run and exits 1 when
# any value was lost.
#
# The window opens at 1024x640 on a fresh start (a laptop's screen, see
# ui/shell); the fields are found by their place in it, as ui/smoke.sh
# finds the sidebar; if the form moves, adjust TITLE_XY and TEXT_XY.
#
# Needs: xvfb (xvfb-run), xdotool, sqlite3.
set -euo pipefail

BIN=${1:-bin/balansplan}
RUNS=${2:-10}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[ -x "$BIN" ] || { echo "enterkill: no binary at $BIN (make build)" >&2; exit 2; }
TITLE_XY=${TITLE_XY:-"890 141"}
TEXT_XY=${TEXT_XY:-"890 205"}

if [ -z "${ENTERKILL_DISPLAY_READY:-}" ]; then
  for tool in xvfb-run xdotool sqlite3; do
    command -v $tool >/dev/null || { echo "enterkill: $tool is missing (apt-get install xvfb xdotool sqlite3)" >&2; exit 2; }
  done
  exec env ENTERKILL_DISPLAY_READY=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$BIN" "$RUNS"
fi

work=$(mktemp -d)
app=""
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home LANG=C.UTF-8 FYNE_THEME=light
mkdir -p "$HOME/.cache"
plan=$work/plan.balans
"$BIN" demo --out "$plan" >/dev/null

# one FIELD XY VALUE WANT: type VALUE in the field at XY, Enter, kill;
# succeed when the file holds WANT.
one() {
  local field=$1 xy=$2 value=$3 want=$4 wid="" t0 t1 got
  "$BIN" "$plan" >"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 150); do
    wid=$(xdotool search --name 'Balansplan' 2>/dev/null | head -n 1 || true)
    [ -n "$wid" ] && break
    sleep 0.1
  done
  if [ -z "$wid" ]; then
    echo "enterkill: no window after 15 s (program $(kill -0 "$app" 2>/dev/null && echo running || echo gone)); its log:" >&2
    grep -v 'XDG_RUNTIME_DIR\|dbus-launch\|watch theme settings\|app_xdg.go\|cache.go' "$work/app.log" >&2 || true
    exit 2
  fi
  sleep 1.5
  xdotool key --window "$wid" ctrl+3
  sleep 0.8
  # shellcheck disable=SC2086
  xdotool mousemove $xy click 1
  sleep 0.3
  xdotool key ctrl+a
  xdotool type --delay 15 "$value"
  sleep 0.1
  t0=$(date +%s%3N)
  xdotool key Return
  sleep 0.05
  kill -9 "$app"
  t1=$(date +%s%3N)
  wait "$app" 2>/dev/null || true
  app=""
  # The '|' keeps a final line break, which $(...) would strip.
  got=$(sqlite3 "$plan" "select $field || '|' from visions where code = 'V1'")
  if [ "$got" = "$want|" ]; then
    echo "enterkill: $field: killed $((t1 - t0)) ms after Return: kept"
    return 0
  fi
  echo "enterkill: $field: killed $((t1 - t0)) ms after Return: LOST (file holds '${got:0:40}')"
  return 1
}

lost=0
for i in $(seq 1 "$RUNS"); do
  v="Titel na Enter $i-$RANDOM"
  one title "$TITLE_XY" "$v" "$v" || lost=$((lost + 1))
  v="Tekst na Enter $i-$RANDOM"
  # Enter in the text starts a new line: the file must hold it too.
  one text "$TEXT_XY" "$v" "$v"$'\n' || lost=$((lost + 1))
done
echo "enterkill: $lost of $((2 * RUNS)) values lost"
[ "$lost" -eq 0 ]
