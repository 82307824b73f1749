#!/usr/bin/env bash
# kommunetall against Hugo on equal pages, timed in one alternating run so the ratio holds on
# a busy machine. The Hugo peer (bench/hugo_peer.py) publishes, for every current
# municipality of the demo site, what its kommunetall page publishes per indicator: title,
# definition, cohort, source, a table of every year and an SVG line chart in a file of its
# own beside the page, from the numbers of kommunetall's own downloads. kommunetall's page has
# more besides (key-figure cards, comparisons, similar municipalities, narrative), so bytes
# per page are printed too: the page with the chart files in its folder.
# Usage: bench/hugo_compare.sh [RUNS]   (default 5; medians of wall time, CPU and peak memory)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

source bench/release_build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" build --site . --out "$work/site" > /dev/null
/usr/bin/python3 bench/hugo_peer.py "$work/site" . "$work/peer"
hugo_site=$work/peer

for ((i = 0; i < runs; i++)); do
  measure "$work/kommunetall" "$bin" build --site . --out "$work/site"
  measure "$work/hugo" hugo --quiet --source "$hugo_site" --destination "$work/hugo-out"
done
column() { awk -v c="$2" '{print $c}' "$work/$1" | median; }

# Mean size of the current municipalities' pages with the charts in their folders (the search
# index lists them), in kB.
read -r pages k_page h_page < <(/usr/bin/python3 - "$work/site" "$work/hugo-out" <<'PY'
import json, os, sys
site, hugo = sys.argv[1:3]
areas = [a for a in json.load(open(os.path.join(site, "sok", "indeks.json")))["områder"]
         if a.get("type") == "kommune"]
def page_with_charts(folder):
    return sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder)
               if name == "index.html" or name.endswith(".svg"))
k = [page_with_charts(os.path.join(site, a["url"].strip("/").removesuffix("index.html")))
     for a in areas]
h = [page_with_charts(os.path.join(hugo, "kommune", a["kode"].lower())) for a in areas]
print(len(areas), round(sum(k) / len(k) / 1024), round(sum(h) / len(h) / 1024))
PY
)

printf '%d municipality pages; %d runs, medians\n' "$pages" "$runs"
printf '%-12s %9s %9s %12s %14s\n' "" "wall s" "CPU s" "peak MiB" "kB per page"
for name in kommunetall hugo; do
  bytes=$k_page
  [[ $name == hugo ]] && bytes=$h_page
  printf '%-12s %9.2f %9.2f %12.0f %14s\n' "$name" "$(column "$name" 1)" "$(column "$name" 2)" \
    "$(awk -v kb="$(column "$name" 3)" 'BEGIN {print kb / 1024}')" "$bytes"
done
awk -v kw="$(column kommunetall 1)" -v hw="$(column hugo 1)" \
    -v kc="$(column kommunetall 2)" -v hc="$(column hugo 2)" 'BEGIN {
  printf "kommunetall / Hugo: wall %.1f x, CPU %.1f x (below 1 is faster)\n", kw / hw, kc / hc }'
