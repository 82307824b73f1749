#pragma once
// An index page's download: every municipality's place, plausible places, score, change and,
// per component, the figure it was scored on and its points or grade, as the page shows them.
// Only published figures enter an index, so the file shows nothing the page does not.
#include <string>

#include "render/csv_writer.h"
#include "site/site_data.h"
#include "stats/index_table.h"

namespace kt {

std::string index_download_path(const IndexTable& table);  // "indeks/<id>/<id>.csv"
DownloadTable index_download_table(const SiteData& data, const IndexTable& table);

}  // namespace kt
