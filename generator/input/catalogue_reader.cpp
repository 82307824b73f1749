#include "input/catalogue_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "input/catalogue_id.h"
#include "input/comparison_reader.h"
#include "input/source_file.h"
#include "input/yaml_fields.h"
#include "input/year_range.h"

namespace kt {

namespace {

std::optional<Computation> parse_computation(const std::string& text) {
    if (text == "count") return Computation::count;
    if (text == "share") return Computation::share;
    if (text == "percent_of") return Computation::percent_of;
    if (text == "rate_per_1000") return Computation::rate_per_1000;
    if (text == "mean") return Computation::mean;
    return std::nullopt;
}

// Iterates a top-level list, giving each mapping to `read` (as typed fields and as the node).
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
        read(fields, entry);
    }
}

// `periods: 2015-2023`, `periods: 2015-` (open-ended) or `periods: 2019`.
void read_periods(YamlFields& f, const YAML::Node& entry, Measure& measure) {
    const YAML::Node node = entry["periods"];
    if (!node || node.IsNull()) return;
    const std::string text = f.optional_string("periods");  // reports a list or a mapping
    if (!node.IsScalar()) return;
    const auto range = parse_year_range(text);
    if (!range) {
        f.error_at("periods",
                   "'periods' must be a year or a range of years such as 2015-2023 "
                   "(2015- when open-ended), not '" +
                       text + "'");
        return;
    }
    measure.first_period = range->first;
    measure.last_period = range->last;
}

// Where each part of a measure was written, for diagnostics once all measures are known.
struct PartsEntry {
    std::size_t measure = 0;                         // index in catalogue.measures
    std::vector<std::vector<SourceLocation>> items;  // per breakdown, one per part
};

// `parts: [a, b]` (one breakdown) or `parts: [[a, b], [c, d, e]]` (several breakdowns of the
// same total): the ids are checked in check_parts, after every measure has been read.
void read_parts(YamlFields& f, const YAML::Node& entry, Measure& measure, PartsEntry& where,
                Diagnostics& diagnostics) {
    const YAML::Node list = entry["parts"];
    if (!list || list.IsNull()) return;
    auto read_breakdown = [&](const YAML::Node& ids) {
        if (!ids.IsSequence() || ids.size() < 2) {
            diagnostics.error(f.location_of(ids),
                              "'parts' must be a list of at least two measure ids, such as "
                              "[intro_avsluttet_menn, intro_avsluttet_kvinner], or a list of "
                              "such lists");
            return;
        }
        std::vector<std::string> parts;
        std::vector<SourceLocation> items;
        for (const YAML::Node& item : ids) {
            if (!item.IsScalar() || item.Scalar().empty()) {
                diagnostics.error(f.location_of(item), "each item in 'parts' must be a measure id");
                return;  // a breakdown with a hole is no breakdown: the data are not checked by it
            }
            parts.push_back(item.Scalar());
            items.push_back(f.location_of(item));
        }
        measure.breakdowns.push_back(std::move(parts));
        where.items.push_back(std::move(items));
    };
    if (list.IsSequence() && list.size() > 0 && list[0].IsSequence()) {
        for (const YAML::Node& breakdown : list) read_breakdown(breakdown);
    } else {
        read_breakdown(list);
    }
}

// `levels: [land, fylke]`: the kinds of area an indicator's figure is published for.
void read_levels(YamlFields& f, const YAML::Node& entry, Indicator& indicator,
                 Diagnostics& diagnostics) {
    const YAML::Node list = entry["levels"];
    if (!list || list.IsNull()) return;
    if (!list.IsSequence() || list.size() == 0) {
        diagnostics.error(f.location_of(list),
                          "'levels' must be a list of kinds of area, such as [land, fylke]");
        return;
    }
    for (const YAML::Node& item : list) {
        const std::optional<AreaKind> kind =
            item.IsScalar() ? parse_kind(item.Scalar()) : std::nullopt;
        if (!kind) {
            diagnostics.error(f.location_of(item),
                              "unknown kind of area in 'levels' (expected land, fylke, kommune "
                              "or bydel)");
        } else if (publishes(indicator, *kind) && !indicator.levels.empty()) {
            diagnostics.error(f.location_of(item), "'" + item.Scalar() + "' is named twice in 'levels'");
        } else {
            indicator.levels.push_back(*kind);
        }
    }
    // A figure for a kind of area is a sum of those below it, so each larger kind is
    // published too: the country always, the counties with the municipalities, and so on.
    const bool gap = !publishes(indicator, AreaKind::country) ||
                     (publishes(indicator, AreaKind::municipality) &&
                      !publishes(indicator, AreaKind::county)) ||
                     (publishes(indicator, AreaKind::district) &&
                      !publishes(indicator, AreaKind::municipality));
    if (!indicator.levels.empty() && gap)
        diagnostics.error(f.location_of(list),
                          "'levels' must run from land down without a gap: [land], "
                          "[land, fylke] or [land, fylke, kommune] (each kind of area is "
                          "published with every larger one)");
}

