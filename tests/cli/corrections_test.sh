#!/usr/bin/env bash
# Corrections across builds, read from the published files as a reader sees them: a first
# build lists none; a build of corrected data into the same folder lists the corrected
# figure with its old and new value and the data's date, on /rettelser/, in
# nedlasting/rettelser.csv and beside the figure on its area's page; a figure now hidden is
# listed without its old value; the list is carried into later builds, which are otherwise
# byte-identical; a damaged previous list is a warning, not a failed build.
# Usage: corrections_test.sh KOMMUNETALL_BINARY SOURCE_DIR
set -uo pipefail
bin=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/expect.sh"

site="$work/site"
out="$work/out"
mkdir -p "$site"
cp -r "$source_dir/tests/fixtures/small/." "$site/"
cp -r "$source_dir/templates" "$source_dir/assets" "$site/"
list="$out/nedlasting/rettelser.csv"
page="$out/rettelser/index.html"
header="dato,indikator,områdekode,områdenavn,periode,endring,tidligere_verdi,ny_verdi"

"$bin" build --site "$site" --out "$out" > /dev/null 2> "$work/err"
expect "a first build succeeds" test $? -eq 0
expect "and lists no corrections" test "$(cat "$list")" = "$header"
expect "its page says so" grep -q "Ingen publiserte tall er endret" "$page"
expect "every page links to the page" grep -q 'href="../../rettelser/index.html">Endringer og rettelser' \
  "$out/kommune/3401-kongsvinger/index.html"

# Corrected data: Kongsvinger settled 50, not 49, in 2022; and 8 finished the programme in
# 2023, so the share of them in work or education is no longer shown (fewer than 10).
sed -i 's/^3401,2022,bosatte,49$/3401,2022,bosatte,50/; s/^3401,2023,intro_avsluttet,34$/3401,2023,intro_avsluttet,8/; s/^3401,2023,intro_arbeid,22$/3401,2023,intro_arbeid,6/' \
  "$site/data/observasjoner/tall.csv"
sed -i 's/^data_updated: .*/data_updated: 2026-12-01/' "$site/site.yaml"
"$bin" build --site "$site" --out "$out" > /dev/null 2> "$work/err"
expect "a build of corrected data succeeds" test $? -eq 0
expect "the corrected count is listed with its old and new value and the date" \
  grep -qx "2026-12-01,bosatte,3401,Kongsvinger,2022,rettet,49,50" "$list"
expect "so is the county's sum" grep -q "^2026-12-01,bosatte,34,Innlandet,2022,rettet," "$list"
expect "a figure now hidden is listed as hidden, without its old value" \
  grep -qx "2026-12-01,intro_arbeid_andel,3401,Kongsvinger,2023,skjult,," "$list"
expect "the old share is nowhere in the list" bash -c "! grep -q '64.7' '$list'"
expect "the page lists the correction" grep -q "Rettet</td><td>49</td><td>50</td>" "$page"
expect "the area's page notes it beside the figure" \
  grep -q "1. desember 2026: 2022 rettet fra 49 til 50." "$out/kommune/3401-kongsvinger/index.html"

# The same data again: nothing new, nothing lost, the same bytes.
cp -r "$out" "$work/before"
"$bin" build --site "$site" --out "$out" > /dev/null 2> "$work/err"
expect "an unchanged rebuild carries the list forward" \
  grep -qx "2026-12-01,bosatte,3401,Kongsvinger,2022,rettet,49,50" "$list"
expect "and is byte-identical" diff -r -q "$work/before" "$out"

# A later correction is added above the earlier ones.
sed -i 's/^3401,2023,bosatte,52$/3401,2023,bosatte,53/' "$site/data/observasjoner/tall.csv"
sed -i 's/^data_updated: .*/data_updated: 2027-01-15/' "$site/site.yaml"
"$bin" build --site "$site" --out "$out" > /dev/null 2> "$work/err"
expect "a later correction is listed" grep -qx "2027-01-15,bosatte,3401,Kongsvinger,2023,rettet,52,53" "$list"
expect "first" test "$(sed -n 2p "$list" | cut -d, -f1)" = 2027-01-15
expect "and the earlier one stays" grep -qx "2026-12-01,bosatte,3401,Kongsvinger,2022,rettet,49,50" "$list"

# A damaged list in the output folder: a warning, and the build goes on.
printf 'dato,"unclosed\n' > "$list"
"$bin" build --site "$site" --out "$out" > /dev/null 2> "$work/err"
expect "a damaged previous list does not fail the build" test $? -eq 0
expect "it is a warning naming the file" grep -q "nedlasting/rettelser.csv:1:1: warning:" "$work/err"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
