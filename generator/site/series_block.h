#pragma once
// An indicator's time series for an area and the areas it is compared with: an SVG chart
// with the goal line, and the same numbers as an accessible table beside it.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

// `areas` are drawn and tabulated in the given order; the first is the page's own area.
// Returns null when the data have nothing for the first area on the indicator.
nlohmann::json series_block(const SiteData& data, const Indicator& indicator,
                            const std::vector<const Area*>& areas, const std::string& page_dir);

// The areas a page compares with: the area itself, then its county (or Oslo for a
// district) and the country.
std::vector<const Area*> comparison_areas(const SiteData& data, const Area& area);

}  // namespace kt
