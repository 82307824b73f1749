#!/usr/bin/env bash
# End-to-end tests of the kommunetall command: help and version, check, errors reported as
# file:line:col with exit status 1, the previous site left intact by a failed build, and
# byte-identical output from repeated builds.
# Usage: cli_test.sh KOMMUNETALL_BINARY SOURCE_DIR DEMO_SITE
# (DEMO_SITE: the demo site as the build command made it, with the default thread count)
set -uo pipefail
bin=$1
source_dir=$2
demo=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/expect.sh"

site="$work/site"
mkdir -p "$site"
cp -r "$source_dir"/{site.yaml,data,content,templates,assets} "$site"/
# The copy reads the demo's boundary file where the demo does: beside the repository.
sed -i "s|^  boundaries: \.\./|  boundaries: $(cd "$source_dir/.." && pwd)/|" "$site/site.yaml"

expect "--help names both commands" bash -c "'$bin' --help | grep -q build && '$bin' --help | grep -q check"
expect "--version prints the version" bash -c "'$bin' --version | grep -Eq '^kommunetall [0-9]+\.[0-9]+\.[0-9]+$'"
expect "check passes on the demo site" "$bin" check --site "$site"
expect "check writes nothing" test ! -e "$site/public"

expect "build writes the site" "$bin" build --site "$site" --out "$work/out" --threads 2
expect "an intruder's audit of the demo site narrows no hidden count" \
  bash -c "'$bin' audit '$work/out' > '$work/audit.txt'"
expect "the audit reports what it checked" grep -q "^narrowed cells: 0$" "$work/audit.txt"
expect "two builds are byte-identical" diff -r "$work/out" "$demo"
(cd "$work/out" && find . -type f ! -name .kommunetall-site -exec stat -c '%i %Y %n' {} + | sort -k3) > "$work/before.files"
sleep 1.1  # a file written again would have a later time
expect "rebuilding over a previous site works" "$bin" build --site "$site" --out "$work/out" --threads 1
expect "rebuilt site is still byte-identical" diff -r "$work/out" "$demo"
(cd "$work/out" && find . -type f ! -name .kommunetall-site -exec stat -c '%i %Y %n' {} + | sort -k3) > "$work/after.files"
expect "a rebuild keeps every unchanged file as it was (same inode and time)" \
  diff "$work/before.files" "$work/after.files"
(cd "$work/out" && find . -type f -exec sha256sum {} + | sort) > "$work/before.sums"

# Secondary suppression's results kept between builds (--cache): the same site, byte for byte.
cache="$work/cache"
"$bin" build --site "$site" --out "$work/cached" --cache "$cache" > "$work/cold.txt"
expect "a build with an empty cache protects every group afresh" \
  grep -Eq 'protection of 0 groups of linked cells from the cache, [1-9][0-9]* found afresh' "$work/cold.txt"
"$bin" build --site "$site" --out "$work/cached" --cache "$cache" > "$work/warm.txt"
expect "the next build takes every group's protection from the cache" \
  grep -Eq 'protection of [1-9][0-9]* groups of linked cells from the cache, 0 found afresh' "$work/warm.txt"
