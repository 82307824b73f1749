#pragma once
// data/omrader.csv (the areas, current and historical), data/endringer.csv (how codes ended)
// and data/egenskaper.csv (classification attributes).
#include <filesystem>

#include "model/area.h"
#include "model/diagnostics.h"

namespace kt {

inline constexpr const char* kRegistryFile = "data/omrader.csv";
inline constexpr const char* kAttributesFile = "data/egenskaper.csv";
inline constexpr const char* kChangesFile = "data/endringer.csv";

// Columns: kode,navn,type,overordnet and optionally fra,til (validity dates; empty: open).
// Checks unique codes, known types, that every parent exists with the right kind (a current
// area's parent current), and that there is exactly one country. Then reads the optional
// data/endringer.csv (dato,endring,fra,til): the merges, splits and new numbers that ended
// the historical codes.
Registry read_registry(const std::filesystem::path& site_dir, Diagnostics& diagnostics);

// Columns: kode,egenskap,verdi. Optional file; attaches attributes to known areas.
void read_area_attributes(const std::filesystem::path& site_dir, Registry& registry,
                          Diagnostics& diagnostics);

}  // namespace kt
