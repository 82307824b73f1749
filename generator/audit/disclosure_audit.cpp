#include "audit/disclosure_audit.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace kt {

namespace {

// "2021-2023" -> 2021, 2023; false for a single year or anything else.
bool pooled_years(const std::string& period, int& first, int& last) {
    const char* begin = period.data();
    const char* end = begin + period.size();
    auto [dash, error] = std::from_chars(begin, end, first);
    if (error != std::errc() || dash == end || *dash != '-') return false;
    auto [rest, error2] = std::from_chars(dash + 1, end, last);
    return error2 == std::errc() && rest == end && first >= 1000 && last <= 9999 && first <= last &&
           last - first < 100;
}

std::string describe(const CellKey& key) { return key.measure + " " + key.code + " " + key.period; }

// The intruder's linear system: one unknown per hidden cell, one constraint per relation.
class IntruderModel {
  public:
    IntruderModel(const PublishedSite& site, AuditReport& report) : site_(site), report_(report) {
        for (const auto& [key, cell] : site.cells) {
            by_code_[key.code].push_back(&key);
            if (cell.conflicting) ++report.conflicting_cells;
            if (cell.value) {
                ++report.published;
                continue;
            }
            ++report.hidden;
            report.confidential += cell.hidden_reason == "personvern";
            report.hidden_in_source += cell.hidden_reason == "kilde";
            const ValueRange r = symbol_range(key);
            unknown_of_[key] = system_.add_unknown(r.low, r.high);
            cell_of_.push_back(key);
        }
        add_sums();
        add_parts_and_periods();
        // factor × numerator <= high × denominator and low × denominator <= factor × numerator.
        for (const auto& ratio : site.rounded_ratios) {
            if (!site.cells.count(ratio.numerator) || !site.cells.count(ratio.denominator))
                continue;
            const std::string name = "rounded value at " + ratio.where;
            add(name, {{ratio.numerator, ratio.factor}, {ratio.denominator, -ratio.high}}, false);
            add(name, {{ratio.denominator, ratio.low}, {ratio.numerator, -ratio.factor}}, false);
        }
        for (const auto& [key, cell] : site.cells)
            if (auto whole = site.within.find(key.measure); whole != site.within.end())
                if (const CellKey whole_key{whole->second, key.code, key.period};
                    site.cells.count(whole_key))
                    add("within " + describe(key) + " <= " + whole->second,
                        {{key, 1}, {whole_key, -1}}, false);
        for (const auto& [part, whole] : site.shares)
            if (site.cells.count(part) && site.cells.count(whole))
                add("share " + describe(part) + " <= " + whole.measure, {{part, 1}, {whole, -1}},
                    false);
    }

    // A cell one row hides and another shows needs no equation at all.
    std::vector<NarrowedCell> shown_elsewhere() const {
        std::vector<NarrowedCell> out;
        for (const auto& [key, cell] : site_.cells) {
            const bool protected_reason =
                cell.hidden_reason == "personvern" || cell.hidden_reason == "kilde";
            if (cell.value && protected_reason)
                out.push_back({key,
                               cell.hidden_reason,
                               {*cell.value, *cell.value},
                               cell.where,
                               {"another row that shows it"}});
        }
        return out;
    }

    // What a cell's symbols allow: at least 0, and for the denominator of a share or rate below
    // min_denominator where a figure says "færre enn 10 i grunnlaget", at least it where one
    // has a number or the privacy symbol. The privacy symbol itself says nothing more.
    ValueRange symbol_range(const CellKey& key) const {
        ValueRange r{0, LinearSystem::unbounded};
        if (site_.small_denominators.count(key)) r.high = site_.min_denominator - 1;
        if (site_.large_denominators.count(key)) r.low = site_.min_denominator;
        return r;
    }