expect "and publishes the same site" diff -r "$work/cached" "$demo"
expect "the cache folder is the user's alone" test "$(stat -c %a "$cache/protection")" = 700
# What a careless edit, or someone without the unpublished numbers, could put there: no
# complements. Results that had some no longer match their check values.
emptied=$(grep -l '^complements [0-9]' "$cache"/protection/* | wc -l)
sed -i 's/^complements.*/complements/' "$cache"/protection/*
"$bin" build --site "$site" --out "$work/cached" --cache "$cache" > "$work/garbled.txt"
expect "edited cache files count as never written" \
  grep -q ", $emptied found afresh" "$work/garbled.txt"
expect "and the site is the same" diff -r "$work/cached" "$demo"
expect "check uses a cache and keeps nothing in it" \
  bash -c "'$bin' check --site '$site' --cache '$work/unused-cache' > /dev/null && test ! -e '$work/unused-cache'"
"$bin" build --site "$site" --out "$work/cached" --cache "$work/cached/cache" > /dev/null 2> "$work/refused.txt"
expect "a cache inside the output folder is refused" test $? -eq 1
expect "saying why" grep -q "is inside the output folder" "$work/refused.txt"
"$bin" build --site "$site" --out "$work/cached" --cache "$site/data/cache" > /dev/null 2> "$work/refused.txt"
expect "a cache inside a folder the site reads is refused" test $? -eq 1
expect "saying which" grep -q "is inside data/, which the site reads" "$work/refused.txt"
"$bin" build --site "$site" --out "$cache/protection" --cache "$cache" > /dev/null 2> "$work/refused.txt"
expect "an output folder in the cache's own folder is refused" test $? -eq 1
expect "neither was made" bash -c "test ! -e '$work/cached/cache' && test ! -e '$site/data/cache'"
expect "the cache is as it was" test "$(ls "$cache/protection" | grep -cv '^[0-9a-f]\{64\}$')" -eq 0

# Break the data in two places: all problems are reported at once, with file:line:col.
csv="$site/data/observasjoner/bosetting.csv"
sed -i '2s/^\([0-9]*\),/9999,/' "$csv"
sed -i '5s/,[^,]*$/,12,5/' "$csv"
echo "3435,2019,ukjent_maal,1" >> "$csv"
"$bin" build --site "$site" --out "$work/out" > "$work/stdout" 2> "$work/stderr"
status=$?
expect "a build with bad data exits with status 1" test "$status" -eq 1
expect "unknown area is reported at its line and column" \
  grep -q "^data/observasjoner/bosetting.csv:2:1: error: unknown area code '9999'" "$work/stderr"
expect "a wrong field count is reported" \
  grep -q "^data/observasjoner/bosetting.csv:5:1: error: row has 5 fields, the header has 4" "$work/stderr"
expect "an unknown measure is reported" \
  grep -Eq "^data/observasjoner/bosetting.csv:[0-9]+:11: error: unknown measure 'ukjent_maal'" "$work/stderr"
(cd "$work/out" && find . -type f -exec sha256sum {} + | sort) > "$work/after.sums"
expect "the previous site is untouched after a failed build" cmp -s "$work/before.sums" "$work/after.sums"
expect "no staging folder is left behind" bash -c "! ls -a '$work' | grep -q staging"

"$bin" check --site "$site" > /dev/null 2> "$work/check.stderr"
expect "check reports the same errors with status 1" test $? -eq 1
expect "check lists all three errors" test "$(grep -c ': error: ' "$work/check.stderr")" -eq 3

# A broken template is reported with its file name.
cp -r "$source_dir"/data/observasjoner/bosetting.csv "$csv"
echo "{{#unclosed}}" >> "$site/templates/page.mustache"
"$bin" check --site "$site" > /dev/null 2> "$work/template.stderr"
expect "a broken template fails the check" test $? -eq 1
expect "the template error names the file" grep -q "^templates/page.mustache: error:" "$work/template.stderr"

# The writer never replaces a folder it did not make.
mkdir -p "$work/precious" && echo keep > "$work/precious/file.txt"
cp "$source_dir/templates/page.mustache" "$site/templates/page.mustache"
"$bin" build --site "$site" --out "$work/precious" > /dev/null 2> "$work/precious.stderr"
expect "refuses to replace a foreign folder" test $? -eq 1
expect "the foreign folder is intact" grep -q keep "$work/precious/file.txt"

# Names and texts are escaped wherever they appear.
sed -i 's/^3435,Vågå,/3435,"Vågå <b>\&""x",/' "$site/data/omrader.csv"
"$bin" build --site "$site" --out "$work/escaped" > /dev/null
expect "a name with HTML special characters builds" test $? -eq 0
page="$work/escaped/kommune/3435-vaga-b-x/index.html"
expect "the name is escaped in the page heading" grep -q '<h1>Vågå &lt;b&gt;&amp;&quot;x</h1>' "$page"
expect "the raw markup appears nowhere" bash -c "! grep -rq 'Vågå <b>' '$work/escaped' --include='*.html'"
expect "the download quotes the name as CSV" grep -q '"Vågå <b>&""x"' "$work/escaped/kommune/3435-vaga-b-x/3435-vaga-b-x.csv"

# An agency export in Latin-1 whose description does not name the encoding: a warning,
# and the build goes on.
printf 'Enhet;\xc5r;Kommunenummer;Kommune;Bosetting;Antall\r\nPersoner;2019;0515;V\xe5g\xe5 (t.o.m. 2019);Faktisk bosetting;12\r\n' \
    > "$site/data/observasjoner/eksport.csv"
cat > "$site/data/observasjoner/eksport.yaml" <<'YAML'
format: long
area: Kommunenummer
period: År
value: Antall
measures:
  - measure: enslige_mindreaarige
    where: {Enhet: Personer, Bosetting: Faktisk bosetting}
YAML
"$bin" build --site "$site" --out "$work/warned" > /dev/null 2> "$work/warned.stderr"
expect "a build with warnings only succeeds" test $? -eq 0
expect "the encoding guess is reported as a warning" \
    grep -q "^data/observasjoner/eksport.csv: warning: encoding not declared; read as windows-1252" "$work/warned.stderr"
expect "an old code's row that today's code makes unused is a warning" \
    grep -q "^data/observasjoner/eksport.csv:2:57: warning: not used: 3435 .* has its own value" "$work/warned.stderr"
expect "the warnings are counted" grep -q "0 error(s), 2 warning(s)" "$work/warned.stderr"

# A regression model that cannot be fitted is an error at its place in the catalogue: here a
# covariate declared twice under two names.
catalogue="$site/data/katalog.yaml"
awk '{print} /^    covariates:$/ {
  print "      - id: alder_igjen"; print "        label: Igjen"
  print "        share_of: [intro_avsluttet_35_aar_plus, intro_avsluttet]" }' \
    "$source_dir/data/katalog.yaml" > "$catalogue"
