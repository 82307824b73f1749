#!/usr/bin/python3
"""Opens every XLSX download of a built site with openpyxl, a reader other than the writer,
and compares it with the CSV beside it: the same rows in the same order, text as text,
numbers as numbers equal to the CSV's and shown with its decimals; for figures, a definitions
sheet with one row per indicator they have; the header in bold, frozen and filtered.

Usage: check_workbooks.py SITE_DIR
"""
import csv
import pathlib
import sys

import openpyxl

NUMBER_COLUMNS = {"verdi", "teller", "nevner", "ki95_nedre", "ki95_ovre"}
# An index's table: every column but these is a number.
INDEX_TEXT_COLUMNS = {"indeks", "områdekode", "områdenavn", "fylke", "merknad"}


def decimals(text):
    return len(text) - text.index(".") - 1 if "." in text else 0


def check(csv_path, failures):
    xlsx_path = csv_path.with_suffix(".xlsx")
    if not xlsx_path.exists():
        failures.append(f"{csv_path}: no workbook beside it")
        return 0
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    book = openpyxl.load_workbook(xlsx_path)
    figures = "verdi" in rows[0]
    if book.sheetnames[:2 if figures else 1] != ["Tall", "Definisjoner"][:2 if figures else 1]:
        failures.append(f"{xlsx_path}: sheets {book.sheetnames}")
        return 0
    numbers = NUMBER_COLUMNS if figures else set(rows[0]) - INDEX_TEXT_COLUMNS
    sheet = book["Tall"]
    cells = list(sheet.iter_rows())
    if len(cells) != len(rows):
        failures.append(f"{xlsx_path}: {len(cells)} rows, the CSV has {len(rows)}")
        return 0
    header = rows[0]
    if sheet.freeze_panes != "A2" or not sheet.auto_filter.ref or not cells[0][0].font.b:
        failures.append(f"{xlsx_path}: the header is not bold, frozen and filtered")
    for r, (expected, got) in enumerate(zip(rows, cells)):
        for name, text, cell in zip(header, expected, got):
            where = f"{xlsx_path}:{cell.coordinate} ({name})"
            if text == "":
                if cell.value is not None:
                    failures.append(f"{where}: {cell.value!r} where the CSV is empty")
            elif r > 0 and name in numbers:
                if not isinstance(cell.value, (int, float)) or float(text) != float(cell.value):
                    failures.append(f"{where}: {cell.value!r}, the CSV has {text}")
                wanted = "0." + "0" * decimals(text) if decimals(text) else "0"
                if cell.number_format != wanted:
                    failures.append(f"{where}: format {cell.number_format}, the CSV has {text}")
            elif cell.value != text or cell.data_type != "s":
                failures.append(f"{where}: {cell.value!r}, the CSV has {text!r}")
    if not figures:
        return len(rows)
    indicators = list(dict.fromkeys(row[0] for row in rows[1:]))
    defined = [row[0].value for row in book["Definisjoner"].iter_rows(min_row=2)]
    if defined != indicators:
        failures.append(f"{xlsx_path}: definitions of {defined}, figures of {indicators}")
    return len(rows)


def main():
    site = pathlib.Path(sys.argv[1])
    failures = []
    files = rows = 0
    for csv_path in sorted(site.rglob("*.csv")):
        if csv_path.name.endswith("-excel.csv") or not csv_path.with_name(
                csv_path.stem + "-excel.csv").exists():
            continue  # only the figure downloads have every form
        rows += check(csv_path, failures)
        files += 1
    for failure in failures[:50]:
        print(failure)
    print(f"{files} workbooks, {rows} rows, {len(failures)} differences")
    if files < 100 or failures:
        sys.exit(1)


main()
