#!/usr/bin/env bash
# Screenshots of the board window (ui/board, issue 16) at 1024x640, as in
# docs/img/board-window*.png: every tab, and a school opened with Enter.
#
#   xvfb-run -a -s '-screen 0 1024x640x24' ui/shotsboard.sh BOARDWIN DIR OUTDIR [nl|en]
#
# BOARDWIN is ui/board/boardwin built (go build -o X ./ui/board/boardwin),
# DIR a board's folder of plan files (go run ./cmd/boardgen --dir DIR
# --schools 12, with a board.json for the ceiling). Tabs are reached by a
# click on their names at their place in the 1024x640 window (tabs, Dutch
# texts). FIVE=1 has BOARDWIN write the five hand-made schools into DIR
# first (boardwin --five). Needs xdotool and imagemagick (import).
set -u
BIN=$1; DIR=$2; OUT=$3; LANG_=${4:-nl}
export HOME=$(mktemp -d)
$BIN ${FIVE:+--five} "$DIR" "$LANG_" >"$OUT/boardwin.log" 2>&1 &
pid=$!
for i in $(seq 1 100); do w=$(xdotool search --name "Bestuur|Board" 2>/dev/null | head -1); [ -n "$w" ] && break; sleep 0.2; done
sleep 4
xdotool windowsize $w 1024 640 2>/dev/null; xdotool windowmove $w 0 0; sleep 1.5
import -window root "$OUT/board-window.png"
# x,y of the tabs Heatmap, Begroting, Niet gelezen.
tabs=(${TABS:-119,100 205,100 315,100})
names=(heatmap budget unread)
for i in "${!names[@]}"; do
  xy=${tabs[$i]}
  xdotool mousemove ${xy%,*} ${xy#*,} click 1; sleep 1.2
  import -window root "$OUT/board-window-${names[$i]}.png"
done
# Back to the schools, into the table, down two rows, Enter: a school.
xy=${SCHOOLS_TAB:-40,100}; xdotool mousemove ${xy%,*} ${xy#*,} click 1; sleep 1
xy=${FIRST_ROW:-300,215}; xdotool mousemove ${xy%,*} ${xy#*,} click 1; sleep 0.5
xdotool key Down Down Return; sleep 1.5
import -window root "$OUT/board-window-school.png"
kill $pid; wait $pid 2>/dev/null
