#!/usr/bin/env bash
# Screenshots of every screen at 1024x640 (a school laptop), as in
# docs/img/1024-*.png, and of the presentation (issue 11, defect 2).
#
#   xvfb-run -a -s '-screen 0 1024x640x24' ui/shots1024.sh BIN PLAN OUTDIR
#
# BIN is the balansplan binary (balansplan-gui beside it), PLAN a .balans
# file (BIN demo --out PLAN). Screens are reached by their shortcuts
# (Ctrl+1..9, Ctrl+0, Ctrl+Shift+1..0), the presentation by Ctrl+Shift+P.
# The screens with tabs (Beginsituatie, Bestuur, Versies, and Begroting's
# Realisatie and Balans's rounds, issue 15) are taken on each further
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
names=(overview school visions investments agreements links assessment balance route timeline budget findings benchmark situation risks followup board versions themes maturity)
keys=(ctrl+1 ctrl+2 ctrl+3 ctrl+4 ctrl+5 ctrl+6 ctrl+7 ctrl+8 ctrl+9 ctrl+0 ctrl+shift+1 ctrl+shift+2 ctrl+shift+3 ctrl+shift+4 ctrl+shift+5 ctrl+shift+6 ctrl+shift+7 ctrl+shift+8 ctrl+shift+9 ctrl+shift+0)
# x,y of the second, third ... tab of a screen with tabs (Dutch texts).
declare -A tabs=([situation]="343,99" [board]="364,99 502,99" [versions]="310,99 395,99" [budget]="306,99" [balance]="445,138")
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
# A vision's yearly evaluation (issue 15), at the end of its form: Visie,
# the form scrolled down with the mouse wheel.
xdotool windowactivate $w 2>/dev/null; xdotool key --window $w ctrl+3; sleep 1
xdotool mousemove 640 300; for i in $(seq 1 40); do xdotool click 5; done; sleep 1
import -window root "$OUT/1024-visions-2.png"
# A frozen version opened read-only (issue 15): Versies, tab Versies,
# "Openen (alleen lezen)" on the newest version; its window opens on top.
xdotool windowactivate $w 2>/dev/null; xdotool key --window $w ctrl+shift+8; sleep 1
xdotool mousemove 310 99 click 1; sleep 1
xdotool mousemove 318 263 click 1; sleep 2
ro=$(xdotool search --name "alleen lezen" 2>/dev/null | head -1)
if [ -n "$ro" ]; then
  xdotool windowmove $ro 0 0; xdotool windowsize $ro 1024 640; sleep 1
  import -window root "$OUT/1024-versions-readonly.png"
  xdotool windowunmap $ro; sleep 0.5
fi
# The themes (issue 19), Ctrl+Shift+9: the picker on "Digitale
# geletterdheid" (1024-themes.png), which "Thema kiezen" then chooses
# (a no-op when the plan has it), so its deadline stands on the Tijdlijn
# (1024-themes-timeline.png); the tab Informatiebeveiliging en privacy
# (1024-maturity.png) and its chart (1024-maturity-2.png). docs/themes.md
# says which plan the images in docs/img were taken with.
xdotool windowactivate $w 2>/dev/null; xdotool key --window $w ctrl+shift+9; sleep 1.2
xdotool mousemove 300 255 click 1; sleep 1
import -window root "$OUT/1024-themes.png"
xdotool mousemove 917 574 click 1; sleep 1
xdotool key --window $w ctrl+0; sleep 1.2
import -window root "$OUT/1024-themes-timeline.png"
xdotool key --window $w ctrl+shift+9; sleep 1
xdotool mousemove 452 99 click 1; sleep 1.2
import -window root "$OUT/1024-maturity.png"
xdotool mousemove 324 197 click 1; sleep 1.2
import -window root "$OUT/1024-maturity-2.png"
# Start the next plan (issue 15): File > "Volgend plan starten…" (the
# seventh item of the File menu at 1024x640), its dialog as it opens
# (1024-nextplan.png) and with a period of 0 years, which the dialog
# refuses in words and by a disabled "Maken…" (1024-nextplan-2.png);
# "Annuleren" closes it.
xdotool windowactivate $w 2>/dev/null; xdotool key --window $w ctrl+1; sleep 1
xdotool mousemove 30 12 click 1; sleep 1
xdotool mousemove 90 245 click 1; sleep 1.2
import -window root "$OUT/1024-nextplan.png"
xdotool mousemove 560 395 click --repeat 3 1; sleep 0.3
xdotool key --window $w ctrl+a BackSpace; xdotool type --window $w 0; sleep 1
import -window root "$OUT/1024-nextplan-2.png"
xdotool mousemove 453 457 click 1; sleep 0.5
xdotool windowactivate $w 2>/dev/null
xdotool key --window $w ctrl+shift+p; sleep 2.5
import -window root "$OUT/1024-presentation.png"
kill $pid; wait $pid 2>/dev/null
