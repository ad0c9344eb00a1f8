#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of model/pgstore and the
# command line's db commands (docs/postgres.md).
#
#   .ci/postgres.sh run CMD [ARG...]   start a cluster, run CMD with
#                                      BALANSPLAN_TEST_PG set to its URL,
#                                      stop and delete the cluster on exit
#   .ci/postgres.sh start DIR          start a cluster in the empty folder
#                                      DIR; prints the URL
#   .ci/postgres.sh start DIR PID      the same, and stop it and delete
#                                      DIR when process PID has ended (a
#                                      test binary that panicked)
#   .ci/postgres.sh stop DIR           stop it and delete DIR
#   .ci/postgres.sh restart DIR        stop it as a crash would (immediate
#                                      mode: WAL replay on start) and start
#                                      it again (the load test's fault)
#
# The cluster belongs to an unprivileged user (this user, or "nobody" when
# run as root: initdb refuses root), lives in a temporary folder and
# listens only on a Unix socket in that folder (listen_addresses=''), so no
# other machine can reach it. Authentication is trust on that socket: the
# folder is 0700, so only its owner (and root) can reach the socket.
#
# Debian's postgresql package is installed when initdb is missing and this
# runs as root or with sudo. When no server can be started, `run` still
# runs CMD, without BALANSPLAN_TEST_PG: the tests then skip with a message,
# unless CI=true, in which case they fail.
set -euo pipefail

pgbin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; fi
  done | sort -V | tail -1
}

install_pg() {
  [ -n "$(pgbin)" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null || { echo "postgres: initdb is missing and no root or sudo to install the postgresql package" >&2; return 1; }
    sudo="sudo -n"
  fi
  echo "postgres: installing the postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2 || true
  $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null || return 1
  [ -n "$(pgbin)" ]
}

# as_owner CMD...: run CMD as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
  else
    "$@"
  fi
}

# server_opts DIR: the server's settings. fsync=off: the cluster is thrown
# away, and a crash of the server process (not of the machine) loses
# nothing with it, since the WAL is still in the system's page cache.
server_opts() {
  echo "-c listen_addresses='' -c unix_socket_directories='$1' -c fsync=off -c max_connections=200"
}

start() {
  local dir=$1 bin
  install_pg || return 1
  bin=$(pgbin)
  mkdir -p "$dir"
  chmod 0700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown nobody:nogroup "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { echo "postgres: initdb failed:" >&2; cat "$dir/initdb.log" >&2; return 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "$(server_opts "$dir")" \
    start >/dev/null \
    || { echo "postgres: the server did not start:" >&2; cat "$dir/server.log" >&2; return 1; }
  echo "postgres://postgres@/postgres?host=$dir&sslmode=disable"
}

stop() {
  local dir=$1 bin
  bin=$(pgbin)
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

restart() {
  local dir=$1 bin
  bin=$(pgbin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "$(server_opts "$dir")" \
    start >/dev/null
}

# watch DIR PID: in the background, stop the cluster once PID is gone.
watch() {
  local dir=$1 pid=$2
  (
    trap '' HUP
    while kill -0 "$pid" 2>/dev/null && [ -d "$dir" ]; do sleep 2; done
    stop "$dir"
  ) </dev/null >/dev/null 2>&1 &
}

case "${1:-}" in
  start)
    start "$2"
    if [ -n "${3:-}" ]; then watch "$2" "$3"; fi
    ;;
  restart) restart "$2" ;;
  stop) stop "$2" ;;
  run)
    shift
    dir=$(mktemp -d "${TMPDIR:-/tmp}/balansplan-pg.XXXXXX")
    trap 'stop "$dir"' EXIT
    if url=$(start "$dir"); then
      export BALANSPLAN_TEST_PG="$url"
      echo "postgres: test server at $dir (Unix socket only)" >&2
    else
      echo "postgres: no test server; the PostgreSQL tests skip (or fail when CI=true)" >&2
    fi
    "$@"
    ;;
  *) echo "usage: .ci/postgres.sh run CMD... | start DIR | stop DIR | restart DIR" >&2; exit 2 ;;
esac
