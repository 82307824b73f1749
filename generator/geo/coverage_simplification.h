#pragma once
// Simplifying a map of areas that share borders without opening gaps or overlaps between
// neighbours: every border is cut out once where it runs between the same two areas (or an
// area and the sea), simplified once with GEOS's topology-preserving simplifier (its ends
// fixed, no line made to cross another), and the areas are rebuilt from the simplified
// borders. Simplifying each area on its own would move a shared border two different ways.
#include <memory>
#include <stdexcept>
#include <vector>

#include "geo/boundaries.h"

namespace kt {

struct CoverageSimplification {
    // Largest distance a simplified border may stray from the original, in the shapes' unit.
    double tolerance = 0;
    // Parts of an area (islands) smaller than this, in square units, are left out, except
    // each area's largest part, so no area disappears.
    double min_part_area = 0;
    // Coordinates are snapped to a grid this fine (in the shapes' unit) before the borders
    // are joined, so neighbours' copies of a border that differ by less become one.
    double grid = 1;
};

// The shapes must be in a plane projection (metres). The result has one shape per input
// shape, in the same order; parts are outer rings clockwise-agnostic, holes after their
// outline. Deterministic. Throws std::runtime_error with GEOS's message if GEOS fails, if an
// area's boundary crosses itself everywhere, or if borders that should be shared do not meet
// (AreasChanged: an area's rebuilt faces differ from it by more than 30 %).
// What simplify_coverage throws when areas' rebuilt faces differ from them: borders that do
// not meet in the file, or a tolerance too coarse for a narrow place.
struct AreasChanged : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::vector<AreaShape> simplify_coverage(const std::vector<AreaShape>& shapes,
                                         const CoverageSimplification& settings);

// The same in two steps, for trying several tolerances: the borders are noded and merged
// once (most of the work), then simplified and the areas rebuilt at each tolerance asked
// for. `shapes` must outlive it. settings.tolerance is not used.
class SharedBorders {
  public:
    SharedBorders(const std::vector<AreaShape>& shapes, const CoverageSimplification& settings);
    ~SharedBorders();
    SharedBorders(const SharedBorders&) = delete;
    SharedBorders& operator=(const SharedBorders&) = delete;

    std::vector<AreaShape> simplified(double tolerance) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Number of points in all rings of all shapes.
std::size_t count_points(const std::vector<AreaShape>& shapes);

}  // namespace kt
