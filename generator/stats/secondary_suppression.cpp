#include "stats/secondary_suppression.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "stats/linear_bounds.h"

namespace kt {

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Step 1. The member to hide next to the sum's single hidden cell; nullopt if none is left.
std::optional<std::size_t> complement_for(const std::vector<ProtectedCell>& cells,
                                          const PublishedSum& sum) {
    std::optional<std::size_t> best;
    auto better = [&](std::size_t candidate) {
        if (!best) return true;
        const double a = *cells[candidate].value, b = *cells[*best].value;
        // Any value above 0 beats a 0: hiding a 0 next to a small count says little.
        if ((a > 0) != (b > 0)) return a > 0;
        return a < b;
    };
    for (std::size_t m : sum.members) {
        const ProtectedCell& cell = cells[m];
        if (cell.hidden || !cell.value) continue;
        if (better(m)) best = m;
    }
    return best;
}

// Two published sums over overlapping members imply a third equation:
//   total_a - total_b = (members only in a) - (members only in b),
// so a cell alone hidden in it can be worked out although each sum is safe (a county minus a
// group inside it leaves the county's other municipalities). Each such equation becomes a sum
// with total_a as total and the rest as members (signs do not matter for what can be worked
// out). Sums with the same members (one per indicator using the same measure) are compared
// once; totals that yield (pooled figures) are left out, as are equations with nothing but
// the two totals.
std::vector<PublishedSum> implied_sums(const std::vector<PublishedSum>& sums) {
    std::map<std::vector<std::size_t>, std::size_t> by_members;  // sorted members -> sum
    for (std::size_t i = 0; i < sums.size(); ++i) {
        if (sums[i].total_yields || sums[i].members.empty()) continue;
        std::vector<std::size_t> members = sums[i].members;
        std::sort(members.begin(), members.end());
        by_members.emplace(std::move(members), i);
    }
    std::vector<const std::vector<std::size_t>*> member_sets;
    std::vector<std::size_t> sum_of;
    std::map<std::size_t, std::vector<std::size_t>> sets_with;  // member -> member sets
    for (const auto& [members, sum] : by_members) {
        for (std::size_t m : members) sets_with[m].push_back(member_sets.size());
        member_sets.push_back(&members);
        sum_of.push_back(sum);
    }
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& [member, sets] : sets_with)
        for (std::size_t i = 0; i < sets.size(); ++i)
            for (std::size_t j = i + 1; j < sets.size(); ++j) pairs.insert({sets[i], sets[j]});

    std::vector<PublishedSum> implied;
    for (const auto& [a, b] : pairs) {
        PublishedSum sum{sums[sum_of[a]].total, {sums[sum_of[b]].total}, false};
        std::set_symmetric_difference(member_sets[a]->begin(), member_sets[a]->end(),
                                      member_sets[b]->begin(), member_sets[b]->end(),
                                      std::back_inserter(sum.members));
        if (sum.members.size() > 1) implied.push_back(std::move(sum));
    }
    return implied;
}

void hide_as_complement(ProtectedCell& cell) {
    cell.hidden = cell.sensitive = cell.hidden_as_complement = true;
}

int hide_lone_cells(std::vector<ProtectedCell>& cells, const std::vector<PublishedSum>& published) {
    std::vector<PublishedSum> sums = published;
    for (PublishedSum& sum : implied_sums(published)) sums.push_back(std::move(sum));
    int hidden = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (const PublishedSum& sum : sums) {
            assert(sum.total < cells.size());
            std::vector<std::size_t> hidden_cells;
            bool any_sensitive = false;
            auto look_at = [&](std::size_t index) {
                assert(index < cells.size());
                if (!cells[index].hidden) return;
                hidden_cells.push_back(index);
                any_sensitive = any_sensitive || cells[index].sensitive;
            };
            look_at(sum.total);
            for (std::size_t m : sum.members) look_at(m);
            if (!any_sensitive) continue;

            if (hidden_cells.size() >= 2) {
                for (std::size_t index : hidden_cells) {
                    if (cells[index].sensitive) continue;
                    cells[index].sensitive = true;
                    changed = true;
                }
                continue;
            }
            std::optional<std::size_t> partner;
            if (!sum.total_yields || cells[sum.total].hidden) partner = complement_for(cells, sum);
            if (!partner && !cells[sum.total].hidden) partner = sum.total;
            if (!partner) continue;  // nothing left to hide: every cell but one lacks a number
            hide_as_complement(cells[*partner]);
            ++hidden;
            changed = true;
        }
    }
    return hidden;
}

