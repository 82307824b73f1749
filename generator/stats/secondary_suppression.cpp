#include "stats/secondary_suppression.h"

#include <glpk.h>

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <thread>
#include <utility>

#include "model/threads.h"
#include "stats/linear_bounds.h"
#include "stats/protection_program.h"
#include "stats/union_find.h"

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

void hide_as_complement(ProtectedCell& cell) {
    cell.hidden = cell.sensitive = cell.hidden_as_complement = true;
}

int hide_lone_cells(std::vector<ProtectedCell>& cells, const std::vector<PublishedSum>& sums) {
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

// Step 2. The relations an intruder can use, over the cells (LinearTerm::unknown is a cell):
// every sum as an equation and every part no larger than its whole. Left out: relations that
// name a cell without a number that is not hidden in the source (a missing row is no
// quantity), and relations the true numbers do not satisfy (an official total that counts
// persons of no known municipality): an intruder cannot use them as equations, and they would
// make every other one unsolvable.
bool is_absent(const ProtectedCell& cell) { return !cell.value && !cell.hidden_in_source; }

// Whether total = Σ members holds for the true numbers (cells hidden in the source, whose
// numbers nobody has, may take any value from 0).
bool holds_in_truth(const std::vector<ProtectedCell>& cells, const PublishedSum& sum) {
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

std::vector<LinearConstraint> usable_relations(const DisclosureProblem& problem) {
    const auto& cells = problem.cells;
    std::vector<LinearConstraint> out;
    for (const PublishedSum& sum : problem.sums) {
        if (is_absent(cells[sum.total]) ||
            std::any_of(sum.members.begin(), sum.members.end(),
                        [&](std::size_t m) { return is_absent(cells[m]); }) ||
            !holds_in_truth(cells, sum))
            continue;
        LinearConstraint c{{{sum.total, 1}}, 0, 0};
        for (std::size_t m : sum.members) c.terms.push_back({m, -1});
        out.push_back(std::move(c));
    }
    for (const PartOfWhole& pw : problem.parts_of_wholes) {
        const ProtectedCell &part = cells[pw.part], &whole = cells[pw.whole];
        if (is_absent(part) || is_absent(whole)) continue;
        if (part.value && whole.value && *part.value > *whole.value) continue;
        out.push_back({{{pw.part, 1}, {pw.whole, -1}}, -LinearSystem::unbounded, 0});
    }
    return out;
}

// The values a cell's symbols allow: below known_below, at least known_at_least, at least 0.
// The privacy symbol itself says nothing more: small counts and the cells that hide them
// share it.
ValueRange symbol_bounds(const ProtectedCell& cell) {
    ValueRange r{0, LinearSystem::unbounded};
    if (cell.known_below > 0) r.high = cell.known_below - 1;
    if (cell.known_at_least > 0) r.low = cell.known_at_least;
    return r;
}

// What the symbols alone say: every cell at least 0 (its number unused, published or not),
// within what the figures' symbols tell of their denominators, and the relations among the
// cells narrow that further. No published number can leave a cell more than this, so it
// bounds what protection keeps.
std::vector<ValueRange> symbol_ranges(const DisclosureProblem& problem,
                                      const std::vector<LinearConstraint>& relations) {
    LinearSystem system;
    for (const ProtectedCell& cell : problem.cells) {
        const ValueRange r = symbol_bounds(cell);
        system.add_unknown(r.low, r.high);
    }
    system.constraints = relations;
    if (auto ranges = propagated_bounds(system)) return *ranges;
    std::vector<ValueRange> plain;  // the relations contradict each other: the bounds alone
    for (std::size_t u = 0; u < system.lower.size(); ++u)
        plain.push_back({system.lower[u], system.upper[u]});
    return plain;
}

// The range of one cell from the symbols alone, by linear programming (symbol_ranges
// propagates bounds, which is cheap but can fall short); nullopt when the relations contradict
// each other.
std::optional<ValueRange> exact_symbol_range(const DisclosureProblem& problem,
                                             const std::vector<LinearConstraint>& relations,
                                             std::size_t cell) {
    LinearSystem system;
    for (const ProtectedCell& c : problem.cells) {
        const ValueRange r = symbol_bounds(c);
        system.add_unknown(r.low, r.high);
    }
    system.constraints = relations;
    const auto ranges = linear_bounds(system, {cell});
    if (!ranges) return std::nullopt;
    return ranges->front();
}

// What a hidden cell must still be able to be: every value in a range, or two values.
enum class Question { none, range, two_values };
struct Keep {
    Question question = Question::none;
    ValueRange range;  // for Question::range
};
// A cell with the privacy symbol below min_count (a small count, a 0, or a part of a count
// the rule does not protect that happens to be small) keeps every value from 1 (or its own 0)
// to min_count - 1: readers who can tell it is below min_count learn no more than a "fewer
// than min_count" would tell. Any other hidden cell keeps two values.
Keep to_keep(const ProtectedCell& cell, int min_count) {
    if (!cell.hidden || is_absent(cell)) return {};
    const bool privacy = cell.small_count || cell.hidden_as_complement || cell.protected_unit;
    if (privacy && cell.value && *cell.value < min_count)
        return {Question::range, {std::min(*cell.value, 1.0), min_count - 1.0}};
    if (privacy || cell.hidden_in_source) return {Question::two_values, {}};
    return {};
}

// The part of `want` inside what the symbols alone allow (`symbols`).
ValueRange within(const ValueRange& want, const ValueRange& symbols) {
    return {std::max(want.low, symbols.low), std::min(want.high, symbols.high)};
}

// The exact test: what an intruder knows, as a linear system over the cells they do not see.
std::vector<std::size_t> narrowed(const DisclosureProblem& problem) {
    const auto& cells = problem.cells;
    LinearSystem system;
    std::vector<std::size_t> unknown_of(cells.size(), kNone);
    std::vector<RangeQuestion> questions;
    std::vector<std::size_t> asked;
    const std::vector<LinearConstraint> relations = usable_relations(problem);
    const std::vector<ValueRange> symbols = symbol_ranges(problem, relations);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if ((!cells[c].hidden && cells[c].value) || is_absent(cells[c])) continue;
        const ValueRange r = symbol_bounds(cells[c]);
        unknown_of[c] = system.add_unknown(r.low, r.high);
        const Keep keep = to_keep(cells[c], problem.min_count);
        if (keep.question == Question::none) continue;
        if (keep.question == Question::range) {
            const ValueRange want = within(keep.range, symbols[c]);
            questions.push_back({unknown_of[c], want.low, want.high});
        } else {
            questions.push_back({unknown_of[c], 1, 0});  // two different values
        }
        asked.push_back(c);
    }
    for (const LinearConstraint& relation : relations) {
        std::vector<LinearTerm> terms;
        double known = 0;  // the published cells, moved to the bounds
        for (const LinearTerm& t : relation.terms) {
            if (unknown_of[t.unknown] == kNone)
                known += t.coefficient * *cells[t.unknown].value;
            else
                terms.push_back({unknown_of[t.unknown], t.coefficient});
        }
        if (terms.empty()) continue;
        system.constraints.push_back(
            {std::move(terms), relation.lower - known, relation.upper - known});
    }
    const auto answers = answer_ranges(system, questions);
    // Relations that contradict each other leave nothing proved: every cell counts as narrowed.
    if (!answers) return asked;
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        if ((*answers)[i].holds) continue;
        // Left no narrower than the symbols alone allow, computed exactly: not narrowed.
        const Keep keep = to_keep(cells[asked[i]], problem.min_count);
        if (keep.question == Question::range)
            if (auto exact = exact_symbol_range(problem, relations, asked[i])) {
                const ValueRange want = within(keep.range, *exact);
                if ((*answers)[i].range.low <= want.low && (*answers)[i].range.high >= want.high)
                    continue;
            }
        out.push_back(asked[i]);
    }
    return out;
}

