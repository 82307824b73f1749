#include "input/site_config_reader.h"

#include <regex>

#include "input/source_file.h"
#include "input/yaml_fields.h"

namespace kt {

SiteConfig read_site_config(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    SiteConfig config;
    auto text = read_site_file(site_dir, kSiteConfigFile, diagnostics);
    if (!text) return config;
    auto yaml = parse_yaml(*text, kSiteConfigFile, 1, diagnostics);
    if (!yaml) return config;
    if (!yaml->IsMap()) {
        diagnostics.error({kSiteConfigFile, 1, 1}, "site.yaml must be a YAML mapping");
        return config;
    }
    YamlFields f(*yaml, kSiteConfigFile, 1, diagnostics);
    config.title = f.required_string("title");
    config.description = f.optional_string("description");
    config.base_url = f.optional_string("base_url");
    config.publisher = f.optional_string("publisher");
    config.demo = f.optional_bool("demo").value_or(false);
    config.data_updated = f.required_string("data_updated");
    config.first_year = f.optional_int("first_year", 0);
    config.population_measure = f.optional_string("population_measure", config.population_measure);
    static const std::regex iso_date(R"(\d{4}-\d{2}-\d{2})");
    if (!config.data_updated.empty() && !std::regex_match(config.data_updated, iso_date))
        f.error_at("data_updated", "data_updated must be a date written YYYY-MM-DD");
    if (!config.base_url.empty() && config.base_url.back() != '/') config.base_url += '/';
    return config;
}

}  // namespace kt
