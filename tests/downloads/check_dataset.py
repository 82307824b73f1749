#!/usr/bin/python3
"""Reads a built site's whole-dataset download as a CSV on the Web processor would: the
metadata names each table and its columns; every table's header has the columns' titles in
order; every field parses as its column's datatype or is the null string; the primary keys
are unique; every foreign key finds its row. Then checks the dataset holds exactly the rows of
the indicators' own downloads, and describes every indicator they have.

Usage: check_dataset.py SITE_DIR
"""
import csv
import json
import pathlib
import sys


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def parses(datatype, text):
    try:
        if datatype == "decimal":
            float(text)
        elif datatype == "integer":
            int(text)
        return True
    except ValueError:
        return False


def main():
    site = pathlib.Path(sys.argv[1])
    folder = site / "nedlasting"
    metadata = json.loads((folder / "kommunetall.csv-metadata.json").read_text(encoding="utf-8"))
    failures = []
    if "http://www.w3.org/ns/csvw" not in json.dumps(metadata["@context"]):
        failures.append("the metadata's @context is not CSVW's")
    tables = {}
    for table in metadata["tables"]:
        rows = read(folder / table["url"])
        schema = table["tableSchema"]
        columns = schema["columns"]
        if rows[0] != [c["titles"] for c in columns]:
            failures.append(f"{table['url']}: header {rows[0]} against titles")
        names = [c["name"] for c in columns]
        for number, row in enumerate(rows[1:], start=2):
            if len(row) != len(columns):
                failures.append(f"{table['url']}:{number}: {len(row)} fields")
                continue
            for column, field in zip(columns, row):
                if field != column.get("null", "") and not parses(column["datatype"], field):
                    failures.append(f"{table['url']}:{number}: {column['name']} {field!r} "
                                    f"is not {column['datatype']}")
        key = schema["primaryKey"]
        key = [key] if isinstance(key, str) else key
        at = [names.index(k) for k in key]
        keys = [tuple(row[i] for i in at) for row in rows[1:]]
        if len(set(keys)) != len(keys):
            failures.append(f"{table['url']}: the primary key {key} is not unique")
        tables[table["url"]] = (names, rows, schema)
    for url, (names, rows, schema) in tables.items():
        for foreign in schema.get("foreignKeys", []):
            other_names, other_rows, _ = tables[foreign["reference"]["resource"]]
            ours = names.index(foreign["columnReference"])
            theirs = other_names.index(foreign["reference"]["columnReference"])
            known = {row[theirs] for row in other_rows[1:]}
            missing = {row[ours] for row in rows[1:]} - known
            if missing:
                failures.append(f"{url}: {sorted(missing)} not in {foreign['reference']['resource']}")

    # The same rows as the indicators' own downloads, in the catalogue's order.
    dataset = read(folder / "kommunetall.csv")
    indicators = [row[0] for row in read(folder / "indikatorer.csv")[1:]]
    own = [dataset[0]]
    for indicator in indicators:
        own += read(site / "indikator" / indicator / f"{indicator}.csv")[1:]
    if dataset != own:
        failures.append(f"the dataset's {len(dataset)} rows differ from the indicators' "
                        f"downloads' {len(own)}")
    on_site = sorted(p.name for p in (site / "indikator").iterdir() if p.is_dir())
    if sorted(indicators) != on_site:
        failures.append(f"indikatorer.csv lists {sorted(indicators)}, the site {on_site}")

    for failure in failures[:50]:
        print(failure)
    print(f"{len(dataset) - 1} rows, {len(indicators)} indicators, {len(failures)} problems")
    sys.exit(1 if failures or len(dataset) < 1000 else 0)


main()