// Step 3. What readers lose when a published cell is hidden: more the larger it is, so that
// small cells go before the totals everyone reads.
double readers_cost(const ProtectedCell& cell) { return 1 + std::max(0.0, *cell.value); }

// Some cells, and the relations that name any of them.
struct CellSet {
    std::vector<std::size_t> cells;
    std::vector<std::size_t> relations;
};

// The groups of cells that `link` joined, each with the relations naming its cells (a
// relation's cells are all in one group), in the order of their first cells.
std::vector<CellSet> groups_of(UnionFind& link, std::size_t cell_count,
                               const std::vector<LinearConstraint>& relations) {
    std::map<std::size_t, CellSet> groups;
    for (std::size_t c = 0; c < cell_count; ++c) groups[link.root(c)].cells.push_back(c);
    for (std::size_t r = 0; r < relations.size(); ++r)
        groups[link.root(relations[r].terms.front().unknown)].relations.push_back(r);
    std::vector<CellSet> out;
    for (auto& [root, group] : groups) out.push_back(std::move(group));
    return out;
}

// The relations a neighbourhood grows through name at most this many cells: the sums of a
// county, of pooled years, of a measure's parts. A larger one (the country's sum over every
// municipality) would bring in most of the group at once; it still binds the cells it names.
constexpr std::size_t kWidest = 64;
// Where a table with a cell at a value is looked for, smallest first:
// - hidden: the cells hidden now that are linked to it through other hidden cells, up to
//   kHiddenRadius relations away. Every published cell keeps its number, so a table found here
//   hides nothing more; on the demo site five asks in six end here, in programs a tenth the
//   size of a region's.
// - region: every cell up to kRegionRadius relations away. Tables of linked counts need about
//   three steps (another area, another year, another part), and the wider region lets the
//   cheapest table use cells already hidden farther out.
// - group: every cell linked to it.
// A cell is searched in a region made for it, or in one made for a cell nearby that already
// holds every cell (of its kind) up to kCloseRadius away from it.
enum class Scope { hidden, region, group };
constexpr int kCloseRadius = 2, kRegionRadius = 4, kHiddenRadius = 6;
constexpr std::size_t kRegionsKept = 8;

