#pragma once
// Pages for codes no longer in use, so that old links keep working: where a code's territory
// went to one current area the page forwards there; where it was split, it says where each
// part went.
#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

// Whether the data have figures for the old code itself (then it gets a download).
bool has_own_figures(const SiteData& data, const Area& area);

// Template context for the "historical" template. page.redirect_href is set when the area's
// territory went to exactly one current area.
nlohmann::json historical_page(const SiteData& data, const Area& area);

}  // namespace kt
