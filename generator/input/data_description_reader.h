#pragma once
// Data descriptions: data/observasjoner/<name>.yaml beside <name>.csv or <name>.json.
#include <filesystem>
#include <optional>
#include <string>

#include "model/data_description.h"
#include "model/diagnostics.h"

namespace kt {

// Reads the description at `relative` (site-relative) of the data file `data_file`.
// Every problem is reported with its line and column; returns nullopt if the file cannot be
// used at all.
std::optional<DataDescription> read_data_description(const std::filesystem::path& site_dir,
                                                     const std::string& relative,
                                                     const std::string& data_file,
                                                     Diagnostics& diagnostics);

}  // namespace kt