// The cells near a cell, for one thread: marks reused from search to search.
class Neighbourhoods {
  public:
    Neighbourhoods(const std::vector<LinearConstraint>& relations,
                   const std::vector<std::vector<std::size_t>>& relations_of)
        : relations_(relations),
          relations_of_(relations_of),
          cell_mark_(relations_of.size(), 0),
          relation_mark_(relations.size(), 0) {}

    // The cells at most `radius` relations of at most kWidest cells away from `cell`, nearest
    // first.
    std::vector<std::size_t> cells_near(std::size_t cell, int radius) {
        return cells_near(cell, radius, [](std::size_t) { return true; });
    }
    template <typename Through>
    std::vector<std::size_t> cells_near(std::size_t cell, int radius, Through through) {
        ++mark_;
        std::vector<std::size_t> out{cell};
        cell_mark_[cell] = mark_;
        for (std::size_t next = 0, layer_end = 1; radius > 0 && next < out.size(); ++next) {
            if (next == layer_end) {
                if (--radius == 0) break;
                layer_end = out.size();
            }
            for (std::size_t r : relations_of_[out[next]]) {
                if (relations_[r].terms.size() > kWidest) continue;
                for (const LinearTerm& t : relations_[r].terms)
                    if (cell_mark_[t.unknown] != mark_ && through(t.unknown)) {
                        cell_mark_[t.unknown] = mark_;
                        out.push_back(t.unknown);
                    }
            }
        }
        return out;
    }

    // Those cells, with every relation that names one of them.
    CellSet around(std::size_t cell, int radius) {
        return around(cell, radius, [](std::size_t) { return true; });
    }
    template <typename Through>
    CellSet around(std::size_t cell, int radius, Through through) {
        CellSet out{cells_near(cell, radius, through), {}};
        for (std::size_t c : out.cells)
            for (std::size_t r : relations_of_[c])
                if (relation_mark_[r] != mark_) {
                    relation_mark_[r] = mark_;
                    out.relations.push_back(r);
                }
        std::sort(out.relations.begin(), out.relations.end());
        return out;
    }

  private:
    const std::vector<LinearConstraint>& relations_;
    const std::vector<std::vector<std::size_t>>& relations_of_;
    std::vector<std::uint32_t> cell_mark_, relation_mark_;
    std::uint32_t mark_ = 0;
};

constexpr std::uint32_t kNoSlot = std::numeric_limits<std::uint32_t>::max();

