#pragma once
// What every page's template gets: site settings, navigation, breadcrumbs, the page's own
// title and canonical URL, and the prefix that makes links relative.
#include <optional>
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

// Links reach the site root through `root`: by default relative to `page_dir` ("../../");
// the 404 page, which a server shows at any path, passes "/".
nlohmann::json page_context(const SiteData& data, const std::string& page_dir,
                            const std::string& title, const std::string& description,
                            const std::vector<Crumb>& breadcrumbs,
                            std::optional<std::string> root = std::nullopt);

}  // namespace kt
