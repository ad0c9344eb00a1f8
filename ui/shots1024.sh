#!/usr/bin/env bash
# Screenshots of every screen at 1024x640 (a school laptop), as in
# docs/img/1024-*.png, and of the presentation (issue 11, defect 2).
#
#   xvfb-run -a -s '-screen 0 1024x640x24' ui/shots1024.sh BIN PLAN OUTDIR
#
# BIN is the balansplan binary (balansplan-gui beside it), PLAN a .balans
# file (BIN demo --out PLAN). Screens are reached by their shortcuts
# (Ctrl+1..9, Ctrl+0, Ctrl+Shift+1..8), the presentation by Ctrl+Shift+P.
# The screens with tabs (Beginsituatie, Bestuur) are taken on each further
# tab too (1024-situation-2.png, 1024-board-2.png, ...), reached by a
# click on the tab's name at its place in the 1024x640 window (tabs).
# Needs xdotool and imagemagick (import).
# inside xvfb: shots.sh BIN PLAN OUTDIR [LANG]
set -u
BIN=$1; PLAN=$2; OUT=$3
export HOME=$(mktemp -d)
$BIN "$PLAN" >"$OUT/app.log" 2>&1 &
pid=$!
for i in $(seq 1 100); do w=$(xdotool search --name Balansplan 2>/dev/null | head -1); [ -n "$w" ] && break; sleep 0.2; done
sleep 2
xdotool windowsize $w 1024 640 2>/dev/null; xdotool windowmove $w 0 0; sleep 1
names=(overview school visions investments agreements links assessment balance route timeline budget findings benchmark situation risks followup board workshop)
keys=(ctrl+1 ctrl+2 ctrl+3 ctrl+4 ctrl+5 ctrl+6 ctrl+7 ctrl+8 ctrl+9 ctrl+0 ctrl+shift+1 ctrl+shift+2 ctrl+shift+3 ctrl+shift+4 ctrl+shift+5 ctrl+shift+6 ctrl+shift+7 ctrl+shift+8)
# x,y of the second, third ... tab of a screen with tabs (Dutch texts).
declare -A tabs=([situation]="343,99" [board]="364,99 502,99")
for i in "${!names[@]}"; do
  xdotool windowactivate $w 2>/dev/null; xdotool key --window $w ${keys[$i]}; sleep 1.2
  import -window root "$OUT/1024-${names[$i]}.png"
  n=2
  for xy in ${tabs[${names[$i]}]:-}; do
    xdotool mousemove ${xy%,*} ${xy#*,} click 1; sleep 1
    import -window root "$OUT/1024-${names[$i]}-$n.png"
    n=$((n+1))
  done
done
xdotool key --window $w ctrl+shift+p; sleep 2.5
import -window root "$OUT/1024-presentation.png"
kill $pid; wait $pid 2>/dev/null
