#pragma once
// Long CSV tables: one value per row, with the columns named in the data description.
#include <optional>
#include <vector>

#include "input/data_table.h"
#include "input/source_file.h"
#include "model/data_description.h"

namespace kt {

// The description's area, period and value columns must exist; the measure column (if any)
// and every column named in a measure rule become dimensions; other columns (names, labels)
// are not read.
std::optional<DataTable> read_long_table(CsvTable csv, const DataDescription& description,
                                         Diagnostics& diagnostics);

}  // namespace kt
