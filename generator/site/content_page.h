#pragma once
// Plain editorial pages from content/ (about, method, …) and the 404 page.
#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

nlohmann::json content_page(const SiteData& data, const ContentPage& page);
// The 404 page is served for any missing path, so its links start at "/".
nlohmann::json not_found_page(const SiteData& data);

}  // namespace kt
