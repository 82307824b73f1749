#pragma once
// What can be worked out about unknown numbers from linear relations among them: the smallest
// and largest value each can take, by linear programming (GLPK). This is how an intruder who
// knows every published figure narrows a hidden one, so both the secondary suppression and
// the audit of a published site ask it.
#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

namespace kt {

struct LinearTerm {
    std::size_t unknown = 0;
    double coefficient = 1;
};

// lower <= Σ coefficient × unknown <= upper (lower == upper: an equation).
struct LinearConstraint {
    std::vector<LinearTerm> terms;
    double lower = 0;
    double upper = 0;
};

// Unknowns 0 … size-1, each with its own bounds (upper may be infinity), and the constraints
// among them.
struct LinearSystem {
    static constexpr double unbounded = std::numeric_limits<double>::infinity();
    std::vector<double> lower;
    std::vector<double> upper;
    std::vector<LinearConstraint> constraints;

    std::size_t add_unknown(double low, double high);
    void add_equation(std::vector<LinearTerm> terms, double value);
    void add_at_most(std::vector<LinearTerm> terms, double value);  // Σ <= value
};

struct ValueRange {
    double low = 0;
    double high = 0;  // infinity when nothing caps it
};

// What to find out about one unknown.
struct RangeQuestion {
    std::size_t unknown = 0;
    // Whether the unknown can still be anything in [low, high] (both ends must be reachable),
    // or, when `low > high`, merely take two different values.
    double low = 1;
    double high = 0;
};

struct RangeAnswer {
    bool holds = false;  // the question's range is reachable
    // When it holds: values seen reachable, an inner part of the true range. When it does not:
    // the true range, the smallest and largest value the unknown can take.
    ValueRange range;
};

// The connected group of each unknown, as the index of one of its members: two unknowns are
// in one group when a chain of constraints links them.
std::vector<std::size_t> connected_groups(const LinearSystem& system);

// Answers each question by linear programming, with ranges rounded inward to whole numbers
// (counts of persons are whole). Unknowns that share no constraint are solved apart (one
// program per connected group), and a group first answers many questions at once: each
// solution of a program is a set of values the unknowns can take together, so minimising and
// maximising sums of the open questions' unknowns settles most of them; only the rest get
// their own minimum and maximum. nullopt when the constraints contradict each other.
// A group with more than `single_solves` questions left after that answers them all as not
// holding (with an empty range) instead: for a caller that will widen them anyway, and would
// rather not pay two solves for each.
std::optional<std::vector<RangeAnswer>> answer_ranges(
    const LinearSystem& system, const std::vector<RangeQuestion>& questions,
    std::size_t single_solves = std::numeric_limits<std::size_t>::max());

// What the bounds and constraints say about each unknown without linear programming: each
// constraint in turn narrows each of its unknowns to what the others' ranges leave, rounded
// inward to whole numbers, until nothing changes. Weaker than linear_bounds, and cheap: the
// range a hidden count's symbols and the relations among hidden cells already give away,
// before any published number is used. nullopt when the constraints contradict each other.
std::optional<std::vector<ValueRange>> propagated_bounds(const LinearSystem& system);

// The exact range of each of `targets` (every question asked alone).
std::optional<std::vector<ValueRange>> linear_bounds(const LinearSystem& system,
                                                     const std::vector<std::size_t>& targets);

}  // namespace kt