// Step 2. What an intruder knows, as a linear system over the cells they do not see.
class InferenceModel {
  public:
    explicit InferenceModel(const DisclosureProblem& problem) : problem_(problem) {
        const auto& cells = problem.cells;
        unknown_of_.assign(cells.size(), kNone);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (!is_unknown(c) || is_absent(c)) continue;
            const bool small = cells[c].small_count;
            unknown_of_[c] = system_.add_unknown(
                small ? 1 : 0, small ? problem.min_count - 1 : LinearSystem::unbounded);
            cell_of_.push_back(c);
        }
        for (const PublishedSum& sum : problem.sums) {
            if (is_absent(sum.total) || std::any_of(sum.members.begin(), sum.members.end(),
                                                    [&](std::size_t m) { return is_absent(m); }))
                continue;
            std::vector<LinearTerm> terms;
            double known = 0;  // total - Σ known members, moved to the right-hand side
            auto add = [&](std::size_t cell, double sign) {
                if (unknown_of_[cell] == kNone) {
                    known += sign * *cells[cell].value;
                } else {
                    terms.push_back({unknown_of_[cell], sign});
                }
            };
            add(sum.total, 1);
            for (std::size_t m : sum.members) add(m, -1);
            if (terms.empty() || !holds_in_truth(sum)) continue;
            system_.add_equation(std::move(terms), -known);
        }
        for (const PartOfWhole& pw : problem.parts_of_wholes) {
            if (is_absent(pw.part) || is_absent(pw.whole)) continue;
            if (cells[pw.part].value && cells[pw.whole].value &&
                *cells[pw.part].value > *cells[pw.whole].value)
                continue;
            const bool part_known = unknown_of_[pw.part] == kNone;
            const bool whole_known = unknown_of_[pw.whole] == kNone;
            if (part_known && whole_known) continue;
            std::vector<LinearTerm> terms;
            double bound = 0;
            if (part_known)
                bound -= *cells[pw.part].value;
            else
                terms.push_back({unknown_of_[pw.part], 1});
            if (whole_known)
                bound += *cells[pw.whole].value;
            else
                terms.push_back({unknown_of_[pw.whole], -1});
            system_.add_at_most(std::move(terms), bound);
        }
    }

    // Whether the relation holds for the true numbers (cells hidden in the source, whose
    // numbers nobody has, may take any value from 0). Official totals need not: a county's
    // total may count persons of no known municipality. A relation that does not hold is no
    // equation an intruder can use, and would make every other one unsolvable.
    bool holds_in_truth(const PublishedSum& sum) const {
        const auto& cells = problem_.cells;
        double residual = 0;                      // total - Σ members, over the cells with numbers
        bool can_rise = false, can_fall = false;  // cells hidden in the source, from 0 up
        double scale = 1;
        auto add = [&](std::size_t cell, double sign) {
            if (const auto& v = cells[cell].value) {
                residual += sign * *v;
                scale = std::max(scale, std::fabs(*v));
            } else {
                (sign > 0 ? can_rise : can_fall) = true;
            }
        };
        add(sum.total, 1);
        for (std::size_t m : sum.members) add(m, -1);
        const double tolerance = 1e-6 * scale;
        return (residual <= tolerance || can_fall) && (residual >= -tolerance || can_rise);
    }

    // No number and no count behind it (a missing row, ".", ".."): not a quantity at all.
    bool is_absent(std::size_t cell) const {
        const ProtectedCell& c = problem_.cells[cell];
        return !c.value && !c.hidden_in_source;
    }
    bool is_unknown(std::size_t cell) const {
        const ProtectedCell& c = problem_.cells[cell];
        return c.hidden || !c.value;
    }

    // Cells the criterion protects, and those an intruder narrows; only in connected groups of
    // unknowns that hold a cell of `changed` (all groups when it is empty).
    std::vector<std::size_t> narrowed(const std::vector<std::size_t>& changed,
                                      const ExactTestLimits& limits,
                                      std::vector<std::size_t>* untested) const {
        const std::vector<Test> test = groups_to_test(changed, limits.group_size);
        std::vector<RangeQuestion> questions;
        std::vector<std::size_t> cells;
        for (std::size_t u = 0; u < cell_of_.size(); ++u) {
            const ProtectedCell& c = problem_.cells[cell_of_[u]];
            if (test[u] != Test::yes) {
                const bool is_question =
                    c.small_count || c.hidden_as_complement || c.hidden_in_source;
                if (test[u] == Test::too_large && is_question && untested)
                    untested->push_back(cell_of_[u]);
                continue;
            }
            if (c.small_count) {
                questions.push_back({u, 1, static_cast<double>(problem_.min_count - 1)});
            } else if (c.hidden_as_complement || c.hidden_in_source) {
                questions.push_back({u, 1, 0});  // two different values
            } else {
                continue;
            }
            cells.push_back(cell_of_[u]);
        }
        const auto answers = answer_ranges(system_, questions, limits.single_solves);
        // Relations that contradict each other (an official total that is not the sum of its
        // parts) leave nothing proved: every cell counts as narrowed.
        if (!answers) return cells;
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < questions.size(); ++i)
            if (!(*answers)[i].holds) out.push_back(cells[i]);
        return out;
    }

  private:
    // Per unknown: whether to test it: its connected group holds a cell of `cells` (every
    // group does when `cells` is empty), and has at most `max_size` unknowns.
    enum class Test { no, yes, too_large };
    std::vector<Test> groups_to_test(const std::vector<std::size_t>& cells,
                                     std::size_t max_size) const {
        const std::size_t size = cell_of_.size();
        const std::vector<std::size_t> group = connected_groups(system_);
        std::vector<bool> changed(size, cells.empty());
        for (std::size_t cell : cells)
            if (unknown_of_[cell] != kNone) changed[group[unknown_of_[cell]]] = true;
        std::vector<std::size_t> group_size(size, 0);
        for (std::size_t u = 0; u < size; ++u) ++group_size[group[u]];
        std::vector<Test> test(size, Test::no);
        for (std::size_t u = 0; u < size; ++u)
            if (changed[group[u]])
                test[u] = group_size[group[u]] <= max_size ? Test::yes : Test::too_large;
        return test;
    }

    const DisclosureProblem& problem_;
    LinearSystem system_;
    std::vector<std::size_t> unknown_of_;  // cell -> unknown, or kNone for a published cell
    std::vector<std::size_t> cell_of_;     // unknown -> cell
};

