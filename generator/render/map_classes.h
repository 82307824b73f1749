#pragma once
// Classes for a choropleth, from the data: breaks at the quantiles of the values as they are
// shown, rounded to the precision they are shown in, so a reader never sees a figure placed
// in a class its printed value does not belong to.
#include <vector>

namespace kt {

// Up to `classes` classes (at least 1). `values` are the shown values, already rounded to
// `decimals`. A break b puts values >= b into the higher class. Breaks are strictly ascending,
// lie strictly inside the values' range, and are rounded to `decimals` (or to coarser round
// numbers: two significant digits, when that is coarser). Fewer classes come out when many
// values are equal. Empty: one class.
std::vector<double> quantile_breaks(std::vector<double> values, int classes, int decimals);

// The class of a value: the number of breaks at or below it (0 .. breaks.size()).
int class_of(double value, const std::vector<double>& breaks);

// A shown value: rounded half away from zero to `decimals`, as format_number writes it.
double shown_value(double value, int decimals);

}  // namespace kt
