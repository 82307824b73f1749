#!/usr/bin/env bash
# Installs what is missing, builds kommunetall and its tests, and runs every test; then the
# safety gates of a sanitizer build (ASan + UBSan unit tests, hostile sites, fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh --test
# axe-core, playwright-core, vnu-jar; no install scripts (vnu-jar's would fetch a Java runtime
# from the internet: the machine's own Java runs the checker).
npm ci --prefix tests/browser --ignore-scripts --no-audit --no-fund --loglevel=error
# Line tables only (-g1): enough for a backtrace, and about 30 % less compile time than
# with full debug information.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DBUILD_TESTING=ON >/dev/null
cmake --build build --parallel "$(nproc)"
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
scripts/sanitize-and-fuzz.sh 15
