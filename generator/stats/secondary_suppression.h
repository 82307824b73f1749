#pragma once
// Secondary suppression: no hidden count may be worked out, or narrowed, from the published
// figures and the linear relations among them (sums, parts of a total, pooled years, a part
// no larger than its whole).
#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

#include "model/protection_memory.h"

namespace kt {

// One figure that is published or hidden: a measure's row for a code and year, or a sum.
// Every cell the site hides for privacy carries the same symbol, whether it is a small count
// or hides one: readers learn nothing from the symbol but that the count is at least 0.
struct ProtectedCell {
    std::optional<double> value;        // nullopt: no number (hidden in the source, or missing)
    bool hidden = false;                // readers do not see it
    bool sensitive = false;             // readers must not be able to work it out either
    bool hidden_as_complement = false;  // hidden by secondary suppression
    bool small_count = false;           // a count from 1 to min_count - 1: hidden
    bool hidden_in_source = false;  // the data file has ":" (no number, but a count exists)
    // A count of persons the rule protects, in a published row: hidden for any reason, it
    // shows the privacy symbol, so it must not be worked out and, if it could be a small
    // count, must leave every value from 1 to min_count - 1 possible.
    bool protected_unit = false;
    // Above 0: readers know value < known_below. The denominator of a share or rate not shown
    // because it rests on too few persons ("færre enn 10 i grunnlaget") is below the site's
    // min_denominator, and so is every cell equal to it.
    double known_below = 0;
    // Above 0: readers know value >= known_at_least. A share or rate with a number that is not
    // "too few in the base" rests on at least min_denominator persons, shown or hidden.
    double known_at_least = 0;
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

// Hides complements by the local rule: in every sum where one sensitive cell is hidden alone,
// one more is hidden: the member with the smallest value above 0 (else a 0), first on ties;
// the total when no member is left or the total yields. Hidden cells that cover a sensitive
// one become sensitive, since working one of them out elsewhere would uncover the other.
// Repeats until nothing changes. Sums include a measure's declared parts (men + women = all),
// so a hidden part cannot be subtracted from its total. Returns the number of cells hidden.
// This is the usual rule of statistical agencies, and settles most cells cheaply; it does not
// see a difference of two sums, combinations of three or more, nor a range narrowed without
// being pinned (protect_hidden_cells does).
int hide_complements(DisclosureProblem& problem);

// The exact test, for an intruder who knows every published figure, that counts are whole and
// not negative, and what each hidden figure's symbol says (its denominator below or at least
// min_denominator). By linear programming over every relation together (linear_bounds), it
// returns the cells that are narrowed:
//   - a cell hidden for privacy below min_count (a small count, or a 0) that can no longer be
//     anything from 1 (or its 0) to min_count - 1: readers who see it is below min_count
//     must not learn more than a "fewer than min_count" would tell them;
//   - any other cell hidden for privacy or in the source that can take only one value.
// Cells without a number and not hidden in the source (a missing row) are no quantity, and
// relations that name one are left out, as are relations the true numbers do not satisfy (an
// official total that counts persons of no known municipality): an intruder cannot use them
// as equations. Relations that still contradict each other prove nothing: then every
// protected cell is returned.
std::vector<std::size_t> narrowed_cells(const DisclosureProblem& problem);

struct ProtectionResult {
    int hidden = 0;  // complements hidden
    int solves = 0;  // linear programs solved
    // Cells that cannot be protected: no table the published figures allow gives them the
    // values they must keep (empty on success).
    std::vector<std::size_t> narrowed;
};

// Secondary suppression: the local rule first (it settles most cells cheaply), then for each
// protected cell and each value it must keep possible (1 and min_count - 1 for a small count,
// min_count - 1 for a hidden 0, a second whole number for any other) that no table found so
// far has shown, the cheapest
// table the relations allow in which it has that value (ProtectionProgram). The published
// cells that table changes are hidden as complements, and questioned in turn. Each table found
// proves its values possible for good, since hiding more only widens what is possible, so the
// exact test passes when nothing is returned as narrowed. The work is one linear program per
// group of linked cells, with a few solves per hidden cell: near-linear in the cells.
// With a memory, a group whose problem it has seen gets the result kept for it, and every
// group protected afresh is remembered.
ProtectionResult protect_hidden_cells(DisclosureProblem& problem,
                                      ProtectionMemory* memory = nullptr);

}  // namespace kt
