#include "input/map_reader.h"
#include "input/site_reader.h"

#include <map>

#include "input/catalogue_reader.h"
#include "input/content_reader.h"
#include "input/observation_checks.h"
#include "input/observation_reader.h"
#include "input/registry_reader.h"
#include "input/site_config_reader.h"
#include "input/ssb_symbol.h"
#include "input/survey_reader.h"

namespace kt {

namespace {

// Front-matter references from content to areas and families must resolve, and each area or
// family has at most one narrative (a second one would replace the first without a word).
void check_content_references(const SiteInput& site, Diagnostics& diagnostics) {
    // "område 3435" (what the page is about) -> the first page about it
    std::map<std::string, const ContentPage*> claimed;
    // `what` as the page writes it: "kommune: 3435", "område: 3435".
    auto claim = [&](const ContentPage& page, const std::string& subject, const std::string& what) {
        auto [first, fresh] = claimed.emplace(subject, &page);
        if (!fresh)
            diagnostics.error(page.where, "'" + what + "' is also the subject of " +
                                              first->second->where.file +
                                              "; one page per area or family");
    };
    for (const ContentPage& page : site.content) {
        if (page.params.count("område") && page.params.count("kommune"))
            diagnostics.error(page.where, "a page names its area once: 'område' or 'kommune'");
        if (auto subject = narrative_subject(page)) {
            const Area* area = site.registry.find(*subject);
            if (*subject == "landet")
                for (const Area& a : site.registry.areas())
                    if (a.kind == AreaKind::country) area = &a;
            if (!page.params.count("område")) {
                if (!area || area->kind != AreaKind::municipality)
                    diagnostics.error(page.where, "'kommune: " + *subject +
                                                      "' is not a municipality in the registry");
                else
                    claim(page, "område " + area->code, "kommune: " + *subject);
            } else if (!area || !area->is_current()) {
                diagnostics.error(page.where, "'område: " + *subject +
                                                  "' is not an area of today in the registry");
            } else {
                claim(page, "område " + area->code, "område: " + *subject);
            }
        }
        if (auto it = page.params.find("tema"); it != page.params.end()) {
            claim(page, "tema " + it->second, "tema: " + it->second);
            if (!site.catalogue.family(it->second))
                diagnostics.error(page.where,
                                  "'tema: " + it->second + "' is not a family in the catalogue");
        }
    }
}

// An attribute a grouping or a variable names, and where the catalogue names it.
struct AttributeUse {
    std::string attribute;
    std::string user;  // "grouping 'kostragruppe'", "variable 'sentralitet'"
    bool needs_number = false;
    SourceLocation where;
};

std::vector<AttributeUse> attribute_uses(const Catalogue& catalogue) {
    std::vector<AttributeUse> uses;
    for (const Grouping& g : catalogue.groupings)
        if (!g.attribute.empty())
            uses.push_back({g.attribute, "grouping '" + g.id + "'", false, g.where});
    auto add_variables = [&](const std::vector<Variable>& variables) {
        for (const Variable& v : variables)
            if (v.source == Variable::Source::attribute && !v.attribute.empty())
                uses.push_back({v.attribute, "variable '" + v.id + "'", true, v.where});
    };
    for (const Adjustment& a : catalogue.adjustments) add_variables(a.covariates);
    if (catalogue.similarity) add_variables(catalogue.similarity->variables);
    return uses;
}

// The attributes that groupings and variables name come from data/egenskaper.csv, which the
// catalogue reader does not see: each must be given for some municipality, and a variable's
// must be a number wherever it is given (it enters a regression or a distance).
void check_catalogue_attributes(const Catalogue& catalogue, const Registry& registry,
                                Diagnostics& diagnostics) {
    for (const AttributeUse& use : attribute_uses(catalogue)) {
        int with_attribute = 0;
        int not_numbers = 0;
        std::string first_not_number;  // "0301 Oslo: 'sentral'"
        for (const Area& area : registry.areas()) {
            if (area.kind != AreaKind::municipality) continue;
            auto it = area.attributes.find(use.attribute);
            if (it == area.attributes.end()) continue;
            ++with_attribute;
            if (use.needs_number && !parse_plain_number(it->second)) {
                if (not_numbers++ == 0)
                    first_not_number = area.code + " " + area.name + ": '" + it->second + "'";
            }
        }
        if (with_attribute == 0) {
            diagnostics.error(use.where, use.user + ": attribute '" + use.attribute +
                                             "' is not given for any municipality in " +
                                             kAttributesFile);
        } else if (not_numbers > 0) {
            diagnostics.error(
                use.where, use.user + ": attribute '" + use.attribute +
                               "' must be a number for every municipality, but is not for " +
                               std::to_string(not_numbers) + " (first " + first_not_number + ")");
        }
    }
}

}  // namespace

SiteInput read_site_data(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    SiteInput site;
    site.config = read_site_config(site_dir, diagnostics);
    site.registry = read_registry(site_dir, diagnostics);
    read_area_attributes(site_dir, site.registry, diagnostics);
    site.catalogue = read_catalogue(site_dir, diagnostics);
    check_catalogue_attributes(site.catalogue, site.registry, diagnostics);
    read_observations(site_dir, site.registry, site.catalogue, site.observations, diagnostics);
    check_observations(site.observations, site.catalogue, diagnostics);
    check_superseded_rows(site.observations, site.registry, diagnostics);
    site.survey = read_survey(site_dir, site.registry, site.catalogue, diagnostics);
    if (!site.catalogue.measure(site.config.population_measure) && !site.catalogue.measures.empty())
        diagnostics.error({"site.yaml", 0, 0}, "population_measure '" +
                                                   site.config.population_measure +
                                                   "' is not a measure in the catalogue");
    return site;
}

void read_site_map(const std::filesystem::path& site_dir, SiteInput& site,
                   Diagnostics& diagnostics) {
    Diagnostics map;
    read_map(site_dir, site, map);
    if (!map.has_errors()) lay_out_tiles(site, map);
    diagnostics.append(map);
}

void read_site_content(const std::filesystem::path& site_dir, SiteInput& site,
                       Diagnostics& diagnostics) {
    site.content = read_content(site_dir, diagnostics);
    check_content_references(site, diagnostics);
}

SiteInput read_site(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    SiteInput site = read_site_data(site_dir, diagnostics);
    read_site_map(site_dir, site, diagnostics);
    read_site_content(site_dir, site, diagnostics);
    return site;
}

}  // namespace kt
