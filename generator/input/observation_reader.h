#pragma once
// Tidy observation files: data/observasjoner/*.csv with columns område,periode,mål,verdi.
#include <filesystem>

#include "model/area.h"
#include "model/catalogue.h"
#include "model/diagnostics.h"
#include "model/observation.h"

namespace kt {

inline constexpr const char* kObservationDir = "data/observasjoner";

// Reads every .csv under data/observasjoner into `table`. Each row must name a known area
// and measure and a year, and give a plain number or an SSB symbol. A second row for the
// same measure, area and year is an error that points at the first.
void read_observations(const std::filesystem::path& site_dir, const Registry& registry,
                       const Catalogue& catalogue, ObservationTable& table,
                       Diagnostics& diagnostics);

// One tidy file; exposed for tests.
void read_observation_file(const std::filesystem::path& site_dir, const std::string& relative,
                           const Registry& registry, const Catalogue& catalogue,
                           ObservationTable& table, Diagnostics& diagnostics);

}  // namespace kt
