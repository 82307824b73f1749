#pragma once
// Beeswarm layout: dots of one size placed along an axis by their value, and pushed off the
// axis only as far as needed for no two to overlap, so every municipality stays visible
// where its figure puts it.
#include <vector>

namespace kt {

// Offsets across the axis for dots at positions `x` (any order) with radius `radius`: each
// dot, taken in order of x (then input order), goes to the offset nearest the axis where it
// overlaps no dot placed before it; of two equally near, the one below (positive) first.
// Centres end at least 2 * radius apart. Deterministic.
std::vector<double> beeswarm_offsets(const std::vector<double>& x, double radius);

}  // namespace kt
