#!/usr/bin/env bash
# Installs what is missing, builds kommunetall and its tests, and runs every test; then the
# safety gates of a sanitizer build (ASan + UBSan unit tests, hostile sites, fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh --test
npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error  # axe-core, playwright-core, vnu-jar
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build build --parallel "$(nproc)"
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
scripts/sanitize-and-fuzz.sh 15
