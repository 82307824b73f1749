#include "stats/linear_bounds.h"

#include <glpk.h>

#include <cmath>
#include <map>
#include <memory>

#include "stats/union_find.h"

namespace kt {

std::size_t LinearSystem::add_unknown(double low, double high) {
    lower.push_back(low);
    upper.push_back(high);
    return lower.size() - 1;
}

void LinearSystem::add_equation(std::vector<LinearTerm> terms, double value) {
    constraints.push_back({std::move(terms), value, value});
}

void LinearSystem::add_at_most(std::vector<LinearTerm> terms, double value) {
    constraints.push_back({std::move(terms), -unbounded, value});
}

namespace {

struct GlpkProblem {
    std::unique_ptr<glp_prob, void (*)(glp_prob*)> lp{glp_create_prob(), glp_delete_prob};
};

int bound_type(double low, double high) {
    const bool has_low = std::isfinite(low), has_high = std::isfinite(high);
    if (has_low && has_high) return low == high ? GLP_FX : GLP_DB;
    if (has_low) return GLP_LO;
    return has_high ? GLP_UP : GLP_FR;
}

double finite_or_zero(double v) { return std::isfinite(v) ? v : 0; }

// One connected group as a GLPK problem: its unknowns are the columns, its constraints rows.
class GroupProgram {
  public:
    GroupProgram(const LinearSystem& system, const std::vector<std::size_t>& unknowns,
                 const std::vector<std::size_t>& constraints) {
        glp_prob* lp = problem_.lp.get();
        for (std::size_t i = 0; i < unknowns.size(); ++i) column_of_[unknowns[i]] = i + 1;
        glp_add_cols(lp, static_cast<int>(unknowns.size()));
        for (std::size_t i = 0; i < unknowns.size(); ++i) {
            const double low = system.lower[unknowns[i]], high = system.upper[unknowns[i]];
            glp_set_col_bnds(lp, static_cast<int>(i + 1), bound_type(low, high),
                             finite_or_zero(low), finite_or_zero(high));
        }
        std::vector<int> rows{0}, columns{0};
        std::vector<double> values{0};
        if (!constraints.empty()) glp_add_rows(lp, static_cast<int>(constraints.size()));
        for (std::size_t r = 0; r < constraints.size(); ++r) {
            const LinearConstraint& c = system.constraints[constraints[r]];
            glp_set_row_bnds(lp, static_cast<int>(r + 1), bound_type(c.lower, c.upper),
                             finite_or_zero(c.lower), finite_or_zero(c.upper));
            // GLPK wants each column once per row: add up repeated terms.
            std::map<int, double> row;
            for (const LinearTerm& term : c.terms)
                row[static_cast<int>(column_of_.at(term.unknown))] += term.coefficient;
            for (const auto& [column, coefficient] : row) {
                if (coefficient == 0) continue;
                rows.push_back(static_cast<int>(r + 1));
                columns.push_back(column);
                values.push_back(coefficient);
            }
        }
        glp_load_matrix(lp, static_cast<int>(rows.size() - 1), rows.data(), columns.data(),
                        values.data());
        glp_init_smcp(&parameters_);
        parameters_.msg_lev = GLP_MSG_OFF;
        parameters_.presolve = GLP_OFF;  // keep the basis from one solve to the next
    }

    // Optimises Σ coefficient × unknown; false when the constraints contradict each other.
    // The optimum (±infinity when unbounded) goes to `value`, and the solution's values can
    // be read with value_of.
    bool optimise(const std::vector<LinearTerm>& objective, int direction, double& value) {
        glp_prob* lp = problem_.lp.get();
        for (const LinearTerm& t : objective)
            glp_set_obj_coef(lp, static_cast<int>(column_of_.at(t.unknown)), t.coefficient);
        const bool feasible = solve(direction, value);
        for (const LinearTerm& t : objective)
            glp_set_obj_coef(lp, static_cast<int>(column_of_.at(t.unknown)), 0);
        return feasible;
    }
    double value_of(std::size_t unknown) const {
        return glp_get_col_prim(problem_.lp.get(), static_cast<int>(column_of_.at(unknown)));
    }
    bool bounded() const { return glp_get_status(problem_.lp.get()) == GLP_OPT; }

  private:
    bool solve(int direction, double& value) {
        glp_prob* lp = problem_.lp.get();
        glp_set_obj_dir(lp, direction);
        if (glp_simplex(lp, &parameters_) != 0) {
            // A basis gone singular: start again from the standard one.
            glp_std_basis(lp);
            if (glp_simplex(lp, &parameters_) != 0) return false;
        }
        switch (glp_get_status(lp)) {
            case GLP_OPT:
                value = glp_get_obj_val(lp);
                return true;
            case GLP_UNBND:
                value = direction == GLP_MIN ? -LinearSystem::unbounded : LinearSystem::unbounded;
                return true;
            default:
                return false;
        }
    }

