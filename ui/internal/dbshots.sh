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

dbshots_home() {
  export GOCACHE=$(go env GOCACHE) GOPATH=$(go env GOPATH) # HOME changes below
  export HOME="$work/home"
  local prefs="$HOME/.config/fyne/nl.balansplan.app"
  mkdir -p "$prefs" "$HOME/.cache"
  printf '{"db.host":"%s","db.port":"5432","db.database":"bestuur","db.user":"%s","language":"nl"}\n' "$pgdir" "$1" >"$prefs/preferences.json"
}