    // What the symbols alone tell: every cell an unknown, published or not (symbol_range),
    // under the same relations. A share's numerator over a denominator said to be below
    // min_denominator, say, is known to be below it before any number is read; the published
    // numbers must not narrow it further than this.
    struct SymbolSystem {
        LinearSystem system;
        std::map<CellKey, std::size_t> index;
    };
    SymbolSystem symbol_system() const {
        SymbolSystem out;
        auto unknown = [&](const CellKey& key) {
            auto [it, added] = out.index.emplace(key, out.system.lower.size());
            if (added) {
                const ValueRange r = symbol_range(key);
                out.system.add_unknown(r.low, r.high);
            }
            return it->second;
        };
        for (const auto& [terms, equation] : used_) {
            std::vector<LinearTerm> row;
            for (const auto& [key, coefficient] : terms) row.push_back({unknown(key), coefficient});
            if (equation)
                out.system.add_equation(std::move(row), 0);
            else
                out.system.add_at_most(std::move(row), 0);
        }
        return out;
    }

    // By bound propagation: cheap, and exact for the usual cases.
    std::map<CellKey, ValueRange> symbol_ranges() const {
        const SymbolSystem symbols = symbol_system();
        std::map<CellKey, ValueRange> out;
        const auto ranges = propagated_bounds(symbols.system);
        for (const auto& [key, u] : symbols.index)
            out[key] = ranges ? (*ranges)[u]
                              : ValueRange{symbols.system.lower[u], symbols.system.upper[u]};
        return out;
    }

    // By linear programming, for the few cells propagation leaves too wide: a chain of sums
    // over several years can bound a count that no single relation does.
    std::map<CellKey, ValueRange> exact_symbol_ranges(const std::vector<CellKey>& keys) const {
        const SymbolSystem symbols = symbol_system();
        std::vector<std::size_t> targets;
        for (const CellKey& key : keys) targets.push_back(symbols.index.at(key));
        std::map<CellKey, ValueRange> out;
        if (const auto ranges = linear_bounds(symbols.system, targets))
            for (std::size_t i = 0; i < keys.size(); ++i) out[keys[i]] = (*ranges)[i];
        return out;
    }

    // Every cell hidden for privacy or in the source must take two values. One hidden for
    // privacy that the published figures show to be below min_count must moreover keep every
    // value from 1 to min_count - 1 (within what the symbols alone allow): it could be a small
    // count, and readers must learn no more of it than a "fewer than min_count" would tell.
    std::vector<NarrowedCell> narrowed() {
        std::vector<RangeQuestion> questions = two_values();
        auto answers = answer_ranges(system_, questions);
        if (!answers) {
            drop_contradicting_relations();
            questions = two_values();
            answers = answer_ranges(system_, questions);
        }
        if (!answers) {
            report_.contradiction = true;
            return {};
        }
        std::vector<NarrowedCell> out;
        const double top = site_.min_count - 1;
        const std::map<CellKey, ValueRange> symbols = symbol_ranges();
        std::vector<RangeQuestion> below;  // privacy cells seen only below min_count so far
        for (std::size_t i = 0; i < questions.size(); ++i) {
            const RangeAnswer& answer = (*answers)[i];
            const std::size_t u = questions[i].unknown;
            // No whole number fits (a count of 10.5, a sum naming a member twice): the
            // relations contradict each other.
            if (answer.range.low > answer.range.high) {
                report_.contradiction = true;
            } else if (!answer.holds) {
                out.push_back(narrowed_cell(u, answer.range));
            } else if (site_.cells.at(cell_of_[u]).hidden_reason == "personvern" &&
                       answer.range.high < site_.min_count) {
                ValueRange want{1, top};
                if (auto it = symbols.find(cell_of_[u]); it != symbols.end())
                    want = within(want, it->second);
                if (want.low <= want.high) below.push_back({u, want.low, want.high});
            }
        }
        const auto small = answer_ranges(system_, below);
        if (!small) {
            report_.contradiction = true;
            return out;
        }
        std::vector<std::size_t> failed;  // indexes into below
        std::vector<CellKey> failed_keys;
        for (std::size_t i = 0; i < below.size(); ++i)
            if (!(*small)[i].holds && (*small)[i].range.high < site_.min_count) {
                failed.push_back(i);
                failed_keys.push_back(cell_of_[below[i].unknown]);
            }
        // Left no narrower than the symbols alone allow, computed exactly: not narrowed.
        const std::map<CellKey, ValueRange> exact = exact_symbol_ranges(failed_keys);
        for (std::size_t i : failed) {
            const ValueRange& range = (*small)[i].range;
            if (auto it = exact.find(cell_of_[below[i].unknown]); it != exact.end()) {
                const ValueRange want = within({1, top}, it->second);
                if (range.low <= want.low && range.high >= want.high) continue;
            }
            out.push_back(narrowed_cell(below[i].unknown, range));
        }
        return out;
    }

