#pragma once
// The forms each download is published in, side by side in one folder:
//   3435-vaga.csv            machine CSV (render/csv_writer.h)
//   3435-vaga-excel.csv      the same for a spreadsheet set up for Norwegian
//   3435-vaga.xlsx           a workbook: the figures, the indicators' definitions and sources,
//                            the symbols and codes, and what each column holds
//   3435-vaga.json           the figures as records, with the same definitions
//   3435-vaga-json-stat.json JSON-stat 2.0 as SSB's API returns it: dimensions Region, Tid and
//                            ContentsCode (an indicator's value, and for a share or rate its
//                            numerator, denominator and interval), symbols in "status" ("*"
//                            for a provisional figure, as SSB), reason codes in
//                            "extension": {"grunn": …}
// Every form holds the same rows and the same rounded numbers: each is written from the one
// table of text the CSV is.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/output_file.h"
#include "site/downloads.h"

namespace kt {

enum class DownloadForm { csv, excel_csv, xlsx, json, json_stat };

// The form's file beside the CSV: "a/3435-vaga.csv" -> "a/3435-vaga-json-stat.json".
std::string download_form_path(const std::string& csv_path, DownloadForm form);

// For a page in `page_dir`: {"csv": {"href", "name"}, "excel_csv": …, "xlsx": …, "json": …,
// "json_stat": …}, the links templates offer (a table that is not of figures has no
// "json_stat").
nlohmann::json download_links(const std::string& page_dir, const std::string& csv_path,
                              bool figures = true);

// Every form's file. Throws std::runtime_error when libxlsxwriter fails.
std::vector<OutputFile> download_files(const SiteData& data, const Download& download);
// A table that is not of figures by indicator, area and period (an index's scores): CSV, the
// spreadsheet CSV, a one-sheet workbook and JSON records.
std::vector<OutputFile> table_download_files(const SiteData& data, const std::string& csv_path,
                                             const std::string& title, const DownloadTable& table);

// The indicators' definitions and sources, one row each, as the workbooks and JSON give them.
DownloadTable definitions_table(const SiteData& data,
                                const std::vector<const Indicator*>& indicators);
// What each column of a figures table holds: its name and a sentence (words download.column_*).
DownloadTable columns_table(const SiteData& data, const DownloadTable& figures);
// A column name as ASCII, as a word key or a CSVW name takes it: "områdekode" -> "omradekode".
std::string ascii_column_name(std::string name);

// The JSON-stat 2.0 dataset alone.
std::string json_stat_text(const SiteData& data, const Download& download);

}  // namespace kt
