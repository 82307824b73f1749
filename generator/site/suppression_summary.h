#pragma once
// How many municipal figures the suppression hid, per indicator and reason, for the method
// page: readers can see what the rule costs them.
#include <nlohmann/json.hpp>
#include <string>

#include "site/site_data.h"

namespace kt {

// One row per indicator: its title and link, the municipality-year figures in the data, and
// how many are hidden as small counts, as complements, by the source and as too uncertain.
nlohmann::json suppression_summary(const SiteData& data, const std::string& page_dir);

}  // namespace kt
