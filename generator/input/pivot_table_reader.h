#pragma once
// Pivoted CSV tables as IMDi's table export writes them: a few header rows in which every
// value column is labelled "Dimension: category" (one dimension per row), then one row per
// area. For example:
//
//   Region;Navn;Kjønn: Alle;Kjønn: Alle;Kjønn: Menn
//   ;;År: 2020;År: 2021;År: 2020
//   K3001;Halden;1905;1900;950
#include <optional>
#include <vector>

#include "input/data_table.h"
#include "input/source_file.h"
#include "model/data_description.h"

namespace kt {

// The header rows are the leading rows whose value columns all read "Dimension: category";
// the value columns are those labelled so in the first row, the others are label columns
// (the description's area column among them). The description's period names the header
// dimension that holds the year; every other header dimension becomes a DataDimension.
std::optional<DataTable> read_pivot_table(CsvTable csv, const DataDescription& description,
                                          Diagnostics& diagnostics);

}  // namespace kt
