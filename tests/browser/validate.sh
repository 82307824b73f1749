#!/usr/bin/env bash
# Every published page and SVG file is valid: the Nu HTML Checker (vnu-jar from npm, run by
# the machine's Java) on every HTML file and, as SVG, every .svg file; xmllint for
# well-formed XML.
# Usage: validate.sh SITE_DIR
set -euo pipefail
site=$1
here=$(cd "$(dirname "$0")" && pwd)
vnu="$here/node_modules/vnu-jar/build/dist/vnu.jar"
[[ -f "$vnu" ]] || { echo "missing $vnu: run npm ci in tests/browser (scripts/test.sh does)"; exit 1; }
html=$(find "$site" -name '*.html' | wc -l)
svg=$(find "$site" -name '*.svg' | wc -l)
((html > 0 && svg > 0)) || { echo "no pages or no SVG files in $site"; exit 1; }
find "$site" -name '*.svg' -print0 | xargs -0 xmllint --noout
# vnu prints nothing and exits 0 when every file is valid.
find "$site" -name '*.html' -print0 | xargs -0 java -jar "$vnu" --errors-only
find "$site" -name '*.svg' -print0 | xargs -0 java -jar "$vnu" --svg --errors-only
echo "valid: $html HTML files, $svg SVG files"
