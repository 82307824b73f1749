#!/usr/bin/env bash
# The safety gates of a second build (clang, AddressSanitizer + UndefinedBehaviorSanitizer):
#   1. the unit tests (not the demo-site integration tests, which the main build runs);
#   2. the hostile-site suite with the sanitized program (every stage, on a small site), run
#      beside 3 so that both cores of a CI machine are busy;
#   3. each libFuzzer harness in fuzz/ over its committed corpus (crashes found earlier are
#      kept there as regression inputs), then for a bounded time on new inputs.
# Usage: scripts/sanitize-and-fuzz.sh [SECONDS_PER_HARNESS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
build=build-sanitize
jobs=$(nproc)

# -O1 with line tables only: quick to compile, fast enough to fuzz, asserts kept.
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS_RELEASE="-O1 -gline-tables-only" -DBUILD_TESTING=ON \
  -DKOMMUNETALL_SANITIZE=ON > /dev/null
cmake --build "$build" --parallel "$jobs" --target kommunetall kommunetall_tests fuzzers

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

start=$SECONDS
"$build/kommunetall_tests" "~[integration]~[reference]" > "$build/unit.log" ||
  { tail -50 "$build/unit.log"; exit 1; }
echo "sanitized unit tests: passed in $((SECONDS - start)) s"

# The hostile-site suite runs one program at a time, and so does the fuzzing: side by side.
hostile_start=$SECONDS
tests/cli/hostile_site_test.sh "$build/kommunetall" . > "$build/hostile.log" 2>&1 &
hostile=$!

work=$(mktemp -d)
trap 'kill "$hostile" 2> /dev/null || true; rm -rf "$work"' EXIT
for harness in fuzz/*_fuzz.cpp; do
  name=$(basename "$harness" .cpp)
  mkdir -p "$work/$name"
  start=$SECONDS
  # New inputs go to a scratch corpus; a crash is written to $work as crash-<hash>.
  if ! "$build/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
      -max_len=65536 -artifact_prefix="$work/" "$work/$name" "fuzz/corpus/$name" \
      > "$work/$name.log" 2>&1; then
    tail -40 "$work/$name.log"
    echo "FAILED: $name found a crash; add the input to fuzz/corpus/$name/ and fix it:"
    ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* 2> /dev/null || true
    exit 1
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$work/$name.log" | grep -o '[0-9]*' || echo "?")
  echo "fuzzed $name: $runs runs in $((SECONDS - start)) s, no crash"
done

if ! wait "$hostile"; then
  grep -v '^ok' "$build/hostile.log"
  exit 1
fi
echo "sanitized hostile-site suite: passed in $((SECONDS - hostile_start)) s"
