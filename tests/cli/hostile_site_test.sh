#!/usr/bin/env bash
# Hostile and careless sites, one generated case per problem. A case that must fail gives its
# exact diagnostic and exit status 1 from both `check` and `build` (never an abort), leaves the
# previously published site byte-identical, and writes nothing outside the output folder.
# Cases that must work (a link inside the site, file names with spaces, '&' in base_url)
# are checked in the published output. Builds interrupted, run side by side or out of disk
# space leave one complete site and no stray folders. Run as root, the suite runs itself again
# as an unprivileged user where it can.
# Usage: hostile_site_test.sh KOMMUNETALL_BINARY SOURCE_DIR
set -uo pipefail
bin=$1
source_dir=$2

# Root may write where nothing else can, which would hide a write outside the output folder
# and make permission errors impossible: run as an unprivileged user where one can run the
# program and read the sources.
as_nobody=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
if [[ $(id -u) -eq 0 && -z "${HOSTILE_UNPRIVILEGED:-}" ]] &&
   "${as_nobody[@]}" test -x "$bin" -a -r "$source_dir/tests/fixtures/small/site.yaml" \
     -a -r "$0" 2> /dev/null; then
  exec "${as_nobody[@]}" env HOSTILE_UNPRIVILEGED=1 HOME=/tmp bash "$0" "$@"
fi
echo "running as $(id -un)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/expect.sh"

# The output folder sits alone in `around`, beside files a build must never touch; other
# builds write to folders of their own.
site="$work/site"
around="$work/around"
out="$around/out"
mkdir -p "$around"
fresh_site() {
  rm -rf "$site"
  mkdir -p "$site"
  cp -r "$source_dir/tests/fixtures/small/." "$site/"
  cp -r "$source_dir/templates" "$source_dir/assets" "$site/"
}
sums() { (cd "$1" && find . -type f -exec sha256sum {} + | sort); }
# Everything beside the output folder but its lock file: what a build may not touch.
outside() { (cd "$around" && find . -path ./out -prune -o -path ./.out.lock -prune -o -print | sort); }

fresh_site
echo "a file outside the site" > "$around/victim"
cp "$source_dir/tests/fixtures/small/content/om.md" "$around/evil.md"
"$bin" build --site "$site" --out "$out" > /dev/null 2> "$work/stderr"
expect "the small site builds" test $? -eq 0
sums "$out" > "$work/published.sums"
outside > "$work/outside.list"
sha256sum "$around/victim" > "$work/victim.sum"

# must_fail DESCRIPTION PATTERN: after the case has changed $site, `check` and `build` both
# exit 1 with a line matching the grep -E PATTERN, and nothing published or outside changes.
must_fail() {
  local what=$1 pattern=$2 status
  "$bin" check --site "$site" > /dev/null 2> "$work/check.stderr"
  status=$?
  if [[ $status -eq 1 ]] && grep -Eq "$pattern" "$work/check.stderr"; then
    ok "$what: check says so"
  else
    fail "$what: check exited $status with: $(head -c 600 "$work/check.stderr")"
  fi
  "$bin" build --site "$site" --out "$out" > /dev/null 2> "$work/build.stderr"
  status=$?
  if [[ $status -eq 1 ]] && grep -Eq "$pattern" "$work/build.stderr"; then
    ok "$what: build says so"
  else
    fail "$what: build exited $status with: $(head -c 600 "$work/build.stderr")"
  fi
  if cmp -s "$work/published.sums" <(sums "$out"); then
    ok "$what: the published site is untouched"
  else
    fail "$what: the published site changed"
  fi
  if cmp -s "$work/outside.list" <(outside) && sha256sum -c --quiet "$work/victim.sum"; then
    ok "$what: nothing outside the output changed"
  else
    fail "$what: something outside the output changed: $(diff "$work/outside.list" <(outside))"
  fi
  fresh_site
}

# --- Links ---------------------------------------------------------------------------------
ln -s "$around/victim" "$site/assets/passwd"
must_fail "a link in assets/ to a file outside the site" \
  "^assets/passwd: error: is a symbolic link to .*/victim, outside the site folder"

ln -s "$around/evil.md" "$site/content/evil.md"
must_fail "a content file linked from outside the site" \
  "^content/evil.md: error: is a symbolic link to .*/evil.md, outside the site folder"

ln -s ../templates "$site/assets/maler"
must_fail "a link to a folder" "^assets/maler: error: is a symbolic link to something that is not a file"

