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

// The reason a number is hidden, as the downloads' code: "personvern", "lite_nevner", "kilde",
// "ikke_publisert"; "" for none.
std::string suppression_code(Suppression reason);

std::string group_download_code(const AreaGroup& group);  // "kostragruppe:5"
std::string group_download_name(const AreaGroup& group);  // "kostragruppe-5.csv"
std::string group_download_path(const AreaGroup& group);  // "gruppe/kostragruppe/5/…"

// A download before it is written in any form (site/download_forms.h): its figures, and the
// indicators they are figures of.
struct Download {
    std::string csv_path;  // "kommune/3435-vaga/3435-vaga.csv"; the other forms lie beside it
    std::string title;     // "Vågå (3435)": the workbook's and the dataset's name
    DownloadTable figures;
    std::vector<const Indicator*> indicators;  // those with rows, in the catalogue's order
};

// A figures table with its header and no rows.
DownloadTable figure_table();

Download area_download(const SiteData& data, const Area& area);
Download group_download(const SiteData& data, const AreaGroup& group);
Download indicator_download(const SiteData& data, const Indicator& indicator);

}  // namespace kt
