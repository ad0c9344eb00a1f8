#!/usr/bin/env bash
# The screenshot of the board window read from a board database,
# docs/img/board-db.png, at 1024x640 against a throwaway PostgreSQL server.
#
#   ui/board/dbshots.sh OUTDIR
#
# Starts a cluster (.ci/postgres.sh), fills it (internal/shotboard: three
# of the hand-made schools under board "proef", a fourth under another
# board), remembers server, database and user "bestuur" in a fresh HOME's
# preferences as the connection dialog would (never a password), runs the
# app under Xvfb and goes File > "Bestuursoverzicht uit database…", Enter
# in the password field (the throwaway server trusts its socket). Also
# writes board-db-menu.png and board-db-connect.png (not in the docs).
# Needs xvfb-run, xdotool and imagemagick (import).
set -euo pipefail
OUT=$(realpath "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. ui/internal/dbshots.sh
dbshots_start
go run ./ui/board/internal/shotboard "$SUPER"
dbshots_home bestuur

export FILE_X=${FILE_X:-30} FILE_Y=${FILE_Y:-12} DBBOARD_X=${DBBOARD_X:-90} DBBOARD_Y=${DBBOARD_Y:-490}
dbshots_run "$work/balansplan-gui" <<'STEPS'
click $FILE_X $FILE_Y
import -window root "$OUT/board-db-menu.png"
click $DBBOARD_X $DBBOARD_Y
import -window root "$OUT/board-db-connect.png"
xdotool key Return; sleep 5 # Enter in the password field connects
b=$(xdotool search --name "Bestuur:" 2>/dev/null | head -1)
[ -n "$b" ] && { xdotool windowmove $b 0 0; sleep 1; }
import -window root "$OUT/board-db.png"
STEPS
