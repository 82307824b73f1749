#!/usr/bin/env bash
# The committed demo data must be exactly what tools/make_demo_data.cpp writes.
# Usage: demo_data_test.sh MAKE_DEMO_DATA_BINARY SOURCE_DIR
set -euo pipefail
tool=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data"
# Its inputs: the registry, and the survey's hand-written catalogue its answers must match.
cp "$source_dir/data/omrader.csv" "$source_dir/data/undersokelse.yaml" "$work/data/"
"$tool" "$work" > /dev/null
status=0
files=$(cd "$work/data" && find . -type f ! -name omrader.csv ! -name undersokelse.yaml | sed 's|^\./||' | sort)
[ -n "$files" ] || { echo "FAILED: tools/make_demo_data.cpp wrote nothing"; exit 1; }
for f in $files; do
  if cmp -s "$work/data/$f" "$source_dir/data/$f"; then
    echo "ok: data/$f is reproduced exactly"
  else
    echo "FAILED: data/$f differs from what tools/make_demo_data.cpp writes"
    status=1
  fi
done
exit $status