// Some cells as a protection program; every other cell keeps its value (its true one, or for
// a cell without a number one a table of the whole group gave it), so each table the program
// finds is one of the whole site.
class Region {
  public:
    // `slot` has an entry for every cell of the site, kNoSlot; it is used while the program is
    // made and left so.
    Region(const DisclosureProblem& problem, const CellSet& set,
           const std::vector<LinearConstraint>& relations, const std::vector<double>& values,
           std::vector<std::uint32_t>& slot)
        : cells_(set.cells) {
        // The cells' entries in `slot` are cleared again however the constructor ends.
        struct Cleared {
            std::vector<std::uint32_t>& slot;
            const std::vector<std::size_t>& cells;
            ~Cleared() {
                for (std::size_t c : cells) slot[c] = kNoSlot;
            }
        } cleared{slot, cells_};
        local_.reserve(cells_.size());
        for (std::size_t i = 0; i < cells_.size(); ++i) {
            local_.push_back({cells_[i], i});
            slot[cells_[i]] = static_cast<std::uint32_t>(i);
        }
        std::sort(local_.begin(), local_.end());
        std::vector<ProgramCell> columns;
        for (std::size_t c : cells_) {
            const ProtectedCell& cell = problem.cells[c];
            const ValueRange r = symbol_bounds(cell);
            ProgramCell p{values[c], r.low, r.high, 0};
            if (!cell.hidden) p.cost = readers_cost(cell);
            columns.push_back(p);
        }
        std::vector<LinearConstraint> constraints;
        for (std::size_t r : set.relations) {
            LinearConstraint k{{}, relations[r].lower, relations[r].upper};
            for (const LinearTerm& t : relations[r].terms) {
                if (const std::uint32_t local = slot[t.unknown]; local != kNoSlot) {
                    k.terms.push_back({local, t.coefficient});
                } else {  // outside: a constant
                    k.lower -= t.coefficient * values[t.unknown];
                    k.upper -= t.coefficient * values[t.unknown];
                }
            }
            constraints.push_back(std::move(k));
        }
        program_.emplace(columns, constraints);
    }

    bool reach(std::size_t cell, double value) {
        return program_->reach(local_of(cell).value(), value);
    }
    bool solve() { return program_->solve(); }
    bool contains(std::size_t cell) const { return local_of(cell).has_value(); }
    void make_free(std::size_t cell) {
        if (const auto local = local_of(cell)) program_->make_free(*local);
    }
    // The cells and their values in the table found last.
    template <typename Visit>
    void each_value(Visit visit) const {
        for (std::size_t i = 0; i < cells_.size(); ++i) visit(cells_[i], program_->value_of(i));
    }

  private:
    // The cell's position in the program, if it is in it.
    std::optional<std::size_t> local_of(std::size_t cell) const {
        auto it = std::lower_bound(local_.begin(), local_.end(), std::pair{cell, std::size_t{0}});
        if (it == local_.end() || it->first != cell) return std::nullopt;
        return it->second;
    }

    std::vector<std::size_t> cells_;
    std::vector<std::pair<std::size_t, std::size_t>> local_;  // (cell, position), sorted
    std::optional<ProtectionProgram> program_;
};

// Regions searched lately, the latest first, their programs warm from the last search.
class RegionCache {
  public:
    // The kept region holding every cell of `close`, else a new one from `make`.
    template <typename Make>
    Region& holding(const std::vector<std::size_t>& close, Make make) {
        for (auto it = kept_.begin(); it != kept_.end(); ++it)
            if (std::all_of(close.begin(), close.end(),
                            [&](std::size_t c) { return (*it)->contains(c); })) {
                std::rotate(kept_.begin(), it, it + 1);
                return *kept_.front();
            }
        if (kept_.size() == kRegionsKept) kept_.pop_back();
        kept_.push_front(std::make_unique<Region>(make()));
        return *kept_.front();
    }
    void make_free(std::size_t cell) {
        for (const auto& region : kept_) region->make_free(cell);
    }

  private:
    std::deque<std::unique_ptr<Region>> kept_;
};

