#!/usr/bin/env bash
# First painted frame of Balansplan against a Fyne hello world.
#
#   ui/firstframe.sh [BIN] [PAIRS]
#
# Builds ui/internal/hello (the smallest Fyne program with a window of
# Balansplan's size) and ui/internal/firstframe (the poller), writes the
# demo plan, and then, under one Xvfb display, starts the two programs in
# turn, PAIRS times (default 18): hello, Balansplan, hello, ... . For each
# start the poller finds the window with xdotool and dumps it with xwd
# every 2 ms until it is no longer of one colour; that is the first
# painted frame. It prints each pair and the medians of both, and the
# median of the per-pair ratios Balansplan / hello, which is the figure of
# docs/performance.md ("first frame within 1.3x of a hello world").
#
# Pairs, not two series, because the machine's load changes while it
# runs: each pair sees about the same load. FIRSTFRAME_LOAD=N runs N busy
# loops beside it (the "under load" case of issue 11).
# FIRSTFRAME_BEFORE=OTHER_BIN adds a third start to each round, another
# build (say, of the previous commit), so that before and after are
# measured in the same run.
#
# Needs: go, xvfb (xvfb-run), xdotool, x11-apps (xwd).
set -euo pipefail

BIN=${1:-bin/balansplan}
PAIRS=${2:-18}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[ -x "$BIN" ] || { echo "firstframe: no binary at $BIN (make build)" >&2; exit 2; }

if [ -z "${FIRSTFRAME_DISPLAY_READY:-}" ]; then
  for tool in go xvfb-run xdotool xwd; do
    command -v $tool >/dev/null || { echo "firstframe: $tool is missing" >&2; exit 2; }
  done
  exec env FIRSTFRAME_DISPLAY_READY=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$BIN" "$PAIRS"
fi

work=$(mktemp -d)
loads=()
cleanup() {
  for p in "${loads[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$ROOT" && go build -o "$work/hello" ./ui/internal/hello && go build -o "$work/firstframe" ./ui/internal/firstframe)
"$BIN" demo --out "$work/demo.balans" >/dev/null

# A home of its own: no preferences of earlier runs, no demo offer.
export HOME=$work/home LANG=C.UTF-8
mkdir -p "$HOME"

for _ in $(seq 1 "${FIRSTFRAME_LOAD:-0}"); do
  (while :; do :; done) &
  loads+=($!)
done

# One start of each first, not counted: the first start of a binary
# reads it from disk.
"$work/firstframe" -timeout 15s -name Hello -- "$work/hello" >/dev/null 2>&1 || true
"$work/firstframe" -timeout 15s -name Balansplan -- "$BIN" "$work/demo.balans" >/dev/null 2>&1 || true
BEFORE=${FIRSTFRAME_BEFORE:-}
if [ -n "$BEFORE" ]; then
  "$work/firstframe" -timeout 15s -name Balansplan -- "$BEFORE" "$work/demo.balans" >/dev/null 2>&1 || true
fi

# first NAME PROGRAM...: the milliseconds to the first painted frame. Now
# and then the X server refuses a client that starts right after another
# ended ("failed to initialise GLFW"); that start is tried again.
first() {
  local name=$1 out
  shift
  for _ in 1 2 3; do
    if out=$("$work/firstframe" -timeout 15s -name "$name" -- "$@" 2>/dev/null); then
      echo "$out" | sed -n 's/.*painted=\([0-9]*\).*/\1/p'
      return
    fi
    sleep 0.5
  done
  echo "firstframe: $name never painted" >&2
  exit 1
}
: >"$work/pairs"
for i in $(seq 1 "$PAIRS"); do
  h=$(first Hello "$work/hello")
  b=$(first Balansplan "$BIN" "$work/demo.balans")
  if [ -n "$BEFORE" ]; then
    o=$(first Balansplan "$BEFORE" "$work/demo.balans")
    echo "round $i: hello $h ms, balansplan $b ms, before $o ms"
    echo "$h $b $o" >>"$work/pairs"
  else
    echo "pair $i: hello $h ms, balansplan $b ms"
    echo "$h $b" >>"$work/pairs"
  fi
done

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) printf "%.3g\n", a[(NR+1)/2]; else printf "%.3g\n", (a[NR/2]+a[NR/2+1])/2}'; }
mh=$(awk '{print $1}' "$work/pairs" | median)
mb=$(awk '{print $2}' "$work/pairs" | median)
mr=$(awk '{printf "%.4f\n", $2/$1}' "$work/pairs" | median)
echo "firstframe: $PAIRS pairs; median hello $mh ms, balansplan $mb ms; median ratio $mr"
if [ -n "$BEFORE" ]; then
  mo=$(awk '{print $3}' "$work/pairs" | median)
  mq=$(awk '{printf "%.4f\n", $3/$1}' "$work/pairs" | median)
  echo "firstframe: before: median $mo ms; median ratio $mq"
fi
