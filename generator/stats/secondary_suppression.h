#pragma once
// Secondary suppression: no hidden figure may be recovered by subtracting published figures
// from a published sum (a county's total minus its other municipalities).
#include <cstddef>
#include <optional>
#include <vector>

namespace kt {

// One figure that is published or hidden: a measure's row for a code and year, or a sum.
struct ProtectedCell {
    std::optional<double> value;        // nullopt: no number (hidden in the source, or missing)
    bool hidden = false;                // readers do not see it
    bool sensitive = false;             // readers must not be able to work it out either
    bool hidden_as_complement = false;  // hidden by hide_complements
};

// A published relationship: cells[total] is the sum of cells[members].
struct PublishedSum {
    std::size_t total = 0;
    std::vector<std::size_t> members;
    // The total is an extra (a pooled figure over years): hide it rather than a member.
    bool total_yields = false;
};

// Makes every sum safe. A sum links its total and members: whenever exactly one of them is
// hidden, a reader can work it out from the others. So when that one is sensitive, one more
// is hidden: the member with the smallest value above 0 (else a 0), first in member order on
// ties, which loses the least information; the total if no member is left or the total
// yields. Hidden cells that cover a sensitive one in a sum become sensitive themselves, since
// working one of them out elsewhere would uncover the other. Repeats until nothing changes.
// Two sums that share members imply a third (the difference of their totals is the
// difference of the members they do not share): it is protected the same way, so a group
// inside a county, or across two, cannot be subtracted from the county to uncover a cell.
// This is the usual heuristic of statistical agencies: every sum, and every difference of two
// sums, has none or at least two hidden cells among those that matter. It does not solve
// larger systems of overlapping sums exactly (that takes linear programming), which is why
// the method page says so.
// Returns the number of cells it hid.
int hide_complements(std::vector<ProtectedCell>& cells, const std::vector<PublishedSum>& sums);

}  // namespace kt
