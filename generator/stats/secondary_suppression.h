#pragma once
// Secondary suppression: no hidden count may be worked out, or narrowed, from the published
// figures and the linear relations among them (sums, parts of a total, pooled years, a part
// no larger than its whole).
#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

namespace kt {

// One figure that is published or hidden: a measure's row for a code and year, or a sum.
struct ProtectedCell {
    std::optional<double> value;        // nullopt: no number (hidden in the source, or missing)
    bool hidden = false;                // readers do not see it
    bool sensitive = false;             // readers must not be able to work it out either
    bool hidden_as_complement = false;  // hidden by secondary suppression
    // A count hidden because it is 1 … min_count - 1: readers know that much from its
    // symbol, and must learn nothing more.
    bool small_count = false;
    bool hidden_in_source = false;  // the data file has ":" (no number, but a count exists)
};

// A published relationship: cells[total] is the sum of cells[members].
struct PublishedSum {
    std::size_t total = 0;
    std::vector<std::size_t> members;
    // The total is an extra (a pooled figure over years): hide it rather than a member.
    bool total_yields = false;
};

// cells[part] <= cells[whole]: a share's numerator is part of its denominator.
struct PartOfWhole {
    std::size_t part = 0;
    std::size_t whole = 0;
};

// Everything a reader can combine: the cells, and the relations among them.
struct DisclosureProblem {
    std::vector<ProtectedCell> cells;
    std::vector<PublishedSum> sums;
    std::vector<PartOfWhole> parts_of_wholes;
    int min_count = 5;
};

// Hides complements by the local rule: in every sum, and every difference of two sums that
// share members (a county minus a group inside it), where one sensitive cell is hidden alone,
// one more is hidden: the member with the smallest value above 0 (else a 0), first on ties;
// the total when no member is left or the total yields. Hidden cells that cover a sensitive
// one become sensitive, since working one of them out elsewhere would uncover the other.
// Repeats until nothing changes. Sums include a measure's declared parts (men + women = all),
// so a hidden part cannot be subtracted from its total. Returns the number of cells hidden.
// This is the usual rule of statistical agencies; it does not see combinations of three or
// more relations, nor a range narrowed without being pinned (see narrowed_cells).
int hide_complements(DisclosureProblem& problem);

// How much linear programming the exact test may do.
struct ExactTestLimits {
    // Connected groups of linked hidden cells with more unknowns than this are not tested
    // (the solver's time grows faster than their size); their cells are reported as untested.
    std::size_t group_size = std::numeric_limits<std::size_t>::max();
    // See answer_ranges: cells the shared solutions leave open are returned as narrowed
    // without a proof of their own once a group has more than this many.
    std::size_t single_solves = std::numeric_limits<std::size_t>::max();
};

// The exact test, for an intruder who knows every published figure, that counts are whole and
// not negative, and what each hidden cell's symbol says. By linear programming over every
// relation together (linear_bounds), it returns the cells that are narrowed:
//   - a small count that can no longer be anything from 1 to min_count - 1;
//   - a complement or a cell hidden in the source that can take only one value.
// Cells without a number and not hidden in the source (a missing row) are no quantity, and
// relations that name one are left out, as are relations the true numbers do not satisfy (an
// official total that counts persons of no known municipality): an intruder cannot use them
// as equations. Relations that still contradict each other prove nothing: then every
// protected cell is returned. With `changed`, only the cells linked to one of them through
// hidden cells are tested (the others' answers cannot have changed).
std::vector<std::size_t> narrowed_cells(const DisclosureProblem& problem,
                                        const std::vector<std::size_t>& changed = {},
                                        const ExactTestLimits& limits = {},
                                        std::vector<std::size_t>* untested = nullptr);

struct ProtectionResult {
    int hidden = 0;  // complements hidden
    int rounds = 0;  // exact tests run
    // Cells still narrowed when no cell next to them was left to hide (empty on success).
    std::vector<std::size_t> narrowed;
    // Protected cells in groups too large for the exact test: the local rule alone guards them.
    std::vector<std::size_t> untested;
};

// Secondary suppression: the local rule, then the exact test, one more complement next to
// each narrowed cell (in its tightest relation), the local rule again, and so on until the
// exact test passes. Each round tests only the groups of linked hidden cells that changed.
ProtectionResult protect_hidden_cells(DisclosureProblem& problem,
                                      const ExactTestLimits& limits = {});

}  // namespace kt
