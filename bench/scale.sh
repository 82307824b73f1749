#!/usr/bin/env bash
# kommunetall and Hugo as the number of areas grows: the demo site repeated COPIES times
# (bench/scaled_site.py: 357 current municipalities per copy, each copy a country's worth of
# linked tables), built by kommunetall and, on equal pages, by Hugo (bench/hugo_peer.py from
# kommunetall's own downloads). One run per generator and scale, alternating at each scale;
# wall time, CPU and peak memory from /usr/bin/time, and the ratios. kommunetall builds twice:
# from scratch ("cold"), then again into a new folder with the protection results the first
# build kept (--cache, "warm"): what a rebuild costs when the data have not changed.
# Usage: bench/scale.sh [COPIES ...]   (default: 1 10; 100 is 35 700 municipalities, 280
# about 100 000 areas, and take long)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=("$@")
[[ ${#copies[@]} -gt 0 ]] || copies=(1 10)

source bench/release_build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%9s %9s | %-24s | %-24s | %-24s | %s\n' "copies" "areas" "kommunetall cold" \
  "kommunetall warm" "Hugo" "ratio cold, warm (wall; CPU)"
for n in "${copies[@]}"; do
  site=$work/site-$n
  /usr/bin/python3 bench/scaled_site.py . "$site" "$n"
  areas=$(($(wc -l < "$site/data/omrader.csv") - 1))
  rm -f "$work/k" "$work/w" "$work/h"
  measure "$work/k" "$bin" build --site "$site" --out "$work/out-$n" --cache "$work/cache-$n"
  measure "$work/w" "$bin" build --site "$site" --out "$work/warm-$n" --cache "$work/cache-$n"
  /usr/bin/python3 bench/hugo_peer.py "$work/out-$n" "$site" "$work/peer-$n"
  measure "$work/h" hugo --quiet --source "$work/peer-$n" --destination "$work/hugo-$n"
  read -r kw kc km < "$work/k"
  read -r ww wc wm < "$work/w"
  read -r hw hc hm < "$work/h"
  mib() { awk -v k="$1" 'BEGIN {print k / 1024}'; }
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
  printf '%9d %9d | %6.1f s %6.1f s %6.0f M | %6.1f s %6.1f s %6.0f M | %6.1f s %6.1f s %6.0f M | %.1f x, %.1f x; %.1f x, %.1f x\n' \
    "$n" "$areas" "$kw" "$kc" "$(mib "$km")" "$ww" "$wc" "$(mib "$wm")" \
    "$hw" "$hc" "$(mib "$hm")" "$(ratio "$kw" "$hw")" "$(ratio "$ww" "$hw")" \
    "$(ratio "$kc" "$hc")" "$(ratio "$wc" "$hc")"
  rm -rf "$site" "$work/out-$n" "$work/warm-$n" "$work/peer-$n" "$work/hugo-$n" "$work/cache-$n"
done
echo "each: wall, CPU, peak memory; ratio: kommunetall / Hugo (below 1 is faster)"