// `provisional_from: 2023` (a year) and `next_update: 2027-03-01` (a date).
void read_release_calendar(YamlFields& f, Measure& measure) {
    if (const std::optional<double> year = f.optional_number("provisional_from")) {
        if (*year != std::floor(*year) || *year < 1000 || *year > 9999)
            f.error_at("provisional_from", "'provisional_from' must be a year, such as 2023");
        else
            measure.provisional_from = static_cast<int>(*year);
    }
    measure.next_update = f.optional_string("next_update");
    if (measure.next_update.empty()) return;
    int year = 0, month = 0, day = 0;
    char rest = 0;
    if (std::sscanf(measure.next_update.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &rest) != 3 ||
        measure.next_update.size() != 10 || month < 1 || month > 12 || day < 1 || day > 31) {
        f.error_at("next_update", "'next_update' must be a date written YYYY-MM-DD");
        measure.next_update.clear();
    }
}

// `maximum: 100`; a percentage has 100 unless the catalogue says otherwise.
void read_maximum(YamlFields& f, const YAML::Node& entry, Measure& measure) {
    measure.maximum = f.optional_number("maximum");
    if (measure.maximum && *measure.maximum <= 0) {
        f.error_at("maximum", "'maximum' must be greater than 0");
        measure.maximum.reset();
    }
    const YAML::Node given = entry["maximum"];
    if (!measure.maximum && (!given || given.IsNull()) && measure.unit == "prosent")
        measure.maximum = 100;
}

// Each part must be another measure in the catalogue, named once, and following parts from
// any measure must never lead back to it (a total cannot be part of itself).
// A breakdown with an error is dropped, so the data are not checked against it as well.
void check_parts(Catalogue& catalogue, const std::vector<PartsEntry>& entries,
                 Diagnostics& diagnostics) {
    std::map<std::string, std::size_t> index;  // measure id -> position (first of duplicates)
    for (std::size_t i = 0; i < catalogue.measures.size(); ++i)
        index.emplace(catalogue.measures[i].id, i);

    // The parts that name another known measure, as edges for the cycle search.
    std::vector<std::vector<std::pair<std::size_t, SourceLocation>>> edges(
        catalogue.measures.size());
    std::vector<std::vector<bool>> faulty(catalogue.measures.size());
    for (const PartsEntry& e : entries) {
        const Measure& measure = catalogue.measures[e.measure];
        faulty[e.measure].assign(measure.breakdowns.size(), false);
        std::map<std::set<std::string>, std::size_t> earlier;  // a breakdown's parts -> its number
        for (std::size_t b = 0; b < measure.breakdowns.size(); ++b) {
            const std::set<std::string> all(measure.breakdowns[b].begin(),
                                            measure.breakdowns[b].end());
            if (const auto [first, inserted] = earlier.emplace(all, b + 1); !inserted) {
                diagnostics.error(e.items[b].front(),
                                  "this breakdown of '" + measure.id + "' repeats breakdown " +
                                      std::to_string(first->second) + " (the same parts)");
                faulty[e.measure][b] = true;
                continue;
            }
            std::set<std::string> seen;
            for (std::size_t k = 0; k < measure.breakdowns[b].size(); ++k) {
                const std::string& part = measure.breakdowns[b][k];
                const SourceLocation& at = e.items[b][k];
                auto it = index.find(part);
                const std::size_t before = diagnostics.all().size();
                if (it == index.end()) {
                    diagnostics.error(at, "unknown measure '" + part + "' in the parts of '" +
                                              measure.id + "'");
                } else if (part == measure.id) {
                    diagnostics.error(at, "measure '" + part + "' cannot be a part of itself");
                } else if (!seen.insert(part).second) {
                    diagnostics.error(at, "'" + part + "' is named twice in the parts of '" +
                                              measure.id + "'");
                } else {
                    edges[e.measure].push_back({it->second, at});
                }
                if (diagnostics.all().size() != before) faulty[e.measure][b] = true;
            }
        }
    }

    // Depth-first search in catalogue order; an edge back to a measure on the current path
    // closes a cycle, reported at that edge's item. Each cycle is reported once.
    enum class Mark { unvisited, on_path, done };
    std::vector<Mark> mark(catalogue.measures.size(), Mark::unvisited);
    std::vector<std::size_t> path;
    auto visit = [&](auto& self, std::size_t m) -> void {
        mark[m] = Mark::on_path;
        path.push_back(m);
        for (const auto& [part, at] : edges[m]) {
            if (mark[part] == Mark::on_path) {
                std::string cycle;
                auto start = std::find(path.begin(), path.end(), part);
                for (auto it = start; it != path.end(); ++it)
                    cycle += catalogue.measures[*it].id + " -> ";
                cycle += catalogue.measures[part].id;
                diagnostics.error(at, "parts make a cycle: " + cycle);
            } else if (mark[part] == Mark::unvisited) {
                self(self, part);
            }
        }
        path.pop_back();
        mark[m] = Mark::done;
    };
    for (std::size_t m = 0; m < catalogue.measures.size(); ++m)
        if (mark[m] == Mark::unvisited) visit(visit, m);
    for (std::size_t m = 0; m < catalogue.measures.size(); ++m) {
        auto& breakdowns = catalogue.measures[m].breakdowns;
        for (std::size_t b = faulty[m].size(); b-- > 0;)
            if (faulty[m][b]) breakdowns.erase(breakdowns.begin() + static_cast<long>(b));
    }
}

}  // namespace

