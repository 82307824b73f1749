#!/usr/bin/env python3
"""Writes a synthetic site with COPIES times the demo site's areas, for measuring scale.

Usage: bench/scaled_site.py SITE OUT COPIES

Copy 0 is the demo site itself; copy j (1..COPIES-1) repeats every county, municipality and
city district under codes prefixed with 9 and j in four digits (0301 -> 900010301), with the
same history of changes, properties and observations. The catalogue, content, templates and
assets are the demo's own. Country figures are sums over every copy, as the demo's are over
its municipalities, so each copy is a second country's worth of linked tables for the
disclosure control and the rankings.
"""
import csv
import os
import shutil
import sys


def prefixed(code, copy):
    if copy == 0 or code in ("", "0"):
        return code
    return f"9{copy:04d}{code}"


def copy_rows(source, target, copies, code_columns, rename=None):
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    columns = [header.index(c) for c in code_columns]
    with open(target, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        for copy in range(copies):
            for row in body:
                if copy > 0 and row[columns[0]] == "0":
                    continue  # one country
                row = list(row)
                for c in columns:
                    row[c] = prefixed(row[c], copy)
                if rename and copy > 0:
                    rename(row, header, copy)
                out.writerow(row)


def main():
    site, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if os.path.exists(out):
        shutil.rmtree(out)
    for entry in ("site.yaml", "content", "templates", "assets"):
        source = os.path.join(site, entry)
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(out, entry))
        else:
            os.makedirs(out, exist_ok=True)
            shutil.copy(source, os.path.join(out, entry))
    data, target = os.path.join(site, "data"), os.path.join(out, "data")
    os.makedirs(os.path.join(target, "observasjoner"))
    shutil.copy(os.path.join(data, "katalog.yaml"), target)

    def rename(row, header, copy):
        row[header.index("navn")] += f" {copy + 1}"

    copy_rows(os.path.join(data, "omrader.csv"), os.path.join(target, "omrader.csv"), copies,
              ["kode", "overordnet"], rename)
    copy_rows(os.path.join(data, "endringer.csv"), os.path.join(target, "endringer.csv"),
              copies, ["fra", "til"])
    copy_rows(os.path.join(data, "egenskaper.csv"), os.path.join(target, "egenskaper.csv"),
              copies, ["kode"])
    observations = os.path.join(data, "observasjoner")
    for name in sorted(os.listdir(observations)):
        if name.endswith(".csv"):
            copy_rows(os.path.join(observations, name),
                      os.path.join(target, "observasjoner", name), copies, ["område"])


if __name__ == "__main__":
    main()