// What one thread needs to search a group for tables: arrays over all cells, of which a group
// uses its own.
struct SearchWork {
    SearchWork(const std::vector<LinearConstraint>& relations,
               const std::vector<std::vector<std::size_t>>& relations_of)
        : near(relations, relations_of),
          values(relations_of.size()),
          seen(relations_of.size()),
          slot(relations_of.size(), kNoSlot) {}
    Neighbourhoods near;
    std::vector<double> values;     // the table regions change: true values, or a whole table's
    std::vector<ValueRange> seen;   // the values each cell has taken in the tables found
    std::vector<std::uint32_t> slot;  // of each cell in the region being made
};

// What one thread keeps from group to group. The search arrays are made when the thread first
// searches a group, so a build that recalls every group's protection does without them.
class GroupWork {
  public:
    GroupWork(const std::vector<LinearConstraint>& relations,
              const std::vector<std::vector<std::size_t>>& relations_of)
        : position(relations_of.size()), relations_(relations), relations_of_(relations_of) {}
    SearchWork& search() {
        if (!search_) search_.emplace(relations_, relations_of_);
        return *search_;
    }

    std::vector<std::uint32_t> position;  // of each cell in its group

  private:
    const std::vector<LinearConstraint>& relations_;
    const std::vector<std::vector<std::size_t>>& relations_of_;
    std::optional<SearchWork> search_;
};

// A group's problem written out in full, its cells named by their positions in the group:
// everything protect_group's result depends on (the cells' numbers and symbols, what the
// symbols alone allow, the relations), so two groups written the same are protected the same.
std::string written_problem(const DisclosureProblem& problem, const CellSet& group,
                            const std::vector<LinearConstraint>& relations,
                            const std::vector<ValueRange>& symbols, GroupWork& work) {
    std::string out;
    auto put = [&out](auto x) { out.append(reinterpret_cast<const char*>(&x), sizeof x); };
    put(std::int64_t{problem.min_count});
    put(std::uint64_t{group.cells.size()});
    for (std::size_t i = 0; i < group.cells.size(); ++i) {
        const std::size_t c = group.cells[i];
        work.position[c] = static_cast<std::uint32_t>(i);
        const ProtectedCell& cell = problem.cells[c];
        put(static_cast<std::uint8_t>(cell.value.has_value() | cell.hidden << 1 |
                                      cell.sensitive << 2 | cell.hidden_as_complement << 3 |
                                      cell.small_count << 4 | cell.hidden_in_source << 5 |
                                      cell.protected_unit << 6));
        put(cell.value.value_or(0));
        put(cell.known_below);
        put(cell.known_at_least);
        put(symbols[c].low);
        put(symbols[c].high);
    }
    put(std::uint64_t{group.relations.size()});
    for (std::size_t r : group.relations) {
        const LinearConstraint& relation = relations[r];
        put(std::uint64_t{relation.terms.size()});
        for (const LinearTerm& t : relation.terms) {
            put(work.position[t.unknown]);
            put(t.coefficient);
        }
        put(relation.lower);
        put(relation.upper);
    }
    return out;
}