"$bin" build --site "$site" --out "$work/unfitted" > /dev/null 2> "$work/unfitted.stderr"
expect "an unfittable model fails the build" test $? -eq 1
expect "the model's error names the adjustment in the catalogue" \
    grep -Eq "^data/katalog.yaml:[0-9]+:[0-9]+: error: the adjustment of 'intro_arbeid_utdanning_andel' cannot be fitted: .*alder" \
    "$work/unfitted.stderr"
expect "nothing is written for a failed build" test ! -e "$work/unfitted"

# `new`: a site of its own that builds at once, from the templates and styles of this one.
expect "new creates a site" "$bin" new "$work/fresh"
expect "the new site checks without errors or warnings" \
    bash -c "'$bin' check --site '$work/fresh' 2>&1 | grep -q '^ok:' && ! '$bin' check --site '$work/fresh' 2>&1 | grep -q warning"
expect "the new site builds" "$bin" build --site "$work/fresh" --out "$work/fresh-out"
expect "the new site has a page per municipality" test -s "$work/fresh-out/kommune/3403-hamar/index.html"
expect "the new site's templates are this site's" diff -r "$work/fresh/templates" "$source_dir/templates"
expect "the new site's styles are this site's" diff -r "$work/fresh/assets" "$source_dir/assets"
expect "the new site is the user's: no output marker in it" test ! -e "$work/fresh/.kommunetall-site"
"$bin" new "$work/fresh" > /dev/null 2> "$work/new.stderr"
expect "new refuses a folder that exists" test $? -eq 1
expect "new says why" grep -q "already exists and is not an empty folder" "$work/new.stderr"
expect "the refused folder is untouched" diff -r "$work/fresh/templates" "$source_dir/templates"
mkdir "$work/empty"
expect "new fills an empty folder, named as ." bash -c "cd '$work/empty' && '$bin' new . > /dev/null"
expect "the empty folder got the site" test -s "$work/empty/site.yaml"
expect "no staging folder is left in them" bash -c "test -z \"\$(find '$work' -name '.new.*')\""
"$bin" new "$work/fresh-out/inside" > /dev/null 2> "$work/new-inside.stderr"
expect "new refuses a folder inside a published site, which a build would replace" test $? -eq 1
expect "new says which site it would be inside" grep -q "would be inside .*fresh-out" "$work/new-inside.stderr"
expect "nothing is made inside the published site" test ! -e "$work/fresh-out/inside"
"$bin" new "$work/deep/er/$(printf 'x%.0s' {1..300})" > /dev/null 2>&1
expect "a new folder whose name is too long fails" test $? -ne 0
expect "the folders made on the way are removed again" test ! -e "$work/deep"
expect "a new folder of 250 bytes' name works" bash -c "'$bin' new '$work/$(printf 'y%.0s' {1..250})' > /dev/null"
mkdir -p "$work/real/inner"
ln -s "$work/real/inner" "$work/link"
expect "a path through a link and .. means what the kernel says" \
    bash -c "'$bin' new '$work/link/../via' > /dev/null && test -s '$work/real/via/site.yaml'"