    GlpkProblem problem_;
    std::map<std::size_t, std::size_t> column_of_;
    glp_smcp parameters_{};
};

double slack(double v) { return 1e-6 * std::max(1.0, std::fabs(v)); }

// Whole numbers inside the range, with room for the solver's rounding error.
ValueRange whole_numbers(ValueRange range) {
    if (std::isfinite(range.low)) range.low = std::ceil(range.low - slack(range.low));
    if (std::isfinite(range.high)) range.high = std::floor(range.high + slack(range.high));
    return range;
}

// The open questions of one group, and what the solutions so far have shown.
class GroupQuestions {
  public:
    GroupQuestions(const std::vector<RangeQuestion>& questions, std::vector<std::size_t> positions)
        : questions_(questions), positions_(std::move(positions)) {
        for (std::size_t p : positions_)
            seen_[p] = {LinearSystem::unbounded, -LinearSystem::unbounded};
    }

    void record(const GroupProgram& program) {
        for (std::size_t p : positions_) {
            const double v = program.value_of(questions_[p].unknown);
            seen_[p].low = std::min(seen_[p].low, v);
            seen_[p].high = std::max(seen_[p].high, v);
        }
    }
    bool low_reached(std::size_t p) const {
        const RangeQuestion& q = questions_[p];
        if (q.low > q.high) return seen_.at(p).high - seen_.at(p).low > 0.5;
        return seen_.at(p).low <= q.low + slack(q.low);
    }
    bool high_reached(std::size_t p) const {
        const RangeQuestion& q = questions_[p];
        if (q.low > q.high) return low_reached(p);
        return seen_.at(p).high >= q.high - slack(q.high);
    }
    // The unknowns whose low (or high) end is not reached yet, as an objective.
    std::vector<LinearTerm> open(bool low_end) const {
        std::vector<LinearTerm> terms;
        for (std::size_t p : positions_)
            if (!(low_end ? low_reached(p) : high_reached(p)))
                terms.push_back({questions_[p].unknown, 1});
        return terms;
    }
    const std::vector<std::size_t>& positions() const { return positions_; }
    ValueRange seen(std::size_t p) const { return seen_.at(p); }

