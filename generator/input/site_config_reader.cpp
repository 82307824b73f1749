#include "input/site_config_reader.h"

#include <regex>

#include "input/source_file.h"
#include "input/yaml_fields.h"

namespace kt {

namespace {

SuppressionRule read_suppression_rule(const YAML::Node& node, YamlFields& site_fields,
                                      Diagnostics& diagnostics) {
    SuppressionRule rule;
    if (!node.IsMap()) {
        site_fields.error_at("suppression",
                             "suppression must be a mapping of min_count, "
                             "min_denominator, units and pooled_years");
        return rule;
    }
    YamlFields f(node, kSiteConfigFile, 1, diagnostics);
    f.check_known_keys({"min_count", "min_denominator", "units", "pooled_years"});
    rule.min_count = f.optional_int("min_count", rule.min_count);
    rule.min_denominator = f.optional_number("min_denominator").value_or(rule.min_denominator);
    rule.pooled_years = f.optional_int("pooled_years", rule.pooled_years);
    if (rule.min_count < 0) f.error_at("min_count", "min_count must be 0 (off) or more");
    if (rule.min_denominator < 0)
        f.error_at("min_denominator", "min_denominator must be 0 or more");
    if (rule.pooled_years < 0 || rule.pooled_years == 1)
        f.error_at("pooled_years", "pooled_years must be 0 (off) or at least 2");
    if (const YAML::Node units = node["units"]) {
        if (!units.IsSequence()) {
            f.error_at("units", "units must be a list, e.g. [personer]");
        } else {
            rule.units.clear();
            for (const YAML::Node& unit : units) {
                if (unit.IsScalar()) {
                    rule.units.push_back(unit.Scalar());
                } else {
                    diagnostics.error(f.location_of(unit),
                                      "each of units must be a unit name, e.g. personer");
                }
            }
        }
    }
    return rule;
}

}  // namespace

SiteConfig read_site_config(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    SiteConfig config;
    auto text = read_site_text(site_dir, kSiteConfigFile, diagnostics);
    if (!text) return config;
    const YamlColumns columns(diagnostics, kSiteConfigFile, *text);
    auto yaml = parse_yaml(*text, kSiteConfigFile, 1, diagnostics);
    if (!yaml) return config;
    if (!yaml->IsMap()) {
        diagnostics.error({kSiteConfigFile, 1, 1}, "site.yaml must be a YAML mapping");
        return config;
    }
    YamlFields f(*yaml, kSiteConfigFile, 1, diagnostics);
    f.check_known_keys({"title", "description", "base_url", "publisher", "demo", "data_updated",
                        "first_year", "population_measure", "suppression", "map"});
    config.title = f.required_string("title");
    config.description = f.optional_string("description");
    config.base_url = f.optional_string("base_url");
    config.publisher = f.optional_string("publisher");
    config.demo = f.optional_bool("demo").value_or(false);
    config.data_updated = f.required_string("data_updated");
    config.first_year = f.optional_int("first_year", 0);
    config.population_measure = f.optional_string("population_measure", config.population_measure);
    if (const YAML::Node suppression = (*yaml)["suppression"])
        config.suppression = read_suppression_rule(suppression, f, diagnostics);
    if (const YAML::Node map = (*yaml)["map"]) {
        if (!map.IsMap()) {
            f.error_at("map", "map must be a mapping with boundaries, code_property and source");
        } else {
            YamlFields m(map, kSiteConfigFile, 1, diagnostics);
            m.check_known_keys({"boundaries", "code_property", "source"});
            config.map.boundaries = m.required_string("boundaries");
            if (map["boundaries"]) config.map.boundaries_at = m.location_of(map["boundaries"]);
            config.map.code_property = m.optional_string("code_property", config.map.code_property);
            config.map.source = m.optional_string("source");
        }
    }
    static const std::regex iso_date(R"(\d{4}-\d{2}-\d{2})");
    if (!config.data_updated.empty() && !std::regex_match(config.data_updated, iso_date))
        f.error_at("data_updated", "data_updated must be a date written YYYY-MM-DD");
    // An absolute http(s) address of a host, without spaces, quotes, angle brackets, a query
    // or a fragment: every page's links and the sitemap are built on it.
    static const std::regex absolute_url(R"(https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[^\s"<>?#\\]*)?)");
    if (!config.base_url.empty() && !std::regex_match(config.base_url, absolute_url))
        f.error_at("base_url",
                   "base_url must be an absolute http or https address, e.g. "
                   "https://kommunetall.example.no/");
    if (!config.base_url.empty() && config.base_url.back() != '/') config.base_url += '/';
    return config;
}

}  // namespace kt
