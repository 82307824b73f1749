#include "stats/disclosure_control.h"

#include <algorithm>
#include <cmath>
#include <cassert>
#include <limits>
#include <stdexcept>
#include <tuple>

namespace kt {

namespace {

// The order the names give: a row's measure, code and year; a sum's measure, year and codes;
// a pooled figure's measure, code and years. `rank` is NameIds::ranks().
using Ranks = std::vector<std::uint32_t>;
bool before(const RowKey& a, const RowKey& b, const Ranks& rank, const NameListIds&) {
    return std::tuple(rank[a.measure], rank[a.code], a.period) <
           std::tuple(rank[b.measure], rank[b.code], b.period);
}
bool before(const SumKey& a, const SumKey& b, const Ranks& rank, const NameListIds& lists) {
    if (a.measure != b.measure) return rank[a.measure] < rank[b.measure];
    if (a.period != b.period) return a.period < b.period;
    const auto &x = lists.list(a.codes), &y = lists.list(b.codes);
    return std::lexicographical_compare(
        x.begin(), x.end(), y.begin(), y.end(),
        [&](std::uint32_t p, std::uint32_t q) { return rank[p] < rank[q]; });
}
bool before(const PooledKey& a, const PooledKey& b, const Ranks& rank, const NameListIds&) {
    return std::tuple(rank[a.measure], rank[a.code], a.first, a.last) <
           std::tuple(rank[b.measure], rank[b.code], b.first, b.last);
}

// The cells in the order of their keys' names. Relations are added in this order, so the
// protection found does not depend on how the hash tables lay out their keys.
template <typename Key>
std::vector<std::pair<Key, std::size_t>> in_name_order(
    const std::unordered_map<Key, std::size_t, CellKeyHash>& cells, const NameIds& names,
    const NameListIds& lists) {
    const Ranks rank = names.ranks();
    std::vector<std::pair<Key, std::size_t>> out(cells.begin(), cells.end());
    std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
        return before(a.first, b.first, rank, lists);
    });
    return out;
}

}  // namespace

DisclosureControl::DisclosureControl(const SuppressionRule& rule, const Catalogue& catalogue,
                                     const ObservationTable& table)
    : rule_(rule), catalogue_(catalogue), table_(table) {
    problem_.min_count = rule.min_count;
}

bool DisclosureControl::is_protected(const std::string& measure) const {
    const Measure* m = catalogue_.measure(measure);
    return m && std::find(rule_.units.begin(), rule_.units.end(), m->unit) != rule_.units.end();
}

