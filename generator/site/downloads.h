#pragma once
// CSV downloads: every figure of an indicator (all areas and groups, all years), and every
// figure of an area or a group of municipalities (all indicators and years). Symbols stay
// symbols; a hidden number stays hidden (empty, with its symbol and reason beside it). Every
// row an area's page tabulates is in its file and in the indicator's, a year without a figure
// as a ".." row. A group's code is "<grouping>:<value>" ("kostragruppe:5"), its type "gruppe".
#include <string>
#include <vector>

#include "model/output_file.h"
#include "render/csv_writer.h"

#include "site/site_data.h"

namespace kt {

std::string area_download_name(const Area& area);  // "3435-vaga.csv"
std::string area_download_path(const Area& area);  // "kommune/3435-vaga/3435-vaga.csv"
std::string indicator_download_name(const Indicator& indicator);  // "bosatte.csv"
std::string indicator_download_path(const Indicator& indicator);

std::string group_download_code(const AreaGroup& group);  // "kostragruppe:5"
std::string group_download_name(const AreaGroup& group);  // "kostragruppe-5.csv"
std::string group_download_path(const AreaGroup& group);  // "gruppe/kostragruppe/5/…"

// Each download is published twice: as machine CSV, and in the spreadsheet form
// (render/csv_writer.h) as "<name>-excel.csv" beside it: "3435-vaga-excel.csv".
std::string spreadsheet_name(const std::string& csv_name);

DownloadTable area_table(const SiteData& data, const Area& area);
DownloadTable group_table(const SiteData& data, const AreaGroup& group);
DownloadTable indicator_table(const SiteData& data, const Indicator& indicator);
// The table's two files: the machine CSV at `csv_path`, the spreadsheet form beside it.
std::vector<OutputFile> download_files(const std::string& csv_path, const DownloadTable& table);

}  // namespace kt
