#!/usr/bin/env bash
# `npm test`: every check. The browser tests are the longest task by far (about five minutes
# on 2 cores, mostly waiting on the browser and the API); Nx would start them last and leave one
# core idle while they run. So the builds they test come first, then the browser tests run
# beside everything else, and the command fails if either side fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

nx run-many -t build -p api web --output-style=static || exit 1

browser_log=$(mktemp)
trap 'rm -f "$browser_log"' EXIT

# Both sides use the builds made above and never rebuild them under the running tests.
(
  set -o pipefail
  nx run web-e2e:e2e --exclude-task-dependencies --output-style=static 2>&1 | sed -u 's/^/[browser] /' | tee "$browser_log"
) &
browser=$!

nx run-many -t lint typecheck test e2e --exclude=web-e2e --exclude-task-dependencies --parallel=2 --output-style=static
rest=$?
wait "$browser"
browser_status=$?
# The browser tests' output is interleaved with everything else: their failures and retries are
# repeated at the end, where a reader of a long log looks first.
if grep -q -E '✕|FAIL |RETRY|Tests: .*failed' "$browser_log"; then
  echo "--- browser tests: failures and retries (repeated from above) ---"
  grep -E -A 25 '● |✕|RETRY|FAIL ' "$browser_log" | head -200
  grep -E 'Tests:|Test Suites:' "$browser_log"
fi
((rest == 0 && browser_status == 0)) && echo "npm test: every check passed" || echo "npm test: failed (checks: $rest, browser tests: $browser_status)" >&2
exit $((rest || browser_status))
