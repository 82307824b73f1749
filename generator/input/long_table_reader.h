#pragma once
// Long CSV tables: one value per row, with the columns named in the data description.
#include <optional>
#include <vector>

#include "input/csv_reader.h"
#include "input/data_table.h"
#include "model/data_description.h"

namespace kt {

// `records` are the file's rows, the first being the header. The description's area, period
// and value columns must exist; the measure column (if any) and every column named in a
// measure rule become dimensions; other columns (names, labels) are not read.
// Rows whose width differs from the header are errors and are left out.
std::optional<DataTable> read_long_table(std::vector<CsvRecord> records,
                                         const DataDescription& description,
                                         Diagnostics& diagnostics);

}  // namespace kt
