#pragma once
// Pages for the catalogue's groupings: one per grouping (its groups side by side) and one per
// group (its figures beside the country's, and its member municipalities).
#include <nlohmann/json.hpp>

#include "site/site_data.h"
#include "stats/area_group.h"

namespace kt {

nlohmann::json grouping_page(const SiteData& data, const Grouping& grouping);
nlohmann::json group_page(const SiteData& data, const AreaGroup& group);

}  // namespace kt
