#!/usr/bin/env bash
# End-to-end test of `kommunetall serve`: start it on a new site, request pages, edit a file
# and see the change, break a file and see the error (and the last good site), mend it,
# and stop it with Ctrl+C.
# Usage: serve_test.sh KOMMUNETALL_BINARY
set -uo pipefail
bin=$1
work=$(mktemp -d)
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
source "$(dirname "$0")/expect.sh"

site="$work/site"
"$bin" new "$site" > /dev/null || { echo "FAILED: kommunetall new"; exit 1; }
"$bin" serve --site "$site" --port 0 > "$work/out" 2> "$work/err" &
server=$!

# waits up to 30 s for COMMAND to succeed
eventually() {
  for _ in $(seq 300); do
    if "$@" > /dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  return 1
}
expect "serve prints where it serves" eventually grep -q "^serving http://127.0.0.1:[0-9]*/" "$work/out"
port=$(grep -o "127.0.0.1:[0-9]*" "$work/out" | head -1 | cut -d: -f2)
url="http://127.0.0.1:$port"
get() { curl -s --max-time 10 "$url$1"; }
status() { curl -s --max-time 10 -o /dev/null -w "%{http_code}" "$@"; }

expect "the front page is served" test "$(status "$url/")" = 200
expect "pages reload themselves after a build" bash -c "curl -s '$url/' | grep -q '__kommunetall/status'"
expect "the status says the build is good" bash -c "curl -s '$url/__kommunetall/status' | grep -q '\"ok\":true'"
expect "a folder's address is redirected to its slash" test "$(status "$url/om")" = 302
expect "an unknown page is 404" test "$(status "$url/finnes-ikke/")" = 404
expect "nothing outside the site is served" test "$(status --path-as-is "$url/../../etc/passwd")" = 404
expect "a request for another host name is refused" \
  test "$(status -H "Host: attacker.example:$port" "$url/")" = 403

"$bin" serve --site "$site" --port "$port" > /dev/null 2>&1 &
second=$!
sleep 0.5
expect "a second serve on the same port fails" bash -c "! kill -0 $second 2> /dev/null"
kill "$second" 2> /dev/null
wait "$second"
expect "with status 1" test $? -eq 1

# An edit, saved as editors do: a new file renamed over the old one.
cp "$site/content/om.md" "$work/om.md"
echo "En ny setning fra redaksjonen." >> "$work/om.md"
cp "$work/om.md" "$site/content/.om.md.tmp" && mv "$site/content/.om.md.tmp" "$site/content/om.md"
expect "an edited page is rebuilt" eventually bash -c "curl -s '$url/om/' | grep -q 'En ny setning fra redaksjonen'"

# A broken data file: the error with file:line:col, and the last good site still served.
csv="$site/data/observasjoner/tall.csv"
cp "$csv" "$work/tall.csv"
lines=$(wc -l < "$csv")
echo "9999,2023,bosatte,12" >> "$csv"
expect "a broken file is reported in the status" \
  eventually bash -c "curl -s '$url/__kommunetall/status' | grep -q '\"ok\":false'"
expect "the error names file:line:col" bash -c \
  "curl -s '$url/__kommunetall/status' | grep -q 'data/observasjoner/tall.csv:$((lines + 1)):1: error: unknown area code'"
expect "the error is shown across the page" bash -c "curl -s '$url/om/' | grep -q 'The last build failed'"
expect "the page shows the offending line" bash -c "curl -s '$url/om/' | grep -q '9999,2023,bosatte,12'"
expect "the last good site is still served" bash -c "curl -s '$url/om/' | grep -q 'En ny setning fra redaksjonen'"
expect "the error is printed where serve was started" grep -q "tall.csv:$((lines + 1)):1: error" "$work/err"

cp "$work/tall.csv" "$csv"
expect "a mended file is built again" \
  eventually bash -c "curl -s '$url/__kommunetall/status' | grep -q '\"ok\":true'"
expect "the error is gone from the page" bash -c "! curl -s '$url/om/' | grep -q 'The last build failed'"

kill -INT "$server"
stopped=1
for _ in $(seq 100); do
  if ! kill -0 "$server" 2> /dev/null; then stopped=0; break; fi
  sleep 0.1
done
expect "Ctrl+C stops it" test "$stopped" -eq 0
wait "$server"
code=$?
server=""
expect "it exits with status 0" test "$code" -eq 0
expect "it writes nothing into the site folder" test ! -e "$site/public"

echo "$passed passed, $failed failed"
((failed == 0))