std::size_t DisclosureControl::new_cell(const std::string& measure, std::optional<double> value,
                                        bool hidden_in_source) {
    ProtectedCell cell;
    cell.value = value;
    cell.hidden = cell.sensitive = cell.hidden_in_source = hidden_in_source;
    cell.protected_unit = is_protected(measure);
    if (!cell.hidden && value && *value > 0 && *value < rule_.min_count && cell.protected_unit)
        cell.hidden = cell.sensitive = cell.small_count = true;
    // FigureCells numbers cells in 32 bits.
    if (problem_.cells.size() >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("more than 4 294 967 294 cells for disclosure control");
    problem_.cells.push_back(cell);
    shown_.push_back(false);
    in_row_.push_back(false);
    return problem_.cells.size() - 1;
}

std::size_t DisclosureControl::row_cell(const std::string& measure, const std::string& code,
                                        int period) {
    const RowKey key{names_.id(measure), names_.id(code), period};
    if (auto it = row_cells_.find(key); it != row_cells_.end()) return it->second;
    const Observation* row = table_.find(measure, code, period);
    std::optional<double> value;
    if (row && row->has_number()) value = row->number();
    const std::size_t cell =
        new_cell(measure, value, row && row->status == ValueStatus::suppressed);
    row_cells_.emplace(key, cell);
    return cell;
}

void DisclosureControl::mark_shown(const FigureCells& cells) {
    if (cells.numerator) shown_[*cells.numerator] = true;
    if (cells.denominator) shown_[*cells.denominator] = true;
}

// A figure with a number (or a share over 0) names its cells in its row: with their numbers,
// or hidden with a symbol. One without is written with neither.
void DisclosureControl::mark_in_row(const FigureCells& cells, const IndicatorValue& value) {
    if (!value.has_number() && value.status != ValueStatus::not_applicable) return;
    if (cells.numerator) in_row_[*cells.numerator] = true;
    if (cells.denominator) in_row_[*cells.denominator] = true;
}

FigureCells DisclosureControl::add_figure(const Indicator& indicator, const AreaFigure& figure,
                                          int period, bool shown, bool listed) {
    FigureCells cells;
    if (figure.codes.empty()) return cells;
    const bool ratio = has_denominator(indicator);
    if (!figure.is_sum) {
        cells.numerator = row_cell(indicator.numerator, figure.codes.front(), period);
        if (ratio)
            cells.denominator = row_cell(indicator.denominator, figure.codes.front(), period);
        if (indicator.computation == Computation::share)
            problem_.parts_of_wholes.push_back({*cells.numerator, *cells.denominator});
        if (!listed) return cells;
        if (shown) mark_shown(cells);
        mark_in_row(cells, figure.value);
        mark_small_denominator(cells, figure.value);
        // A share or rate over 0 is shown as not applicable, which tells readers the 0.
        if (ratio && problem_.cells[*cells.denominator].value == 0.0)
            shown_[*cells.denominator] = true;
        return cells;
    }
    // A sum: its own cells, equal to the sum of the rows it adds, shared by every figure that
    // adds the same rows (a county's count, and its rate per 1 000).
    auto sum_cell = [&](const std::string& measure, double total) {
        const SumKey key{names_.id(measure), period, code_lists_.id(figure.codes, names_)};
        if (auto it = sum_cells_.find(key); it != sum_cells_.end()) return it->second;
        const std::size_t cell = new_cell(measure, total, false);
        sum_cells_.emplace(key, cell);
        PublishedSum sum{cell, {}};
        for (const std::string& code : figure.codes)
            sum.members.push_back(row_cell(measure, code, period));
        problem_.sums.push_back(std::move(sum));
        return cell;
    };
    cells.numerator = sum_cell(indicator.numerator, figure.value.numerator);
    if (ratio) cells.denominator = sum_cell(indicator.denominator, figure.value.denominator);
    if (!listed) return cells;
    if (shown) mark_shown(cells);
    mark_in_row(cells, figure.value);
    mark_small_denominator(cells, figure.value);
    return cells;
}

FigureCells DisclosureControl::add_pooled_figure(const Indicator& indicator,
                                                 const std::string& code, int first_year,
                                                 int last_year, const IndicatorValue& value,
                                                 const std::vector<FigureCells>& years,
                                                 bool shown) {
    FigureCells cells;
    if (!value.has_number()) return cells;
    auto pooled_cell = [&](const std::string& measure, double total) {
        const PooledKey key{names_.id(measure), names_.id(code), first_year, last_year};
        if (auto it = pooled_cells_.find(key); it != pooled_cells_.end()) return it->second;
        const std::size_t cell = new_cell(measure, total, false);
        pooled_cells_.emplace(key, cell);
        return cell;
    };
    cells.numerator = pooled_cell(indicator.numerator, value.numerator);
    if (has_denominator(indicator))
        cells.denominator = pooled_cell(indicator.denominator, value.denominator);
    const std::size_t first_sum = problem_.sums.size();
    add_sum(cells, years, false);
    for (std::size_t i = first_sum; i < problem_.sums.size(); ++i)
        problem_.sums[i].total_yields = true;
    if (shown) mark_shown(cells);
    mark_in_row(cells, value);
    mark_small_denominator(cells, value);
    return cells;
}

// A figure on fewer than min_denominator persons (a share over 0 too) is not shown, and says
// why; any other with a number is shown or hidden for privacy. Either way readers learn on
// which side of min_denominator its denominator lies, so protection must allow for that.
void DisclosureControl::mark_small_denominator(const FigureCells& cells,
                                               const IndicatorValue& value) {
    if (!cells.denominator) return;
    ProtectedCell& denominator = problem_.cells[*cells.denominator];
    const bool over_zero =
        value.status == ValueStatus::not_applicable && denominator.value == 0.0;
    if (!value.has_number() && !over_zero) return;
    if (over_zero || value.denominator < rule_.min_denominator)
        denominator.known_below = rule_.min_denominator;
    else
        denominator.known_at_least = rule_.min_denominator;
}

void DisclosureControl::add_sum(const FigureCells& total, const std::vector<FigureCells>& members,
                                bool official_total) {
    auto add_part = [&](std::optional<std::uint32_t> FigureCells::*part) {
        if (!(total.*part)) return;
        PublishedSum sum{*(total.*part), {}};
        for (const FigureCells& member : members) {
            const auto cell = member.*part;
            if (cell && (official_total || problem_.cells[*cell].value))
                sum.members.push_back(*cell);
        }
        if (!sum.members.empty()) problem_.sums.push_back(std::move(sum));
    };
    add_part(&FigureCells::numerator);
    add_part(&FigureCells::denominator);
}

// A hidden cell holding the sum of parts no figure lists: an unknown to readers, and not
// sensitive itself.
std::size_t DisclosureControl::unknown_sum(double value) {
    ProtectedCell cell;
    cell.value = value;
    cell.hidden = true;
    problem_.cells.push_back(cell);
    shown_.push_back(false);
    in_row_.push_back(false);
    return problem_.cells.size() - 1;
}

// total = the parts' rows. Parts with a number that no figure lists (a category published for
// counties only) enter as one hidden unknown holding their sum when there are two or more of
// them: the site shows none of them, so it protects none of them on its own; a single one is
// pinned by the others and enters as itself.
void DisclosureControl::add_breakdown(std::size_t total, const std::vector<std::string>& parts,
                                      const std::string& code, int period) {
    PublishedSum sum{total, {}, false};
    std::vector<std::size_t> unlisted;
    for (const std::string& part : parts) {
        const std::size_t cell = row_cell(part, code, period);
        const bool listed = in_row_[cell] || shown_[cell] || !problem_.cells[cell].value;
        (listed ? sum.members : unlisted).push_back(cell);
    }
    if (unlisted.size() == 1) sum.members.push_back(unlisted.front());
    if (unlisted.size() > 1) {
        double rest = 0;
        for (std::size_t cell : unlisted) rest += *problem_.cells[cell].value;
        sum.members.push_back(unknown_sum(rest));
    }
    problem_.sums.push_back(std::move(sum));
}

// The breakdowns hold for the sums made for the counties' and the country's figures too, and
// readers apply them there: the rows' unlisted parts entered as one unknown per row, so only
// here does a county's total bound its listed parts (settled 298, of them 297 in families:
// at most 1 unaccompanied minor). Parts with no figure of their own at that level enter as
// their difference: the part itself where one is missing, one unknown for two or more.
void DisclosureControl::add_sum_breakdowns() {
    for (const auto& [key, cell] : in_name_order(sum_cells_, names_, code_lists_)) {
        const Measure* m = catalogue_.measure(names_.name(key.measure));
        if (!m || !problem_.cells[cell].value) continue;
        for (const auto& breakdown : m->breakdowns) {
            PublishedSum sum{cell, {}, false};
            double rest = *problem_.cells[cell].value;
            std::vector<std::string> missing;
            bool known = true;
            for (const std::string& part : breakdown) {
                auto it = sum_cells_.find({names_.id(part), key.period, key.codes});
                if (it == sum_cells_.end()) {
                    missing.push_back(part);
                    continue;
                }
                const auto value = problem_.cells[it->second].value;
                known = known && value.has_value();
                if (value) rest -= *value;
                sum.members.push_back(it->second);
            }
            // Rows that do not add up (a part missing where its total is not) tie nothing.
            if (!known || (missing.empty() ? std::fabs(rest) > 1e-6 : rest < -1e-6)) continue;
            if (missing.size() == 1) {
                sum.members.push_back(new_cell(missing.front(), std::max(0.0, rest), false));
            } else if (missing.size() > 1) {
                sum.members.push_back(unknown_sum(std::max(0.0, rest)));
            }
            problem_.sums.push_back(std::move(sum));
        }
    }
}

// A measure with declared parts is their sum in every area and year where the total and each
// part have a row with a number or hidden in the source (which hides a number that still
// adds up). Readers know this from the definitions, so the control must too.
void DisclosureControl::add_measure_parts() {
    auto usable = [&](const std::string& measure, const std::string& code, int period) {
        const Observation* row = table_.find(measure, code, period);
        return row && (row->has_number() || row->status == ValueStatus::suppressed);
    };
    // The measures with parts that each measure is the total or a part of.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> totals_of;
    for (const Measure& m : catalogue_.measures) {
        if (m.breakdowns.empty()) continue;
        const std::uint32_t total = names_.id(m.id);
        totals_of[total].push_back(total);
        for (const auto& breakdown : m.breakdowns)
            for (const std::string& part : breakdown) totals_of[names_.id(part)].push_back(total);
    }
    std::vector<RowKey> keys;
    for (const auto& [key, cell] : row_cells_)
        if (auto it = totals_of.find(key.measure); it != totals_of.end())
            for (std::uint32_t total : it->second) keys.push_back({total, key.code, key.period});
    const Ranks rank = names_.ranks();
    std::sort(keys.begin(), keys.end(),
              [&](const RowKey& a, const RowKey& b) { return before(a, b, rank, code_lists_); });
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<std::tuple<std::string, std::string, int>> totals;
    for (const RowKey& k : keys)
        totals.emplace_back(names_.name(k.measure), names_.name(k.code), k.period);
    for (const auto& [measure, code, period] : totals) {
        if (!usable(measure, code, period)) continue;
        for (const auto& breakdown : catalogue_.measure(measure)->breakdowns) {
            bool complete = true;
            for (const std::string& part : breakdown) complete = complete && usable(part, code, period);
            if (complete) add_breakdown(row_cell(measure, code, period), breakdown, code, period);
        }
    }
    add_sum_breakdowns();
    add_measures_within();
    // The same for pooled figures: all = men + women over the same years.
    for (const auto& [key, cell] : in_name_order(pooled_cells_, names_, code_lists_)) {
        const Measure* m = catalogue_.measure(names_.name(key.measure));
        if (!m) continue;
        for (const auto& breakdown : m->breakdowns) {
            PublishedSum sum{cell, {}, false};
            for (const std::string& part : breakdown) {
                auto it = pooled_cells_.find({names_.id(part), key.code, key.first, key.last});
                if (it == pooled_cells_.end()) break;
                sum.members.push_back(it->second);
            }
            if (sum.members.size() == breakdown.size()) problem_.sums.push_back(std::move(sum));
        }
    }
}

// A measure within another is never larger, for the same area and year, the same sum or the
// same pooled years: readers know it from the definitions.
void DisclosureControl::add_measures_within() {
    auto within = [&](std::uint32_t measure) -> std::optional<std::uint32_t> {
        const Measure* m = catalogue_.measure(names_.name(measure));
        if (!m || m->within.empty()) return std::nullopt;
        return names_.id(m->within);
    };
    auto add = [&](const auto& cells, auto whole_key) {
        for (const auto& [key, cell] : in_name_order(cells, names_, code_lists_))
            if (const auto whole = within(key.measure))
                if (auto it = cells.find(whole_key(key, *whole)); it != cells.end())
                    problem_.parts_of_wholes.push_back({cell, it->second});
    };
    add(row_cells_, [](RowKey k, std::uint32_t whole) { return k.measure = whole, k; });
    add(sum_cells_, [](SumKey k, std::uint32_t whole) { return k.measure = whole, k; });
    add(pooled_cells_, [](PooledKey k, std::uint32_t whole) { return k.measure = whole, k; });
}

DisclosureControl::Counts DisclosureControl::decide(ProtectionMemory* memory) {
    add_measure_parts();
    // What no page shows is hidden from readers (and covers a sensitive cell in a sum). A
    // count the rule protects that a row names then shows the privacy symbol, as a small count
    // does, so it must not be worked out either.
    for (std::size_t i = 0; i < problem_.cells.size(); ++i) {
        ProtectedCell& cell = problem_.cells[i];
        if (shown_[i]) continue;
        cell.hidden = true;
        cell.protected_unit = cell.protected_unit && in_row_[i];
        if (cell.protected_unit && cell.value) cell.sensitive = true;
    }
    const ProtectionResult protection = protect_hidden_cells(problem_, memory);
    Counts counts;
    counts.unprotected = static_cast<int>(protection.narrowed.size());
    for (std::size_t i = 0; i < problem_.cells.size(); ++i) {
        const ProtectedCell& cell = problem_.cells[i];
        if (!shown_[i]) continue;  // counted where a page shows it
        counts.primary += cell.small_count;
        counts.secondary += cell.hidden_as_complement;
    }
    return counts;
}

Suppression DisclosureControl::cell_suppression(std::optional<std::size_t> cell) const {
    if (!cell || !problem_.cells[*cell].hidden) return Suppression::none;
    const ProtectedCell& c = problem_.cells[*cell];
    if (c.hidden_in_source) return Suppression::in_source;
    if (c.small_count || c.hidden_as_complement || (c.protected_unit && c.value))
        return Suppression::confidential;
    return Suppression::unpublished;
}

std::optional<double> DisclosureControl::cell_number(std::optional<std::size_t> cell) const {
    return cell ? problem_.cells[*cell].value : std::nullopt;
}

Suppression DisclosureControl::suppression(const FigureCells& cells) const {
    // A figure that is shown uses its cells, so none of them is merely unpublished.
    auto reason = [&](std::optional<std::size_t> cell) {
        const Suppression r = cell_suppression(cell);
        return r == Suppression::unpublished ? Suppression::none : r;
    };
    const Suppression numerator = reason(cells.numerator);
    return numerator != Suppression::none ? numerator : reason(cells.denominator);
}

std::set<std::tuple<std::string, std::string, int>> DisclosureControl::protected_rows() const {
    std::set<std::tuple<std::string, std::string, int>> rows;
    for (const auto& [key, cell] : row_cells_)
        if (problem_.cells[cell].sensitive || problem_.cells[cell].hidden_as_complement)
            rows.insert({names_.name(key.measure), names_.name(key.code), key.period});
    return rows;
}

}  // namespace kt
