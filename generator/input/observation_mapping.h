#pragma once
// From a data file as read (a DataTable) to observations: which catalogue measure each value
// is, which registry area, which year, and what the value means (a number or an SSB symbol).
#include "input/data_table.h"
#include "model/area.h"
#include "model/catalogue.h"
#include "model/data_description.h"
#include "model/diagnostics.h"
#include "model/observation.h"

namespace kt {

// Adds the table's observations to `observations`, reporting every problem at the value's
// file:line:col: a code that is neither a current nor a historical area (unless the
// description skips it), a code used after it ended, a period that is not a year or lies
// outside the catalogue's periods for the measure, a value that is neither a number in the
// description's syntax nor an SSB symbol, and a second value for the same measure, area and
// year. Values whose dimensions match no measure rule, and years the description does not
// read, are skipped on purpose; an empty cell of a pivoted table, or for a code not in use
// that year, is no value.
void map_observations(const DataTable& table, const DataDescription& description,
                      const Registry& registry, const Catalogue& catalogue,
                      ObservationTable& observations, Diagnostics& diagnostics);

}  // namespace kt
