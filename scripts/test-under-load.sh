#!/usr/bin/env bash
# `npm test` while every core is kept busy by another program, to find tests that pass only on
# an idle machine (waits and timeouts that assume a quick answer). Exits with npm test's status;
# the busy loops end with this script however it ends.
#
#   scripts/test-under-load.sh                          # npm test beside one busy loop per core
#   HOGS=1 scripts/test-under-load.sh                   # another number of busy loops
#   scripts/test-under-load.sh npx nx run e2e:e2e       # another command instead of npm test
set -uo pipefail
cd "$(dirname "$0")/.."

hogs=${HOGS:-$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
pids=()

stop_hogs() {
  ((${#pids[@]})) || return 0
  kill "${pids[@]}" 2>/dev/null
  wait "${pids[@]}" 2>/dev/null
  echo "test-under-load: stopped ${#pids[@]} busy loops" >&2
  pids=()
}
trap stop_hogs EXIT

for ((i = 0; i < hogs; i++)); do
  # A busy loop that also ends by itself once this script is gone (even after kill -9).
  node -e 'const parent = process.ppid; for (let i = 1; ; i++) if (i % 50000000 === 0 && process.ppid !== parent) process.exit(0);' &
  pids+=($!)
done
echo "test-under-load: $hogs busy loops (pids ${pids[*]}) beside: ${*:-npm test}" >&2

# In the background so that a signal to this script is handled at once, not after the tests:
# Ctrl-C, SIGTERM or SIGHUP stop the tests (SIGTERM, which npm and Nx pass on) and then the loops.
( if (($#)); then exec "$@"; else exec npm test; fi ) <&0 &
tests=$!
stop_tests() {
  kill -TERM "$tests" 2>/dev/null
  wait "$tests"
  exit "$1"
}
trap 'stop_tests 130' INT
trap 'stop_tests 143' TERM
trap 'stop_tests 129' HUP
wait "$tests"
status=$?
echo "test-under-load: the tests exited with status $status" >&2
exit "$status"