// Step 3. One more complement next to a narrowed cell, in the relation that names it with the
// fewest hidden cells (the tightest) and still has a published cell: the one that costs
// readers least (as in step 1), or the total. Returns the relation (nullopt for a share's
// numerator and denominator) and the cell; nullopt when every cell it shares a relation with
// is hidden already.
struct Widening {
    std::optional<std::size_t> sum;
    std::size_t cell = 0;
};
std::optional<Widening> widening_complement(const DisclosureProblem& problem,
                                            const std::vector<std::vector<std::size_t>>& sums_of,
                                            std::size_t narrowed) {
    const auto& cells = problem.cells;
    std::optional<Widening> best;
    std::size_t fewest_hidden = kNone;
    for (std::size_t s : sums_of[narrowed]) {
        const PublishedSum& sum = problem.sums[s];
        std::size_t hidden = cells[sum.total].hidden;
        for (std::size_t m : sum.members) hidden += cells[m].hidden;
        const bool total_free = !cells[sum.total].hidden && cells[sum.total].value;
        std::optional<std::size_t> candidate;
        if (sum.total_yields && total_free) candidate = sum.total;
        if (!candidate) candidate = complement_for(cells, sum);
        if (!candidate && total_free) candidate = sum.total;
        if (candidate && hidden < fewest_hidden) {
            best = Widening{s, *candidate};
            fewest_hidden = hidden;
        }
    }
    for (const PartOfWhole& pw : problem.parts_of_wholes) {
        if (best || (pw.part != narrowed && pw.whole != narrowed)) continue;
        const std::size_t other = pw.part == narrowed ? pw.whole : pw.part;
        if (!cells[other].hidden && cells[other].value) best = Widening{std::nullopt, other};
    }
    return best;
}

}  // namespace

std::vector<std::size_t> narrowed_cells(const DisclosureProblem& problem,
                                        const std::vector<std::size_t>& changed,
                                        const ExactTestLimits& limits,
                                        std::vector<std::size_t>* untested) {
    return InferenceModel(problem).narrowed(changed, limits, untested);
}

int hide_complements(DisclosureProblem& problem) {
    return hide_lone_cells(problem.cells, problem.sums);
}

ProtectionResult protect_hidden_cells(DisclosureProblem& problem, const ExactTestLimits& limits) {
    ProtectionResult result;
    result.hidden = hide_complements(problem);
    std::vector<std::vector<std::size_t>> sums_of(problem.cells.size());
    for (std::size_t s = 0; s < problem.sums.size(); ++s) {
        sums_of[problem.sums[s].total].push_back(s);
        for (std::size_t m : problem.sums[s].members) sums_of[m].push_back(s);
    }
    std::vector<std::size_t> changed;   // empty: test everything
    std::vector<std::size_t> untested;  // a group too large stays so: it only grows
    auto finish = [&](std::vector<std::size_t> narrowed) {
        std::sort(untested.begin(), untested.end());
        untested.erase(std::unique(untested.begin(), untested.end()), untested.end());
        result.untested = std::move(untested);
        result.narrowed = std::move(narrowed);
        return result;
    };
    for (;;) {
        ++result.rounds;
        const std::vector<std::size_t> narrowed =
            narrowed_cells(problem, changed, limits, &untested);
        if (narrowed.empty()) return finish({});
        std::vector<bool> was_hidden;
        for (const ProtectedCell& cell : problem.cells) was_hidden.push_back(cell.hidden);
        // One new complement per relation and round: it may free the other narrowed cells
        // there too, which the next round sees.
        std::vector<bool> widened(problem.sums.size(), false);
        for (std::size_t cell : narrowed) {
            const auto widening = widening_complement(problem, sums_of, cell);
            if (!widening || (widening->sum && widened[*widening->sum])) continue;
            if (widening->sum) widened[*widening->sum] = true;
            hide_as_complement(problem.cells[widening->cell]);
            ++result.hidden;
        }
        result.hidden += hide_complements(problem);
        changed.clear();
        for (std::size_t c = 0; c < problem.cells.size(); ++c)
            if (problem.cells[c].hidden && !was_hidden[c]) changed.push_back(c);
        if (changed.empty()) return finish(narrowed);  // nothing left to hide next to them
    }
}

}  // namespace kt