// Protects the hidden cells of one group of linked cells: for each value a cell must keep
// possible that no table found so far has shown, the cheapest table with it, first within a
// region around the cell, else within the whole group. The published cells that table changes
// are hidden, and asked about in turn. The group has hidden cells to protect.
void protect_group(DisclosureProblem& problem, const CellSet& group,
                   const std::vector<LinearConstraint>& relations,
                   const std::vector<ValueRange>& symbols, GroupWork& work,
                   ProtectionResult& result) {
    auto& cells = problem.cells;
    SearchWork& search = work.search();
    std::vector<std::size_t> worklist;
    for (std::size_t c : group.cells)
        if (to_keep(cells[c], problem.min_count).question != Question::none) worklist.push_back(c);

    std::vector<double>& values = search.values;
    for (std::size_t c : group.cells) values[c] = cells[c].value.value_or(0);
    std::unique_ptr<Region> whole;
    auto whole_group = [&]() -> Region& {
        if (!whole)
            whole = std::make_unique<Region>(problem, group, relations, values, search.slot);
        return *whole;
    };
    // Cells without a number get one any table of the group gives them: the cells outside a
    // region keep it while the region is changed.
    if (std::any_of(group.cells.begin(), group.cells.end(),
                    [&](std::size_t c) { return !cells[c].value; })) {
        ++result.solves;
        if (!whole_group().solve()) {  // no table at all: nothing can be proved
            for (std::size_t c : worklist) result.narrowed.push_back(c);
            return;
        }
        whole->each_value([&](std::size_t c, double v) {
            if (!cells[c].value) values[c] = v;
        });
    }

    auto is_hidden = [&](std::size_t c) { return cells[c].hidden; };
    RegionCache regions, hidden_regions;
    auto region_around = [&](Scope scope, std::size_t cell) -> Region& {
        if (scope == Scope::group) return whole_group();
        if (scope == Scope::hidden)
            return hidden_regions.holding(
                search.near.cells_near(cell, kCloseRadius, is_hidden), [&] {
                    return Region(problem, search.near.around(cell, kHiddenRadius, is_hidden),
                                  relations, values, search.slot);
                });
        return regions.holding(search.near.cells_near(cell, kCloseRadius), [&] {
            return Region(problem, search.near.around(cell, kRegionRadius), relations, values,
                          search.slot);
        });
    };

    // The values each cell has taken in the tables found so far: all possible together with
    // everything in between.
    std::vector<ValueRange>& seen = search.seen;
    for (std::size_t c : group.cells)
        seen[c] = cells[c].value ? ValueRange{*cells[c].value, *cells[c].value}
                                 : ValueRange{LinearSystem::unbounded, -LinearSystem::unbounded};
    auto record = [&](const Region& region) {
        region.each_value([&](std::size_t c, double v) {
            seen[c].low = std::min(seen[c].low, v);
            seen[c].high = std::max(seen[c].high, v);
            ProtectedCell& cell = cells[c];
            if (cell.hidden || std::fabs(v - values[c]) <= 1e-6 * (1 + std::fabs(v))) return;
            hide_as_complement(cell);
            if (whole) whole->make_free(c);
            regions.make_free(c);
            ++result.hidden;
            worklist.push_back(c);
        });
    };
    if (whole) record(*whole);
    // A table with cell `c` at `target`, within `scope` of it.
    auto reach_in = [&](Scope scope, std::size_t c, double target) {
        Region& region = region_around(scope, c);
        ++result.solves;
        if (!region.reach(c, target)) return false;
        record(region);
        return true;
    };
    auto reach = [&](std::size_t c, double target) {
        for (Scope scope : {Scope::hidden, Scope::region, Scope::group})
            if (reach_in(scope, c, target)) return true;
        return false;
    };

    constexpr double eps = 1e-6;
    for (std::size_t next = 0; next < worklist.size(); ++next) {
        const std::size_t c = worklist[next];
        const ValueRange& r = seen[c];
        bool holds = true;
        const Keep keep = to_keep(cells[c], problem.min_count);
        if (keep.question == Question::range) {
            auto reaches = [&](const ValueRange& want) {
                bool both = true;
                if (r.low > want.low + eps) both = reach(c, want.low);
                if (both && r.high < want.high - eps) both = reach(c, want.high);
                return both;
            };
            const ValueRange want = within(keep.range, symbols[c]);
            holds = reaches(want);
            // Propagation can leave the symbols' range too wide (a chain of sums over several
            // years bounds a count no single relation does); the exact range is what to keep.
            if (!holds)
                if (auto exact = exact_symbol_range(problem, relations, c)) {
                    const ValueRange narrower = within(keep.range, *exact);
                    if (narrower.low > want.low + eps || narrower.high < want.high - eps)
                        holds = reaches(narrower);
                }
        } else if (std::ceil(r.low - eps) >= std::floor(r.high + eps)) {
            // Two whole numbers: the next one above every value seen so far, or else the next
            // one below; both in a scope before the next, larger one.
            const double above = std::floor(r.high + eps) + 1, below = std::ceil(r.low - eps) - 1;
            holds = false;
            for (Scope scope : {Scope::hidden, Scope::region, Scope::group})
                if (reach_in(scope, c, above) || (below >= 0 && reach_in(scope, c, below))) {
                    holds = true;
                    break;
                }
        }
        if (!holds) result.narrowed.push_back(c);
    }
}

