#!/usr/bin/env bash
# Screenshots of "Openen uit database…" and "Recente wijzigingen" at
# 1024x640 against a throwaway PostgreSQL server, as in docs/img/db-*.png.
#
#   ui/dbopen/shots.sh OUTDIR
#
# Makes db-menu, db-connect, db-plans, db-open, db-history,
# db-history-detail, db-conflict and db-conflict-saved.png: the last two
# after someone else (internal/shotdb conflict) saved another title while
# this user types one.
#
# Starts a cluster (.ci/postgres.sh), fills it (internal/shotdb: school
# 12AB with the demo plan, a director jansen and a consultant adviseur
# who each made edits), remembers server, database and user in a fresh
# HOME's preferences as the dialog would (never a password), and runs
# the app under Xvfb. The menus are reached by clicks at their places in
# the 1024x640 window (Dutch texts). Needs xvfb-run, xdotool and
# imagemagick (import).
set -euo pipefail
OUT=$(realpath "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export ROOT # the conflict step of the inner script runs from it
. ui/internal/dbshots.sh
dbshots_start
go build -o "$work/balansplan" ./cmd/balansplan
go run ./ui/dbopen/internal/shotdb "$SUPER"
dbshots_home jansen

export FILE_X=${FILE_X:-30} FILE_Y=${FILE_Y:-12} OPENDB_X=${OPENDB_X:-90} OPENDB_Y=${OPENDB_Y:-529}
export OPEN_X=${OPEN_X:-570} OPEN_Y=${OPEN_Y:-526} HIST_X=${HIST_X:-90} HIST_Y=${HIST_Y:-568} ROW_X=${ROW_X:-400} ROW_Y=${ROW_Y:-160}
dbshots_run "$work/balansplan" <<'STEPS'
# File menu, then "Openen uit database…" (FILE_X,FILE_Y / OPENDB_X,OPENDB_Y)
click $FILE_X $FILE_Y
import -window root "$OUT/db-menu.png"
click $OPENDB_X $OPENDB_Y
xdotool type --delay 50 "geheim"; sleep 0.5
import -window root "$OUT/db-connect.png"
xdotool key Return; sleep 3 # Enter in the password field connects
import -window root "$OUT/db-plans.png"
click $OPEN_X $OPEN_Y 3
import -window root "$OUT/db-open.png"
click $FILE_X $FILE_Y
click $HIST_X $HIST_Y 2
import -window root "$OUT/db-history.png"
click $ROW_X $ROW_Y
import -window root "$OUT/db-history-detail.png"
click 511 576 # Sluiten
xdotool key --window $w ctrl+2; sleep 1.5
# Someone else saves another title; then this user changes it too.
(cd "$ROOT" && go run ./ui/dbopen/internal/shotdb "$SUPER" conflict)
click 725 415
xdotool key ctrl+a; xdotool type --delay 30 "Ict-beleidsplan 2026-2031"; xdotool key Return; sleep 2
import -window root "$OUT/db-conflict.png"
click 133 245 # mijn waarde
click 570 546 2 # Opslaan
import -window root "$OUT/db-conflict-saved.png"
STEPS