# Files the site reads by name, and whole folders, are judged by where they really are.
elsewhere="$work/elsewhere"
mkdir -p "$elsewhere/theme"
cp "$site/site.yaml" "$elsewhere/site.yaml"
ln -sf "$elsewhere/site.yaml" "$site/site.yaml"
must_fail "site.yaml linked from outside the site" \
  "^site.yaml: error: leads through a symbolic link to .*/site.yaml, outside the site folder"

echo "secret" > "$elsewhere/theme/secret.txt"
rm -rf "$site/assets"
ln -s "$elsewhere/theme" "$site/assets"
must_fail "the assets folder linked from outside the site" \
  "^assets: error: is a symbolic link to .*/theme, outside the site folder"

rm "$site/data/omrader.csv"
mkfifo "$site/data/omrader.csv"
must_fail "a fifo where the registry should be" "^data/omrader.csv: error: is not a regular file"

# A link inside the site is published under its own name, with the file it leads to.
mkdir -p "$site/theme"
mv "$site/assets/style.css" "$site/theme/style.css"
ln -s ../theme/style.css "$site/assets/style.css"
"$bin" build --site "$site" --out "$work/linked" > /dev/null 2> "$work/stderr"
expect "a link to a file inside the site builds" test $? -eq 0
expect "the linked file is published under the link's name" \
  cmp -s "$site/theme/style.css" "$work/linked/assets/style.css"
expect "pages find the linked stylesheet" grep -q 'href="../../assets/style.css"' \
  "$work/linked/kommune/3435-vaga/index.html"
fresh_site

# --- Two sources for one address ------------------------------------------------------------
printf -- '---\ntitle: Landet\n---\nTekst.\n' > "$site/content/landet.md"
must_fail "a content page at the country page's address" \
  "^content/landet.md: error: would be published as 'landet/index.html', which the page of Norge is published as too"

mkdir -p "$site/content/indikator"
printf -- '---\ntitle: Bosatte\n---\nTekst.\n' > "$site/content/indikator/bosatte.md"
must_fail "a content page at an indicator page's address" \
  "^content/indikator/bosatte.md: error: would be published as 'indikator/bosatte/index.html', which the page of indicator 'bosatte' is published as too"

printf -- '---\ntitle: Om\n---\nTekst.\n' > "$site/content/Om.md"
must_fail "two content files with one address" \
  "error: would be published as 'om/index.html', which content/(Om|om).md is published as too"

printf -- '---\ntitle: Spørsmål\n---\nTekst.\n' > "$site/content/???.md"
must_fail "a content file name without letters or digits" \
  "^content/\?\?\?.md: error: the file name gives no address"

mkdir -p "$site/templates/gammel"
echo "<p>old</p>" > "$site/templates/gammel/404.mustache"
must_fail "two templates with one name" \
  "^templates/gammel/404.mustache: error: defines template '404' again \(templates/404.mustache does too\)"

mkdir -p "$site/content/kommune"
printf -- '---\ntitle: Vågå\nkommune: "3435"\n---\nEn.\n' > "$site/content/kommune/a.md"
printf -- '---\ntitle: Vågå\nkommune: "3435"\n---\nTo.\n' > "$site/content/kommune/b.md"
must_fail "two narratives for one municipality" \
  "^content/kommune/b.md:1:1: error: 'kommune: 3435' is also the subject of content/kommune/a.md"

printf -- '---\ntitle: Tall\n---\nI år ble {{ tall bosate 3401 }} bosatt.\n' > "$site/content/tall.md"
must_fail "a live figure of an indicator that does not exist" \
  "^content/tall.md:4:10: error: unknown indicator 'bosate'"

printf -- '---\ntitle: Tall\n---\nMål: {{ tall bosatte 3401 1999 }}\n' > "$site/content/tall.md"
must_fail "a live figure of a year not in the data" \
  "^content/tall.md:4:6: error: 1999 is not a year of the data"

printf -- '---\ntitle: Fylket\nområde: "99"\n---\nTekst.\n' > "$site/content/fylke.md"
must_fail "a narrative of an area that does not exist" \
  "^content/fylke.md:1:1: error: 'område: 99' is not an area of today in the registry"

printf -- '---\ntitle: Lang\n---\nTekst.\n' > "$site/content/$(printf '中%.0s' $(seq 80)).md"
must_fail "a content file name too long for an address" \
  "error: .*longer than 255 bytes"

# --- Careless settings ------------------------------------------------------------------------
printf 'suppression: {units: [{a: b}]}\n' >> "$site/site.yaml"
must_fail "a unit that is a mapping" "^site.yaml:[0-9]+:[0-9]+: error: each of units must be a unit name"

