#!/usr/bin/env bash
# kommunetall and Hugo as the number of areas grows: the demo site repeated COPIES times
# (bench/scaled_site.py: 357 current municipalities per copy, each copy a country's worth of
# linked tables), built by kommunetall and, on equal pages, by Hugo (bench/hugo_peer.py from
# kommunetall's own downloads). One run per generator and scale, alternating at each scale;
# wall time, CPU and peak memory from /usr/bin/time -v, and the ratios.
# Usage: bench/scale.sh [COPIES ...]   (default: 1 10; 100 is 35 700 municipalities, 280
# about 100 000 areas, and take long)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=("$@")
[[ ${#copies[@]} -gt 0 ]] || copies=(1 10)

source bench/release_build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure OUT COMMAND...: "wall cpu peak_MiB" of one run of COMMAND, from /usr/bin/time -v.
measure() {
  local out=$1
  shift
  /usr/bin/time -v -o "$work/time" "$@" > /dev/null 2>&1
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + t[i] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident set size/ { mib = $2 / 1024 }
    END { printf "%.1f %.1f %.0f\n", wall, cpu, mib }' "$work/time" > "$out"
}

printf '%9s %9s | %-24s | %-24s | %s\n' "copies" "areas" "kommunetall wall/CPU/MiB" \
  "Hugo wall/CPU/MiB" "ratio wall, CPU"
for n in "${copies[@]}"; do
  site=$work/site-$n
  /usr/bin/python3 bench/scaled_site.py . "$site" "$n"
  areas=$(($(wc -l < "$site/data/omrader.csv") - 1))
  measure "$work/k" "$bin" build --site "$site" --out "$work/out-$n"
  /usr/bin/python3 bench/hugo_peer.py "$work/out-$n" "$site" "$work/peer-$n"
  measure "$work/h" hugo --quiet --source "$work/peer-$n" --destination "$work/hugo-$n"
  read -r kw kc km < "$work/k"
  read -r hw hc hm < "$work/h"
  printf '%9d %9d | %7.1f s %7.1f s %6d | %7.1f s %7.1f s %6d | %.1f x, %.1f x\n' \
    "$n" "$areas" "$kw" "$kc" "$km" "$hw" "$hc" "$hm" \
    "$(awk -v a="$kw" -v b="$hw" 'BEGIN {print a / b}')" \
    "$(awk -v a="$kc" -v b="$hc" 'BEGIN {print a / b}')"
  rm -rf "$site" "$work/out-$n" "$work/peer-$n" "$work/hugo-$n"
done
echo "ratio: kommunetall / Hugo (below 1 is faster)"