// Protects a group as protect_group does, or gives it the result kept for the same problem.
void protect_or_recall(DisclosureProblem& problem, const CellSet& group,
                       const std::vector<LinearConstraint>& relations,
                       const std::vector<ValueRange>& symbols, GroupWork& work,
                       ProtectionMemory* memory, ProtectionResult& result) {
    if (!memory) return protect_group(problem, group, relations, symbols, work, result);
    auto& cells = problem.cells;
    const std::string written = written_problem(problem, group, relations, symbols, work);
    if (auto kept = memory->recall(written, group.cells.size());
        kept && std::none_of(kept->complements.begin(), kept->complements.end(),
                             [&](std::uint32_t i) { return cells[group.cells[i]].hidden; })) {
        for (std::uint32_t i : kept->complements) hide_as_complement(cells[group.cells[i]]);
        result.hidden += static_cast<int>(kept->complements.size());
        for (std::uint32_t i : kept->narrowed) result.narrowed.push_back(group.cells[i]);
        return;
    }
    std::vector<std::uint32_t> published;
    for (std::size_t i = 0; i < group.cells.size(); ++i)
        if (!cells[group.cells[i]].hidden) published.push_back(static_cast<std::uint32_t>(i));
    protect_group(problem, group, relations, symbols, work, result);
    GroupProtection done;
    for (std::uint32_t i : published)
        if (cells[group.cells[i]].hidden) done.complements.push_back(i);
    for (std::size_t c : result.narrowed) done.narrowed.push_back(work.position[c]);
    std::sort(done.narrowed.begin(), done.narrowed.end());
    done.narrowed.erase(std::unique(done.narrowed.begin(), done.narrowed.end()),
                        done.narrowed.end());
    memory->remember(written, done);
}

}  // namespace

std::vector<std::size_t> narrowed_cells(const DisclosureProblem& problem) {
    return narrowed(problem);
}

int hide_complements(DisclosureProblem& problem) {
    return hide_lone_cells(problem.cells, problem.sums);
}

ProtectionResult protect_hidden_cells(DisclosureProblem& problem, ProtectionMemory* memory) {
    ProtectionResult result;
    result.hidden = hide_complements(problem);
    const std::vector<LinearConstraint> relations = usable_relations(problem);
    UnionFind link(problem.cells.size());
    std::vector<std::vector<std::size_t>> relations_of(problem.cells.size());
    for (std::size_t r = 0; r < relations.size(); ++r)
        for (const LinearTerm& t : relations[r].terms) {
            link.join(relations[r].terms.front().unknown, t.unknown);
            if (relations_of[t.unknown].empty() || relations_of[t.unknown].back() != r)
                relations_of[t.unknown].push_back(r);
        }
    const std::vector<ValueRange> symbols = symbol_ranges(problem, relations);
    const std::vector<CellSet> groups = groups_of(link, problem.cells.size(), relations);
    // The groups with cells to protect share no cell, so they are protected in parallel, the
    // largest first; each one's result is the same whichever thread takes it.
    std::vector<std::size_t> order;
    for (std::size_t g = 0; g < groups.size(); ++g)
        // A cell no relation names can be anything: nothing to protect.
        if (!groups[g].relations.empty() &&
            std::any_of(groups[g].cells.begin(), groups[g].cells.end(), [&](std::size_t c) {
                return to_keep(problem.cells[c], problem.min_count).question != Question::none;
            }))
            order.push_back(g);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return groups[a].cells.size() > groups[b].cells.size();
    });
    std::vector<ProtectionResult> results(groups.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        std::optional<GroupWork> scratch;  // made when the thread gets its first group
        for (std::size_t i; (i = next++) < order.size();) {
            if (!scratch) scratch.emplace(relations, relations_of);
            protect_or_recall(problem, groups[order[i]], relations, symbols, *scratch, memory,
                              results[order[i]]);
        }
    };
    const unsigned threads = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    std::vector<std::thread> workers = start_threads(threads - 1, [&] {
        work();
        glp_free_env();  // the solver's memory for this thread
    });
    work();
    for (std::thread& worker : workers) worker.join();
    for (const ProtectionResult& r : results) {
        result.hidden += r.hidden;
        result.solves += r.solves;
        result.narrowed.insert(result.narrowed.end(), r.narrowed.begin(), r.narrowed.end());
    }
    std::sort(result.narrowed.begin(), result.narrowed.end());
    result.narrowed.erase(std::unique(result.narrowed.begin(), result.narrowed.end()),
                          result.narrowed.end());
    return result;
}

}  // namespace kt
