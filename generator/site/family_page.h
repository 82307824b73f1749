#pragma once
// A theme page (bosetting, introduksjonsprogram, …): the editorial text from
// content/tema/<id>.md and the family's indicators with their national figures.
#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

nlohmann::json family_page(const SiteData& data, const Family& family);

}  // namespace kt