sed -i 's|^base_url: .*|base_url: "https://example.no/<script>"|' "$site/site.yaml"
must_fail "a base_url that is not an address" "^site.yaml:[0-9]+:[0-9]+: error: base_url must be an absolute http or https address"

sed -i '0,/{{area.name}}/s//{{area.nmae}}/' "$site/templates/area.mustache"
must_fail "a typo in a template" \
  "^templates/area.mustache:[0-9]+:[0-9]+: error: \{\{area.nmae\}\} names a value the area pages do not have"

sed -i 's/Uendret fra {year}/Uendret fra {aar}/' "$site/templates/words.yaml"
must_fail "a word that names a value the program does not give" \
  "^templates/words.yaml:[0-9]+:[0-9]+: error: 'figure.unchanged' names \{aar\}, which the program does not give it"

sed -i 's/^  sheet_figures: .*/  sheet_figures: "Tall: 2015\/2024"/' "$site/templates/words.yaml"
must_fail "a workbook sheet name Excel does not allow" \
  "^templates/words.yaml:[0-9]+:[0-9]+: error: 'download.sheet_figures' is not a name Excel allows for a sheet"

sed -i '/^  not_found:/d' "$site/templates/words.yaml"
must_fail "a word left out of the language file" \
  "^templates/words.yaml: error: the word 'page.not_found' is missing"

printf -- '---\ntitle: Om\nweight: tung\n---\nTekst.\n' > "$site/content/om.md"
must_fail "a weight that is not a number" "^content/om.md:3:9: error: 'weight' must be a number"

printf '_a{{>_b}}{{>_b}}{{>_b}}{{>_b}}{{>_b}}{{>_b}}{{>_b}}{{>_b}}{{>_b}}{{>_b}}' > "$site/templates/_a.mustache"
for p in b c d e f g h i; do
  n=$(echo "$p" | tr 'a-h' 'b-i')
  printf "_$p"'{{>_%s}}{{>_%s}}{{>_%s}}{{>_%s}}{{>_%s}}{{>_%s}}{{>_%s}}{{>_%s}}{{>_%s}}{{>_%s}}' \
    "$n" "$n" "$n" "$n" "$n" "$n" "$n" "$n" "$n" "$n" > "$site/templates/_$p.mustache"
done
echo "x" > "$site/templates/_i.mustache"
sed -i '1s/^/{{>_a}}/' "$site/templates/404.mustache"
must_fail "partials that multiply" "^templates/404.mustache: error: partials expand to more than 16 MB"

printf -- '---\ntitle: Om\nberegningar: true\n---\nTekst.\n' > "$site/content/om.md"
must_fail "an unknown front-matter key" "^content/om.md:3:1: error: unknown key 'beregningar'"

# --- Bytes that are not text --------------------------------------------------------------------
printf '3499,Nul\0by,kommune,34,,\n' >> "$site/data/omrader.csv"
must_fail "a NUL byte in the registry" "^data/omrader.csv:8:[0-9]+: error: .*NUL"

printf 'Bl\xe5b\xe6r\n' >> "$site/content/om.md"
must_fail "a Latin-1 byte in a content file" "^content/om.md:6:3: error: invalid UTF-8"

printf -- '---\ntitle: Va\xe2\x80\xaegå\n---\nTekst.\n' > "$site/content/om.md"
must_fail "a direction override in a title" "^content/om.md:2:10: error: invisible character that reverses"

printf -- '---\ntitle: Om\xc2\x85\n---\nTekst.\n' > "$site/content/om.md"
must_fail "a C1 control character" "^content/om.md:2:10: error: control character 133"

printf '# \x01\n' >> "$site/data/katalog.yaml"
must_fail "a control character in the catalogue" "^data/katalog.yaml:[0-9]+:3: error: control character 1"

# --- Diagnostics stay readable -----------------------------------------------------------------
{ printf '3401,2019,bosatte,'; head -c 10000000 /dev/zero | tr '\0' '7'; printf '\n'; } \
  >> "$site/data/observasjoner/tall.csv"
must_fail "a 10 MB value" "^data/observasjoner/tall.csv:[0-9]+:[0-9]+: error: "
expect "the 10 MB value is not echoed whole" test "$(wc -c < "$work/build.stderr")" -lt 4000

echo 'description: æææææææææææææææææææ: x' >> "$site/site.yaml"
must_fail "a YAML error after letters of two bytes" "^site.yaml:[0-9]+:33: error: YAML syntax"
expect "the caret stands under the column" \
  grep -qx '    |                                 ^' "$work/build.stderr"

