#pragma once
// An index page's download: every municipality's place, plausible places, score, change and,
// per component, the figure it was scored on, its year and its points or grade, as the page
// shows them, and why a municipality has no score.
// Only published figures enter an index, so the file shows nothing the page does not.
#include <string>

#include "render/csv_writer.h"
#include "site/site_data.h"
#include "stats/index_table.h"

namespace kt {

std::string index_download_path(const IndexTable& table);  // "indeks/<id>/<id>.csv"
// Why a municipality has no score ("" when it has one), as the page and the download say it.
std::string index_score_note(const Words& words, const IndexTable& table, const IndexScore& score);
DownloadTable index_download_table(const SiteData& data, const IndexTable& table);

}  // namespace kt