# A rebuild writes only the files that change; the others are the previous site's own.
small="$work/small"
"$bin" new "$small" > /dev/null
"$bin" build --site "$small" --out "$work/small-out" > /dev/null
front=$(stat -c %i "$work/small-out/index.html")
about=$(stat -c %i "$work/small-out/om/index.html")
echo "En ny setning." >> "$small/content/om.md"
"$bin" build --site "$small" --out "$work/small-out" > /dev/null
expect "a changed page is written anew" test "$(stat -c %i "$work/small-out/om/index.html")" != "$about"
expect "with the change" grep -q "En ny setning." "$work/small-out/om/index.html"
expect "an unchanged page is kept" test "$(stat -c %i "$work/small-out/index.html")" = "$front"
# A link planted in the published site is never carried into the next one, nor is a file
# with another name elsewhere.
echo "secret" > "$work/outside.txt"
rm "$work/small-out/om/index.html" && ln -s "$work/outside.txt" "$work/small-out/om/index.html"
rm "$work/small-out/index.html"
"$bin" build --site "$small" --out "$work/small-out-copy" > /dev/null
cp "$work/small-out-copy/index.html" "$work/front.html"
ln "$work/front.html" "$work/small-out/index.html"
"$bin" build --site "$small" --out "$work/small-out" > /dev/null
expect "a planted link is replaced by the page" \
  bash -c "test -f '$work/small-out/om/index.html' && ! test -L '$work/small-out/om/index.html' && grep -q 'En ny setning.' '$work/small-out/om/index.html'"
expect "the file outside is untouched" test "$(cat "$work/outside.txt")" = "secret"
expect "a file with another name elsewhere is not taken over" \
  test "$(stat -c %i "$work/small-out/index.html")" != "$(stat -c %i "$work/front.html")"

# Progress on a terminal (script(1) gives the build one), none in CI or a log.
TERM=xterm CI= script -qec "'$bin' build --site '$small' --out '$work/tty-out'" /dev/null \
  > "$work/tty.txt" 2>&1
expect "a build on a terminal shows its stages and pages" \
  bash -c "grep -q 'computing the statistics' '$work/tty.txt' && grep -Eq 'rendering pages [0-9]+/[0-9]+' '$work/tty.txt'"
TERM=xterm CI=true script -qec "'$bin' build --site '$small' --out '$work/tty-out'" /dev/null \
  > "$work/ci.txt" 2>&1
expect "but not in CI" bash -c "! grep -q 'rendering pages' '$work/ci.txt' && grep -q '^wrote ' '$work/ci.txt'"
"$bin" build --site "$small" --out "$work/tty-out" > "$work/log.txt" 2>&1
expect "nor into a log file" bash -c "! grep -q 'rendering pages' '$work/log.txt'"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
