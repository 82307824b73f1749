#pragma once
// data/katalog.yaml: families, measures and indicators.
#include <filesystem>

#include "model/catalogue.h"
#include "model/diagnostics.h"

namespace kt {

inline constexpr const char* kCatalogueFile = "data/katalog.yaml";

// Checks unique ids, known families and measures, the computation kind, and that share and
// rate indicators name a denominator. A measure's `periods` must be a year range, its `parts`
// other measures without cycles, and its `maximum` positive (100 for the unit "prosent"
// when not given).
Catalogue read_catalogue(const std::filesystem::path& site_dir, Diagnostics& diagnostics);

}  // namespace kt
