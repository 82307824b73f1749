#pragma once
// What every page's template gets: site settings, navigation, breadcrumbs, the page's own
// title and canonical URL, and the prefix that makes links relative.
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

struct Crumb {
    std::string title;
    std::string dir;  // page folder, e.g. "fylke/34-innlandet/"
};

nlohmann::json page_context(const SiteData& data, const std::string& page_dir,
                            const std::string& title, const std::string& description,
                            const std::vector<Crumb>& breadcrumbs);

}  // namespace kt
