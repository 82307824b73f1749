#!/usr/bin/env bash
# Installs what is missing, builds kommunetall and generates the demo site into public/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build --parallel "$(nproc)" --target kommunetall
build/kommunetall build --site . --out public
echo
echo "The demo site is in $(pwd)/public"
echo "Open file://$(pwd)/public/index.html in a browser,"
echo "or serve it:  python3 -m http.server --directory public 8000  and open http://localhost:8000/"
