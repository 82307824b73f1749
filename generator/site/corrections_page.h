#pragma once
// The page "Endringer og rettelser": every change to a figure published before, newest first,
// linked to the figure's block on its area's page, with the list as a download.
#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

nlohmann::json corrections_page(const SiteData& data);

// For an area page's block of an indicator: the changes to the area's figures, or null.
nlohmann::json figure_corrections(const SiteData& data, const Indicator& indicator,
                                  const Area& area, const std::string& page_dir);

}  // namespace kt