printf '3401,2019,bosatte,"12\n3401,2020,bosatte,5\n3401,2021,bosatte,6\n' \
  >> "$site/data/observasjoner/tall.csv"
must_fail "an unclosed quote" "^data/observasjoner/tall.csv:[0-9]+:[0-9]+: error: "
expect "the unclosed quote does not print the rest of the file" \
  test "$(grep -c '3401,20' "$work/build.stderr")" -le 1

# --- What must work -----------------------------------------------------------------------------
printf -- '---\ntitle: Kilder og metode\n---\nTekst.\n' > "$site/content/Kilder & metode?.md"
sed -i 's|^base_url: .*|base_url: https://example.no/tall\&mer/|' "$site/site.yaml"
"$bin" build --site "$site" --out "$work/names" > /dev/null 2> "$work/stderr"
expect "a file name with spaces, '&' and '?' builds" test $? -eq 0
expect "it is published under its slug" test -f "$work/names/kilder-metode/index.html"
expect "the menu links to the slug" grep -q 'href="kilder-metode/index.html"' "$work/names/index.html"
expect "the sitemap is well-formed XML with '&' in base_url" \
  xmllint --noout "$work/names/sitemap.xml"
expect "the sitemap escapes '&'" grep -q '<loc>https://example.no/tall&amp;mer/kilder-metode/</loc>' \
  "$work/names/sitemap.xml"
fresh_site

# --- Interrupted and concurrent builds ---------------------------------------------------------
leftovers() { (cd "$around" && ls -A | grep -E '^\.out\.(staging|previous)\.' || true); }
for delay in 0.05 0.2 0.5 1; do
  "$bin" build --site "$site" --out "$out" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  # Whether it was killed before or after the swap, the folder holds one whole site (the
  # input did not change, so either is the published one).
  expect "a build killed after ${delay} s leaves a whole site" \
    cmp -s "$work/published.sums" <(sums "$out")
done
"$bin" build --site "$site" --out "$out" > /dev/null 2>&1
expect "the next build succeeds" cmp -s "$work/published.sums" <(sums "$out")
expect "and removes what killed builds left" test -z "$(leftovers)"

for i in 1 2 3; do "$bin" build --site "$site" --out "$out" > "$work/concurrent.$i" 2>&1 & done
wait
expect "three builds into one folder at once all succeed" \
  bash -c "grep -q '^wrote' '$work/concurrent.1' && grep -q '^wrote' '$work/concurrent.2' && grep -q '^wrote' '$work/concurrent.3'"
expect "and leave one complete site" cmp -s "$work/published.sums" <(sums "$out")
expect "and no stray folders" test -z "$(leftovers)"

if unshare --user --map-root-user --pid --fork true 2> /dev/null; then
  for i in 1 2; do
    unshare --user --map-root-user --pid --fork --mount-proc \
      "$bin" build --site "$site" --out "$out" > "$work/namespace.$i" 2>&1 &
  done
  wait
  expect "two builds as PID 1 in their own namespaces both succeed" \
    bash -c "grep -q '^wrote' '$work/namespace.1' && grep -q '^wrote' '$work/namespace.2'"
  expect "and leave one complete site" cmp -s "$work/published.sums" <(sums "$out")
  expect "and no stray folders" test -z "$(leftovers)"
else
  echo "skipped: PID namespaces (unshare --user --pid is not allowed here)"
fi

# The site with another title: every page differs, so a build over the last one writes them
# all (an unchanged page is linked from the previous site, not written).
changed="$work/site-changed"
cp -r "$site" "$changed"
sed -i 's/^title: .*/title: Et annet navn/' "$changed/site.yaml"

# A write error that appears only when the file is closed or when the size limit is hit.
(
  trap '' XFSZ
  ulimit -f 8  # 8 blocks of 512 bytes: the first page larger than 4 kB fails
  "$bin" build --site "$changed" --out "$out" > /dev/null 2> "$work/full.stderr"
)
status=$?
expect "a failing write exits 1" test "$status" -eq 1
expect "and says what it could not write" grep -q "cannot write" "$work/full.stderr"
expect "and leaves the previous site whole" cmp -s "$work/published.sums" <(sums "$out")
expect "and no stray folders" test -z "$(leftovers)"

# A folder of the user's that only looks like a build's leftovers is kept.
mkdir -p "$around/.out.previous.backup-2024"
echo precious > "$around/.out.previous.backup-2024/site.tar"
"$bin" build --site "$site" --out "$out" > /dev/null 2>&1
expect "a folder of the user's named like a leftover is kept" \
  test -f "$around/.out.previous.backup-2024/site.tar"
