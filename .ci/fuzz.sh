#!/usr/bin/env bash
# Short fuzz runs: .ci/fuzz.sh FUZZTIME package:FuzzName ...
#
# A failing input is written to the package's testdata/fuzz and fails the
# run. Go's fuzzer can also end a run that found nothing with "context
# deadline exceeded", when the time is up while a worker is still
# minimising a new interesting input; that says nothing about the code, so
# such a run (and only such a run: no failing input written) is tried once
# more before it counts as a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
fuzztime=$1; shift
for t in "$@"; do
  pkg=${t%%:*}; name=${t##*:}
  for try in 1 2; do
    echo "fuzz $name ($pkg, $fuzztime)"
    log=$(mktemp)
    go test -run '^$' -fuzz "^$name\$" -fuzztime "$fuzztime" -fuzzminimizetime 2s -parallel 2 "$pkg" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    if [ "$rc" -eq 0 ]; then rm -f "$log"; break; fi
    if [ "$try" -eq 1 ] && grep -q "context deadline exceeded" "$log" && ! grep -q "Failing input written" "$log"; then
      echo "fuzz: $name ran out of time while minimising, not on a failing input; once more"
      rm -f "$log"; continue
    fi
    rm -f "$log"; exit "$rc"
  done
done
