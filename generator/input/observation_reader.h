#pragma once
// The data files in data/observasjoner: tidy CSV (område,periode,mål,verdi), or agency exports
// (long or pivoted CSV, JSON-stat) described by a YAML file of the same name beside them.
#include <filesystem>

#include "model/area.h"
#include "model/catalogue.h"
#include "model/diagnostics.h"
#include "model/observation.h"

namespace kt {

inline constexpr const char* kObservationDir = "data/observasjoner";

// Reads every data file (.csv, .json) under data/observasjoner into `table`, each with its
// description (<name>.yaml) or, for a .csv without one, the tidy default. A description
// without its data file, and a .json file without a description, are errors.
void read_observations(const std::filesystem::path& site_dir, const Registry& registry,
                       const Catalogue& catalogue, ObservationTable& table,
                       Diagnostics& diagnostics);

// One data file with its description (site-relative paths; `description` empty for the tidy
// default); exposed for tests.
void read_observation_file(const std::filesystem::path& site_dir, const std::string& data_file,
                           const std::string& description, const Registry& registry,
                           const Catalogue& catalogue, ObservationTable& table,
                           Diagnostics& diagnostics);

}  // namespace kt