rm -rf "$around/.out.previous.backup-2024"

# Output inside a folder the site reads would be read back by the next build.
"$bin" build --site "$site" --out "$site/assets/pub" > /dev/null 2> "$work/stderr"
expect "an output folder inside assets/ is refused" test $? -eq 1
expect "and says why" grep -q "is inside assets/, which the site reads" "$work/stderr"
expect "and nothing is written there" test ! -e "$site/assets/pub" -a ! -e "$site/assets/.pub.lock"

# Where the system allows no more threads (a container's process limit), one does the work.
if [[ $(id -u) -ne 0 ]]; then
  # (LeakSanitizer, in the sanitizer build, needs a thread of its own at exit.)
  ASAN_OPTIONS=detect_leaks=0 prlimit --nproc=1 "$bin" build --site "$site" --out "$work/one-thread" > /dev/null 2> "$work/stderr"
  expect "a build that may start no threads succeeds" test $? -eq 0
  expect "with the same site" diff -r -q "$out" "$work/one-thread"
fi

# A disk that fills up for real (a 1.5 MB tmpfs in a mount namespace of our own, then filled
# but for 64 kB): the first build fits, a rebuild of the same site still does (its files are
# linked, not written again), a build of the site with another title runs out of space while
# staging beside it.
tiny="$work/tiny"
mkdir -p "$tiny"
if unshare --user --map-root-user --mount true 2> /dev/null; then
  unshare --user --map-root-user --mount bash -c '
    mount -t tmpfs -o size=1500k tmpfs "$3" || exit 9
    "$1" build --site "$2" --out "$3/out" > /dev/null || exit 8
    (cd "$3/out" && find . -type f -exec sha256sum {} + | sort) > "$4/tiny.before"
    # Fill the disk but for 64 kB: room for folders, not for the pages of another title.
    head -c $(($(df --output=avail -B1 "$3" | tail -1) - 65536)) /dev/zero > "$3/filler"
    "$1" build --site "$2" --out "$3/out" > /dev/null 2>&1
    echo $? > "$4/tiny.unchanged"
    "$1" build --site "$5" --out "$3/out" > /dev/null 2> "$4/tiny.stderr"
    echo $? > "$4/tiny.status"
    rm "$3/filler"
    (cd "$3/out" && find . -type f -exec sha256sum {} + | sort) > "$4/tiny.after"
    ls -A "$3" > "$4/tiny.list"' _ "$bin" "$site" "$tiny" "$work" "$changed"
  expect "an unchanged rebuild fits on the full disk (nothing is written twice)" \
    test "$(cat "$work/tiny.unchanged" 2> /dev/null)" = 0
  expect "a full disk exits 1" test "$(cat "$work/tiny.status" 2> /dev/null)" = 1
  expect "and names the error" grep -q "No space left on device" "$work/tiny.stderr"
  expect "and leaves the previous site whole" test -s "$work/tiny.before" -a -s "$work/tiny.after"
  expect "byte for byte" cmp -s "$work/tiny.before" "$work/tiny.after"
  expect "and no stray folders" test "$(cat "$work/tiny.list" 2> /dev/null | tr '\n' ' ')" = ".out.lock out "
else
  echo "skipped: a full disk (unshare --user --mount is not allowed here)"
fi

# A catalogue with measures but no indicators yet: a site of areas and pages, with an empty
# dataset and corrections list, not a crash.
bare="$work/no-indicators"
cp -r "$site" "$bare"
sed -i '/^indicators:/,$d' "$bare/data/katalog.yaml"
printf 'indicators: []\n' >> "$bare/data/katalog.yaml"
"$bin" build --site "$bare" --out "$work/no-indicators-out" > /dev/null 2> "$work/bare.stderr"
expect "a catalogue without indicators builds" test $? -eq 0
expect "with the dataset's header alone" test "$(wc -l < "$work/no-indicators-out/nedlasting/kommunetall.csv")" -eq 1

# An output folder in a place the user may not write: a clear error, nothing half-made.
if [[ $(id -u) -ne 0 ]]; then
  locked="$work/locked"
  mkdir -p "$locked"
  chmod 555 "$locked"
  "$bin" build --site "$site" --out "$locked/out" > /dev/null 2> "$work/denied.stderr"
  status=$?
  expect "an output folder that cannot be written exits 1" test "$status" -eq 1
  expect "and says why" grep -q "Permission denied" "$work/denied.stderr"
  expect "and leaves nothing there" test -z "$(ls -A "$locked")"
  chmod 755 "$locked"
else
  echo "skipped: permission errors (running as root)"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