  private:
    static ValueRange within(const ValueRange& want, const ValueRange& allowed) {
        return {std::max(want.low, allowed.low), std::min(want.high, allowed.high)};
    }

    std::vector<RangeQuestion> two_values() const {
        std::vector<RangeQuestion> out;
        for (std::size_t u = 0; u < cell_of_.size(); ++u) {
            const std::string& reason = site_.cells.at(cell_of_[u]).hidden_reason;
            if (reason == "personvern" || reason == "kilde") out.push_back({u, 1, 0});
        }
        return out;
    }

    NarrowedCell narrowed_cell(std::size_t u, const ValueRange& range) const {
        const CellKey& key = cell_of_[u];
        const PublishedCell& cell = site_.cells.at(key);
        const auto names = relations_of_.find(key);
        return {key, cell.hidden_reason, range, cell.where,
                names == relations_of_.end() ? std::vector<std::string>{} : names->second};
    }

    // Relations that each fit the bounds but not all together: an official total that counts
    // persons of no known municipality, beside totals that include them. Taken in order, a
    // relation that contradicts those before it cannot be exact, and is left out as broken.
    void drop_contradicting_relations() {
        LinearSystem kept = system_;
        kept.constraints.clear();
        std::vector<std::pair<Terms, bool>> used;  // the same relations, as the symbols see them
        for (std::size_t r = 0; r < system_.constraints.size(); ++r) {
            kept.constraints.push_back(std::move(system_.constraints[r]));
            if (!linear_bounds(kept, {kept.constraints.back().terms.front().unknown})) {
                kept.constraints.pop_back();
                ++report_.broken_relations;
                --report_.relations;
                continue;
            }
            used.push_back(std::move(used_[r]));
        }
        system_ = std::move(kept);
        used_ = std::move(used);
    }

    using Terms = std::vector<std::pair<CellKey, double>>;

    // Σ coefficient × cell = 0 (an equation) or <= 0.
    void add(const std::string& name, const Terms& terms, bool equation) {
        std::vector<LinearTerm> unknowns;
        double known = 0, low = 0, high = 0;
        for (const auto& [key, coefficient] : terms) {
            const PublishedCell& cell = site_.cells.at(key);
            if (cell.conflicting) return;  // which number holds is not published
            if (cell.value) {
                known += coefficient * *cell.value;
                continue;
            }
            const std::size_t u = unknown_of_.at(key);
            unknowns.push_back({u, coefficient});
            const double a = coefficient * system_.lower[u], b = coefficient * system_.upper[u];
            low += std::min(a, b);
            high += std::max(a, b);
        }
        // The hidden cells must make up -known; a relation they cannot satisfy is broken.
        const double need = -known, tolerance = 1e-6 * std::max(1.0, std::fabs(known));
        const bool can_hold = equation ? need >= low - tolerance && need <= high + tolerance
                                       : low <= need + tolerance;
        if (!can_hold) {
            ++report_.broken_relations;
            return;
        }
        if (unknowns.empty()) return;
        ++report_.relations;
        used_.push_back({terms, equation});
        if (equation)
            system_.add_equation(std::move(unknowns), need);
        else
            system_.add_at_most(std::move(unknowns), need);
        for (const auto& [key, coefficient] : terms)
            if (auto& names = relations_of_[key];
                !site_.cells.at(key).value && (names.empty() || names.back() != name))
                names.push_back(name);
    }

    const std::vector<const CellKey*>& cells_of(const std::string& code) const {
        static const std::vector<const CellKey*> none;
        auto it = by_code_.find(code);
        return it == by_code_.end() ? none : it->second;
    }

