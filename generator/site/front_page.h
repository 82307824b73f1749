#pragma once
// The front page: what the site is, national key figures, and every municipality A–Å.
#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

nlohmann::json front_page(const SiteData& data);

}  // namespace kt
