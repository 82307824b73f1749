#include "input/observation_checks.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kt {

namespace {

// What the catalogue says about one measure's values.
struct MeasureRules {
    const Measure* measure = nullptr;
    // Denominators this measure must not exceed, each with the first share indicator that
    // divides by it (named in the message).
    std::vector<std::pair<std::string, std::string>> denominators;  // {measure id, indicator id}
};

using RulesByMeasure = std::unordered_map<std::string, MeasureRules>;

RulesByMeasure rules_from(const Catalogue& catalogue) {
    RulesByMeasure rules;
    for (const Measure& m : catalogue.measures) rules.emplace(m.id, MeasureRules{&m, {}});
    for (const Indicator& ind : catalogue.indicators) {
        if (ind.computation != Computation::share || ind.numerator == ind.denominator) continue;
        auto it = rules.find(ind.numerator);
        if (it == rules.end() || !rules.count(ind.denominator)) continue;
        auto& denominators = it->second.denominators;
        const bool listed = std::any_of(denominators.begin(), denominators.end(),
                                        [&](const auto& d) { return d.first == ind.denominator; });
        if (!listed) denominators.emplace_back(ind.denominator, ind.id);
    }
    return rules;
}

// A value as written in a data file: "12", "100.5", "-3", never "1e+09" and never
// locale-dependent. 512 characters hold any double in fixed notation.
std::string number_text(double value) {
    char buffer[512];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return std::string(buffer, result.ptr);
}

std::string row_text(const Observation& row) {
    return row.where.file + ":" + std::to_string(row.where.line);
}

bool is_whole(double value) { return std::floor(value) == value; }

// Units that count persons: a value must be a whole number a population can have.
bool counts_persons(const Measure& measure) {
    return measure.unit == "personer" || measure.unit == "innbyggere";
}
// More persons than live on Earth: a misplaced thousands separator or a stray exponent.
constexpr double kMostPersons = 1e10;
// Above 2^53 a double no longer holds every whole number, so sums would drift.
constexpr double kLargestExact = 9007199254740992.0;

void check_range(const Observation& row, const Measure& measure, Diagnostics& diagnostics) {
    const double value = row.number();
    if (!std::isfinite(value) || std::fabs(value) > kLargestExact) {
        diagnostics.error(row.where, "value " + number_text(value) + " for '" + measure.id +
                                         "' is too large to add up exactly");
        return;
    }
    if (counts_persons(measure) && !is_whole(value))
        diagnostics.error(row.where, "value " + number_text(value) + " for '" + measure.id +
                                         "' is not a whole number of " + measure.unit);
    if (counts_persons(measure) && value > kMostPersons)
        diagnostics.error(row.where, "value " + number_text(value) + " for '" + measure.id +
                                         "' is more " + measure.unit +
                                         " than live on Earth; is a thousands separator read "
                                         "as a decimal point?");
    if (value < 0)
        diagnostics.error(row.where,
                          "value " + number_text(value) + " is negative for '" + measure.id + "'");
    if (measure.maximum && value > *measure.maximum) {
        const std::string above = measure.unit == "prosent"
                                      ? "percentage " + number_text(value) + " is above "
                                      : "value " + number_text(value) + " is above the maximum ";
        diagnostics.error(row.where,
                          above + number_text(*measure.maximum) + " for '" + measure.id + "'");
    }
}

// The numerator of a share counts some of the denominator's units, so it cannot be larger.
void check_shares(const Observation& row, const MeasureRules& rules, const ObservationTable& table,
                  Diagnostics& diagnostics) {
    for (const auto& [denominator_id, indicator_id] : rules.denominators) {
        const Observation* denominator = table.find(denominator_id, row.area, row.period);
        if (!denominator || !denominator->has_number()) continue;
        if (row.number() <= denominator->number()) continue;
        diagnostics.error(row.where, "'" + row.measure + "' " + number_text(row.number()) +
                                         " is greater than its denominator '" + denominator_id +
                                         "' " + number_text(denominator->number()) + " (" +
                                         row_text(*denominator) + ") in the share '" +
                                         indicator_id + "'");
    }
}

// Whole numbers must add up exactly; decimals may differ by floating-point rounding only.
bool adds_up(double total, double sum, bool whole) {
    if (whole) return total == sum;
    const double scale = std::max({1.0, std::fabs(total), std::fabs(sum)});
    return std::fabs(total - sum) <= 1e-9 * scale;
}

// A measure `within` another counts some of its persons, so it cannot be larger.
void check_within(const Observation& row, const Measure& measure, const ObservationTable& table,
                  Diagnostics& diagnostics) {
    if (measure.within.empty()) return;
    const Observation* whole = table.find(measure.within, row.area, row.period);
    if (!whole || !whole->has_number() || row.number() <= whole->number()) return;
    diagnostics.error(row.where, "'" + measure.id + "' " + number_text(row.number()) +
                                     " is greater than '" + whole->measure + "' " +
                                     number_text(whole->number()) + " (" + row_text(*whole) +
                                     "), which the catalogue says counts every one of them");
}

void check_breakdown(const Observation& row, const Measure& measure,
                     const std::vector<std::string>& breakdown, const ObservationTable& table,
                     Diagnostics& diagnostics) {
    std::vector<const Observation*> parts;
    for (const std::string& part_id : breakdown) {
        const Observation* part = table.find(part_id, row.area, row.period);
        if (!part || !part->has_number()) return;  // checked only where every part is given
        parts.push_back(part);
    }
    double sum = 0;
    bool whole = is_whole(row.number());
    std::string terms;
    for (const Observation* part : parts) {
        sum += part->number();
        whole = whole && is_whole(part->number());
        if (!terms.empty()) terms += " + ";
        terms +=
            "'" + part->measure + "' " + number_text(part->number()) + " (" + row_text(*part) + ")";
    }
    if (adds_up(row.number(), sum, whole)) return;
    diagnostics.error(row.where, "'" + measure.id + "' " + number_text(row.number()) +
                                     " differs from the sum of its parts, " + number_text(sum) +
                                     ": " + terms);
}

void check_parts(const Observation& row, const Measure& measure, const ObservationTable& table,
                 Diagnostics& diagnostics) {
    for (const std::vector<std::string>& breakdown : measure.breakdowns)
        check_breakdown(row, measure, breakdown, table, diagnostics);
}

}  // namespace

