#pragma once
// Bars on area pages, each a standalone SVG beside a page:
// - the members of an area ranked (a county's municipalities, the country's counties, Oslo's
//   districts), drawn once in the area's folder; each member's page shows the same file with
//   its own row framed;
// - an indicator's parts side by side (men and women) for the area, its county and the
//   country, where the catalogue has an indicator for each part.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/output_file.h"
#include "site/site_data.h"

namespace kt {

// The ranking of `area`'s members on a share or rate, when it has two or more: the file goes
// to `files` (on the page of `area` only), and the figure's data come back. On a member's
// page, `area` is the page's own area and the ranking is its parent's, with its row framed.
// Null when there is none.
nlohmann::json member_bars(const SiteData& data, const Indicator& indicator, const Area& area,
                           const std::string& page_dir, std::vector<OutputFile>& files);

// The indicators for each part of a breakdown of the indicator's numerator (men, women), each
// over the same part of the denominator, in the catalogue's order: the first breakdown with an
// indicator for every part; empty if none has.
std::vector<const Indicator*> part_indicators(const Catalogue& catalogue, const Indicator& indicator);

// The parts side by side in `year` for `areas` (the page's own first): the file goes to
// `files`; null when the indicator has no parts.
nlohmann::json part_bars(const SiteData& data, const Indicator& indicator,
                         const std::vector<const Area*>& areas, int year,
                         const std::string& page_dir, std::vector<OutputFile>& files);

}  // namespace kt
