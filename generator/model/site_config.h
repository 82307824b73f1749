#pragma once
// site.yaml: settings for the whole site.
#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace kt {

// When a figure is too small to publish. Applied to every output the site writes.
struct SuppressionRule {
    // Counts of persons from 1 to min_count - 1 are hidden, and so is every figure computed
    // from such a count (a share or rate would give it away). 0 turns the rule off.
    int min_count = 5;
    // No share or rate is shown on a denominator below this (too uncertain to read).
    double min_denominator = 10;
    // Units of the measures whose counts are persons to protect.
    std::vector<std::string> units{"personer"};
    // Years pooled for a small municipality's share or rate (0: no pooled figures).
    int pooled_years = 3;
};

// The map of the municipalities (site.yaml: map).
struct MapSettings {
    // GeoJSON boundaries of the municipalities (WGS 84), as the mapping authority publishes
    // them; relative to the site folder, and may lie outside it (a shared folder of boundary
    // files). Read, never published as it is. Empty: no map.
    std::string boundaries;
    std::string code_property = "kommunenummer";  // the property holding the area code
    std::string source;  // credit under every map, e.g. "Kartverket (CC BY 4.0)"
    SourceLocation boundaries_at;  // where site.yaml names the file
};

struct SiteConfig {
    std::string title = "kommunetall";
    std::string description;
    std::string base_url;      // absolute URL of the published site, for sitemap and citations
    std::string publisher;     // e.g. "IMDi"
    bool demo = false;         // data are invented: every page says so
    std::string data_updated;  // ISO date the data were last updated ("2026-11-01")
    int first_year = 0;        // first year shown in series (0: all)
    // Measure holding the population, used for size groups and shown on area pages.
    std::string population_measure = "folketall";
    SuppressionRule suppression;
    MapSettings map;
};

}  // namespace kt
