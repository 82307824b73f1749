#pragma once
// The profile page of an area (municipality, county, the country or a city district):
// narrative, key figures against county, country and goal, a chart and table per
// indicator, and the areas below it.
#include <nlohmann/json.hpp>

#include "model/output_file.h"
#include "site/site_data.h"

namespace kt {

// Each indicator's chart goes to `files`, beside the page.
nlohmann::json area_page(const SiteData& data, const Area& area, std::vector<OutputFile>& files);

// Key figures of an area in the latest year of each key indicator, compared with the
// areas above it and the goal. Also used on the front page for the country.
nlohmann::json key_figures(const SiteData& data, const Area& area, const std::string& page_dir);

}  // namespace kt
