#pragma once
// Plain editorial pages from content/ (about, method, …) and the 404 page.
#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

nlohmann::json content_page(const SiteData& data, const ContentPage& page);
// The 404 page lives at the site root and is served for any path, so its links are
// root-relative ("/…") rather than relative to a folder.
nlohmann::json not_found_page(const SiteData& data);

}  // namespace kt
