#include "input/observation_mapping.h"

#include <set>

#include "input/area_code.h"
#include "input/number_syntax.h"
#include "input/ssb_symbol.h"
#include "input/year_range.h"

namespace kt {

namespace {

// After this many errors in one file the rest are counted, not listed: a file in the wrong
// shape would otherwise print one error per value.
constexpr std::size_t kErrorsPerFile = 50;

// A measure rule resolved against the table: per condition, the dimension and the categories
// that satisfy it.
struct ResolvedRule {
    const MeasureRule* rule = nullptr;
    std::vector<std::pair<std::size_t, std::vector<bool>>> conditions;
};

std::string categories_seen(const DataDimension& dimension) {
    std::string out;
    for (std::size_t i = 0; i < dimension.labels.size() && i < 12; ++i)
        out += (out.empty() ? "" : ", ") + dimension.labels[i];
    if (dimension.labels.size() > 12) out += ", …";
    return out;
}

std::vector<ResolvedRule> resolve_rules(const DataTable& table, const DataDescription& description,
                                        const Catalogue& catalogue, Diagnostics& diagnostics) {
    std::vector<ResolvedRule> resolved;
    for (const MeasureRule& rule : description.measures) {
        bool ok = true;
        if (!catalogue.measure(rule.measure)) {
            diagnostics.error(rule.location,
                              "unknown measure '" + rule.measure + "' (not in the catalogue)");
            ok = false;
        }
        ResolvedRule r{&rule, {}};
        for (const auto& [name, category] : rule.where) {
            std::size_t d = 0;
            while (d < table.dimensions.size() && table.dimensions[d].name != name) ++d;
            if (d == table.dimensions.size()) {
                std::string names;
                for (const DataDimension& dim : table.dimensions)
                    names += (names.empty() ? "" : ", ") + dim.name;
                diagnostics.error(rule.location, "'" + name + "' is not a dimension of " +
                                                     table.file + " (dimensions: " + names + ")");
                ok = false;
                continue;
            }
            const DataDimension& dimension = table.dimensions[d];
            std::vector<bool> allowed(dimension.codes.size(), false);
            bool any = false;
            for (std::size_t c = 0; c < dimension.codes.size(); ++c) {
                allowed[c] = dimension.codes[c] == category || dimension.labels[c] == category;
                any = any || allowed[c];
            }
            if (!any)
                diagnostics.warning(rule.location,
                                    "no value in " + table.file + " has " + name + " '" + category +
                                        "' (seen: " + categories_seen(dimension) + ")");
            r.conditions.emplace_back(d, std::move(allowed));
        }
        if (ok) resolved.push_back(std::move(r));
    }
    return resolved;
}

bool matches(const ResolvedRule& rule, const DataCell& cell) {
    for (const auto& [d, allowed] : rule.conditions)
        if (!allowed[cell.categories[d]]) return false;
    return true;
}

// Text made only of SSB symbol characters, e.g. ".:" or "...." : a symbol mistyped, not a number.
bool looks_like_symbol(const std::string& text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c != '.' && c != ':' && c != '-') return false;
    return true;
}

std::string period_text(const Measure& m) {
    return std::to_string(*m.first_period) + "-" +
           (m.last_period ? std::to_string(*m.last_period) : "");
}

std::string successor_text(const Registry& registry, const std::string& code) {
    std::string out;
    for (const AreaChange* change : registry.changes_from(code)) {
        const Area* to = registry.find(change->to);
        out += (out.empty() ? "" : ", ") + change->to + " " + (to ? to->name : "");
    }
    return out;
}

// The code in use in `year` that `area` became by new numbers alone (the same territory),
// or nullptr when a merge or split intervened.
const Area* renumbered_successor(const Registry& registry, const Area& area, int year) {
    const Area* current = &area;
    while (current && current->last_year() && year > *current->last_year()) {
        const auto changes = registry.changes_from(current->code);
        if (changes.size() != 1 || changes.front()->kind != ChangeKind::new_code) return nullptr;
        current = registry.find(changes.front()->to);
    }
    return current;
}

}  // namespace