  private:
    const std::vector<RangeQuestion>& questions_;
    std::vector<std::size_t> positions_;
    std::map<std::size_t, ValueRange> seen_;
};

// Settles what sums of the open unknowns can settle: minimise them all together, maximise them
// all together, and repeat while that settles more.
bool answer_together(GroupProgram& program, GroupQuestions& group) {
    for (int round = 0; round < 8; ++round) {
        bool progress = false;
        for (const bool low_end : {true, false}) {
            const auto objective = group.open(low_end);
            if (objective.empty()) continue;
            double optimum = 0;
            if (!program.optimise(objective, low_end ? GLP_MIN : GLP_MAX, optimum)) return false;
            if (!program.bounded()) continue;
            group.record(program);
            progress = progress || group.open(low_end).size() < objective.size();
        }
        if (!progress) break;
    }
    return true;
}

// A question asked alone: the unknown's own minimum and maximum.
std::optional<ValueRange> exact_range(GroupProgram& program, std::size_t unknown) {
    ValueRange range;
    if (!program.optimise({{unknown, 1}}, GLP_MIN, range.low)) return std::nullopt;
    if (!program.optimise({{unknown, 1}}, GLP_MAX, range.high)) return std::nullopt;
    return whole_numbers(range);
}

bool holds(const RangeQuestion& q, const ValueRange& r) {
    if (q.low > q.high) return r.low < r.high;
    return r.low <= q.low && r.high >= q.high;
}

// The smallest and largest value Σ coefficient × unknown can take within the unknowns' bounds.
ValueRange reach(const LinearSystem& system, const std::vector<LinearTerm>& terms) {
    ValueRange r{0, 0};
    for (const LinearTerm& t : terms) {
        const double a = t.coefficient * system.lower[t.unknown];
        const double b = t.coefficient * system.upper[t.unknown];
        r.low += std::min(a, b);
        r.high += std::max(a, b);
    }
    return r;
}

// Removes what cannot narrow any question, so that the programs stay small: an unknown with
// no upper bound that is in one constraint only and asked about by no question (a hidden sum
// nobody reads, a row no figure shows) can absorb any excess there, so the equation becomes
// a one-sided limit on the others; a constraint that the bounds alone satisfy is dropped.
// Repeats until nothing changes. The ranges of the questions' unknowns stay the same.
LinearSystem without_slack(const LinearSystem& system,
                           const std::vector<RangeQuestion>& questions) {
    LinearSystem out = system;
    std::vector<int> uses(system.lower.size(), 0);
    std::vector<bool> asked(system.lower.size(), false);
    for (const RangeQuestion& q : questions) asked[q.unknown] = true;
    for (const LinearConstraint& c : out.constraints)
        for (const LinearTerm& t : c.terms) ++uses[t.unknown];
    std::vector<bool> dropped(out.constraints.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < out.constraints.size(); ++i) {
            if (dropped[i]) continue;
            LinearConstraint& c = out.constraints[i];
            for (std::size_t k = 0; k < c.terms.size(); ++k) {
                const LinearTerm t = c.terms[k];
                if (asked[t.unknown] || uses[t.unknown] != 1 || std::isfinite(out.upper[t.unknown]))
                    continue;
                // t.coefficient × [lower, ∞) takes up any excess on one side.
                const double floor = t.coefficient * out.lower[t.unknown];
                if (t.coefficient > 0) {
                    c.upper -= floor;
                    c.lower = -LinearSystem::unbounded;
                } else {
                    c.lower -= floor;
                    c.upper = LinearSystem::unbounded;
                }
                c.terms.erase(c.terms.begin() + static_cast<std::ptrdiff_t>(k));
                --uses[t.unknown];
                changed = true;
                break;
            }
            const ValueRange r = reach(out, c.terms);
            const bool always =
                r.low >= c.lower - slack(c.lower) && r.high <= c.upper + slack(c.upper);
            if (!c.terms.empty() && always) {
                for (const LinearTerm& t : c.terms) --uses[t.unknown];
                dropped[i] = true;
                changed = true;
            }
        }
    }
    std::vector<LinearConstraint> kept;
    for (std::size_t i = 0; i < out.constraints.size(); ++i)
        if (!dropped[i]) kept.push_back(std::move(out.constraints[i]));
    out.constraints = std::move(kept);
    return out;
}

// The connected groups that hold a question, with their unknowns and constraints.
struct Partition {
    std::map<std::size_t, std::vector<std::size_t>> questions, unknowns, constraints;
    bool contradiction = false;  // a constraint with no unknowns that does not hold
};

Partition partition(const LinearSystem& system, const std::vector<RangeQuestion>& questions) {
    const std::size_t size = system.lower.size();
    const std::vector<std::size_t> group = connected_groups(system);
    Partition out;
    for (std::size_t i = 0; i < questions.size(); ++i)
        out.questions[group[questions[i].unknown]].push_back(i);
    for (std::size_t u = 0; u < size; ++u) {
        const std::size_t root = group[u];
        if (out.questions.count(root)) out.unknowns[root].push_back(u);
    }
    for (std::size_t c = 0; c < system.constraints.size(); ++c) {
        const LinearConstraint& k = system.constraints[c];
        if (k.terms.empty()) {
            out.contradiction = out.contradiction || k.lower > 0 || k.upper < 0;
            continue;
        }
        const std::size_t root = group[k.terms[0].unknown];
        if (out.questions.count(root)) out.constraints[root].push_back(c);
    }
    return out;
}

}  // namespace

std::vector<std::size_t> connected_groups(const LinearSystem& system) {
    UnionFind link(system.lower.size());
    for (const LinearConstraint& c : system.constraints)
        for (const LinearTerm& t : c.terms) link.join(c.terms.front().unknown, t.unknown);
    std::vector<std::size_t> group(system.lower.size());
    for (std::size_t u = 0; u < group.size(); ++u) group[u] = link.root(u);
    return group;
}

