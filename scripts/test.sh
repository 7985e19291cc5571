#!/usr/bin/env bash
# The whole check: install if needed, find Chromium, prepare, type check, unit tests, build both
# browsers, end-to-end tests in real Chromium. Every step runs even after a failure, so all failures
# show; the last line is "N passed, N failed" and the exit code is non-zero if anything failed.
set -uo pipefail
source "$(dirname "$0")/setup.sh" || exit 1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
passed=0
failed=0
failed_steps=()

step() { # step NAME COMMAND...: a check that is not a test run counts as one failure when it fails
  local name=$1; shift
  echo; echo "== $name: $*"
  if "$@"; then return 0; fi
  failed=$((failed + 1)); failed_steps+=("$name")
  return 1
}

tests() { # tests NAME VITEST-ARGS...: adds the run's test counts from vitest's JSON report
  local name=$1; shift
  local json="$results/$name.json" code=0
  echo; echo "== $name: npx vitest run $*"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$json" || code=$?
  local counts
  counts=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    // A file that fails to load has no test results of its own: count it as a failure.
    const broken = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + broken);
  ' "$json" 2>/dev/null) || counts="0 0"
  local p=${counts% *} f=${counts#* }
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi # vitest failed without a failing test (crash, no tests)
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -eq 0 ] || failed_steps+=("$name ($f failed)")
}

step prepare npx wxt prepare
step typecheck npx tsc --noEmit
tests unit
step build-chrome npx wxt build
step build-firefox npx wxt build -b firefox
if [ -f .output/chrome-mv3/manifest.json ]; then
  tests e2e --config vitest.e2e.config.ts
else
  failed=$((failed + 1)); failed_steps+=("e2e (no Chrome build)")
fi

echo
if [ ${#failed_steps[@]} -gt 0 ]; then printf 'FAILED: %s\n' "${failed_steps[@]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
