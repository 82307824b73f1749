#!/usr/bin/env bash
# Times a full build of the demo site, with baselines measured in the same run so the
# figures compare across machines as ratios:
#   check    - every stage of a build but the writing (read, compute, render)
#   copy     - copying the finished site (the cost of writing that many bytes and files)
#   no map   - the same build without the boundary file (what the map costs: reading,
#              projecting, simplifying and drawing it)
# Usage: bench/build_time.sh [RUNS]   (default 5; reports the median of each)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

source bench/release_build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() {  # seconds COMMAND...: wall time of one run
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'
}

"$bin" build --site . --out "$work/site" >/dev/null  # warm the file cache
# The demo site without its map: site.yaml with the map section left out.
mkdir "$work/nomap"
cp -r content data templates assets "$work/nomap/"
awk '/^map:/ {skip = 1; next} skip && /^[^ #]/ {skip = 0} !skip' site.yaml > "$work/nomap/site.yaml"
declare -A results
for what in check build build1 nomap copy; do
  for ((i = 0; i < runs; i++)); do
    case $what in
      check) seconds "$bin" check --site . ;;
      build) seconds "$bin" build --site . --out "$work/site" ;;
      build1) seconds "$bin" build --site . --out "$work/site" --threads 1 ;;
      nomap) seconds "$bin" build --site "$work/nomap" --out "$work/site-nomap" ;;
      copy) rm -rf "$work/copy"; seconds cp -r "$work/site" "$work/copy" ;;
    esac
  done | median > "$work/result-$what"
  results[$what]=$(cat "$work/result-$what")
done

files=$(find "$work/site" -type f | wc -l)
size=$(du -sh "$work/site" | cut -f1)
printf 'demo site: %s files, %s; %s runs each, median wall time\n' "$files" "$size" "$runs"
printf '  check (all but writing):     %6.3f s\n' "${results[check]}"
printf '  build, %d threads:            %6.3f s\n' "$(nproc)" "${results[build]}"
printf '  build, 1 thread:             %6.3f s\n' "${results[build1]}"
printf '  build without the map:       %6.3f s\n' "${results[nomap]}"
printf '  cp -r of the output:         %6.3f s\n' "${results[copy]}"
awk -v check="${results[check]}" -v build="${results[build]}" -v build1="${results[build1]}" \
    -v copy="${results[copy]}" -v nomap="${results[nomap]}" -v cores="$(nproc)" 'BEGIN {
  printf "ratios: build/check %.1f, build/copy %.1f, 1 thread/%d threads %.2f, build/no map %.2f\n",
         build / check, build / copy, cores, build1 / build, build / nomap }'
