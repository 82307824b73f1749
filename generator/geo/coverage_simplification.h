#pragma once
// Simplifying a map of areas that share borders without opening gaps or overlaps between
// neighbours: every border is cut out once where it runs between the same two areas (or an
// area and the sea), simplified once with GEOS's topology-preserving simplifier (its ends
// fixed, no line made to cross another), and the areas are rebuilt from the simplified
// borders. Simplifying each area on its own would move a shared border two different ways.
#include <vector>

#include "geo/boundaries.h"

namespace kt {

struct CoverageSimplification {
    // Largest distance a simplified border may stray from the original, in the shapes' unit.
    double tolerance = 0;
    // Parts of an area (islands) smaller than this, in square units, are left out, except
    // each area's largest part, so no area disappears.
    double min_part_area = 0;
};

// The shapes must be in a plane projection (metres). The result has one shape per input
// shape, in the same order; parts are outer rings clockwise-agnostic, holes after their
// outline. Deterministic. Throws std::runtime_error with GEOS's message if GEOS fails.
std::vector<AreaShape> simplify_coverage(const std::vector<AreaShape>& shapes,
                                         const CoverageSimplification& settings);

// Number of points in all rings of all shapes.
std::size_t count_points(const std::vector<AreaShape>& shapes);

}  // namespace kt
