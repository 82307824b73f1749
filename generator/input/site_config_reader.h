#pragma once
// site.yaml at the top of the site folder.
#include <filesystem>

#include "model/diagnostics.h"
#include "model/site_config.h"

namespace kt {

inline constexpr const char* kSiteConfigFile = "site.yaml";

SiteConfig read_site_config(const std::filesystem::path& site_dir, Diagnostics& diagnostics);

}  // namespace kt
