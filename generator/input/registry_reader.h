#pragma once
// data/omrader.csv (the areas) and data/egenskaper.csv (their classification attributes).
#include <filesystem>

#include "model/area.h"
#include "model/diagnostics.h"

namespace kt {

inline constexpr const char* kRegistryFile = "data/omrader.csv";
inline constexpr const char* kAttributesFile = "data/egenskaper.csv";

// Columns: kode,navn,type,overordnet. Checks unique codes, known types, that every parent
// exists with the right kind, and that there is exactly one country.
Registry read_registry(const std::filesystem::path& site_dir, Diagnostics& diagnostics);

// Columns: kode,egenskap,verdi. Optional file; attaches attributes to known areas.
void read_area_attributes(const std::filesystem::path& site_dir, Registry& registry,
                          Diagnostics& diagnostics);

}  // namespace kt
