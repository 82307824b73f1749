#pragma once
// The catalogue's sections for comparing municipalities fairly (data/katalog.yaml), all
// optional: `groupings`, `adjustments` (regression-adjusted results), `similar` (similar
// municipalities) and `indexes` (composite indexes).
#include <yaml-cpp/yaml.h>

#include <string>

#include "model/catalogue.h"
#include "model/diagnostics.h"

namespace kt {

// Reads the four sections from the catalogue's root mapping into `catalogue`, whose measures
// and indicators must be read already: the measures and indicators they name are checked
// against them. Checks misspelt keys, unique ids, that a variable has exactly one of
// share_of (two measure ids) / measure / attribute, that an adjusted indicator is a share,
// that index components have a better direction and a weight > 0, that min_share is in
// (0, 1], that similar.count >= 1, that an index's method is quartile_points or grades, and
// that a grouping has exactly one of attribute / size_groups: true.
// Attributes are checked where the registry is known (read_site).
void read_comparisons(const YAML::Node& root, const std::string& file, Catalogue& catalogue,
                      Diagnostics& diagnostics);

}  // namespace kt
