#pragma once
// Following areas through the reforms: which codes' rows make up a current area's figure in
// an earlier year, under the borders the area has today.
#include <functional>
#include <string>
#include <vector>

#include "model/area.h"

namespace kt {

struct Constituents {
    // Codes whose rows add up to the targets' figure, in the order found (no duplicates).
    std::vector<std::string> codes;
    // False when a split makes the year incomparable: part of a code went to a target and
    // part elsewhere, so no sum of rows matches today's borders.
    bool comparable = true;
};

// The codes that make up `targets` (current areas, e.g. one municipality or a county's
// municipalities) in `year`. A code counts with its own rows when it was in use that year, or
// when `has_row(code)` says the data hold a row for it anyway (a back-cast figure, which
// already covers its predecessors). Otherwise, and for areas merged into it after the year,
// its predecessors count in its place, recursively: merged and renumbered codes wholly,
// a split code only if all of it went to the targets.
Constituents constituents(const Registry& registry, const std::vector<std::string>& targets,
                          int year, const std::function<bool(const std::string&)>& has_row);

}  // namespace kt
