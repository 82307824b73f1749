#!/usr/bin/env python3
"""Writes a Hugo site that publishes what a kommunetall municipality page publishes, from the
same numbers, so the two generators can be timed on equal pages.

Usage: hugo_peer.py BUILT_SITE SITE_FOLDER OUT

BUILT_SITE is a site kommunetall built (its per-area CSV downloads hold every figure as
published: hidden ones as symbols). SITE_FOLDER is the kommunetall site folder (for the
catalogue's titles, definitions, cohorts and sources). OUT receives the Hugo site: one content
file and one data file per current municipality, and a layout that renders, per indicator, its
title, definition, cohort and source, a table of every year (value, interval, numerator,
denominator) and an SVG line chart with axes in a file of its own beside the page, shown as an
image, as the municipality page does.
"""
import csv
import json
import pathlib
import sys

import yaml

LAYOUT = r"""<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:70rem;margin:auto}table{border-collapse:collapse}
td,th{padding:.2rem .5rem;border-bottom:1px solid #ddd;text-align:right}</style></head>
<body>
<nav><a href="../../">Forside</a></nav>
<h1>{{ .Title }}</h1>
{{ $data := index .Site.Data.kommuner .Params.code }}
{{ range $indicator := .Site.Data.katalog }}
{{ $rows := index $data $indicator.id }}
{{ if $rows }}
<section id="{{ $indicator.id }}">
<h2>{{ $indicator.title }}</h2>
<p>{{ $indicator.definition }}</p>
<p><strong>Kohort:</strong> {{ $indicator.cohort }}</p>
{{ $numbers := slice }}
{{ range $rows }}{{ if ne .value nil }}{{ $numbers = $numbers | append .value }}{{ end }}{{ end }}
{{ if ge (len $numbers) 2 }}
{{ $svg := partial "chart.svg" (dict "rows" $rows "numbers" $numbers "indicator" $indicator "title" $.Title) }}
{{ $chart := resources.FromString (printf "kommune/%s/%s.svg" (lower $.Params.code) $indicator.id) (printf "%s" $svg) }}
<img src="{{ $chart.RelPermalink }}" width="640" height="240" alt="{{ $indicator.title }}, {{ $.Title }}" loading="lazy">
{{ end }}
<table><thead><tr><th>År</th><th>{{ $indicator.unit }}</th><th>95 % KI</th><th>Teller</th><th>Nevner</th><th>Merknad</th></tr></thead>
<tbody>
{{ range $rows }}<tr><td>{{ .year }}</td><td>{{ .text }}</td><td>{{ .interval }}</td><td>{{ .numerator }}</td><td>{{ .denominator }}</td><td>{{ .note }}</td></tr>
{{ end }}</tbody></table>
<p class="source">Kilde: {{ $indicator.source }}</p>
</section>
{{ end }}
{{ end }}
</body></html>
"""


CHART = r"""{{ $low := 0.0 }}{{ $high := 1.0 }}
{{ range .numbers }}{{ if gt . $high }}{{ $high = . }}{{ end }}{{ end }}
{{ $step := div 560.0 (sub (len .rows) 1) }}
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 240" role="img" aria-label="{{ .indicator.title }}">
<title>{{ .indicator.title }}, {{ .title }}</title>
{{ range $i, $tick := slice 0.0 0.25 0.5 0.75 1.0 }}
{{ $y := sub 210.0 (mul 190.0 $tick) }}
<line x1="60" x2="620" y1="{{ $y }}" y2="{{ $y }}" stroke="#ddd"/>
<text x="55" y="{{ $y }}" text-anchor="end" font-size="12">{{ lang.FormatNumber 0 (mul $high $tick) }}</text>
{{ end }}
{{ $points := slice }}
{{ range $i, $row := .rows }}
{{ $x := add 60.0 (mul $step $i) }}
<text x="{{ $x }}" y="230" text-anchor="middle" font-size="12">{{ $row.year }}</text>
{{ if ne $row.value nil }}
{{ $y := sub 210.0 (mul 190.0 (div $row.value $high)) }}
{{ $points = $points | append (printf "%.1f,%.1f" $x $y) }}
<circle cx="{{ printf "%.1f" $x }}" cy="{{ printf "%.1f" $y }}" r="3"><title>{{ $row.year }}: {{ $row.text }}</title></circle>
{{ end }}
{{ end }}
<polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="{{ delimit $points " " }}"/>
</svg>
"""


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def main():
    built, site, out = (pathlib.Path(a) for a in sys.argv[1:4])
    catalogue = yaml.safe_load((site / "data" / "katalog.yaml").read_text(encoding="utf-8"))
    indicators = [
        {key: i.get(key, "") for key in ("id", "title", "definition", "cohort", "unit", "source")}
        for i in catalogue["indicators"]
    ]
    search = json.loads((built / "sok" / "indeks.json").read_text(encoding="utf-8"))
    municipalities = [a for a in search["områder"] if a.get("type") == "kommune"]

    (out / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (out / "layouts" / "_default" / "single.html").write_text(LAYOUT, encoding="utf-8")
    (out / "layouts" / "partials").mkdir(parents=True, exist_ok=True)
    (out / "layouts" / "partials" / "chart.svg").write_text(CHART, encoding="utf-8")
    (out / "layouts" / "_default" / "list.html").write_text(
        "<!doctype html><title>{{ .Title }}</title>", encoding="utf-8")
    (out / "layouts" / "index.html").write_text(
        "<!doctype html><title>{{ .Site.Title }}</title>", encoding="utf-8")
    (out / "config.toml").write_text(
        'baseURL = "https://example.no/"\ntitle = "Kommunetall"\nlanguageCode = "nb"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\nuglyURLs = false\n',
        encoding="utf-8")
    data = out / "data"
    (data / "kommuner").mkdir(parents=True, exist_ok=True)
    (data / "katalog.json").write_text(json.dumps(indicators, ensure_ascii=False), encoding="utf-8")
    content = out / "content" / "kommune"
    content.mkdir(parents=True, exist_ok=True)

    for area in municipalities:
        folder = built / area["url"].strip("/").removesuffix("index.html").strip("/")
        rows = {}
        for csv_file in folder.glob("*.csv"):
            with csv_file.open(encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    rows.setdefault(r["indikator"], []).append({
                        "year": r["periode"],
                        "value": number(r["verdi"]),
                        "text": r["verdi"] or r["symbol"],
                        "interval": f'{r["ki95_nedre"]}–{r["ki95_ovre"]}' if r["ki95_nedre"] else "",
                        "numerator": r["teller"], "denominator": r["nevner"],
                        "note": r["merknad"] or r["grunn"],
                    })
        code = area["kode"]
        (data / "kommuner" / f"{code}.json").write_text(
            json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        (content / f"{code}.md").write_text(
            f'---\ntitle: "{area["navn"]}"\ncode: "{code}"\n---\n', encoding="utf-8")


if __name__ == "__main__":
    main()