std::optional<std::vector<RangeAnswer>> answer_ranges(const LinearSystem& system,
                                                      const std::vector<RangeQuestion>& questions,
                                                      std::size_t single_solves) {
    glp_term_out(GLP_OFF);
    const LinearSystem reduced = without_slack(system, questions);
    Partition parts = partition(reduced, questions);
    if (parts.contradiction) return std::nullopt;
    std::vector<RangeAnswer> answers(questions.size());
    for (auto& [root, positions] : parts.questions) {
        GroupProgram program(reduced, parts.unknowns[root], parts.constraints[root]);
        GroupQuestions group(questions, positions);
        if (!answer_together(program, group)) return std::nullopt;
        std::size_t open = 0;
        for (std::size_t p : positions) open += !(group.low_reached(p) && group.high_reached(p));
        if (open > single_solves) {
            // Too many to ask one by one: the open ones count as not holding, ranges unknown.
            for (std::size_t p : positions) {
                const bool settled = group.low_reached(p) && group.high_reached(p);
                answers[p] = {settled, settled ? whole_numbers(group.seen(p)) : ValueRange{}};
            }
            continue;
        }
        for (std::size_t p : positions) {
            // Each solve shows values for every unknown, which may settle later questions.
            const std::size_t unknown = questions[p].unknown;
            double end = 0;
            for (const bool low_end : {true, false}) {
                if (low_end ? group.low_reached(p) : group.high_reached(p)) continue;
                if (!program.optimise({{unknown, 1}}, low_end ? GLP_MIN : GLP_MAX, end))
                    return std::nullopt;
                if (program.bounded()) group.record(program);
            }
            if (group.low_reached(p) && group.high_reached(p)) {
                answers[p] = {true, whole_numbers(group.seen(p))};
                continue;
            }
            const auto range = exact_range(program, unknown);
            if (!range) return std::nullopt;
            answers[p] = {holds(questions[p], *range), *range};
        }
    }
    return answers;
}

std::optional<std::vector<ValueRange>> propagated_bounds(const LinearSystem& system) {
    constexpr double inf = LinearSystem::unbounded;
    std::vector<ValueRange> range(system.lower.size());
    for (std::size_t u = 0; u < range.size(); ++u)
        range[u] = whole_numbers({system.lower[u], system.upper[u]});
    // Each pass narrows or stops; a range of whole numbers narrows at most so many times, but
    // an unbounded one can creep up by 1 per pass, so the passes are capped too.
    for (int pass = 0; pass < 100; ++pass) {
        bool changed = false;
        for (const LinearConstraint& c : system.constraints) {
            // The reach of all terms, counting the unbounded ends apart.
            double low = 0, high = 0;
            int low_infinite = 0, high_infinite = 0;
            auto term_reach = [&](const LinearTerm& t) {
                const double a = t.coefficient * range[t.unknown].low;
                const double b = t.coefficient * range[t.unknown].high;
                return ValueRange{std::min(a, b), std::max(a, b)};
            };
            for (const LinearTerm& t : c.terms) {
                const ValueRange r = term_reach(t);
                std::isfinite(r.low) ? low += r.low : ++low_infinite;
                std::isfinite(r.high) ? high += r.high : ++high_infinite;
            }
            for (const LinearTerm& t : c.terms) {
                if (t.coefficient == 0) continue;
                const ValueRange r = term_reach(t);
                // The others' reach, without this term's own share.
                const double others_low = low_infinite - !std::isfinite(r.low) > 0
                                              ? -inf
                                              : low - (std::isfinite(r.low) ? r.low : 0);
                const double others_high = high_infinite - !std::isfinite(r.high) > 0
                                               ? inf
                                               : high - (std::isfinite(r.high) ? r.high : 0);
                // lower - others_high <= coefficient × x <= upper - others_low
                const double term_low = c.lower - others_high, term_high = c.upper - others_low;
                ValueRange x{-inf, inf};
                if (t.coefficient > 0) {
                    if (std::isfinite(term_low)) x.low = term_low / t.coefficient;
                    if (std::isfinite(term_high)) x.high = term_high / t.coefficient;
                } else {
                    if (std::isfinite(term_high)) x.low = term_high / t.coefficient;
                    if (std::isfinite(term_low)) x.high = term_low / t.coefficient;
                }
                x = whole_numbers(x);
                ValueRange& current = range[t.unknown];
                if (x.low > current.low) current.low = x.low, changed = true;
                if (x.high < current.high) current.high = x.high, changed = true;
                if (current.low > current.high) return std::nullopt;
            }
        }
        if (!changed) break;
    }
    return range;
}

std::optional<std::vector<ValueRange>> linear_bounds(const LinearSystem& system,
                                                     const std::vector<std::size_t>& targets) {
    glp_term_out(GLP_OFF);
    Partition parts = partition(system, [&] {
        std::vector<RangeQuestion> questions;
        for (std::size_t t : targets) questions.push_back({t, 1, 0});
        return questions;
    }());
    if (parts.contradiction) return std::nullopt;
    std::vector<ValueRange> ranges(targets.size());
    for (auto& [root, positions] : parts.questions) {
        GroupProgram program(system, parts.unknowns[root], parts.constraints[root]);
        for (std::size_t p : positions) {
            const auto range = exact_range(program, targets[p]);
            if (!range) return std::nullopt;
            ranges[p] = *range;
        }
    }
    return ranges;
}

}  // namespace kt
