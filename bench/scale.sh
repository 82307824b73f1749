#!/usr/bin/env bash
# kommunetall and Hugo as the number of areas grows: the demo site repeated COPIES times
# (bench/scaled_site.py: 357 current municipalities per copy, each copy a country's worth of
# linked tables), built by kommunetall and, on equal pages, by Hugo (bench/hugo_peer.py from
# kommunetall's own downloads). One run per generator and scale, alternating at each scale;
# wall time, CPU and peak memory from /usr/bin/time, and the ratios.
# Usage: bench/scale.sh [COPIES ...]   (default: 1 10; 100 is 35 700 municipalities, 280
# about 100 000 areas, and take long)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=("$@")
[[ ${#copies[@]} -gt 0 ]] || copies=(1 10)

source bench/release_build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%9s %9s | %-24s | %-24s | %s\n' "copies" "areas" "kommunetall wall/CPU/MiB" \
  "Hugo wall/CPU/MiB" "ratio wall, CPU"
for n in "${copies[@]}"; do
  site=$work/site-$n
  /usr/bin/python3 bench/scaled_site.py . "$site" "$n"
  areas=$(($(wc -l < "$site/data/omrader.csv") - 1))
  rm -f "$work/k" "$work/h"
  measure "$work/k" "$bin" build --site "$site" --out "$work/out-$n"
  /usr/bin/python3 bench/hugo_peer.py "$work/out-$n" "$site" "$work/peer-$n"
  measure "$work/h" hugo --quiet --source "$work/peer-$n" --destination "$work/hugo-$n"
  read -r kw kc km < "$work/k"
  read -r hw hc hm < "$work/h"
  printf '%9d %9d | %7.1f s %7.1f s %6.0f | %7.1f s %7.1f s %6.0f | %.1f x, %.1f x\n' \
    "$n" "$areas" "$kw" "$kc" "$(awk -v k="$km" 'BEGIN {print k / 1024}')" \
    "$hw" "$hc" "$(awk -v k="$hm" 'BEGIN {print k / 1024}')" \
    "$(awk -v a="$kw" -v b="$hw" 'BEGIN {print a / b}')" \
    "$(awk -v a="$kc" -v b="$hc" 'BEGIN {print a / b}')"
  rm -rf "$site" "$work/out-$n" "$work/peer-$n" "$work/hugo-$n"
done
echo "ratio: kommunetall / Hugo (below 1 is faster)"
