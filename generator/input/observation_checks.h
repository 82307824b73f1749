#pragma once
// Checks of the observations that need several rows at once, run after every data file is read:
// values below 0 or above a measure's maximum, a share's numerator above its denominator, and a
// total that is not the sum of its parts.
#include "model/area.h"
#include "model/catalogue.h"
#include "model/diagnostics.h"
#include "model/observation.h"

namespace kt {

// Checks that need several rows at once, after all data files are read. Each problem is reported
// at the location of the offending observation (Observation::where), naming the other rows
// involved by file:line. Rows whose status is not a number are skipped (nil "-" counts as 0).
// Problems are reported in table order, so the output does not depend on anything else.
void check_observations(const ObservationTable& table, const Catalogue& catalogue,
                        Diagnostics& diagnostics);

// Warns about rows of an old code that a row of today's code for the same measure and year
// makes unused: the figure for today's area is back-cast from its own row, so the old row
// (say 0515 Vågå 2019 beside 3435 Vågå 2019) never reaches a page.
void check_superseded_rows(const ObservationTable& table, const Registry& registry,
                           Diagnostics& diagnostics);

}  // namespace kt