Catalogue read_catalogue(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    Catalogue catalogue;
    const std::string file = kCatalogueFile;
    auto text = read_site_text(site_dir, file, diagnostics);
    if (!text) return catalogue;
    const YamlColumns columns(diagnostics, file, *text);
    auto root = parse_yaml(*text, file, 1, diagnostics);
    if (!root) return catalogue;
    if (!root->IsMap()) {
        diagnostics.error({file, 1, 1},
                          "the catalogue must be a YAML mapping with the lists "
                          "families, measures and indicators");
        return catalogue;
    }
    // The comparison sections are optional, so a misspelt one would otherwise vanish silently.
    YamlFields(*root, file, 1, diagnostics)
        .check_known_keys({"families", "measures", "indicators", "groupings", "adjustments",
                           "similar", "indexes"});

    std::set<std::string> family_ids, measure_ids, indicator_ids;  // ids seen so far
    for_each_entry(*root, "families", file, diagnostics, [&](YamlFields& f, const YAML::Node&) {
        Family family{f.required_string("id"), f.required_string("title"),
                      f.optional_string("summary"), f.where()};
        check_catalogue_id("family", family.id, family.where, family_ids, diagnostics);
        catalogue.families.push_back(std::move(family));
    });
    std::vector<PartsEntry> parts_entries;
    for_each_entry(
        *root, "measures", file, diagnostics, [&](YamlFields& f, const YAML::Node& entry) {
            f.check_known_keys(
                {"id", "title", "unit", "source", "periods", "parts", "within", "maximum",
                 "provisional_from", "next_update"});
            Measure measure;
            measure.where = f.where();
            measure.id = f.required_string("id");
            measure.title = f.required_string("title");
            measure.unit = f.required_string("unit");
            measure.source = f.required_string("source");
            read_periods(f, entry, measure);
            PartsEntry parts{catalogue.measures.size(), {}};
            read_parts(f, entry, measure, parts, diagnostics);
            if (!measure.breakdowns.empty()) parts_entries.push_back(std::move(parts));
            read_maximum(f, entry, measure);
            measure.within = f.optional_string("within");
            if (!measure.within.empty()) measure.within_where = f.location_of(entry["within"]);
            read_release_calendar(f, measure);
            check_catalogue_id("measure", measure.id, measure.where, measure_ids, diagnostics);
            catalogue.measures.push_back(std::move(measure));
        });
    check_parts(catalogue, parts_entries, diagnostics);
    for (const Measure& measure : catalogue.measures) {
        if (measure.within.empty()) continue;
        if (measure.within == measure.id)
            diagnostics.error(measure.within_where,
                              "measure '" + measure.id + "' cannot be within itself");
        else if (!catalogue.measure(measure.within))
            diagnostics.error(measure.within_where, "unknown measure '" + measure.within +
                                                        "' in 'within' of '" + measure.id + "'");
    }
    for_each_entry(*root, "indicators", file, diagnostics, [&](YamlFields& f, const YAML::Node& entry) {
        f.check_known_keys({"id", "family", "title", "short_definition", "definition", "unit",
                            "computation", "numerator", "denominator", "decimals",
                            "higher_is_better", "goal", "goal_label", "source", "cohort",
                            "min_denominator", "key_figure", "levels"});
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
        ind.goal_label = f.optional_string("goal_label");
        ind.source = f.required_string("source");
        ind.cohort = f.required_string("cohort");
        ind.min_denominator = f.optional_number("min_denominator").value_or(0);
        ind.key_figure = f.optional_bool("key_figure").value_or(false);
        read_levels(f, entry, ind, diagnostics);

        check_catalogue_id("indicator", ind.id, ind.where, indicator_ids, diagnostics);
        const auto parsed_computation = parse_computation(computation);
        if (parsed_computation) {
            ind.computation = *parsed_computation;
        } else if (!computation.empty()) {
            f.error_at("computation", "unknown computation '" + computation +
                                          "' (expected count, share, percent_of, rate_per_1000 or mean)");
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
    read_comparisons(*root, file, catalogue, diagnostics);
    return catalogue;
}

}  // namespace kt
