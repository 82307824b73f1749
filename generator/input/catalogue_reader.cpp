#include "input/catalogue_reader.h"

#include <set>

#include "input/source_file.h"
#include "input/yaml_fields.h"

namespace kt {

namespace {

std::optional<Computation> parse_computation(const std::string& text) {
    if (text == "count") return Computation::count;
    if (text == "share") return Computation::share;
    if (text == "rate_per_1000") return Computation::rate_per_1000;
    return std::nullopt;
}

bool valid_id(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// Iterates a top-level list, giving each mapping to `read`.
template <typename Read>
void for_each_entry(const YAML::Node& root, const std::string& key, const std::string& file,
                    Diagnostics& diagnostics, Read read) {
    const YAML::Node list = root[key];
    if (!list || !list.IsSequence()) {
        diagnostics.error({file, 0, 0}, "missing list '" + key + "'");
        return;
    }
    for (const YAML::Node& entry : list) {
        if (!entry.IsMap()) {
            YamlFields at(entry, file, 1, diagnostics);
            diagnostics.error(at.where(), "each entry in '" + key + "' must be a mapping");
            continue;
        }
        YamlFields fields(entry, file, 1, diagnostics);
        read(fields);
    }
}

void check_unique(const std::string& what, const std::string& id, const SourceLocation& where,
                  std::set<std::string>& seen, Diagnostics& diagnostics) {
    if (!valid_id(id) && !id.empty())
        diagnostics.error(where, what + " id '" + id + "' may use only a-z, 0-9 and _");
    if (!id.empty() && !seen.insert(id).second) diagnostics.error(where, "duplicate " + what + " id '" + id + "'");
}

}  // namespace

Catalogue read_catalogue(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    Catalogue catalogue;
    const std::string file = kCatalogueFile;
    auto text = read_site_file(site_dir, file, diagnostics);
    if (!text) return catalogue;
    auto root = parse_yaml(*text, file, 1, diagnostics);
    if (!root) return catalogue;
    if (!root->IsMap()) {
        diagnostics.error({file, 1, 1}, "the catalogue must be a YAML mapping with the lists "
                                        "families, measures and indicators");
        return catalogue;
    }

    std::set<std::string> family_ids, measure_ids, indicator_ids;  // ids seen so far
    for_each_entry(*root, "families", file, diagnostics, [&](YamlFields& f) {
        Family family{f.required_string("id"), f.required_string("title"),
                      f.optional_string("summary"), f.where()};
        check_unique("family", family.id, family.where, family_ids, diagnostics);
        catalogue.families.push_back(std::move(family));
    });
    for_each_entry(*root, "measures", file, diagnostics, [&](YamlFields& f) {
        Measure measure{f.required_string("id"), f.required_string("title"),
                        f.required_string("unit"), f.required_string("source"), f.where()};
        check_unique("measure", measure.id, measure.where, measure_ids, diagnostics);
        catalogue.measures.push_back(std::move(measure));
    });
    for_each_entry(*root, "indicators", file, diagnostics, [&](YamlFields& f) {
        Indicator ind;
        ind.where = f.where();
        ind.id = f.required_string("id");
        ind.family = f.required_string("family");
        ind.title = f.required_string("title");
        ind.short_definition = f.required_string("short_definition");
        ind.definition = f.required_string("definition");
        ind.unit = f.required_string("unit");
        const std::string computation = f.required_string("computation");
        ind.numerator = f.required_string("numerator");
        ind.denominator = f.optional_string("denominator");
        ind.decimals = f.optional_int("decimals", 0);
        ind.higher_is_better = f.optional_bool("higher_is_better");
        ind.goal = f.optional_number("goal");
        ind.goal_label = f.optional_string("goal_label", "Mål");
        ind.source = f.required_string("source");
        ind.cohort = f.required_string("cohort");
        ind.min_denominator = f.optional_number("min_denominator").value_or(0);
        ind.key_figure = f.optional_bool("key_figure").value_or(false);

        check_unique("indicator", ind.id, ind.where, indicator_ids, diagnostics);
        const auto parsed_computation = parse_computation(computation);
        if (parsed_computation) {
            ind.computation = *parsed_computation;
        } else if (!computation.empty()) {
            f.error_at("computation", "unknown computation '" + computation +
                                          "' (expected count, share or rate_per_1000)");
        }
        if (!family_ids.count(ind.family) && !ind.family.empty())
            f.error_at("family", "unknown family '" + ind.family + "'");
        if (!measure_ids.count(ind.numerator) && !ind.numerator.empty())
            f.error_at("numerator", "unknown measure '" + ind.numerator + "'");
        // Whether a denominator belongs depends on the computation, so check only known ones.
        const bool needs_denominator = ind.computation != Computation::count;
        if (parsed_computation && needs_denominator && ind.denominator.empty())
            diagnostics.error(ind.where, "indicator '" + ind.id + "' is computed as " +
                                             computation + " and needs a denominator");
        if (parsed_computation && !needs_denominator && !ind.denominator.empty())
            f.error_at("denominator", "a count has no denominator");
        if (!ind.denominator.empty() && !measure_ids.count(ind.denominator))
            f.error_at("denominator", "unknown measure '" + ind.denominator + "'");
        if (ind.decimals < 0 || ind.decimals > 6)
            f.error_at("decimals", "decimals must be between 0 and 6");
        catalogue.indicators.push_back(std::move(ind));
    });
    return catalogue;
}

}  // namespace kt