void map_observations(const DataTable& table, const DataDescription& description,
                      const Registry& registry, const Catalogue& catalogue,
                      ObservationTable& observations, Diagnostics& diagnostics) {
    const std::vector<ResolvedRule> rules =
        resolve_rules(table, description, catalogue, diagnostics);
    std::size_t measure_dimension = table.dimensions.size();
    if (!description.measure.empty())
        for (std::size_t d = 0; d < table.dimensions.size(); ++d)
            if (table.dimensions[d].name == description.measure) measure_dimension = d;

    NumberSyntax syntax;
    if (description.format != DataFormat::json_stat) {
        syntax.decimal = description.decimal;
        syntax.space_thousands = description.space_thousands;
    }

    const std::size_t errors_before = diagnostics.error_count();
    std::size_t suppressed_errors = 0;
    auto error = [&](const CsvField& at, const std::string& message) {
        if (diagnostics.error_count() - errors_before >= kErrorsPerFile) {
            ++suppressed_errors;
            return;
        }
        diagnostics.error({table.file, at.line, at.column}, message);
    };
    std::set<std::pair<const MeasureRule*, const MeasureRule*>> overlaps_reported;

    for (const DataCell& cell : table.cells) {
        // Which measure. Values no rule selects are not read.
        std::string measure_id;
        const Measure* measure = nullptr;
        if (measure_dimension < table.dimensions.size()) {
            measure_id =
                table.dimensions[measure_dimension].codes[cell.categories[measure_dimension]];
            measure = catalogue.measure(measure_id);
            if (!measure)
                error({measure_id, cell.value.line, cell.measure_column},
                      "unknown measure '" + measure_id + "' (not in the catalogue)");
        } else {
            const MeasureRule* matched = nullptr;
            for (const ResolvedRule& rule : rules) {
                if (!matches(rule, cell)) continue;
                if (matched && overlaps_reported.insert({matched, rule.rule}).second)
                    diagnostics.error(rule.rule->location,
                                      "this rule selects the same values as the rule at line " +
                                          std::to_string(matched->location.line));
                if (!matched) matched = rule.rule;
            }
            if (!matched) continue;
            measure_id = matched->measure;
            measure = catalogue.measure(measure_id);
        }

        // Which year; years the description does not read are skipped.
        auto year = parse_year(cell.period.text);
        if (year && !description.reads_period(*year)) continue;

        // Which area.
        if (description.skip_areas.count(cell.area.text)) continue;
        const std::string code = registry_code(cell.area.text);
        if (description.skip_areas.count(code)) continue;
        const Area* area = registry.find(code);
        if (!area)
            error(cell.area, "unknown area code '" + cell.area.text +
                                 "' (neither a current nor a historical area in data/omrader.csv)");
        if (!year) error(cell.period, "period '" + cell.period.text + "' is not a year");

        if (area && year) {
            // A pivoted export leaves a cell empty where it has no value (typically the years
            // a code was not in use); a row of a long table must say something.
            if (cell.value.text.empty() &&
                (description.format == DataFormat::pivot_table || !area->valid_in(*year)))
                continue;
            // A value for a year before the code existed is a figure recomputed for its
            // borders (back-cast, as SSB publishes). After the code ended, a value belongs to
            // the successor when the code was only renumbered (IMDi kept the old Trøndelag
            // codes through 2019); otherwise "." says the code no longer applies, and any
            // other value is an error.
            // "." and ".." for a year before the code began say only that the code did not
            // exist yet: its predecessors' rows speak for that year.
            if (area->first_year() && *year < *area->first_year() &&
                (cell.value.text == "." || cell.value.text == ".."))
                continue;
            if (area->last_year() && *year > *area->last_year()) {
                const Area* successor = renumbered_successor(registry, *area, *year);
                if (!successor && cell.value.text == ".") continue;
                if (!successor)
                    error(cell.area, "area code " + code + " (" + area->name + ") ended " +
                                         area->last_day + " but has a value for " +
                                         cell.period.text +
                                         "; its successor: " + successor_text(registry, code));
                area = successor;
            }
        }
        if (measure && year && measure->first_period &&
            (*year < *measure->first_period ||
             (measure->last_period && *year > *measure->last_period))) {
            error(cell.period, "period " + cell.period.text +
                                   " is outside the catalogue's periods for '" + measure_id +
                                   "' (" + period_text(*measure) + ")");
            measure = nullptr;
        }

        // What the value means. Provisional where the file or the release calendar says so.
        const bool provisional = cell.provisional || (measure && year && measure->provisional_from &&
                                                      *year >= *measure->provisional_from);
        Observation obs{area ? area->code : code,
                        year.value_or(0),
                        measure_id,
                        ValueStatus::present,
                        0,
                        provisional,
                        {table.file, cell.value.line, cell.value.column}};
        bool value_ok = true;
        if (cell.value.text.empty()) {
            error(cell.value, "empty value for " + code + " in " + cell.period.text +
                                  " (write .. for a value that is not available)");
            value_ok = false;
        } else if (auto symbol = parse_ssb_symbol(cell.value.text)) {
            obs.status = *symbol;
        } else if (auto number = parse_number(cell.value.text, syntax)) {
            obs.value = *number;
        } else if (looks_like_symbol(cell.value.text)) {
            error(cell.value,
                  "unknown symbol '" + cell.value.text + "' (SSB's symbols are : . .. ... -)");
            value_ok = false;
        } else {
            error(cell.value, "value '" + cell.value.text + "' is not a number (decimal " +
                                  (syntax.decimal == ',' ? "comma" : "point") +
                                  (syntax.space_thousands ? ", spaces between thousands" : "") +
                                  ") nor an SSB symbol (: . .. ... -)");
            value_ok = false;
        }
        if (!measure || !year || !area || !value_ok) continue;
        if (const Observation* first = observations.insert(std::move(obs))) {
            error(cell.area, "duplicate observation of '" + measure_id + "' for " + area->code +
                                 " in " + cell.period.text + "; first given at " +
                                 first->where.file + ":" + std::to_string(first->where.line));
        }
    }
    if (suppressed_errors > 0)
        diagnostics.error({table.file, 0, 0}, "… and " + std::to_string(suppressed_errors) +
                                                  " more errors in this file");
}

}  // namespace kt
