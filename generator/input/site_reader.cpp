#include "input/site_reader.h"

#include "input/catalogue_reader.h"
#include "input/content_reader.h"
#include "input/observation_checks.h"
#include "input/observation_reader.h"
#include "input/registry_reader.h"
#include "input/site_config_reader.h"

namespace kt {

namespace {

// Front-matter references from content to areas and families must resolve.
void check_content_references(const SiteInput& site, Diagnostics& diagnostics) {
    for (const ContentPage& page : site.content) {
        if (auto it = page.params.find("kommune"); it != page.params.end()) {
            const Area* area = site.registry.find(it->second);
            if (!area || area->kind != AreaKind::municipality)
                diagnostics.error(page.where, "'kommune: " + it->second +
                                                  "' is not a municipality in the registry");
        }
        if (auto it = page.params.find("tema"); it != page.params.end()) {
            if (!site.catalogue.family(it->second))
                diagnostics.error(page.where,
                                  "'tema: " + it->second + "' is not a family in the catalogue");
        }
    }
}

}  // namespace

SiteInput read_site(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    SiteInput site;
    site.config = read_site_config(site_dir, diagnostics);
    site.registry = read_registry(site_dir, diagnostics);
    read_area_attributes(site_dir, site.registry, diagnostics);
    site.catalogue = read_catalogue(site_dir, diagnostics);
    read_observations(site_dir, site.registry, site.catalogue, site.observations, diagnostics);
    check_observations(site.observations, site.catalogue, diagnostics);
    check_superseded_rows(site.observations, site.registry, diagnostics);
    site.content = read_content(site_dir, diagnostics);
    check_content_references(site, diagnostics);
    if (!site.catalogue.measure(site.config.population_measure) && !site.catalogue.measures.empty())
        diagnostics.error({"site.yaml", 0, 0}, "population_measure '" +
                                                   site.config.population_measure +
                                                   "' is not a measure in the catalogue");
    return site;
}

}  // namespace kt
