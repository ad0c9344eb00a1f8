# Shared set-up of the screenshot scripts that run the app against a
# throwaway PostgreSQL server (ui/dbopen/shots.sh, ui/board/dbshots.sh).
# Source it from the repository root after setting OUT; it defines
#
#   dbshots_start            a cluster in a temporary folder (.ci/postgres.sh),
#                            an empty database "bestuur", the GUI built into
#                            $work; sets work, pgdir, SUPER (the superuser URL)
#   dbshots_home USER        a fresh HOME whose preferences remember server,
#                            database and USER as the connection dialog would
#                            (never a password)
#   dbshots_run BIN          runs BIN under Xvfb at 1024x640 and, once its
#                            window is up and the first start's welcome
#                            question is answered, the steps read from
#                            standard input (a script that can use $w, $pid,
#                            $OUT, $WORK and click X Y [SECONDS])
#
# and removes everything it made on exit.
work=$(mktemp -d)
pgdir=$(mktemp -d)
dbshots_cleanup() { .ci/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap dbshots_cleanup EXIT

dbshots_start() {
  go build -o "$work/balansplan-gui" ./cmd/balansplan-gui
  .ci/postgres.sh start "$pgdir" >/dev/null
  local pgb
  pgb=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  "$pgb/createdb" -h "$pgdir" -U postgres bestuur
  SUPER="postgres://postgres@/bestuur?host=$pgdir&sslmode=disable"
  export SUPER
}

dbshots_run() {
  cat >"$work/inner.sh" <<'PREAMBLE'
set -u
BIN=$1; OUT=$2; WORK=$3
$BIN >"$WORK/app.log" 2>&1 &
pid=$!
for i in $(seq 1 100); do w=$(xdotool search --name Balansplan 2>/dev/null | head -1); [ -n "$w" ] && break; sleep 0.2; done
sleep 2
xdotool windowsize $w 1024 640; xdotool windowmove $w 0 0; sleep 1
click() { xdotool mousemove $1 $2 click 1; sleep ${3:-1}; }
click 475 367 # "Nee" in the welcome question of a first start
PREAMBLE
  cat >>"$work/inner.sh"
  echo 'kill $pid; wait $pid 2>/dev/null' >>"$work/inner.sh"
  xvfb-run -a -s '-screen 0 1024x640x24' bash "$work/inner.sh" "$1" "$OUT" "$work"
}

dbshots_home() {
  export GOCACHE=$(go env GOCACHE) GOPATH=$(go env GOPATH) # HOME changes below
  export HOME="$work/home"
  local prefs="$HOME/.config/fyne/nl.balansplan.app"
  mkdir -p "$prefs" "$HOME/.cache"
  printf '{"db.host":"%s","db.port":"5432","db.database":"bestuur","db.user":"%s","language":"nl"}\n' "$pgdir" "$1" >"$prefs/preferences.json"
}
