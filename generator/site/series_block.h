#pragma once
// An indicator's time series for an area and the areas it is compared with: an SVG chart
// with the goal line, and the same numbers as an accessible table beside it.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/output_file.h"
#include "site/site_data.h"

namespace kt {

// `areas` are drawn and tabulated in the given order; the first is the page's own area.
// The chart is a standalone SVG, added to `files` as `chart_name` in the page's folder,
// which the block links as an image. Returns null when the data have nothing for the first
// area on the indicator.
nlohmann::json series_block(const SiteData& data, const Indicator& indicator,
                            const std::vector<const Area*>& areas, const std::string& page_dir,
                            const std::string& chart_name, std::vector<OutputFile>& files);

// The areas a page compares with: the area itself, then its county (or Oslo for a
// district) and the country.
std::vector<const Area*> comparison_areas(const SiteData& data, const Area& area);

// The years the block tabulates: from the first to the last year any of `areas` has a figure
// for, a year in between with none included (it shows as ".."). Empty when the data never
// cover the first area on the indicator. Downloads list the same years, so every row a page
// shows is in its file.
std::vector<int> shown_years(const SiteData& data, const Indicator& indicator,
                             const std::vector<const Area*>& areas);

}  // namespace kt
