#pragma once
// The distribution of an indicator's municipal figures (SiteData::shown) as a beeswarm strip:
// one standalone SVG per indicator (indikator/<id>/fordeling.svg), shown on the indicator page
// and on every municipality's key figure card with marks for the municipality, its county and
// the country.
#include <string>

#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

bool has_indicator_distribution(const SiteData& data, const Indicator& indicator);

// "indikator/<id>/fordeling.svg"
std::string indicator_distribution_path(const Indicator& indicator);

std::string indicator_distribution_svg(const SiteData& data, const Indicator& indicator);

// What a page needs to show the strip: the image (its strip view) relative to `page_dir`, its
// text alternative, the marks over it and their key. `area` (a municipality) gets its dot
// ringed and its county's line; the country's line is always there. Null without shown
// figures.
nlohmann::json distribution_figure(const SiteData& data, const Indicator& indicator,
                                   const std::string& page_dir, const Area* area = nullptr);

}  // namespace kt