    void add_sums() {
        for (const auto& [code, members] : site_.sums) {
            for (const CellKey* total : cells_of(code)) {
                if (site_.cells.at(*total).partial_sum) continue;
                // A member no download has a row for (a year its borders make incomparable)
                // is some count all the same: the others add up to at most the total.
                Terms terms{{*total, -1}};
                bool complete = true;
                for (const std::string& member : members) {
                    const CellKey key{total->measure, member, total->period};
                    if (site_.cells.count(key))
                        terms.push_back({key, 1});
                    else
                        complete = false;
                }
                if (terms.size() > 1)
                    add("sum " + describe(*total) + (complete ? " = " : " >= ") + "its " +
                            std::to_string(members.size()) + " members",
                        terms, complete);
            }
        }
    }

    void add_parts_and_periods() {
        for (const auto& [key, cell] : site_.cells) {
            auto breakdowns = site_.breakdowns.find(key.measure);
            // An aggregate with members missing lacks different ones for each part.
            if (breakdowns != site_.breakdowns.end() && !cell.partial_sum) {
                for (const auto& parts : breakdowns->second) {
                    // A part no download has a row for is some count all the same: the
                    // others add up to at most the total.
                    Terms terms{{key, -1}};
                    for (const std::string& part : parts) {
                        const CellKey part_key{part, key.code, key.period};
                        if (site_.cells.count(part_key)) terms.push_back({part_key, 1});
                    }
                    const bool complete = terms.size() == parts.size() + 1;
                    if (terms.size() > 1)
                        add("parts " + describe(key) + (complete ? " = " : " >= ") + "its " +
                                std::to_string(parts.size()) + " parts",
                            terms, complete);
                }
            }
            int first = 0, last = 0;
            if (!pooled_years(key.period, first, last)) continue;
            Terms terms{{key, 1}};
            for (int year = first; year <= last; ++year) {
                const CellKey year_key{key.measure, key.code, std::to_string(year)};
                if (site_.cells.count(year_key)) terms.push_back({year_key, -1});
            }
            if (terms.size() == static_cast<std::size_t>(last - first + 2))
                add("pooled " + describe(key), terms, true);
        }
    }

    const PublishedSite& site_;
    AuditReport& report_;
    LinearSystem system_;
    std::map<CellKey, std::size_t> unknown_of_;
    std::vector<CellKey> cell_of_;
    std::map<std::string, std::vector<const CellKey*>> by_code_;
    std::map<CellKey, std::vector<std::string>> relations_of_;
    std::vector<std::pair<Terms, bool>> used_;  // the relations formed, and whether equations
};

std::string range_text(const ValueRange& r) {
    auto number = [](double v) {
        if (!std::isfinite(v)) return std::string("∞");
        std::ostringstream out;
        out << v + 0.0;  // -0 as 0
        return out.str();
    };
    return r.low == r.high ? "exactly " + number(r.low)
                           : "between " + number(r.low) + " and " + number(r.high);
}

}  // namespace

AuditReport audit_disclosure(const PublishedSite& site) {
    AuditReport report;
    IntruderModel model(site, report);
    report.narrowed = model.narrowed();
    for (NarrowedCell& cell : model.shown_elsewhere()) report.narrowed.push_back(std::move(cell));
    // Worst first: cells pinned to one value, then the narrowest ranges.
    std::stable_sort(report.narrowed.begin(), report.narrowed.end(),
                     [](const NarrowedCell& a, const NarrowedCell& b) {
                         return a.range.high - a.range.low < b.range.high - b.range.low;
                     });
    return report;
}

std::string format_audit_report(const AuditReport& report, std::size_t worst) {
    std::ostringstream out;
    out << "published cells: " << report.published << "\nhidden cells: " << report.hidden << " ("
        << report.confidential << " hidden for privacy, " << report.hidden_in_source << " hidden in the source)\nrelations: " << report.relations
        << " (" << report.broken_relations << " broken by the published figures, left out; "
        << report.conflicting_cells << " cells published with two numbers)\n";
    if (report.contradiction)
        out << "the relations contradict each other: nothing could be proved\n";
    out << "narrowed cells: " << report.narrowed.size() << "\n";
    for (std::size_t i = 0; i < std::min(worst, report.narrowed.size()); ++i) {
        const NarrowedCell& n = report.narrowed[i];
        out << "  " << n.where << ": " << describe(n.cell) << " (" << n.reason << ") is "
            << range_text(n.range) << "\n";
        for (const std::string& relation : n.relations) out << "      by " << relation << "\n";
    }
    return out.str();
}

}  // namespace kt