void check_observations(const ObservationTable& table, const Catalogue& catalogue,
                        Diagnostics& diagnostics) {
    const RulesByMeasure rules = rules_from(catalogue);
    // The table's own (measure, area, period) index finds the related rows: one pass, no
    // pairwise comparison.
    for (const Observation& row : table.all()) {
        if (!row.has_number()) continue;
        auto it = rules.find(row.measure);
        if (it == rules.end()) continue;
        const Measure& measure = *it->second.measure;
        check_range(row, measure, diagnostics);
        check_shares(row, it->second, table, diagnostics);
        check_parts(row, measure, table, diagnostics);
        check_within(row, measure, table, diagnostics);
    }
}

void check_superseded_rows(const ObservationTable& table, const Registry& registry,
                           Diagnostics& diagnostics) {
    for (const Observation& obs : table.all()) {
        const Area* area = registry.find(obs.area);
        if (!area || area->is_current()) continue;
        for (const std::string& code : registry.current_successors(obs.area)) {
            const Area* successor = registry.find(code);
            if (successor->valid_in(obs.period)) continue;  // not a back-cast row
            if (const Observation* own = table.find(obs.measure, code, obs.period)) {
                diagnostics.warning(
                    obs.where, "not used: " + code + " " + successor->name +
                                   " has its own value of '" + obs.measure + "' for " +
                                   std::to_string(obs.period) + " (" + own->where.file + ":" +
                                   std::to_string(own->where.line) + "), which covers " + obs.area +
                                   " " + area->name);
                break;
            }
        }
    }
}

}  // namespace kt
