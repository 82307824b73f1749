#pragma once
// site.yaml: settings for the whole site.
#include <string>

namespace kt {

struct SiteConfig {
    std::string title = "kommunetall";
    std::string description;
    std::string base_url;       // absolute URL of the published site, for sitemap and citations
    std::string publisher;      // e.g. "IMDi"
    bool demo = false;          // data are invented: every page says so
    std::string data_updated;   // ISO date the data were last updated ("2026-11-01")
    int first_year = 0;         // first year shown in series (0: all)
    // Measure holding the population, used for size groups and shown on area pages.
    std::string population_measure = "folketall";
};

}  // namespace kt
