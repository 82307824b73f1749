#pragma once
// A table of areas (a county's municipalities, the country's counties, Oslo's districts)
// with their key figures in the latest year.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

nlohmann::json children_table(const SiteData& data, const Area& parent,
                              const std::vector<const Area*>& children,
                              const std::string& page_dir);

}  // namespace kt
