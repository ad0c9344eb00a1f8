#!/usr/bin/env bash
# Runs every Go test once, verbosely into a log, and prints what matters:
# one line per package, the failures in full, and a closing count line
# "N passed, N failed, N skipped" over all tests and subtests.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
go test -count=1 -v "$@" ./... >"$log" 2>&1
rc=$?
grep -E '^(ok|FAIL|\?|panic:|--- FAIL)' "$log"
if [ $rc -ne 0 ]; then
  echo "---- failures in full ----"
  grep -B2 -A25 -E '^\s*--- FAIL|^panic:' "$log" | head -400
fi
passed=$(grep -cE '^\s*--- PASS' "$log")
failed=$(grep -cE '^\s*--- FAIL' "$log")
skipped=$(grep -cE '^\s*--- SKIP' "$log")
if [ "$skipped" -gt 0 ]; then
  echo "skipped:"; grep -E '^\s*--- SKIP' "$log" | sed 's/^/  /'
fi
rm -f "$log"
if [ $rc -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $rc
